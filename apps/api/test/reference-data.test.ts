import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestServer } from "./support/harness.js";
import { idsInOrder, oneId, walk, errorCode, errorExtensions, startReferenceData } from "./support/reference-data.js";

/**
 * Reference data reads through the real server: buildings, premises, staff, roles and services —
 * search, keyset pagination, validation codes and organization scoping.
 */
let t: TestServer;
let admin: string;
let dispatcher: string;
let resident: string;
let foreignAdmin: string;
let org: { domovoy: string; severny: string };

beforeAll(async () => {
  ({ t, admin, dispatcher, resident, foreignAdmin, org } = await startReferenceData());
});
afterAll(() => t?.close());

describe("organization reference data", () => {
  const BUILDINGS = `query ($first: Int, $after: String, $search: String) {
    buildings(first: $first, after: $after, search: $search) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
  }`;

  it("pages through buildings by address with a stable cursor", async () => {
    const expected = await idsInOrder(t, "select id from buildings where organization_id = $1 order by address, id", [org.domovoy]);
    const { ids, totalCount } = await walk(t, "buildings", BUILDINGS, {}, dispatcher, 5);
    expect(totalCount).toBe(12);
    expect(ids).toEqual(expected);
  });

  it("searches buildings by part of the address, case-insensitively, with % taken literally", async () => {
    const result = await t.graphql(`{ buildings(search: "профсоюзная") { totalCount nodes { address } } }`, {}, { token: dispatcher });
    expect(result.data!.buildings.totalCount).toBe(2);
    expect(result.data!.buildings.nodes.map((b: { address: string }) => b.address)).toEqual([
      "г. Москва, ул. Профсоюзная, д. 56",
      "г. Москва, ул. Профсоюзная, д. 58, к. 2",
    ]);
    const literal = await t.graphql(`{ buildings(search: "%") { totalCount } }`, {}, { token: dispatcher });
    expect(literal.data!.buildings.totalCount).toBe(0);
  });

  it("resolves a building's quarter, group, legal entity, premises count and administrators", async () => {
    const id = await oneId(t, "select id from buildings where address = $1", ["г. Москва, ул. Профсоюзная, д. 56"]);
    const result = await t.graphql(
      `query ($id: ID!) { building(id: $id) {
        address premisesCount legalEntity { name inn }
        quarter { name administrators { email } }
        objectGroup { name administrators { email } }
      } }`,
      { id },
      { token: dispatcher },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.building).toEqual({
      address: "г. Москва, ул. Профсоюзная, д. 56",
      premisesCount: 72,
      legalEntity: { name: "ООО «Домовой-Сервис»", inn: "7728015439" },
      quarter: { name: "Квартал Северный", administrators: [{ email: "engineer@domovoy.example" }] },
      objectGroup: { name: "Эксплуатационный участок № 1", administrators: [{ email: "gromov@domovoy.example" }] },
    });
  });

  it("pages through a building's premises in number order and searches by number and account", async () => {
    const buildingId = await oneId(t, "select id from buildings where address = $1", ["г. Москва, ул. Профсоюзная, д. 56"]);
    const PREMISES = `query ($first: Int, $after: String, $buildingId: ID, $search: String) {
      premises(first: $first, after: $after, buildingId: $buildingId, search: $search) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
    }`;
    const expected = await idsInOrder(t, "select id from premises where building_id = $1 order by sort_key, id", [buildingId]);
    const { ids, totalCount } = await walk(t, "premises", PREMISES, { buildingId }, dispatcher, 20);
    expect(totalCount).toBe(72);
    expect(ids).toEqual(expected);

    const byNumber = await t.graphql(
      `query ($b: ID) { premises(buildingId: $b, search: "7") { nodes { number } } }`,
      { b: buildingId },
      { token: dispatcher },
    );
    expect(byNumber.data!.premises.nodes.map((p: { number: string }) => p.number)).toEqual(["7", "70", "71", "72"]);

    const [withAccount] = await t.database.sql`select id, personal_account from premises where building_id = ${buildingId} and personal_account is not null order by sort_key limit 1 offset 3`;
    const byAccount = await t.graphql(
      `query ($s: String) { premises(search: $s) { totalCount nodes { id personalAccount building { address } } } }`,
      { s: withAccount!.personal_account },
      { token: dispatcher },
    );
    expect(byAccount.data!.premises.nodes).toEqual([
      { id: withAccount!.id, personalAccount: withAccount!.personal_account, building: { address: "г. Москва, ул. Профсоюзная, д. 56" } },
    ]);
  });

  it("walks all premises of the organization across buildings", async () => {
    const expected = await idsInOrder(t, "select id from premises where organization_id = $1 order by building_id, sort_key, id", [org.severny]);
    const PREMISES = `query ($first: Int, $after: String) { premises(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const { ids, totalCount } = await walk(t, "premises", PREMISES, {}, foreignAdmin, 15);
    expect(totalCount).toBe(40);
    expect(ids).toEqual(expected);
  });

  it("lists a premise's clients, owners first", async () => {
    const premiseId = await oneId(t, 
      "select p.id from premises p join client_premises cp on cp.premise_id = p.id join clients c on c.id = cp.client_id where c.phone = $1 and p.organization_id = $2",
      ["+79160000001", org.domovoy],
    );
    const result = await t.graphql(`query ($id: ID!) { premise(id: $id) { number clients { phone } } }`, { id: premiseId }, { token: dispatcher });
    expect(result.data!.premise.number).toBe("12");
    expect(result.data!.premise.clients[0].phone).toBe("+79160000001");
  });

  it("plain lists of quarters, object groups and legal entities are the organization's own", async () => {
    const result = await t.graphql(`{ quarters { name } objectGroups { name } legalEntities { name } }`, {}, { token: foreignAdmin });
    expect(result.data).toEqual({
      quarters: [{ name: "Квартал Дегунино" }],
      objectGroups: [{ name: "Участок Дубнинский" }],
      legalEntities: [{ name: "ООО «Северный дом»" }],
    });
  });

  it("a resident reads their organization and nothing else here", async () => {
    const own = await t.graphql(`{ organization { slug name } }`, {}, { token: resident });
    expect(own.data!.organization).toEqual({ slug: "domovoy", name: "УК «Домовой»" });
    for (const query of [`{ buildings { totalCount } }`, `{ premises { totalCount } }`, `{ quarters { name } }`, `{ employees { totalCount } }`, `{ roles { totalCount } }`]) {
      expect(errorCode(await t.graphql(query, {}, { token: resident }))).toBe("FORBIDDEN");
    }
  });

  it("rejects a page size out of range and a forged cursor", async () => {
    expect(errorExtensions(await t.graphql(`{ buildings(first: 0) { totalCount } }`, {}, { token: dispatcher }))).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(errorExtensions(await t.graphql(`{ buildings(first: 101) { totalCount } }`, {}, { token: dispatcher }))).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(errorExtensions(await t.graphql(`{ premises(after: "bm9wZQ") { totalCount } }`, {}, { token: dispatcher }))).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("staff reads", () => {
  const EMPLOYEES = `query ($first: Int, $after: String, $search: String, $departmentId: ID, $active: Boolean) {
    employees(first: $first, after: $after, search: $search, departmentId: $departmentId, active: $active) {
      totalCount nodes { id email } pageInfo { hasNextPage endCursor }
    }
  }`;

  it("pages through employees by name", async () => {
    const expected = await idsInOrder(t, "select id from employees where organization_id = $1 order by full_name, id", [org.domovoy]);
    const { ids, totalCount } = await walk(t, "employees", EMPLOYEES, {}, dispatcher, 7);
    expect(totalCount).toBe(25);
    expect(ids).toEqual(expected);
  });

  it("searches by name, email, position and phone digits", async () => {
    const search = async (s: string) => {
      const result = await t.graphql(EMPLOYEES, { search: s, first: 50 }, { token: dispatcher });
      return result.data!.employees.nodes.map((n: { email: string }) => n.email).sort();
    };
    expect(await search("Волков")).toEqual(["plumber@domovoy.example"]);
    expect(await search("ELECTRICIAN3@")).toEqual(["electrician3@domovoy.example"]);
    expect(await search("по лифтам")).toEqual(["electrician3@domovoy.example"]);
    const [{ phone }] = await t.database.sql`select phone from employees where email = 'janitor2@domovoy.example'`;
    const spaced = `${phone.slice(2, 5)} ${phone.slice(5, 8)}-${phone.slice(8)}`;
    expect(await search(spaced)).toContain("janitor2@domovoy.example");
  });

  it("filters by department and by active", async () => {
    const plumbing = await oneId(t, "select id from departments where organization_id = $1 and name = $2", [org.domovoy, "Сантехническая служба"]);
    const members = await t.graphql(EMPLOYEES, { departmentId: plumbing, first: 50 }, { token: dispatcher });
    expect(members.data!.employees.totalCount).toBe(9);
    const inactive = await t.graphql(EMPLOYEES, { active: false }, { token: dispatcher });
    expect(inactive.data!.employees.nodes.map((n: { email: string }) => n.email)).toEqual(["plumber5@domovoy.example"]);
    const both = await t.graphql(EMPLOYEES, { departmentId: plumbing, active: true, first: 50 }, { token: dispatcher });
    expect(both.data!.employees.totalCount).toBe(8);
  });

  it("resolves an employee's role and departments and a department's employees", async () => {
    const id = await oneId(t, "select id from employees where email = $1", ["electrician4@domovoy.example"]);
    const result = await t.graphql(
      `query ($id: ID!) { employee(id: $id) { fullName role { name permissions } departments { name employees { email } } } }`,
      { id },
      { token: dispatcher },
    );
    expect(result.errors).toBeUndefined();
    const employee = result.data!.employee;
    expect(employee.role).toEqual({ name: "Исполнитель", permissions: ["ORDERS_CREATE"] });
    expect(employee.departments.map((d: { name: string }) => d.name)).toEqual(["Сантехническая служба", "Электротехническая служба"]);
    for (const department of employee.departments) {
      expect(department.employees.map((e: { email: string }) => e.email)).toContain("electrician4@domovoy.example");
    }
  });

  it("pages roles and searches departments", async () => {
    const roles = await walk(t, "roles", `query ($first: Int, $after: String) { roles(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, {}, dispatcher, 2);
    expect(roles.totalCount).toBe(3);
    expect(roles.ids).toEqual(await idsInOrder(t, "select id from roles where organization_id = $1 order by name, id", [org.domovoy]));
    const departments = await t.graphql(`{ departments(search: "служба") { totalCount nodes { name } } }`, {}, { token: dispatcher });
    expect(departments.data!.departments.nodes.map((d: { name: string }) => d.name)).toEqual([
      "Диспетчерская служба",
      "Сантехническая служба",
      "Электротехническая служба",
    ]);
  });
});

describe("services reads", () => {
  const SERVICES = `query ($first: Int, $after: String, $search: String, $kind: ServiceKind, $active: Boolean) {
    services(first: $first, after: $after, search: $search, kind: $kind, active: $active) {
      totalCount nodes { id name active } pageInfo { hasNextPage endCursor }
    }
  }`;

  it("pages through services by name", async () => {
    const expected = await idsInOrder(t, "select id from services where organization_id = $1 order by name, id", [org.domovoy]);
    const { ids, totalCount } = await walk(t, "services", SERVICES, {}, dispatcher, 4);
    expect(totalCount).toBe(expected.length);
    expect(ids).toEqual(expected);
  });

  it("searches by name and filters by kind", async () => {
    const result = await t.graphql(SERVICES, { search: "счётчик" }, { token: dispatcher });
    expect(result.data!.services.nodes.map((s: { name: string }) => s.name)).toEqual(["Поверка счётчиков воды", "Установка счётчиков воды"]);
    const paid = await t.graphql(SERVICES, { kind: "PAID", active: true, first: 50 }, { token: dispatcher });
    expect(paid.data!.services.totalCount).toBe(4);
  });

  it("shows settings, order form and the price list in roubles", async () => {
    const id = await oneId(t, "select id from services where organization_id = $1 and name = $2", [org.domovoy, "Установка счётчиков воды"]);
    const result = await t.graphql(
      `query ($id: ID!) { service(id: $id) {
        kind maxExecutors slaReactionMinutes refundsAllowed department { name }
        orderForm { key type required options } checklistTemplate { title }
        priceList { name unit unitPrice position }
      } }`,
      { id },
      { token: dispatcher },
    );
    expect(result.errors).toBeUndefined();
    const service = result.data!.service;
    expect(service).toMatchObject({ kind: "PAID", maxExecutors: 2, slaReactionMinutes: 240, refundsAllowed: true, department: { name: "Сантехническая служба" } });
    expect(service.orderForm[1]).toEqual({ key: "meters", type: "SELECT", required: true, options: ["Свои", "Купить у УК"] });
    expect(service.checklistTemplate).toHaveLength(5);
    expect(service.priceList[1]).toEqual({ name: "Счётчик воды с обратным клапаном", unit: "шт.", unitPrice: "1250.50", position: 1 });
  });

  it("residents see active services only, as ResidentService, and never the staff Service", async () => {
    const all = await t.graphql(`{ residentServices(first: 100) { nodes { id name } } }`, {}, { token: resident });
    expect(all.errors).toBeUndefined();
    expect(all.data!.residentServices.nodes.length).toBeGreaterThan(0);
    expect(all.data!.residentServices.nodes.map((s: { name: string }) => s.name)).not.toContain("Поверка счётчиков воды");
    const inactive = await oneId(t, "select id from services where organization_id = $1 and name = $2", [org.domovoy, "Поверка счётчиков воды"]);
    expect(errorCode(await t.graphql(`query ($id: ID!) { residentService(id: $id) { id } }`, { id: inactive }, { token: resident }))).toBe("NOT_FOUND");
    expect(errorCode(await t.graphql(SERVICES, { first: 100, active: false }, { token: resident }))).toBe("FORBIDDEN");
    expect(errorCode(await t.graphql(`query ($id: ID!) { service(id: $id) { id } }`, { id: inactive }, { token: resident }))).toBe("FORBIDDEN");
    expect(errorCode(await t.graphql(`query ($id: ID!) { service(id: $id) { id } }`, { id: inactive }, { token: dispatcher }))).toBeUndefined();
  });
});

describe("organization scoping", () => {
  const cases: [string, string, string][] = [
    ["building", "buildings", `query ($id: ID!) { building(id: $id) { id } }`],
    ["premise", "premises", `query ($id: ID!) { premise(id: $id) { id } }`],
    ["employee", "employees", `query ($id: ID!) { employee(id: $id) { id } }`],
    ["department", "departments", `query ($id: ID!) { department(id: $id) { id } }`],
    ["role", "roles", `query ($id: ID!) { role(id: $id) { id } }`],
    ["service", "services", `query ($id: ID!) { service(id: $id) { id } }`],
    ["employeeUpdate", "employees", `mutation ($id: ID!) { employeeUpdate(id: $id, input: { position: "x" }) { id } }`],
    ["departmentUpdate", "departments", `mutation ($id: ID!) { departmentUpdate(id: $id, input: { name: "x" }) { id } }`],
    ["roleUpdate", "roles", `mutation ($id: ID!) { roleUpdate(id: $id, input: { description: "x" }) { id } }`],
    ["serviceUpdate", "services", `mutation ($id: ID!) { serviceUpdate(id: $id, input: { maxExecutors: 2 }) { id } }`],
    ["priceListItemUpdate", "price_list_items", `mutation ($id: ID!) { priceListItemUpdate(id: $id, input: { unitPrice: "1.00" }) { id } }`],
    ["priceListItemCreate", "services", `mutation ($id: ID!) { priceListItemCreate(serviceId: $id, input: { name: "x", unitPrice: "1.00" }) { id } }`],
  ];

  it.each(cases)("%s: a foreign and a missing id are the same NOT_FOUND; a malformed one is BAD_USER_INPUT", async (_field, table, document) => {
    const foreign = await oneId(t, `select id from ${table} where organization_id = $1 order by id limit 1`, [org.severny]);
    const answers = await Promise.all([foreign, randomUUID()].map((id) => t.graphql(document, { id }, { token: admin })));
    for (const answer of answers) {
      expect(answer.data).toBeNull();
      expect(errorCode(answer)).toBe("NOT_FOUND");
    }
    expect(answers[0]!.errors![0]!.message).toBe(answers[1]!.errors![0]!.message);
    const malformed = await t.graphql(document, { id: "not-a-uuid" }, { token: admin });
    expect(malformed.data).toBeNull();
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ID" });
  });

  it("filters by a foreign department or building are NOT_FOUND", async () => {
    const department = await oneId(t, "select id from departments where organization_id = $1 limit 1", [org.severny]);
    const building = await oneId(t, "select id from buildings where organization_id = $1 limit 1", [org.severny]);
    expect(errorCode(await t.graphql(`query ($d: ID) { employees(departmentId: $d) { totalCount } }`, { d: department }, { token: dispatcher }))).toBe("NOT_FOUND");
    expect(errorCode(await t.graphql(`query ($d: ID) { services(departmentId: $d) { totalCount } }`, { d: department }, { token: dispatcher }))).toBe("NOT_FOUND");
    expect(errorCode(await t.graphql(`query ($b: ID) { premises(buildingId: $b) { totalCount } }`, { b: building }, { token: dispatcher }))).toBe("NOT_FOUND");
  });

  it("references to foreign rows in inputs are NOT_FOUND", async () => {
    const role = await oneId(t, "select id from roles where organization_id = $1 limit 1", [org.severny]);
    const department = await oneId(t, "select id from departments where organization_id = $1 limit 1", [org.severny]);
    const employee = await oneId(t, "select id from employees where organization_id = $1 limit 1", [org.severny]);
    const service = await oneId(t, "select id from services where organization_id = $1 limit 1", [org.severny]);
    const ownRole = await oneId(t, "select id from roles where organization_id = $1 and name = 'Исполнитель'", [org.domovoy]);
    const attempts = [
      t.graphql(`mutation ($r: ID!) { employeeCreate(input: { fullName: "Тест", email: "x1@domovoy.example", roleId: $r }) { id } }`, { r: role }, { token: admin }),
      t.graphql(`mutation ($r: ID!, $d: ID!) { employeeCreate(input: { fullName: "Тест", email: "x2@domovoy.example", roleId: $r, departmentIds: [$d] }) { id } }`, { r: ownRole, d: department }, { token: admin }),
      t.graphql(`mutation ($e: ID!) { departmentCreate(input: { name: "Чужие", employeeIds: [$e] }) { id } }`, { e: employee }, { token: admin }),
      t.graphql(`mutation ($s: ID!) { roleCreate(input: { name: "Чужая", permissions: [], notificationSettings: { serviceIds: [$s] } }) { id } }`, { s: service }, { token: admin }),
      t.graphql(`mutation ($d: ID!) { serviceCreate(input: { name: "Чужая", departmentId: $d }) { id } }`, { d: department }, { token: admin }),
    ];
    for (const result of await Promise.all(attempts)) expect(errorCode(result)).toBe("NOT_FOUND");
    const [{ n }] = await t.database.sql`select count(*)::int as n from employees where email in ('x1@domovoy.example', 'x2@domovoy.example')`;
    expect(n).toBe(0);
  });
});
