import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle, subscribe, type TestServer } from "./support/harness.js";
import { idsInOrder, oneId, errorCode, errorExtensions, startReferenceData } from "./support/reference-data.js";

/**
 * Staff changes through the real server: employees, departments and roles — validation codes,
 * conflicts and the permissions that guard them.
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

describe("employee mutations", () => {
  const CREATE = `mutation ($input: EmployeeCreateInput!) { employeeCreate(input: $input) { id email phone active role { name } departments { name } } }`;
  const UPDATE = `mutation ($id: ID!, $input: EmployeeUpdateInput!) { employeeUpdate(id: $id, input: $input) { id email active position role { name } departments { name } } }`;
  let executorRole: string;
  let dispatcherRole: string;
  let cleaning: string;

  beforeAll(async () => {
    executorRole = await oneId(t, "select id from roles where organization_id = $1 and name = 'Исполнитель'", [org.domovoy]);
    dispatcherRole = await oneId(t, "select id from roles where organization_id = $1 and name = 'Диспетчер'", [org.domovoy]);
    cleaning = await oneId(t, "select id from departments where organization_id = $1 and name = 'Клининг'", [org.domovoy]);
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
    expect(errorExtensions(await t.graphql(CREATE, { input }, { token: admin }))).toMatchObject({ code: "BAD_USER_INPUT", field, reason });
  });

  it("a duplicate email is CONFLICT, also when it belongs to another organization", async () => {
    for (const email of ["PLUMBER@domovoy.example", "admin@severny.example"]) {
      const result = await t.graphql(CREATE, { input: { fullName: "Дубль", email, roleId: executorRole } }, { token: admin });
      expect(errorExtensions(result)).toMatchObject({ code: "CONFLICT", field: "input.email", reason: "EMAIL_TAKEN" });
    }
    const id = await oneId(t, "select id from employees where email = $1", ["cleaner2@domovoy.example"]);
    const update = await t.graphql(UPDATE, { id, input: { email: "cleaner3@domovoy.example" } }, { token: admin });
    expect(errorExtensions(update)).toMatchObject({ code: "CONFLICT", reason: "EMAIL_TAKEN" });
  });

  it("updates only the given fields and replaces departments", async () => {
    const id = await oneId(t, "select id from employees where email = $1", ["janitor@domovoy.example"]);
    const result = await t.graphql(UPDATE, { id, input: { position: "Старший дворник", departmentIds: [] } }, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data!.employeeUpdate).toMatchObject({ email: "janitor@domovoy.example", position: "Старший дворник", active: true, departments: [] });
    expect(errorExtensions(await t.graphql(UPDATE, { id, input: {} }, { token: admin }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input" });
  });

  it("an employee may not deactivate themself or drop their own staff permissions", async () => {
    const self = await oneId(t, "select id from employees where email = $1", ["admin@domovoy.example"]);
    expect(errorExtensions(await t.graphql(UPDATE, { id: self, input: { active: false } }, { token: admin }))).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "SELF_DEACTIVATION",
    });
    expect(errorExtensions(await t.graphql(UPDATE, { id: self, input: { roleId: dispatcherRole } }, { token: admin }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.roleId",
      reason: "SELF_LOCKOUT",
    });
    const [row] = await t.database.sql`select active, role_id from employees where id = ${self}`;
    expect(row).toMatchObject({ active: true });
    expect(row!.role_id).not.toBe(dispatcherRole);
    // Someone else may be deactivated.
    const other = await oneId(t, "select id from employees where email = $1", ["cleaner4@domovoy.example"]);
    const result = await t.graphql(UPDATE, { id: other, input: { active: false } }, { token: admin });
    expect(result.data!.employeeUpdate.active).toBe(false);
  });

  it("needs EMPLOYEES_MANAGE", async () => {
    const result = await t.graphql(CREATE, { input: { fullName: "Без прав", email: "noperm@domovoy.example", roleId: executorRole } }, { token: dispatcher });
    expect(errorCode(result)).toBe("FORBIDDEN");
  });
});

describe("department and role mutations", () => {
  it("creates a department with employees; a duplicate name is CONFLICT", async () => {
    const employees = await idsInOrder(t, "select id from employees where organization_id = $1 and email like 'cleaner%' order by email", [org.domovoy]);
    const created = await t.graphql(
      `mutation ($ids: [ID!]) { departmentCreate(input: { name: "Озеленение", employeeIds: $ids }) { id name employees { id } } }`,
      { ids: employees.slice(0, 2) },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.departmentCreate.employees.map((e: { id: string }) => e.id).sort()).toEqual(employees.slice(0, 2).sort());

    const duplicate = await t.graphql(`mutation { departmentCreate(input: { name: "Клининг" }) { id } }`, {}, { token: admin });
    expect(errorExtensions(duplicate)).toMatchObject({ code: "CONFLICT", field: "input.name", reason: "NAME_TAKEN" });
    // The same name in another organization is fine.
    const elsewhere = await t.graphql(`mutation { departmentCreate(input: { name: "Озеленение" }) { name } }`, {}, { token: foreignAdmin });
    expect(elsewhere.data!.departmentCreate.name).toBe("Озеленение");

    const rename = await t.graphql(
      `mutation ($id: ID!) { departmentUpdate(id: $id, input: { name: "Клининг" }) { id } }`,
      { id: created.data!.departmentCreate.id },
      { token: admin },
    );
    expect(errorCode(rename)).toBe("CONFLICT");
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
    const plumbing = await oneId(t, "select id from departments where organization_id = $1 and name = $2", [org.domovoy, "Сантехническая служба"]);
    const updated = await t.graphql(
      `mutation ($id: ID!, $d: ID!) { roleUpdate(id: $id, input: { notificationSettings: { newOrders: true, departmentIds: [$d] } }) { notificationSettings { newOrders refundRequests departmentIds } } }`,
      { id: created.data!.roleCreate.id, d: plumbing },
      { token: admin },
    );
    expect(updated.data!.roleUpdate.notificationSettings).toEqual({ newOrders: true, refundRequests: true, departmentIds: [plumbing] });
    const duplicate = await t.graphql(`mutation { roleCreate(input: { name: "Диспетчер", permissions: [] }) { id } }`, {}, { token: admin });
    expect(errorExtensions(duplicate)).toMatchObject({ code: "CONFLICT", reason: "NAME_TAKEN" });
  });

  it("an administrator may not strip ROLES_MANAGE from their own role", async () => {
    const role = await oneId(t, "select id from roles where organization_id = $1 and name = 'Администратор'", [org.domovoy]);
    const result = await t.graphql(
      `mutation ($id: ID!) { roleUpdate(id: $id, input: { permissions: [EMPLOYEES_MANAGE, ORDERS_MANAGE] }) { id } }`,
      { id: role },
      { token: admin },
    );
    expect(errorExtensions(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.permissions", reason: "SELF_LOCKOUT" });
    const me = await t.graphql(`{ me { permissions } }`, {}, { token: admin });
    expect(me.data!.me.permissions).toContain("ROLES_MANAGE");
  });

  it("a role edited from an older version is CONFLICT (STALE_VERSION) and keeps the newer save", async () => {
    const UPDATE = `mutation ($id: ID!, $input: RoleUpdateInput!) { roleUpdate(id: $id, input: $input) { description version } }`;
    const created = await t.graphql(`mutation { roleCreate(input: { name: "Версии", permissions: [] }) { id version } }`, {}, { token: admin });
    const { id, version } = created.data!.roleCreate;
    expect(version).toBe(1);
    const first = await t.graphql(UPDATE, { id, input: { description: "первая", version } }, { token: admin });
    expect(first.data!.roleUpdate).toEqual({ description: "первая", version: 2 });
    const second = await t.graphql(UPDATE, { id, input: { description: "вторая", version } }, { token: admin });
    expect(errorExtensions(second)).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION", currentVersion: 2 });
    const now = await t.graphql(`query ($id: ID!) { role(id: $id) { description version } }`, { id }, { token: admin });
    expect(now.data!.role).toEqual({ description: "первая", version: 2 });
  });

  it("a department edited from an older version is CONFLICT (STALE_VERSION); a members change also moves the version", async () => {
    const UPDATE = `mutation ($id: ID!, $input: DepartmentUpdateInput!) { departmentUpdate(id: $id, input: $input) { name version employees { id } } }`;
    const created = await t.graphql(`mutation { departmentCreate(input: { name: "Версии отдела" }) { id version } }`, {}, { token: admin });
    const { id, version } = created.data!.departmentCreate;
    const member = await oneId(t, "select id from employees where email = $1", ["janitor@domovoy.example"]);
    const members = await t.graphql(UPDATE, { id, input: { employeeIds: [member], version } }, { token: admin });
    expect(members.data!.departmentUpdate).toEqual({ name: "Версии отдела", version: version + 1, employees: [{ id: member }] });
    const stale = await t.graphql(UPDATE, { id, input: { name: "Поздно", version } }, { token: admin });
    expect(errorExtensions(stale)).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION", currentVersion: version + 1 });
    const foreign = await t.graphql(UPDATE, { id, input: { name: "Чужой", version: version + 1 } }, { token: foreignAdmin });
    expect(errorCode(foreign)).toBe("NOT_FOUND");

    // An order's history names the department as it was; its version is the department's current one.
    const [order] = await t.database.sql`select id, version from orders where organization_id = ${org.domovoy} and status = 'PENDING' order by number limit 1`;
    const moved = await t.graphql(
      `mutation ($input: OrderManageInput!) { orderManage(input: $input) { history { kind department { id name version } } } }`,
      { input: { id: order!.id, version: order!.version, departmentId: id } },
      { token: admin },
    );
    expect(moved.errors).toBeUndefined();
    const entry = moved.data!.orderManage.history.find((h: { kind: string }) => h.kind === "DEPARTMENT_CHANGED");
    expect(entry.department).toEqual({ id, name: "Версии отдела", version: version + 1 });
  });

  it("a role shows how many employees hold it and lists them by name; a foreign role is NOT_FOUND", async () => {
    const role = await oneId(t, "select id from roles where organization_id = $1 and name = 'Исполнитель'", [org.domovoy]);
    const holders = await idsInOrder(t, "select id from employees where organization_id = $1 and role_id = $2 order by full_name, id", [org.domovoy, role]);
    expect(holders.length).toBeGreaterThan(1);
    const roles = await t.graphql(`{ roles(first: 100) { nodes { id employeeCount } } }`, {}, { token: dispatcher });
    expect(roles.errors).toBeUndefined();
    expect(roles.data!.roles.nodes.find((r: { id: string }) => r.id === role).employeeCount).toBe(holders.length);
    const total = await oneId(t, "select count(*)::text as id from employees where organization_id = $1", [org.domovoy]);
    const sum = roles.data!.roles.nodes.reduce((n: number, r: { employeeCount: number }) => n + r.employeeCount, 0);
    expect(sum).toBe(Number(total));

    const page1 = await t.graphql(`query ($r: ID!) { employees(roleId: $r, first: 2) { totalCount nodes { id } pageInfo { endCursor } } }`, { r: role }, { token: dispatcher });
    expect(page1.data!.employees.totalCount).toBe(holders.length);
    expect(page1.data!.employees.nodes.map((e: { id: string }) => e.id)).toEqual(holders.slice(0, 2));
    const page2 = await t.graphql(
      `query ($r: ID!, $after: String) { employees(roleId: $r, first: 100, after: $after) { nodes { id } } }`,
      { r: role, after: page1.data!.employees.pageInfo.endCursor },
      { token: dispatcher },
    );
    expect(page2.data!.employees.nodes.map((e: { id: string }) => e.id)).toEqual(holders.slice(2));
    const foreign = await t.graphql(`query ($r: ID!) { employees(roleId: $r) { totalCount } }`, { r: role }, { token: foreignAdmin });
    expect(errorExtensions(foreign)).toMatchObject({ code: "NOT_FOUND", field: "roleId" });
  });

  it("permissions granted to a role reach its holders on their next request", async () => {
    const created = await t.graphql(`mutation { roleCreate(input: { name: "Аналитик", permissions: [] }) { id version } }`, {}, { token: admin });
    const { id, version } = created.data!.roleCreate;
    const janitor = await oneId(t, "select id from employees where email = $1", ["janitor2@domovoy.example"]);
    const assign = await t.graphql(`mutation ($id: ID!, $r: ID!) { employeeUpdate(id: $id, input: { roleId: $r }) { id } }`, { id: janitor, r: id }, { token: admin });
    expect(assign.errors).toBeUndefined();
    const token = await t.login("janitor2@domovoy.example");
    expect(errorCode(await t.graphql(`{ dashboard { executionSamples } }`, {}, { token }))).toBe("FORBIDDEN");
    await t.graphql(`mutation ($id: ID!, $v: Int!) { roleUpdate(id: $id, input: { permissions: [DASHBOARD_VIEW], version: $v }) { id } }`, { id, v: version }, { token: admin });
    const me = await t.graphql(`{ me { permissions } }`, {}, { token });
    expect(me.data!.me.permissions).toEqual(["DASHBOARD_VIEW"]);
    expect((await t.graphql(`{ dashboard { executionSamples } }`, {}, { token })).errors).toBeUndefined();
  });

  it("accessChanged reaches the holders of a role whose permissions change, and an employee given another role — nobody else", async () => {
    const created = await t.graphql(`mutation { roleCreate(input: { name: "Слушатели", permissions: [] }) { id version } }`, {}, { token: admin });
    const { id, version } = created.data!.roleCreate;
    const holder = await oneId(t, "select id from employees where email = $1", ["cleaner2@domovoy.example"]);
    const moved = await t.graphql(`mutation ($id: ID!, $r: ID!) { employeeUpdate(id: $id, input: { roleId: $r }) { id } }`, { id: holder, r: id }, { token: admin });
    expect(moved.errors).toBeUndefined();
    const holderToken = await t.login("cleaner2@domovoy.example");
    const mine = subscribe(t.ws(holderToken), `subscription { accessChanged }`);
    const others = subscribe(t.ws(dispatcher), `subscription { accessChanged }`);
    const foreign = subscribe(t.ws(foreignAdmin), `subscription { accessChanged }`);
    await settle();

    // A description change grants nothing: no event.
    await t.graphql(`mutation ($id: ID!) { roleUpdate(id: $id, input: { description: "только описание" }) { id } }`, { id }, { token: admin });
    await t.graphql(`mutation ($id: ID!, $v: Int!) { roleUpdate(id: $id, input: { permissions: [DASHBOARD_VIEW], version: $v }) { id } }`, { id, v: version + 1 }, { token: admin });
    const [event] = await mine.next(1);
    expect(event!.data).toEqual({ accessChanged: true });
    await settle(300);
    expect(mine.events).toHaveLength(1);
    expect(others.events).toHaveLength(0);
    expect(foreign.events).toHaveLength(0);
    for (const s of [mine, others, foreign]) s.unsubscribe();
  });

  it("role changes need ROLES_MANAGE", async () => {
    expect(errorCode(await t.graphql(`mutation { roleCreate(input: { name: "X", permissions: [] }) { id } }`, {}, { token: dispatcher }))).toBe("FORBIDDEN");
  });
});
