import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestServer } from "./support/harness.js";
import { errorCode, errorExtensions, oneId, startReferenceData } from "./support/reference-data.js";

/**
 * Changes of buildings, premises, quarters, object groups and legal entities through the real
 * server: validation, version conflicts, references of another organization, the permission.
 */
let t: TestServer;
let admin: string;
let dispatcher: string;
let foreignAdmin: string;
let org: { domovoy: string; severny: string };

beforeAll(async () => {
  ({ t, admin, dispatcher, foreignAdmin, org } = await startReferenceData());
});
afterAll(() => t?.close());

const BUILDING = `id address version quarter { id } objectGroup { id } legalEntity { id }`;
const BUILDING_CREATE = `mutation ($input: BuildingCreateInput!) { buildingCreate(input: $input) { ${BUILDING} } }`;
const BUILDING_UPDATE = `mutation ($id: ID!, $input: BuildingUpdateInput!) { buildingUpdate(id: $id, input: $input) { ${BUILDING} } }`;
const PREMISE = `id number version personalAccount tags note building { id }`;
const PREMISE_CREATE = `mutation ($input: PremiseCreateInput!) { premiseCreate(input: $input) { ${PREMISE} } }`;
const PREMISE_UPDATE = `mutation ($id: ID!, $input: PremiseUpdateInput!) { premiseUpdate(id: $id, input: $input) { ${PREMISE} } }`;

describe("buildings", () => {
  let quarter: string;
  let group: string;
  let entity: string;
  let foreignQuarter: string;

  beforeAll(async () => {
    quarter = await oneId(t, "select id from quarters where organization_id = $1 order by name limit 1", [org.domovoy]);
    group = await oneId(t, "select id from object_groups where organization_id = $1 order by name limit 1", [org.domovoy]);
    entity = await oneId(t, "select id from legal_entities where organization_id = $1 order by name limit 1", [org.domovoy]);
    foreignQuarter = await oneId(t, "select id from quarters where organization_id = $1 limit 1", [org.severny]);
  });

  it("creates a building with its quarter, group and legal entity, then edits and clears them", async () => {
    const created = await t.graphql<any>(
      BUILDING_CREATE,
      { input: { address: "  г. Москва, ул. Тестовая, д. 1 ", quarterId: quarter, objectGroupId: group, legalEntityId: entity } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    const building = created.data.buildingCreate;
    expect(building).toMatchObject({ address: "г. Москва, ул. Тестовая, д. 1", version: 1, quarter: { id: quarter }, objectGroup: { id: group }, legalEntity: { id: entity } });

    const updated = await t.graphql<any>(BUILDING_UPDATE, { id: building.id, input: { version: 1, address: "г. Москва, ул. Тестовая, д. 1А", legalEntityId: null } }, { token: admin });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.buildingUpdate).toMatchObject({ address: "г. Москва, ул. Тестовая, д. 1А", version: 2, quarter: { id: quarter }, legalEntity: null });

    // The list sees it.
    const list = await t.graphql<any>(`{ buildings(first: 5, search: "Тестовая, д. 1А") { nodes { id } } }`, {}, { token: admin });
    expect(list.data.buildings.nodes.map((n: { id: string }) => n.id)).toContain(building.id);
  });

  it("refuses an edit made on an older version (CONFLICT STALE_VERSION) and changes nothing", async () => {
    const { data } = await t.graphql<any>(BUILDING_CREATE, { input: { address: "ул. Версий, д. 1" } }, { token: admin });
    const id = data.buildingCreate.id;
    expect((await t.graphql(BUILDING_UPDATE, { id, input: { version: 1, address: "ул. Версий, д. 2" } }, { token: admin })).errors).toBeUndefined();
    const stale = await t.graphql(BUILDING_UPDATE, { id, input: { version: 1, address: "ул. Версий, д. 3" } }, { token: admin });
    expect(errorExtensions(stale)).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION", currentVersion: 2 });
    const [row] = await t.database.sql`select address, version from buildings where id = ${id}`;
    expect(row).toEqual({ address: "ул. Версий, д. 2", version: 2 });
  });

  it.each<[string, Record<string, unknown>, string, string, string]>([
    ["an empty address", { address: "  " }, "BAD_USER_INPUT", "input.address", "REQUIRED"],
    ["an over-long address", { address: "д".repeat(301) }, "BAD_USER_INPUT", "input.address", "TOO_LONG"],
    ["an unknown quarter", { address: "x", quarterId: "00000000-0000-4000-8000-000000000000" }, "NOT_FOUND", "input.quarterId", "QUARTER_NOT_FOUND"],
    ["a malformed group id", { address: "x", objectGroupId: "nope" }, "BAD_USER_INPUT", "input.objectGroupId", "INVALID_ID"],
  ])("refuses %s", async (_name, input, code, field, reason) => {
    expect(errorExtensions(await t.graphql(BUILDING_CREATE, { input }, { token: admin }))).toMatchObject({ code, field, reason });
  });

  it("refuses another organization's quarter as if it did not exist", async () => {
    const result = await t.graphql(BUILDING_CREATE, { input: { address: "ул. Чужая, д. 1", quarterId: foreignQuarter } }, { token: admin });
    expect(errorExtensions(result)).toMatchObject({ code: "NOT_FOUND", reason: "QUARTER_NOT_FOUND" });
    const [{ n }] = await t.database.sql`select count(*)::int as n from buildings where address = 'ул. Чужая, д. 1'`;
    expect(n).toBe(0);
  });

  it("is refused to a dispatcher (no BUILDINGS_MANAGE) and for another organization's building", async () => {
    expect(errorCode(await t.graphql(BUILDING_CREATE, { input: { address: "ул. Диспетчерская" } }, { token: dispatcher }))).toBe("FORBIDDEN");
    const own = await oneId(t, "select id from buildings where organization_id = $1 limit 1", [org.domovoy]);
    expect(errorCode(await t.graphql(BUILDING_UPDATE, { id: own, input: { version: 1 } }, { token: foreignAdmin }))).toBe("NOT_FOUND");
  });
});

describe("premises", () => {
  let building: string;

  beforeAll(async () => {
    const { data } = await t.graphql<any>(BUILDING_CREATE, { input: { address: "ул. Помещений, д. 5" } }, { token: admin });
    building = data.buildingCreate.id;
  });

  it("creates premises («кв. 7» as «7»), orders them as people read numbers, edits with the version", async () => {
    for (const number of ["10", "кв. 7", "9а"]) {
      const result = await t.graphql(PREMISE_CREATE, { input: { buildingId: building, number } }, { token: admin });
      expect(result.errors).toBeUndefined();
    }
    const created = await t.graphql<any>(
      PREMISE_CREATE,
      { input: { buildingId: building, number: "2", personalAccount: " 402 000 111 ", tags: ["долг", " долг ", "ключи"], note: "Собака" } },
      { token: admin },
    );
    expect(created.data.premiseCreate).toMatchObject({ number: "2", version: 1, personalAccount: "402000111", tags: ["долг", "ключи"], note: "Собака", building: { id: building } });
    const list = await t.graphql<any>(`query ($b: ID!) { premises(first: 10, buildingId: $b) { nodes { number } } }`, { b: building }, { token: admin });
    expect(list.data.premises.nodes.map((n: { number: string }) => n.number)).toEqual(["2", "7", "9а", "10"]);

    const id = created.data.premiseCreate.id;
    const updated = await t.graphql<any>(PREMISE_UPDATE, { id, input: { version: 1, note: null, tags: [] } }, { token: admin });
    expect(updated.data.premiseUpdate).toMatchObject({ version: 2, note: null, tags: [], personalAccount: "402000111" });
    const stale = await t.graphql(PREMISE_UPDATE, { id, input: { version: 1, note: "x" } }, { token: admin });
    expect(errorExtensions(stale)).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION" });
  });

  it("refuses a number the building already has (CONFLICT PREMISE_NUMBER_TAKEN), on create and on rename", async () => {
    await t.graphql(PREMISE_CREATE, { input: { buildingId: building, number: "100" } }, { token: admin });
    const duplicate = await t.graphql(PREMISE_CREATE, { input: { buildingId: building, number: "кв 100" } }, { token: admin });
    expect(errorExtensions(duplicate)).toMatchObject({ code: "CONFLICT", reason: "PREMISE_NUMBER_TAKEN", field: "input.number" });
    const other = await t.graphql<any>(PREMISE_CREATE, { input: { buildingId: building, number: "101" } }, { token: admin });
    const rename = await t.graphql(PREMISE_UPDATE, { id: other.data.premiseCreate.id, input: { version: 1, number: "100" } }, { token: admin });
    expect(errorExtensions(rename)).toMatchObject({ code: "CONFLICT", reason: "PREMISE_NUMBER_TAKEN" });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["an empty number", { number: " " }, "input.number", "REQUIRED"],
    ["an over-long number", { number: "1".repeat(21) }, "input.number", "TOO_LONG"],
    ["an over-long account", { number: "300", personalAccount: "1".repeat(31) }, "input.personalAccount", "TOO_LONG"],
    ["an over-long note", { number: "301", note: "x".repeat(2001) }, "input.note", "TOO_LONG"],
    ["too many tags", { number: "302", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "input.tags", "TOO_MANY"],
  ])("refuses %s", async (_name, input, field, reason) => {
    expect(errorExtensions(await t.graphql(PREMISE_CREATE, { input: { buildingId: building, ...input } }, { token: admin }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field,
      reason,
    });
  });

  it("refuses a personal account another premise holds (CONFLICT ACCOUNT_TAKEN), on create and on edit", async () => {
    const [held] = await t.database.sql`select p.personal_account, p.number from premises p where p.organization_id = ${org.domovoy} and p.personal_account is not null limit 1`;
    const taken = await t.graphql(PREMISE_CREATE, { input: { buildingId: building, number: "400", personalAccount: held!.personal_account } }, { token: admin });
    expect(errorExtensions(taken)).toMatchObject({ code: "CONFLICT", reason: "ACCOUNT_TAKEN", field: "input.personalAccount" });
    const own = await t.graphql<any>(PREMISE_CREATE, { input: { buildingId: building, number: "401", personalAccount: "999000401" } }, { token: admin });
    const premise = own.data.premiseCreate;
    // Keeping its own account is no conflict; taking another's is.
    expect((await t.graphql(PREMISE_UPDATE, { id: premise.id, input: { version: 1, personalAccount: "999000401", note: "x" } }, { token: admin })).errors).toBeUndefined();
    const steal = await t.graphql(PREMISE_UPDATE, { id: premise.id, input: { version: 2, personalAccount: held!.personal_account } }, { token: admin });
    expect(errorExtensions(steal)).toMatchObject({ code: "CONFLICT", reason: "ACCOUNT_TAKEN" });
  });

  it("a billing partner's update moves the premise's version: an edit opened before it is refused", async () => {
    const created = await t.graphql<any>(
      `mutation ($name: String!) { integrationTokenCreate(name: $name) { token } }`,
      { name: "Биллинг objects" },
      { token: admin },
    );
    const partner = created.data.integrationTokenCreate.token as string;
    const { data } = await t.graphql<any>(PREMISE_CREATE, { input: { buildingId: building, number: "402", personalAccount: "999000402" } }, { token: admin });
    const id = data.premiseCreate.id;
    const billed = await t.graphql(
      `mutation ($input: PartnerPremiseUpdateInput!) { partnerPremiseUpdate(input: $input) { id } }`,
      { input: { premiseId: id, newPersonalAccount: "999000403" } },
      { token: partner },
    );
    expect(billed.errors).toBeUndefined();
    const stale = await t.graphql(PREMISE_UPDATE, { id, input: { version: 1, personalAccount: "999000402" } }, { token: admin });
    expect(errorExtensions(stale)).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION", currentVersion: 2 });
  });

  it("refuses a premise in another organization's building", async () => {
    const foreign = await oneId(t, "select id from buildings where organization_id = $1 limit 1", [org.severny]);
    const result = await t.graphql(PREMISE_CREATE, { input: { buildingId: foreign, number: "1" } }, { token: admin });
    expect(errorExtensions(result)).toMatchObject({ code: "NOT_FOUND", reason: "BUILDING_NOT_FOUND" });
  });
});

describe("quarters and object groups", () => {
  const QUARTER_CREATE = `mutation ($input: ObjectGroupingCreateInput!) { quarterCreate(input: $input) { id name version administrators { id } } }`;
  const QUARTER_UPDATE = `mutation ($id: ID!, $input: ObjectGroupingUpdateInput!) { quarterUpdate(id: $id, input: $input) { id name version administrators { id } } }`;
  const GROUP_CREATE = `mutation ($input: ObjectGroupingCreateInput!) { objectGroupCreate(input: $input) { id name version administrators { fullName } } }`;
  const GROUP_UPDATE = `mutation ($id: ID!, $input: ObjectGroupingUpdateInput!) { objectGroupUpdate(id: $id, input: $input) { id version administrators { id } } }`;
  let employees: string[];
  let foreignEmployee: string;

  beforeAll(async () => {
    employees = (await t.database.sql`select id from employees where organization_id = ${org.domovoy} order by full_name limit 2`).map((r) => r.id as string);
    foreignEmployee = await oneId(t, "select id from employees where organization_id = $1 limit 1", [org.severny]);
  });

  it("creates a quarter with administrators and replaces them on edit", async () => {
    const created = await t.graphql<any>(QUARTER_CREATE, { input: { name: "Квартал Тест", administratorIds: [employees[0], employees[0]] } }, { token: admin });
    expect(created.data.quarterCreate).toMatchObject({ name: "Квартал Тест", version: 1, administrators: [{ id: employees[0] }] });
    const id = created.data.quarterCreate.id;
    const updated = await t.graphql<any>(QUARTER_UPDATE, { id, input: { version: 1, name: "Квартал Тест 2", administratorIds: [employees[1]] } }, { token: admin });
    expect(updated.data.quarterUpdate).toMatchObject({ name: "Квартал Тест 2", version: 2, administrators: [{ id: employees[1] }] });
    expect(errorExtensions(await t.graphql(QUARTER_UPDATE, { id, input: { version: 1, name: "x" } }, { token: admin }))).toMatchObject({
      code: "CONFLICT",
      reason: "STALE_VERSION",
    });
  });

  it("creates and edits an object group; another organization's employee is not an administrator", async () => {
    const created = await t.graphql<any>(GROUP_CREATE, { input: { name: "Участок Тест" } }, { token: admin });
    expect(created.data.objectGroupCreate).toMatchObject({ version: 1, administrators: [] });
    const id = created.data.objectGroupCreate.id;
    const foreign = await t.graphql(GROUP_UPDATE, { id, input: { version: 1, administratorIds: [employees[0], foreignEmployee] } }, { token: admin });
    expect(errorExtensions(foreign)).toMatchObject({ code: "NOT_FOUND", reason: "EMPLOYEE_NOT_FOUND", field: "input.administratorIds" });
    const [row] = await t.database.sql`select count(*)::int as n from object_group_administrators where object_group_id = ${id}`;
    expect(row!.n).toBe(0);
    const ok = await t.graphql<any>(GROUP_UPDATE, { id, input: { version: 1, administratorIds: employees } }, { token: admin });
    expect(ok.data.objectGroupUpdate.administrators).toHaveLength(2);
    expect(errorExtensions(await t.graphql(GROUP_CREATE, { input: { name: "" } }, { token: admin }))).toMatchObject({ reason: "REQUIRED" });
  });
});

describe("legal entities", () => {
  const FIELDS = `id name version inn kpp ogrn bankName bik settlementAccount correspondentAccount email phone`;
  const CREATE = `mutation ($input: LegalEntityCreateInput!) { legalEntityCreate(input: $input) { ${FIELDS} } }`;
  const UPDATE = `mutation ($id: ID!, $input: LegalEntityUpdateInput!) { legalEntityUpdate(id: $id, input: $input) { ${FIELDS} } }`;
  const VALID = {
    name: "ООО «Тест»",
    inn: "7728 015 439",
    kpp: "772801001",
    ogrn: "1027700132195",
    bankName: "ПАО Сбербанк",
    bik: "044525225",
    settlementAccount: "40702 810 9 3800 0000001",
    correspondentAccount: "30101810400000000225",
    email: "Buh@Test.example",
    phone: "8 495 123-45-67",
  };

  it("creates a legal entity with requisites (spaces dropped) and edits it", async () => {
    const created = await t.graphql<any>(CREATE, { input: VALID }, { token: admin });
    expect(created.errors).toBeUndefined();
    expect(created.data.legalEntityCreate).toMatchObject({
      inn: "7728015439",
      settlementAccount: "40702810938000000001",
      email: "buh@test.example",
      phone: "+74951234567",
      version: 1,
    });
    const id = created.data.legalEntityCreate.id;
    const updated = await t.graphql<any>(UPDATE, { id, input: { version: 1, kpp: null, name: "ООО «Тест-2»" } }, { token: admin });
    expect(updated.data.legalEntityUpdate).toMatchObject({ name: "ООО «Тест-2»", kpp: null, inn: "7728015439", version: 2 });
    expect(errorExtensions(await t.graphql(UPDATE, { id, input: { version: 1, name: "x" } }, { token: admin }))).toMatchObject({ code: "CONFLICT" });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["an ИНН with a wrong check digit", { inn: "7728015438" }, "input.inn", "INN_INVALID"],
    ["a short КПП", { kpp: "7728010" }, "input.kpp", "KPP_INVALID"],
    ["an ОГРН with a wrong check digit", { ogrn: "1027700132196" }, "input.ogrn", "OGRN_INVALID"],
    ["a БИК of 8 digits", { bik: "04452522", settlementAccount: null, correspondentAccount: null }, "input.bik", "BIK_INVALID"],
    ["an account that does not match the БИК", { settlementAccount: "40702810938000000002" }, "input.settlementAccount", "SETTLEMENT_ACCOUNT_INVALID"],
    ["a correspondent account of another bank", { correspondentAccount: "30101810400000000226" }, "input.correspondentAccount", "CORRESPONDENT_ACCOUNT_INVALID"],
    ["an account without a БИК", { bik: null, correspondentAccount: null }, "input.settlementAccount", "ACCOUNT_NEEDS_BIK"],
  ])("refuses %s, naming the field", async (_name, override, field, reason) => {
    const result = await t.graphql(CREATE, { input: { ...VALID, ...override } }, { token: admin });
    expect(errorExtensions(result)).toMatchObject({ code: "BAD_USER_INPUT", field, reason });
  });

  it("lists every wrong requisite at once", async () => {
    const result = await t.graphql(CREATE, { input: { ...VALID, inn: "1", kpp: "2" } }, { token: admin });
    expect((errorExtensions(result)!.problems as { field: string }[]).map((p) => p.field)).toEqual(["input.inn", "input.kpp"]);
  });

  it("checks a new БИК against the stored accounts", async () => {
    const { data } = await t.graphql<any>(CREATE, { input: { ...VALID, name: "ООО «БИК»" } }, { token: admin });
    const result = await t.graphql(UPDATE, { id: data.legalEntityCreate.id, input: { version: 1, bik: "044525593" } }, { token: admin });
    expect(errorExtensions(result)).toMatchObject({ code: "BAD_USER_INPUT", reason: "SETTLEMENT_ACCOUNT_INVALID" });
  });

  it("the seed's requisites pass the checks (the invoice documents print them)", async () => {
    const rows = await t.database.sql`select id, version from legal_entities`;
    for (const row of rows) {
      const token = (await t.database.sql`select organization_id from legal_entities where id = ${row.id}`)[0]!.organization_id === org.domovoy ? admin : foreignAdmin;
      const same = await t.database.sql`select inn, kpp, ogrn, bik, settlement_account, correspondent_account from legal_entities where id = ${row.id}`;
      const r = same[0]!;
      const result = await t.graphql(
        UPDATE,
        { id: row.id, input: { version: row.version, inn: r.inn, kpp: r.kpp, ogrn: r.ogrn, bik: r.bik, settlementAccount: r.settlement_account, correspondentAccount: r.correspondent_account } },
        { token },
      );
      expect(result.errors).toBeUndefined();
    }
  });
});
