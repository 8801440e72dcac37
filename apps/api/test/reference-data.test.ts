import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, subscribe, settle, type GraphQLResponse, type TestServer } from "./support/harness.js";

/**
 * Reference data through the real server: buildings, premises, staff, roles and services —
 * search, keyset pagination, validation codes, conflicts and organization scoping.
 */
let t: TestServer;
let admin: string;
let dispatcher: string;
let resident: string;
let foreignAdmin: string;
let org: { domovoy: string; severny: string };

beforeAll(async () => {
  t = await startTestServer();
  [admin, dispatcher, foreignAdmin] = await Promise.all([
    t.login("admin@domovoy.example"),
    t.login("dispatcher@domovoy.example"),
    t.login("admin@severny.example"),
  ]);
  resident = await t.residentLogin("+79160000001");
  const rows = await t.database.sql`select id, slug from organizations`;
  org = Object.fromEntries(rows.map((r) => [r.slug, r.id])) as typeof org;
});
afterAll(() => t?.close());

/** Ids in the order the database sorts them (its collation, not JavaScript's). */
async function idsInOrder(query: string, params: unknown[]): Promise<string[]> {
  const rows = await t.database.sql.unsafe(query, params as never[]);
  return rows.map((r) => r.id as string);
}

async function one(query: string, params: unknown[]): Promise<string> {
  const [row] = await t.database.sql.unsafe(query, params as never[]);
  if (!row) throw new Error(`no row for ${query}`);
  return row.id as string;
}

type Connection = { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Follows endCursor to the end; checks every page's size and hasNextPage. */
async function walk(field: string, document: string, variables: Record<string, unknown>, token: string, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 100; page++) {
    const result: GraphQLResponse = await t.graphql(document, { ...variables, first, after }, { token });
    expect(result.errors).toBeUndefined();
    const connection = result.data![field] as Connection;
    totalCount = connection.totalCount;
    ids.push(...connection.nodes.map((n) => n.id));
    if (!connection.pageInfo.hasNextPage) {
      expect(connection.nodes.length).toBeLessThanOrEqual(first);
      break;
    }
    expect(connection.nodes.length).toBe(first);
    after = connection.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const extensions = (result: GraphQLResponse) => result.errors?.[0]?.extensions;

describe("organization reference data", () => {
  const BUILDINGS = `query ($first: Int, $after: String, $search: String) {
    buildings(first: $first, after: $after, search: $search) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
  }`;

  it("pages through buildings by address with a stable cursor", async () => {
    const expected = await idsInOrder("select id from buildings where organization_id = $1 order by address, id", [org.domovoy]);
    const { ids, totalCount } = await walk("buildings", BUILDINGS, {}, dispatcher, 5);
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
    const id = await one("select id from buildings where address = $1", ["г. Москва, ул. Профсоюзная, д. 56"]);
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
    const buildingId = await one("select id from buildings where address = $1", ["г. Москва, ул. Профсоюзная, д. 56"]);
    const PREMISES = `query ($first: Int, $after: String, $buildingId: ID, $search: String) {
      premises(first: $first, after: $after, buildingId: $buildingId, search: $search) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
    }`;
    const expected = await idsInOrder("select id from premises where building_id = $1 order by sort_key, id", [buildingId]);
    const { ids, totalCount } = await walk("premises", PREMISES, { buildingId }, dispatcher, 20);
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
    const expected = await idsInOrder("select id from premises where organization_id = $1 order by building_id, sort_key, id", [org.severny]);
    const PREMISES = `query ($first: Int, $after: String) { premises(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const { ids, totalCount } = await walk("premises", PREMISES, {}, foreignAdmin, 15);
    expect(totalCount).toBe(40);
    expect(ids).toEqual(expected);
  });

  it("lists a premise's clients, owners first", async () => {
    const premiseId = await one(
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
      expect(code(await t.graphql(query, {}, { token: resident }))).toBe("FORBIDDEN");
    }
  });

  it("rejects a page size out of range and a forged cursor", async () => {
    expect(extensions(await t.graphql(`{ buildings(first: 0) { totalCount } }`, {}, { token: dispatcher }))).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(extensions(await t.graphql(`{ buildings(first: 101) { totalCount } }`, {}, { token: dispatcher }))).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(extensions(await t.graphql(`{ premises(after: "bm9wZQ") { totalCount } }`, {}, { token: dispatcher }))).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("staff reads", () => {
  const EMPLOYEES = `query ($first: Int, $after: String, $search: String, $departmentId: ID, $active: Boolean) {
    employees(first: $first, after: $after, search: $search, departmentId: $departmentId, active: $active) {
      totalCount nodes { id email } pageInfo { hasNextPage endCursor }
    }
  }`;

  it("pages through employees by name", async () => {
    const expected = await idsInOrder("select id from employees where organization_id = $1 order by full_name, id", [org.domovoy]);
    const { ids, totalCount } = await walk("employees", EMPLOYEES, {}, dispatcher, 7);
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
    const plumbing = await one("select id from departments where organization_id = $1 and name = $2", [org.domovoy, "Сантехническая служба"]);
    const members = await t.graphql(EMPLOYEES, { departmentId: plumbing, first: 50 }, { token: dispatcher });
    expect(members.data!.employees.totalCount).toBe(9);
    const inactive = await t.graphql(EMPLOYEES, { active: false }, { token: dispatcher });
    expect(inactive.data!.employees.nodes.map((n: { email: string }) => n.email)).toEqual(["plumber5@domovoy.example"]);
    const both = await t.graphql(EMPLOYEES, { departmentId: plumbing, active: true, first: 50 }, { token: dispatcher });
    expect(both.data!.employees.totalCount).toBe(8);
  });

  it("resolves an employee's role and departments and a department's employees", async () => {
    const id = await one("select id from employees where email = $1", ["electrician4@domovoy.example"]);
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
    const roles = await walk("roles", `query ($first: Int, $after: String) { roles(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, {}, dispatcher, 2);
    expect(roles.totalCount).toBe(3);
    expect(roles.ids).toEqual(await idsInOrder("select id from roles where organization_id = $1 order by name, id", [org.domovoy]));
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
    const expected = await idsInOrder("select id from services where organization_id = $1 order by name, id", [org.domovoy]);
    const { ids, totalCount } = await walk("services", SERVICES, {}, dispatcher, 4);
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
    const id = await one("select id from services where organization_id = $1 and name = $2", [org.domovoy, "Установка счётчиков воды"]);
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

  it("residents see active services only", async () => {
    const all = await t.graphql(SERVICES, { first: 100, active: false }, { token: resident });
    expect(all.errors).toBeUndefined();
    expect(all.data!.services.nodes.every((s: { active: boolean }) => s.active)).toBe(true);
    expect(all.data!.services.nodes.map((s: { name: string }) => s.name)).not.toContain("Поверка счётчиков воды");
    const inactive = await one("select id from services where organization_id = $1 and name = $2", [org.domovoy, "Поверка счётчиков воды"]);
    expect(code(await t.graphql(`query ($id: ID!) { service(id: $id) { id } }`, { id: inactive }, { token: resident }))).toBe("NOT_FOUND");
    expect(code(await t.graphql(`query ($id: ID!) { service(id: $id) { id } }`, { id: inactive }, { token: dispatcher }))).toBeUndefined();
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
    const foreign = await one(`select id from ${table} where organization_id = $1 order by id limit 1`, [org.severny]);
    const answers = await Promise.all([foreign, randomUUID()].map((id) => t.graphql(document, { id }, { token: admin })));
    for (const answer of answers) {
      expect(answer.data).toBeNull();
      expect(code(answer)).toBe("NOT_FOUND");
    }
    expect(answers[0]!.errors![0]!.message).toBe(answers[1]!.errors![0]!.message);
    const malformed = await t.graphql(document, { id: "not-a-uuid" }, { token: admin });
    expect(malformed.data).toBeNull();
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ID" });
  });

  it("filters by a foreign department or building are NOT_FOUND", async () => {
    const department = await one("select id from departments where organization_id = $1 limit 1", [org.severny]);
    const building = await one("select id from buildings where organization_id = $1 limit 1", [org.severny]);
    expect(code(await t.graphql(`query ($d: ID) { employees(departmentId: $d) { totalCount } }`, { d: department }, { token: dispatcher }))).toBe("NOT_FOUND");
    expect(code(await t.graphql(`query ($d: ID) { services(departmentId: $d) { totalCount } }`, { d: department }, { token: dispatcher }))).toBe("NOT_FOUND");
    expect(code(await t.graphql(`query ($b: ID) { premises(buildingId: $b) { totalCount } }`, { b: building }, { token: dispatcher }))).toBe("NOT_FOUND");
  });

  it("references to foreign rows in inputs are NOT_FOUND", async () => {
    const role = await one("select id from roles where organization_id = $1 limit 1", [org.severny]);
    const department = await one("select id from departments where organization_id = $1 limit 1", [org.severny]);
    const employee = await one("select id from employees where organization_id = $1 limit 1", [org.severny]);
    const service = await one("select id from services where organization_id = $1 limit 1", [org.severny]);
    const ownRole = await one("select id from roles where organization_id = $1 and name = 'Исполнитель'", [org.domovoy]);
    const attempts = [
      t.graphql(`mutation ($r: ID!) { employeeCreate(input: { fullName: "Тест", email: "x1@domovoy.example", roleId: $r }) { id } }`, { r: role }, { token: admin }),
      t.graphql(`mutation ($r: ID!, $d: ID!) { employeeCreate(input: { fullName: "Тест", email: "x2@domovoy.example", roleId: $r, departmentIds: [$d] }) { id } }`, { r: ownRole, d: department }, { token: admin }),
      t.graphql(`mutation ($e: ID!) { departmentCreate(input: { name: "Чужие", employeeIds: [$e] }) { id } }`, { e: employee }, { token: admin }),
      t.graphql(`mutation ($s: ID!) { roleCreate(input: { name: "Чужая", permissions: [], notificationSettings: { serviceIds: [$s] } }) { id } }`, { s: service }, { token: admin }),
      t.graphql(`mutation ($d: ID!) { serviceCreate(input: { name: "Чужая", departmentId: $d }) { id } }`, { d: department }, { token: admin }),
    ];
    for (const result of await Promise.all(attempts)) expect(code(result)).toBe("NOT_FOUND");
    const [{ n }] = await t.database.sql`select count(*)::int as n from employees where email in ('x1@domovoy.example', 'x2@domovoy.example')`;
    expect(n).toBe(0);
  });
});

describe("employee mutations", () => {
  const CREATE = `mutation ($input: EmployeeCreateInput!) { employeeCreate(input: $input) { id email phone active role { name } departments { name } } }`;
  const UPDATE = `mutation ($id: ID!, $input: EmployeeUpdateInput!) { employeeUpdate(id: $id, input: $input) { id email active position role { name } departments { name } } }`;
  let executorRole: string;
  let dispatcherRole: string;
  let cleaning: string;

  beforeAll(async () => {
    executorRole = await one("select id from roles where organization_id = $1 and name = 'Исполнитель'", [org.domovoy]);
    dispatcherRole = await one("select id from roles where organization_id = $1 and name = 'Диспетчер'", [org.domovoy]);
    cleaning = await one("select id from departments where organization_id = $1 and name = 'Клининг'", [org.domovoy]);
  });

  it("creates an employee who can sign in with the password", async () => {
    const result = await t.graphql(
      CREATE,
      { input: { fullName: "Новиков Пётр", email: " Novikov@Domovoy.example ", phone: "8 (916) 555-12-34", roleId: executorRole, departmentIds: [cleaning, cleaning], password: "secret-pass" } },
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.employeeCreate).toMatchObject({
      email: "novikov@domovoy.example",
      phone: "+79165551234",
      active: true,
      role: { name: "Исполнитель" },
      departments: [{ name: "Клининг" }],
    });
    const token = await t.login("novikov@domovoy.example", "secret-pass");
    const me = await t.graphql(`{ me { employee { email } } }`, {}, { token });
    expect(me.data!.me.employee.email).toBe("novikov@domovoy.example");
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["an empty name", { fullName: "  " }, "input.fullName", "REQUIRED"],
    ["a bad email", { email: "not-an-email" }, "input.email", "INVALID_EMAIL"],
    ["a bad phone", { phone: "12-34" }, "input.phone", "INVALID_PHONE"],
    ["a short password", { password: "1234567" }, "input.password", "PASSWORD_TOO_SHORT"],
  ])("refuses %s", async (_name, override, field, reason) => {
    const input = { fullName: "Тестов Тест", email: `t${Date.now()}@domovoy.example`, roleId: executorRole, ...override };
    expect(extensions(await t.graphql(CREATE, { input }, { token: admin }))).toMatchObject({ code: "BAD_USER_INPUT", field, reason });
  });

  it("a duplicate email is CONFLICT, also when it belongs to another organization", async () => {
    for (const email of ["PLUMBER@domovoy.example", "admin@severny.example"]) {
      const result = await t.graphql(CREATE, { input: { fullName: "Дубль", email, roleId: executorRole } }, { token: admin });
      expect(extensions(result)).toMatchObject({ code: "CONFLICT", field: "input.email", reason: "EMAIL_TAKEN" });
    }
    const id = await one("select id from employees where email = $1", ["cleaner2@domovoy.example"]);
    const update = await t.graphql(UPDATE, { id, input: { email: "cleaner3@domovoy.example" } }, { token: admin });
    expect(extensions(update)).toMatchObject({ code: "CONFLICT", reason: "EMAIL_TAKEN" });
  });

  it("updates only the given fields and replaces departments", async () => {
    const id = await one("select id from employees where email = $1", ["janitor@domovoy.example"]);
    const result = await t.graphql(UPDATE, { id, input: { position: "Старший дворник", departmentIds: [] } }, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data!.employeeUpdate).toMatchObject({ email: "janitor@domovoy.example", position: "Старший дворник", active: true, departments: [] });
    expect(extensions(await t.graphql(UPDATE, { id, input: {} }, { token: admin }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input" });
  });

  it("an employee may not deactivate themself or drop their own staff permissions", async () => {
    const self = await one("select id from employees where email = $1", ["admin@domovoy.example"]);
    expect(extensions(await t.graphql(UPDATE, { id: self, input: { active: false } }, { token: admin }))).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "SELF_DEACTIVATION",
    });
    expect(extensions(await t.graphql(UPDATE, { id: self, input: { roleId: dispatcherRole } }, { token: admin }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.roleId",
      reason: "SELF_LOCKOUT",
    });
    const [row] = await t.database.sql`select active, role_id from employees where id = ${self}`;
    expect(row).toMatchObject({ active: true });
    expect(row!.role_id).not.toBe(dispatcherRole);
    // Someone else may be deactivated.
    const other = await one("select id from employees where email = $1", ["cleaner4@domovoy.example"]);
    const result = await t.graphql(UPDATE, { id: other, input: { active: false } }, { token: admin });
    expect(result.data!.employeeUpdate.active).toBe(false);
  });

  it("needs EMPLOYEES_MANAGE", async () => {
    const result = await t.graphql(CREATE, { input: { fullName: "Без прав", email: "noperm@domovoy.example", roleId: executorRole } }, { token: dispatcher });
    expect(code(result)).toBe("FORBIDDEN");
  });
});

describe("department and role mutations", () => {
  it("creates a department with employees; a duplicate name is CONFLICT", async () => {
    const employees = await idsInOrder("select id from employees where organization_id = $1 and email like 'cleaner%' order by email", [org.domovoy]);
    const created = await t.graphql(
      `mutation ($ids: [ID!]) { departmentCreate(input: { name: "Озеленение", employeeIds: $ids }) { id name employees { id } } }`,
      { ids: employees.slice(0, 2) },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.departmentCreate.employees.map((e: { id: string }) => e.id).sort()).toEqual(employees.slice(0, 2).sort());

    const duplicate = await t.graphql(`mutation { departmentCreate(input: { name: "Клининг" }) { id } }`, {}, { token: admin });
    expect(extensions(duplicate)).toMatchObject({ code: "CONFLICT", field: "input.name", reason: "NAME_TAKEN" });
    // The same name in another organization is fine.
    const elsewhere = await t.graphql(`mutation { departmentCreate(input: { name: "Озеленение" }) { name } }`, {}, { token: foreignAdmin });
    expect(elsewhere.data!.departmentCreate.name).toBe("Озеленение");

    const rename = await t.graphql(
      `mutation ($id: ID!) { departmentUpdate(id: $id, input: { name: "Клининг" }) { id } }`,
      { id: created.data!.departmentCreate.id },
      { token: admin },
    );
    expect(code(rename)).toBe("CONFLICT");
    const replace = await t.graphql(
      `mutation ($id: ID!, $ids: [ID!]) { departmentUpdate(id: $id, input: { employeeIds: $ids }) { employees { id } } }`,
      { id: created.data!.departmentCreate.id, ids: [employees[2]] },
      { token: admin },
    );
    expect(replace.data!.departmentUpdate.employees).toEqual([{ id: employees[2] }]);
  });

  it("creates and updates a role; duplicate names are CONFLICT", async () => {
    const created = await t.graphql(
      `mutation { roleCreate(input: { name: "Бухгалтер", description: "Счета", permissions: [INVOICES_MANAGE, REFUNDS_MANAGE, INVOICES_MANAGE], notificationSettings: { refundRequests: true } }) {
        id name permissions notificationSettings { newOrders chatMessages refundRequests serviceIds departmentIds }
      } }`,
      {},
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.roleCreate).toMatchObject({
      name: "Бухгалтер",
      permissions: ["INVOICES_MANAGE", "REFUNDS_MANAGE"],
      notificationSettings: { newOrders: false, chatMessages: true, refundRequests: true, serviceIds: [], departmentIds: [] },
    });
    const plumbing = await one("select id from departments where organization_id = $1 and name = $2", [org.domovoy, "Сантехническая служба"]);
    const updated = await t.graphql(
      `mutation ($id: ID!, $d: ID!) { roleUpdate(id: $id, input: { notificationSettings: { newOrders: true, departmentIds: [$d] } }) { notificationSettings { newOrders refundRequests departmentIds } } }`,
      { id: created.data!.roleCreate.id, d: plumbing },
      { token: admin },
    );
    expect(updated.data!.roleUpdate.notificationSettings).toEqual({ newOrders: true, refundRequests: true, departmentIds: [plumbing] });
    const duplicate = await t.graphql(`mutation { roleCreate(input: { name: "Диспетчер", permissions: [] }) { id } }`, {}, { token: admin });
    expect(extensions(duplicate)).toMatchObject({ code: "CONFLICT", reason: "NAME_TAKEN" });
  });

  it("an administrator may not strip ROLES_MANAGE from their own role", async () => {
    const role = await one("select id from roles where organization_id = $1 and name = 'Администратор'", [org.domovoy]);
    const result = await t.graphql(
      `mutation ($id: ID!) { roleUpdate(id: $id, input: { permissions: [EMPLOYEES_MANAGE, ORDERS_MANAGE] }) { id } }`,
      { id: role },
      { token: admin },
    );
    expect(extensions(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.permissions", reason: "SELF_LOCKOUT" });
    const me = await t.graphql(`{ me { permissions } }`, {}, { token: admin });
    expect(me.data!.me.permissions).toContain("ROLES_MANAGE");
  });

  it("role changes need ROLES_MANAGE", async () => {
    expect(code(await t.graphql(`mutation { roleCreate(input: { name: "X", permissions: [] }) { id } }`, {}, { token: dispatcher }))).toBe("FORBIDDEN");
  });
});

describe("service mutations", () => {
  const CREATE = `mutation ($input: ServiceCreateInput!) { serviceCreate(input: $input) {
    id name kind maxExecutors slaReactionMinutes slaExecutionMinutes department { name }
    orderForm { key label type required options } checklistTemplate { title } priceList { name unit unitPrice position active }
  } }`;
  const UPDATE = `mutation ($id: ID!, $input: ServiceUpdateInput!) { serviceUpdate(id: $id, input: $input) { id kind maxExecutors slaReactionMinutes orderForm { key } department { name } } }`;
  let plumbing: string;

  beforeAll(async () => {
    plumbing = await one("select id from departments where organization_id = $1 and name = $2", [org.domovoy, "Сантехническая служба"]);
  });

  it("creates a paid service with an order form, a checklist and a price list", async () => {
    const result = await t.graphql(
      CREATE,
      {
        input: {
          name: "  Замена радиатора ",
          kind: "PAID",
          departmentId: plumbing,
          slaReactionMinutes: 120,
          maxExecutors: 2,
          refundsAllowed: true,
          orderForm: [
            { key: "sections", label: "Число секций", type: "NUMBER", required: true },
            { key: "material", label: " Материал ", type: "SELECT", options: ["Чугун", "Биметалл"] },
          ],
          checklistTemplate: [{ title: "Слить стояк" }, { title: "Опрессовать" }],
          priceList: [
            { name: "Замена радиатора", unitPrice: "4500" },
            { name: "Секция", unit: "шт.", unitPrice: "350.5" },
          ],
        },
      },
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.serviceCreate).toMatchObject({
      name: "Замена радиатора",
      kind: "PAID",
      maxExecutors: 2,
      slaReactionMinutes: 120,
      slaExecutionMinutes: null,
      department: { name: "Сантехническая служба" },
      orderForm: [
        { key: "sections", label: "Число секций", type: "NUMBER", required: true, options: [] },
        { key: "material", label: "Материал", type: "SELECT", required: false, options: ["Чугун", "Биметалл"] },
      ],
      checklistTemplate: [{ title: "Слить стояк" }, { title: "Опрессовать" }],
      priceList: [
        { name: "Замена радиатора", unit: "шт.", unitPrice: "4500.00", position: 0, active: true },
        { name: "Секция", unit: "шт.", unitPrice: "350.50", position: 1, active: true },
      ],
    });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["five executors", { maxExecutors: 5 }, "input.maxExecutors", "MAX_EXECUTORS_OUT_OF_RANGE"],
    ["a zero SLA", { slaExecutionMinutes: 0 }, "input.slaExecutionMinutes", "SLA_INVALID"],
    ["a bad key", { orderForm: [{ key: "Floor", label: "Этаж", type: "NUMBER" }] }, "input.orderForm[0].key", "ORDER_FORM_KEY_INVALID"],
    ["duplicate keys", { orderForm: [{ key: "floor", label: "Этаж", type: "NUMBER" }, { key: "floor", label: "Ещё", type: "TEXT" }] }, "input.orderForm[1].key", "ORDER_FORM_KEY_DUPLICATE"],
    ["an empty label", { orderForm: [{ key: "floor", label: " ", type: "NUMBER" }] }, "input.orderForm[0].label", "ORDER_FORM_LABEL_REQUIRED"],
    ["a select without options", { orderForm: [{ key: "room", label: "Комната", type: "SELECT" }] }, "input.orderForm[0].options", "ORDER_FORM_OPTIONS_REQUIRED"],
    ["options on a text field", { orderForm: [{ key: "room", label: "Комната", type: "TEXT", options: ["a"] }] }, "input.orderForm[0].options", "ORDER_FORM_OPTIONS_NOT_ALLOWED"],
    ["31 fields", { orderForm: Array.from({ length: 31 }, (_, i) => ({ key: `f${i}`, label: "Поле", type: "TEXT" })) }, "input.orderForm", "ORDER_FORM_TOO_LONG"],
    ["51 checklist items", { checklistTemplate: Array.from({ length: 51 }, (_, i) => ({ title: `п${i}` })) }, "input.checklistTemplate", "CHECKLIST_TOO_LONG"],
    ["an empty checklist item", { checklistTemplate: [{ title: "" }] }, "input.checklistTemplate[0].title", "CHECKLIST_TITLE_REQUIRED"],
    ["a price list on a standard service", { priceList: [{ name: "X", unitPrice: "1" }] }, "input.kind", "PRICE_LIST_REQUIRES_PAID"],
    ["a negative price", { kind: "PAID", priceList: [{ name: "X", unitPrice: "-1.00" }] }, "input.priceList[0].unitPrice", "PRICE_NEGATIVE"],
    ["refunds on a standard service", { refundsAllowed: true }, "input.refundsAllowed", "REFUNDS_REQUIRE_PAID"],
    ["an empty name", { name: "" }, "input.name", "REQUIRED"],
  ])("refuses %s", async (_name, override, field, reason) => {
    const result = await t.graphql(CREATE, { input: { name: "Проверка", ...override } }, { token: admin });
    expect(extensions(result)).toMatchObject({ code: "BAD_USER_INPUT", field, reason });
    expect(result.data).toBeNull();
  });

  it("nothing is saved when validation fails", async () => {
    const [{ n }] = await t.database.sql`select count(*)::int as n from services where name = 'Проверка'`;
    expect(n).toBe(0);
  });

  it("updates settings; stored order-form keys stay valid, new ones must follow the pattern", async () => {
    const id = await one("select id from services where organization_id = $1 and name = $2", [org.domovoy, "Протечка"]);
    const current = await t.graphql(`query ($id: ID!) { service(id: $id) { orderForm { key label type required options } } }`, { id }, { token: admin });
    const form = current.data!.service.orderForm as { key: string }[];
    expect(form.map((f) => f.key)).toContain("valveClosed");
    const added = await t.graphql(UPDATE, { id, input: { orderForm: [...form, { key: "floor", label: "Этаж", type: "NUMBER" }], slaReactionMinutes: null, maxExecutors: 4 } }, { token: admin });
    expect(added.errors).toBeUndefined();
    expect(added.data!.serviceUpdate).toMatchObject({ maxExecutors: 4, slaReactionMinutes: null, kind: "STANDARD" });
    expect(added.data!.serviceUpdate.orderForm.map((f: { key: string }) => f.key)).toEqual(["source", "valveClosed", "damage", "floor"]);
    const camel = await t.graphql(UPDATE, { id, input: { orderForm: [...form, { key: "newField", label: "Новое", type: "TEXT" }] } }, { token: admin });
    expect(extensions(camel)).toMatchObject({ code: "BAD_USER_INPUT", reason: "ORDER_FORM_KEY_INVALID", field: "input.orderForm[3].key" });
    const cleared = await t.graphql(UPDATE, { id, input: { departmentId: null } }, { token: admin });
    expect(cleared.data!.serviceUpdate.department).toBeNull();
  });

  it("a paid service stays paid while its price list has active items", async () => {
    const id = await one("select id from services where organization_id = $1 and name = $2", [org.domovoy, "Электромонтажные работы"]);
    const refused = await t.graphql(UPDATE, { id, input: { kind: "STANDARD", refundsAllowed: false } }, { token: admin });
    expect(extensions(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.kind", reason: "PRICE_LIST_REQUIRES_PAID" });
    const items = await idsInOrder("select id from price_list_items where service_id = $1", [id]);
    for (const item of items) {
      const off = await t.graphql(`mutation ($id: ID!) { priceListItemUpdate(id: $id, input: { active: false }) { active } }`, { id: item }, { token: admin });
      expect(off.data!.priceListItemUpdate.active).toBe(false);
    }
    const allowed = await t.graphql(UPDATE, { id, input: { kind: "STANDARD", refundsAllowed: false } }, { token: admin });
    expect(allowed.data!.serviceUpdate.kind).toBe("STANDARD");
    const add = await t.graphql(`mutation ($id: ID!) { priceListItemCreate(serviceId: $id, input: { name: "X", unitPrice: "10" }) { id } }`, { id }, { token: admin });
    expect(extensions(add)).toMatchObject({ code: "BAD_USER_INPUT", reason: "PRICE_LIST_REQUIRES_PAID" });
  });

  it("adds and edits price-list items of a paid service", async () => {
    const id = await one("select id from services where organization_id = $1 and name = $2", [org.domovoy, "Генеральная уборка квартиры"]);
    const added = await t.graphql(
      `mutation ($id: ID!) { priceListItemCreate(serviceId: $id, input: { name: "Мытьё люстры", unitPrice: "800.00" }) { id name unit unitPrice position service { name } } }`,
      { id },
      { token: admin },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.priceListItemCreate).toMatchObject({ name: "Мытьё люстры", unit: "шт.", unitPrice: "800.00", position: 3, service: { name: "Генеральная уборка квартиры" } });
    const itemId = added.data!.priceListItemCreate.id;
    const negative = await t.graphql(`mutation ($id: ID!) { priceListItemUpdate(id: $id, input: { unitPrice: "-5" }) { id } }`, { id: itemId }, { token: admin });
    expect(extensions(negative)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.unitPrice", reason: "PRICE_NEGATIVE" });
    const free = await t.graphql(`mutation ($id: ID!) { priceListItemUpdate(id: $id, input: { unitPrice: "0", name: " Люстра " }) { name unitPrice } }`, { id: itemId }, { token: admin });
    expect(free.data!.priceListItemUpdate).toEqual({ name: "Люстра", unitPrice: "0.00" });
    const forged = await t.graphql(
      `mutation ($id: ID!, $price: Money) { priceListItemUpdate(id: $id, input: { unitPrice: $price }) { id } }`,
      { id: itemId, price: "1.234" },
      { token: admin },
    );
    expect(code(forged)).toBe("BAD_USER_INPUT");
  });

  it("service changes need SERVICES_MANAGE", async () => {
    expect(code(await t.graphql(CREATE, { input: { name: "Без прав" } }, { token: dispatcher }))).toBe("FORBIDDEN");
    expect(code(await t.graphql(CREATE, { input: { name: "Без прав" } }, { token: resident }))).toBe("FORBIDDEN");
  });

  it("serviceUpdated reaches employees of the same organization only", async () => {
    const id = await one("select id from services where organization_id = $1 and name = $2", [org.domovoy, "Уборка снега и наледи"]);
    const own = subscribe(t.ws(dispatcher), `subscription { serviceUpdated { id maxExecutors } }`);
    const foreign = subscribe(t.ws(foreignAdmin), `subscription { serviceUpdated { id } }`);
    await settle();
    const result = await t.graphql(UPDATE, { id, input: { maxExecutors: 3 } }, { token: admin });
    expect(result.errors).toBeUndefined();
    const events = await own.next(1);
    expect(events[0]!.data).toEqual({ serviceUpdated: { id, maxExecutors: 3 } });
    await settle(300);
    expect(foreign.events).toHaveLength(0);
    own.unsubscribe();
    foreign.unsubscribe();
  });
});
