import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, subscribe, settle, type TestServer } from "./support/harness.js";
import { fixtures, newEmployee, newOrder, tokenOf } from "./support/factories.js";
import type { OrderFixtures } from "./support/orders.js";

/**
 * Who reads which clients (`clientScope`): staff with ORDERS_READ_ALL or CLIENTS_MANAGE every client
 * of the organization; other staff only the clients of the orders they execute, on every path
 * (the list, one client, a premise's clients, the live updates); residents none of these fields.
 */
let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let executor: { id: string; token: string };
let executedOrder: { id: string; version: number };
let otherClient: { id: string; full_name: string; premise_id: string };

const LIST = `query ($search: String) { clients(first: 100, search: $search) { totalCount nodes { id fullName phone } } }`;
const ONE = `query ($id: ID!) { client(id: $id) { id fullName phone note tags } }`;
const PREMISE = `query ($id: ID!) { premise(id: $id) { id clients { id } } }`;
const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  t = await startTestServer();
  f = await fixtures(t);
  dispatcher = await tokenOf(t, "dispatcher@domovoy.example");
  // A new executor of the plumbing department (the Executor role: no ORDERS_READ_ALL, no CLIENTS_MANAGE).
  executor = await newEmployee(t, { role: "Исполнитель", departmentIds: [f.plumbingDepartment] });
  const order = await newOrder(t);
  const managed = await t.graphql<{ orderManage: { id: string; version: number } }>(
    `mutation ($input: OrderManageInput!) { orderManage(input: $input) { id version } }`,
    { input: { id: order.id, version: order.version, departmentId: f.plumbingDepartment, executorIds: [executor.id] } },
    { token: dispatcher },
  );
  if (!managed.data) throw new Error(JSON.stringify(managed.errors));
  executedOrder = managed.data.orderManage;
  // A client of the same premise whose orders the executor does not execute.
  const [row] = await t.database.sql`select c.id, c.full_name, cp.premise_id from clients c join client_premises cp on cp.client_id = c.id
    where c.organization_id = ${f.organizationId} and c.id <> ${f.residentClient}
      and not exists (select 1 from orders o join order_executors x on x.order_id = o.id where o.client_id = c.id and x.employee_id = ${executor.id})
    order by c.id limit 1`;
  otherClient = row as typeof otherClient;
  await t.database.sql`insert into client_premises (organization_id, client_id, premise_id, is_owner)
    values (${f.organizationId}, ${otherClient.id}, ${f.residentPremise}, false) on conflict do nothing`;
});
afterAll(() => t?.close());

describe("an executor without ORDERS_READ_ALL or CLIENTS_MANAGE", () => {
  it("lists only the clients of the orders they execute", async () => {
    const result = await t.graphql(LIST, {}, { token: executor.token });
    expect(result.errors).toBeUndefined();
    expect(result.data!.clients.nodes.map((c: { id: string }) => c.id)).toEqual([f.residentClient]);
    expect(result.data!.clients.totalCount).toBe(1);
    // Searching does not widen it.
    const search = await t.graphql(LIST, { search: otherClient.full_name }, { token: executor.token });
    expect(search.data!.clients.nodes).toEqual([]);
    expect(search.data!.clients.totalCount).toBe(0);
  });

  it("reads the client of an order they execute; any other is NOT_FOUND, like a missing one", async () => {
    const own = await t.graphql(ONE, { id: f.residentClient }, { token: executor.token });
    expect(own.errors).toBeUndefined();
    expect(own.data!.client.id).toBe(f.residentClient);
    const other = await t.graphql(ONE, { id: otherClient.id }, { token: executor.token });
    const missing = await t.graphql(ONE, { id: "00000000-0000-4000-8000-000000000000" }, { token: executor.token });
    expect(code(other)).toBe("NOT_FOUND");
    expect(other.errors![0]!.message).toBe(missing.errors![0]!.message);
    expect(other.data?.client ?? null).toBeNull();
  });

  it("sees only those clients among a premise's clients", async () => {
    const asExecutor = await t.graphql(PREMISE, { id: f.residentPremise }, { token: executor.token });
    expect(asExecutor.errors).toBeUndefined();
    expect(asExecutor.data!.premise.clients.map((c: { id: string }) => c.id)).toEqual([f.residentClient]);
    const asDispatcher = await t.graphql(PREMISE, { id: f.residentPremise }, { token: dispatcher });
    expect(asDispatcher.data!.premise.clients.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([f.residentClient, otherClient.id]));
  });

  it("gets live updates only of those clients", async () => {
    const sub = subscribe(t.ws(executor.token), `subscription { clientUpdated { id } }`);
    await settle(300);
    for (const id of [otherClient.id, f.residentClient]) {
      const update = await t.graphql(`mutation ($id: ID!) { clientUpdate(id: $id, input: { note: "scope" }) { id } }`, { id }, { token: dispatcher });
      expect(update.errors).toBeUndefined();
    }
    const events = await sub.next(1);
    expect(events.map((e) => e.data?.clientUpdated?.id)).toEqual([f.residentClient]);
    await settle(300);
    expect(sub.events.length).toBe(1);
    sub.unsubscribe();
  });

  it("loses the client once no longer executing the order", async () => {
    const managed = await t.graphql(
      `mutation ($input: OrderManageInput!) { orderManage(input: $input) { version } }`,
      { input: { id: executedOrder.id, version: executedOrder.version, executorIds: [f.plumber] } },
      { token: dispatcher },
    );
    expect(managed.errors).toBeUndefined();
    const after = await t.graphql(ONE, { id: f.residentClient }, { token: executor.token });
    expect(code(after)).toBe("NOT_FOUND");
    const list = await t.graphql(LIST, {}, { token: executor.token });
    expect(list.data!.clients.totalCount).toBe(0);
  });
});

describe("staff who read every order or manage clients, and residents", () => {
  it("dispatcher and administrator read every client of their organization", async () => {
    const [total] = await t.database.sql`select count(*)::int as n from clients where organization_id = ${f.organizationId}`;
    for (const email of ["dispatcher@domovoy.example", "admin@domovoy.example"]) {
      const token = await tokenOf(t, email);
      const list = await t.graphql(`{ clients(first: 1) { totalCount } }`, {}, { token });
      expect(list.data!.clients.totalCount).toBe(total!.n);
      const one = await t.graphql(ONE, { id: otherClient.id }, { token });
      expect(one.data!.client.id).toBe(otherClient.id);
    }
  });

  it("an employee whose role grants CLIENTS_MANAGE (without ORDERS_READ_ALL) reads every client", async () => {
    const [role] = await t.database.sql`insert into roles (organization_id, name, permissions, notification_settings)
      select organization_id, ${"Клиентский отдел " + Date.now()}, array['CLIENTS_MANAGE'], notification_settings
      from roles where organization_id = ${f.organizationId} and name = 'Исполнитель' returning name`;
    const clerk = await newEmployee(t, { role: role!.name as string });
    const one = await t.graphql(ONE, { id: otherClient.id }, { token: clerk.token });
    expect(one.errors).toBeUndefined();
    const [total] = await t.database.sql`select count(*)::int as n from clients where organization_id = ${f.organizationId}`;
    const list = await t.graphql(`{ clients(first: 1) { totalCount } }`, {}, { token: clerk.token });
    expect(list.data!.clients.totalCount).toBe(total!.n);
  });

  it("another organization's employee finds none of them", async () => {
    const foreign = await t.login("admin@severny.example");
    expect(code(await t.graphql(ONE, { id: f.residentClient }, { token: foreign }))).toBe("NOT_FOUND");
  });

  it("a resident may not call client(id) or clients, not even for themselves", async () => {
    const resident = await t.residentLogin("+79160000001");
    expect(code(await t.graphql(ONE, { id: f.residentClient }, { token: resident }))).toBe("FORBIDDEN");
    expect(code(await t.graphql(LIST, {}, { token: resident }))).toBe("FORBIDDEN");
  });
});
