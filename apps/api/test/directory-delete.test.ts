import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, newOrder } from "./support/factories.js";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { reachableRedis } from "./support/redis.js";
import { validAnswers } from "./support/orders.js";
import { oneId, startReferenceData } from "./support/reference-data.js";

/**
 * Deleting reference data (buildings, premises, quarters, object groups, legal entities,
 * departments, roles): refused while anything holds the row (CONFLICT IN_USE naming what), else
 * gone in one transaction; buildings and premises with orders are archived instead. And the
 * admin lists' live feed, `directoryChanged`.
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

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
const first = (errors: Errors) => errors?.[0];

async function gql(query: string, variables: Record<string, unknown> = {}, token = admin) {
  return t.graphql<any>(query, variables, { token });
}

async function must(query: string, variables: Record<string, unknown> = {}, token = admin) {
  const result = await gql(query, variables, token);
  expect(result.errors).toBeUndefined();
  return result.data;
}

const exists = async (table: string, id: string) => (await t.database.sql.unsafe(`select 1 from ${table} where id = $1`, [id])).length === 1;

const newBuilding = async (address: string, extra: Record<string, unknown> = {}) =>
  (await must(`mutation ($input: BuildingCreateInput!) { buildingCreate(input: $input) { id } }`, { input: { address, ...extra } })).buildingCreate.id as string;
const newPremise = async (buildingId: string, number: string) =>
  (await must(`mutation ($input: PremiseCreateInput!) { premiseCreate(input: $input) { id } }`, { input: { buildingId, number } })).premiseCreate.id as string;

const DELETE = (field: string) => `mutation ($id: ID!) { ${field}(id: $id) }`;

describe("buildings and premises", () => {
  it("refuses to delete a building with premises and orders, naming them (CONFLICT IN_USE), and deletes nothing", async () => {
    const f = await fixtures(t);
    const premises = Number((await t.database.sql`select count(*)::int as n from premises where building_id = ${f.residentBuilding}`)[0]!.n);
    const orders = Number((await t.database.sql`select count(*)::int as n from orders where building_id = ${f.residentBuilding}`)[0]!.n);
    expect(premises).toBeGreaterThan(0);
    expect(orders).toBeGreaterThan(0);
    const result = await gql(DELETE("buildingDelete"), { id: f.residentBuilding });
    const error = first(result.errors);
    expect(error?.extensions).toMatchObject({ code: "CONFLICT", reason: "IN_USE", holders: { premises, orders } });
    expect(error?.message).toMatch(new RegExp(`^В доме ${premises} помещени[а-я]+.* и ${orders} заяв[а-я]+ — удалить нельзя\\. Его можно отправить в архив`));
    expect(await exists("buildings", f.residentBuilding)).toBe(true);
  });

  it("refuses a building with only premises; deletes it once they are gone", async () => {
    const building = await newBuilding("ул. Удаляемая, д. 1");
    const premise = await newPremise(building, "1");
    const refused = await gql(DELETE("buildingDelete"), { id: building });
    expect(first(refused.errors)?.extensions).toMatchObject({ code: "CONFLICT", reason: "IN_USE", holders: { premises: 1 } });
    expect(first(refused.errors)?.message).toBe("В доме 1 помещение — удалить нельзя. Его можно отправить в архив: заявки сохранят адрес.");

    expect((await must(DELETE("premiseDelete"), { id: premise })).premiseDelete).toBe(premise);
    expect(await exists("premises", premise)).toBe(false);
    expect((await must(DELETE("buildingDelete"), { id: building })).buildingDelete).toBe(building);
    expect(await exists("buildings", building)).toBe(false);
    // Gone: a second delete finds nothing.
    expect(first((await gql(DELETE("buildingDelete"), { id: building })).errors)?.extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses to delete a premise with residents or with orders", async () => {
    const f = await fixtures(t);
    const result = await gql(DELETE("premiseDelete"), { id: f.residentPremise });
    expect(first(result.errors)?.extensions).toMatchObject({ code: "CONFLICT", reason: "IN_USE" });
    expect((first(result.errors)?.extensions?.holders as Record<string, number>).residents).toBeGreaterThan(0);
    expect(first(result.errors)?.message).toMatch(/^В помещении \d+ жител/);
    expect(await exists("premises", f.residentPremise)).toBe(true);

    // Orders alone hold a premise too.
    const building = await newBuilding("ул. Заявочная, д. 2");
    const premise = await newPremise(building, "5");
    await newOrder(t, { buildingId: building, premiseId: premise, clientId: null, withoutClient: true, token: admin });
    const withOrder = await gql(DELETE("premiseDelete"), { id: premise });
    expect(first(withOrder.errors)?.extensions).toMatchObject({ code: "CONFLICT", reason: "IN_USE", holders: { orders: 1, residents: 0 } });
    expect(first(withOrder.errors)?.message).toMatch(/^В помещении 1 заявка — удалить нельзя/);
  });

  it("archives a building with orders: hidden from pickers, closed to new orders, still on its orders; restores it", async () => {
    const building = await newBuilding("ул. Архивная, д. 3");
    const premise = await newPremise(building, "7");
    const order = await newOrder(t, { buildingId: building, premiseId: premise, clientId: null, withoutClient: true, token: admin });

    const archived = await must(`mutation ($id: ID!) { buildingArchive(id: $id) { id archivedAt version } }`, { id: building });
    expect(archived.buildingArchive.archivedAt).not.toBeNull();
    const active = await must(`{ buildings(first: 100, search: "Архивная") { nodes { id } } }`);
    expect(active.buildings.nodes).toEqual([]);
    const inArchive = await must(`{ buildings(first: 100, search: "Архивная", archived: true) { nodes { id archivedAt } } }`);
    expect(inArchive.buildings.nodes.map((n: { id: string }) => n.id)).toEqual([building]);

    // New orders are refused; the existing one keeps its address and can still be edited.
    const refused = await gql(
      `mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`,
      { input: { channel: "INCOMING_CALL", serviceId: (await fixtures(t)).clog, buildingId: building, premiseId: premise, withoutClient: true, formAnswers: await validAnswers(t, (await fixtures(t)).clog) } },
    );
    expect(first(refused.errors)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "BUILDING_ARCHIVED", field: "input.buildingId" });
    const card = await must(`query ($id: ID!) { order(id: $id) { building { address archivedAt } premise { number } version } }`, { id: order.id });
    expect(card.order.building.address).toBe("ул. Архивная, д. 3");
    const edited = await gql(`mutation ($input: OrderUpdateInput!) { orderUpdate(input: $input) { id } }`, {
      input: { id: order.id, version: card.order.version, description: "После архивации" },
    });
    expect(edited.errors).toBeUndefined();

    // Still not deletable: the order holds it.
    expect(first((await gql(DELETE("buildingDelete"), { id: building })).errors)?.extensions?.reason).toBe("IN_USE");

    const restored = await must(`mutation ($id: ID!) { buildingArchive(id: $id, archived: false) { archivedAt } }`, { id: building });
    expect(restored.buildingArchive.archivedAt).toBeNull();
    expect((await must(`{ buildings(first: 100, search: "Архивная") { nodes { id } } }`)).buildings.nodes.map((n: { id: string }) => n.id)).toEqual([building]);
  });

  it("archives a premise: new orders there are refused (PREMISE_ARCHIVED), pickers hide it", async () => {
    const building = await newBuilding("ул. Архивная, д. 4");
    const premise = await newPremise(building, "8");
    await must(`mutation ($id: ID!) { premiseArchive(id: $id) { archivedAt } }`, { id: premise });
    const picker = await must(`query ($b: ID!) { premises(first: 10, buildingId: $b) { nodes { id } } }`, { b: building });
    expect(picker.premises.nodes).toEqual([]);
    const archivedList = await must(`query ($b: ID!) { premises(first: 10, buildingId: $b, archived: true) { nodes { id } } }`, { b: building });
    expect(archivedList.premises.nodes.map((n: { id: string }) => n.id)).toEqual([premise]);
    const refused = await gql(`mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`, {
      input: { channel: "INCOMING_CALL", serviceId: (await fixtures(t)).clog, buildingId: building, premiseId: premise, withoutClient: true, formAnswers: await validAnswers(t, (await fixtures(t)).clog) },
    });
    expect(first(refused.errors)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "PREMISE_ARCHIVED" });
  });
});

describe("quarters, object groups and legal entities", () => {
  it.each([
    ["quarterCreate", "quarterDelete", "quarterId", "quarters", "В квартале 1 дом — удалить нельзя."],
    ["objectGroupCreate", "objectGroupDelete", "objectGroupId", "object_groups", "В группе 1 дом — удалить нельзя."],
  ])("%s → %s: refused while a building belongs to it, then deleted with its administrators", async (create, remove, field, table, message) => {
    const employee = await oneId(t, "select id from employees where organization_id = $1 order by email limit 1", [org.domovoy]);
    const { [create]: grouping } = await must(`mutation ($input: ObjectGroupingCreateInput!) { ${create}(input: $input) { id } }`, {
      input: { name: `Удаляемая ${create}`, administratorIds: [employee] },
    });
    const building = await newBuilding(`ул. ${create}, д. 1`, { [field]: grouping.id });
    const refused = await gql(DELETE(remove), { id: grouping.id });
    expect(first(refused.errors)?.extensions).toMatchObject({ code: "CONFLICT", reason: "IN_USE", holders: { buildings: 1 } });
    expect(first(refused.errors)?.message).toBe(message);
    expect(await exists(table, grouping.id)).toBe(true);

    await must(DELETE("buildingDelete"), { id: building });
    expect((await must(DELETE(remove), { id: grouping.id }))[remove]).toBe(grouping.id);
    expect(await exists(table, grouping.id)).toBe(false);
    const adminTable = table === "quarters" ? "quarter_administrators" : "object_group_administrators";
    const adminColumn = table === "quarters" ? "quarter_id" : "object_group_id";
    expect(await t.database.sql.unsafe(`select 1 from ${adminTable} where ${adminColumn} = $1`, [grouping.id])).toHaveLength(0);
  });

  it("refuses to delete a legal entity buildings name, deletes an unused one", async () => {
    const entity = (await must(`mutation { legalEntityCreate(input: { name: "ООО Удаляемое", inn: "7728015439" }) { id } }`)).legalEntityCreate.id;
    const building = await newBuilding("ул. Юрлица, д. 1", { legalEntityId: entity });
    const refused = await gql(DELETE("legalEntityDelete"), { id: entity });
    expect(first(refused.errors)?.message).toBe("У юрлица 1 дом — удалить нельзя.");
    await must(DELETE("buildingDelete"), { id: building });
    await must(DELETE("legalEntityDelete"), { id: entity });
    expect(await exists("legal_entities", entity)).toBe(false);
  });
});

describe("departments and roles", () => {
  it("refuses to delete a department with employees or orders; deletes an unused one and drops it from roles' notification filters", async () => {
    const withStaff = await oneId(
      t,
      "select d.id from departments d where d.organization_id = $1 and exists (select 1 from department_employees de where de.department_id = d.id) limit 1",
      [org.domovoy],
    );
    const refused = await gql(DELETE("departmentDelete"), { id: withStaff });
    expect(first(refused.errors)?.extensions).toMatchObject({ code: "CONFLICT", reason: "IN_USE" });
    expect(first(refused.errors)?.message).toMatch(/^В подразделении \d+ сотрудник/);

    // Orders alone hold a department (their history names it).
    const lone = (await must(`mutation { departmentCreate(input: { name: "Отдел с заявкой" }) { id } }`)).departmentCreate.id;
    const order = await newOrder(t, { token: admin });
    await t.database.sql`update orders set department_id = ${lone} where id = ${order.id}`;
    expect(first((await gql(DELETE("departmentDelete"), { id: lone })).errors)?.message).toBe("В подразделении 1 заявка — удалить нельзя.");

    const unused = (await must(`mutation { departmentCreate(input: { name: "Отдел на удаление" }) { id } }`)).departmentCreate.id;
    const role = (
      await must(`mutation ($d: [ID!]) { roleCreate(input: { name: "Роль с фильтром", permissions: [], notificationSettings: { newOrders: true, departmentIds: $d } }) { id } }`, {
        d: [unused, withStaff],
      })
    ).roleCreate.id;
    expect((await must(DELETE("departmentDelete"), { id: unused })).departmentDelete).toBe(unused);
    expect(await exists("departments", unused)).toBe(false);
    const settings = await must(`query ($id: ID!) { role(id: $id) { notificationSettings { departmentIds } } }`, { id: role });
    expect(settings.role.notificationSettings.departmentIds).toEqual([withStaff]);
  });

  it("refuses to delete a role employees hold; deletes an unused one", async () => {
    const held = await oneId(t, "select role_id as id from employees where email = 'dispatcher@domovoy.example'", []);
    const holders = Number((await t.database.sql`select count(*)::int as n from employees where role_id = ${held}`)[0]!.n);
    const refused = await gql(DELETE("roleDelete"), { id: held });
    expect(first(refused.errors)?.extensions).toMatchObject({ code: "CONFLICT", reason: "IN_USE", holders: { employees: holders } });
    expect(first(refused.errors)?.message).toMatch(new RegExp(`^У роли ${holders} сотрудник`));

    const unused = (await must(`mutation { roleCreate(input: { name: "Роль на удаление", permissions: [] }) { id } }`)).roleCreate.id;
    expect((await must(DELETE("roleDelete"), { id: unused })).roleDelete).toBe(unused);
    expect(await exists("roles", unused)).toBe(false);
  });
});

describe("permissions and other organizations", () => {
  it.each([
    ["buildingDelete", "buildings"],
    ["premiseDelete", "premises"],
    ["quarterDelete", "quarters"],
    ["objectGroupDelete", "object_groups"],
    ["legalEntityDelete", "legal_entities"],
    ["departmentDelete", "departments"],
    ["roleDelete", "roles"],
  ])("%s: another organization's id is NOT_FOUND and stays; a dispatcher is FORBIDDEN", async (field, table) => {
    const foreign = await oneId(t, `select id from ${table} where organization_id = $1 limit 1`, [org.severny]);
    expect(first((await gql(DELETE(field), { id: foreign })).errors)?.extensions?.code).toBe("NOT_FOUND");
    expect(await exists(table, foreign)).toBe(true);
    const own = await oneId(t, `select id from ${table} where organization_id = $1 limit 1`, [org.domovoy]);
    expect(first((await gql(DELETE(field), { id: own }, dispatcher)).errors)?.extensions?.code).toBe("FORBIDDEN");
    expect(first((await gql(DELETE(field), { id: "not-a-uuid" })).errors)?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("directoryChanged", () => {
  const SUB = `subscription ($kinds: [DirectoryKind!]) { directoryChanged(kinds: $kinds) { kind action ids } }`;

  it("tells every administrator of the organization what was created, changed and deleted — only the kinds asked for, never another organization's", async () => {
    const other = await t.login("admin@domovoy.example");
    const watcher = subscribe(t.ws(other), SUB, { kinds: ["BUILDING", "ROLE"] });
    const everything = subscribe(t.ws(dispatcher), SUB, {});
    const foreignWatcher = subscribe(t.ws(foreignAdmin), SUB, {});
    await settle(300);

    const building = await newBuilding("ул. Живая, д. 1");
    await must(`mutation { quarterCreate(input: { name: "Живой квартал" }) { id } }`);
    const role = (await must(`mutation { roleCreate(input: { name: "Живая роль", permissions: [] }) { id } }`)).roleCreate.id;
    await must(`mutation ($id: ID!) { roleUpdate(id: $id, input: { description: "Изменена" }) { id } }`, { id: role });
    await must(DELETE("roleDelete"), { id: role });
    await must(DELETE("buildingDelete"), { id: building });

    const events = (await watcher.next(5)).map((e) => e.data!.directoryChanged);
    expect(events).toEqual([
      { kind: "BUILDING", action: "CREATED", ids: [building] },
      { kind: "ROLE", action: "CREATED", ids: [role] },
      { kind: "ROLE", action: "UPDATED", ids: [role] },
      { kind: "ROLE", action: "DELETED", ids: [role] },
      { kind: "BUILDING", action: "DELETED", ids: [building] },
    ]);
    // Without kinds: every kind, the quarter included.
    const all = (await everything.next(6)).map((e) => e.data!.directoryChanged.kind);
    expect(all).toEqual(["BUILDING", "QUARTER", "ROLE", "ROLE", "ROLE", "BUILDING"]);

    // The other organization's admin heard none of it; their own change reaches them only.
    await gql(`mutation { quarterCreate(input: { name: "Северный квартал" }) { id } }`, {}, foreignAdmin);
    const foreignEvents = (await foreignWatcher.next(1)).map((e) => e.data!.directoryChanged);
    expect(foreignEvents).toHaveLength(1);
    expect(foreignEvents[0]).toMatchObject({ kind: "QUARTER", action: "CREATED" });
    await settle(200);
    expect(watcher.events).toHaveLength(5);
    expect(everything.events).toHaveLength(6);
    for (const s of [watcher, everything, foreignWatcher]) s.unsubscribe();
  });

  it("an employee moved to another role updates both roles' rows (their holder counts)", async () => {
    const watcher = subscribe(t.ws(admin), SUB, { kinds: ["ROLE"] });
    await settle(300);
    const [employee] = await t.database.sql`select id, role_id from employees where email = 'electrician@domovoy.example'`;
    const target = await oneId(t, "select id from roles where organization_id = $1 and id <> $2 order by name limit 1", [org.domovoy, employee!.role_id]);
    await must(`mutation ($id: ID!, $roleId: ID!) { employeeUpdate(id: $id, input: { roleId: $roleId }) { id } }`, { id: employee!.id, roleId: target });
    const events = (await watcher.next(1)).map((e) => e.data!.directoryChanged);
    expect(events).toEqual([{ kind: "ROLE", action: "UPDATED", ids: [employee!.role_id, target] }]);
    watcher.unsubscribe();
  });

  it("a refused deletion publishes nothing", async () => {
    const watcher = subscribe(t.ws(admin), SUB, { kinds: ["BUILDING"] });
    await settle(300);
    const f = await fixtures(t);
    expect(first((await gql(DELETE("buildingDelete"), { id: f.residentBuilding })).errors)?.extensions?.reason).toBe("IN_USE");
    const marker = await newBuilding("ул. Маркер, д. 1");
    const events = (await watcher.next(1)).map((e) => e.data!.directoryChanged);
    expect(events).toEqual([{ kind: "BUILDING", action: "CREATED", ids: [marker] }]);
    watcher.unsubscribe();
  });
});

const redisUrl = await reachableRedis();

describe.skipIf(!redisUrl)("directoryChanged across API instances (Redis)", () => {
  let r: TestServer;
  beforeAll(async () => {
    r = await startTestServer({ redisUrl: redisUrl! });
  });
  afterAll(() => r?.close());

  it("a change made through one instance reaches an admin list open on another, once", async () => {
    const other = await r.startInstance();
    const token = await r.login("admin@domovoy.example");
    const client = createClient({ url: other.url.replace("http", "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization: token }, retryAttempts: 0 });
    const sub = subscribe(client, `subscription { directoryChanged(kinds: [LEGAL_ENTITY]) { kind action ids } }`);
    await settle(300);
    const created = await r.graphql<any>(`mutation { legalEntityCreate(input: { name: "ООО Через Redis" }) { id } }`, {}, { token });
    expect(created.errors).toBeUndefined();
    const events = await sub.next(1);
    expect(events[0]!.data).toEqual({ directoryChanged: { kind: "LEGAL_ENTITY", action: "CREATED", ids: [created.data.legalEntityCreate.id] } });
    await settle(300);
    expect(sub.events).toHaveLength(1);
    await client.dispose();
    await other.close();
  });
});
