import { schema } from "@domovoy/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uploadRecording, wavTone } from "./support/audio.js";
import { newOrder } from "./support/factories.js";
import { startTestServer, type TestServer } from "./support/harness.js";

let t: TestServer;
let admin: string;
let dispatcher: string;
let foreignAdmin: string;
let partner: string;

const EVENT = `mutation ($input: CallEventInput!) { callEvent(input: $input) { callId } }`;

let sequence = 0;
async function ringing(overrides: Record<string, unknown> = {}): Promise<{ externalCallId: string; callId: string }> {
  const externalCallId = `link-${++sequence}-${Math.random().toString(36).slice(2)}`;
  const input = {
    externalCallId,
    kind: "RINGING",
    at: new Date(t.clock.now().getTime() - 60_000).toISOString(),
    direction: "INCOMING",
    callerNumber: "8 916 000-00-01",
    calleeNumber: "+74950000000",
    ...overrides,
  };
  const result = await t.graphql(EVENT, { input }, { token: partner });
  expect(result.errors).toBeUndefined();
  return { externalCallId, callId: result.data!.callEvent.callId };
}

const orderCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.orders))[0]!.n;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin@domovoy.example");
  dispatcher = await t.login("dispatcher@domovoy.example");
  foreignAdmin = await t.login("admin@severny.example");
  const token = await t.graphql(`mutation { integrationTokenCreate(name: "Телефония") { token } }`, {}, { token: admin });
  partner = token.data!.integrationTokenCreate.token;
});
afterAll(() => t?.close());

describe("an order created from the screen-pop is linked to its call", () => {
  it("orderCreate with callId links them in the same transaction: Order.calls and Call.orders show it, the screen-pop hears it", async () => {
    const { callId } = await ringing();
    const order = await newOrder(t, { callId });
    const read = await t.graphql(
      `query ($id: ID!, $callId: ID!) { order(id: $id) { calls { id } } call(id: $callId) { orders { id number } } }`,
      { id: order.id, callId },
      { token: dispatcher },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.order.calls).toEqual([{ id: callId }]);
    expect(read.data!.call.orders).toEqual([{ id: order.id, number: order.number }]);
    const [link] = await t.database.db.select().from(schema.orderCalls).where(eq(schema.orderCalls.callId, callId));
    expect(link).toMatchObject({ orderId: order.id });
    expect(link!.linkedByEmployeeId).not.toBeNull();
  });

  it("an unknown or another organization's call refuses the order: nothing is created", async () => {
    const before = await orderCount();
    const foreignToken = (await t.graphql(`mutation { integrationTokenCreate(name: "Телефония") { token } }`, {}, { token: foreignAdmin })).data!.integrationTokenCreate.token;
    const foreign = await t.graphql(EVENT, {
      input: { externalCallId: "foreign-pop", kind: "RINGING", at: new Date(t.clock.now().getTime() - 1000).toISOString(), direction: "INCOMING", callerNumber: "+79160000001", calleeNumber: "+74950000000" },
    }, { token: foreignToken });
    for (const callId of [foreign.data!.callEvent.callId, "00000000-0000-4000-8000-000000000000"]) {
      await expect(newOrder(t, { callId })).rejects.toThrow(/CALL_NOT_FOUND|Звонок не найден/);
    }
    expect(await orderCount()).toBe(before);
  });
});

describe("the screen-pop's clients", () => {
  it("count the client's open orders (not DONE or CANCELLED)", async () => {
    const { callId } = await ringing();
    const [client] = await t.database.db.select({ id: schema.clients.id }).from(schema.clients).where(eq(schema.clients.phone, "+79160000001"));
    const [expected] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.orders)
      .where(sql`${schema.orders.clientId} = ${client!.id} and ${schema.orders.status} not in ('DONE', 'CANCELLED')`);
    expect(expected!.n).toBeGreaterThan(0);
    const read = await t.graphql(`query ($id: ID!) { call(id: $id) { clients { openOrders client { id } } } }`, { id: callId }, { token: dispatcher });
    expect(read.data!.call.clients).toEqual([{ openOrders: expected!.n, client: { id: client!.id } }]);
  });
});

describe("Call.orders reads in batches", () => {
  it("a page of calls reads their orders in one statement, each call getting its own", async () => {
    const calls = [await ringing(), await ringing(), await ringing()];
    const orders = [await newOrder(t, { callId: calls[0]!.callId }), await newOrder(t, { callId: calls[1]!.callId })];
    const statements: string[] = [];
    const instance = await t.startInstance({}, { onQuery: (q) => statements.push(q) });
    const result = await fetch(`${instance.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${dispatcher}` },
      body: JSON.stringify({ query: `{ calls(first: 20) { nodes { id orders { id } } } }` }),
    }).then((r) => r.json() as Promise<{ data: { calls: { nodes: { id: string; orders: { id: string }[] }[] } } }>);
    const byId = new Map(result.data.calls.nodes.map((n) => [n.id, n.orders.map((o) => o.id)]));
    expect(byId.get(calls[0]!.callId)).toEqual([orders[0]!.id]);
    expect(byId.get(calls[1]!.callId)).toEqual([orders[1]!.id]);
    expect(byId.get(calls[2]!.callId)).toEqual([]);
    const orderReads = statements.filter((q) => /from "order_calls"/.test(q) && /"call_id" in/.test(q));
    expect(orderReads).toHaveLength(1);
    await instance.close();
  });
});

describe("employee extensions", () => {
  const SET = `mutation ($id: ID!, $extension: String) { employeeExtensionSet(id: $id, extension: $extension) { id extension } }`;
  const idOf = async (email: string) => (await t.database.db.select({ id: schema.employees.id }).from(schema.employees).where(eq(schema.employees.email, email)))[0]!.id;

  it("an administrator sets it; the telephony then routes that extension to the employee", async () => {
    const dispatcherId = await idOf("dispatcher@domovoy.example");
    const set = await t.graphql(SET, { id: dispatcherId, extension: "305" }, { token: admin });
    expect(set.errors).toBeUndefined();
    expect(set.data!.employeeExtensionSet).toEqual({ id: dispatcherId, extension: "305" });
    const { callId } = await ringing({ extension: "305" });
    const [row] = await t.database.db.select({ employeeId: schema.calls.employeeId }).from(schema.calls).where(eq(schema.calls.id, callId));
    expect(row!.employeeId).toBe(dispatcherId);
    const read = await t.graphql(`query ($id: ID!) { employee(id: $id) { extension } }`, { id: dispatcherId }, { token: dispatcher });
    expect(read.data!.employee.extension).toBe("305");
  });

  it("is unique within the organization (CONFLICT), free across organizations, validated, cleared by null, and only with EMPLOYEES_MANAGE", async () => {
    const dispatcherId = await idOf("dispatcher@domovoy.example");
    const adminId = await idOf("admin@domovoy.example");
    const foreignId = await idOf("admin@severny.example");
    expect((await t.graphql(SET, { id: dispatcherId, extension: "401" }, { token: admin })).errors).toBeUndefined();
    const taken = await t.graphql(SET, { id: adminId, extension: "401" }, { token: admin });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "EXTENSION_TAKEN", field: "extension" });
    expect((await t.graphql(SET, { id: foreignId, extension: "401" }, { token: foreignAdmin })).errors).toBeUndefined();
    for (const bad of ["4 01", "x".repeat(21), "доб"]) {
      expect((await t.graphql(SET, { id: adminId, extension: bad }, { token: admin })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_EXTENSION" });
    }
    expect((await t.graphql(SET, { id: dispatcherId, extension: "402" }, { token: dispatcher })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Another organization's employee does not exist for us.
    expect((await t.graphql(SET, { id: foreignId, extension: "499" }, { token: admin })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const cleared = await t.graphql(SET, { id: dispatcherId, extension: null }, { token: admin });
    expect(cleared.data!.employeeExtensionSet.extension).toBeNull();
    expect((await t.graphql(SET, { id: adminId, extension: "401" }, { token: admin })).errors).toBeUndefined();
  });
});

describe("calls in «Активность клиента»", () => {
  const ACTIVITY = `query ($id: ID!) { client(id: $id) { activity(first: 50) { totalCount nodes { kind title details call { id recording { contentType } } } } } }`;

  it("the client's calls are CALL entries with their recording for CALLS_READ staff; others do not see them", async () => {
    const { externalCallId, callId } = await ringing();
    const start = t.clock.now().getTime() - 60_000;
    const base = { externalCallId, direction: "INCOMING", callerNumber: "8 916 000-00-01", calleeNumber: "+74950000000" };
    await t.graphql(EVENT, { input: { ...base, kind: "ANSWERED", at: new Date(start + 3000).toISOString() } }, { token: partner });
    await t.graphql(EVENT, { input: { ...base, kind: "ENDED", at: new Date(start + 68_000).toISOString(), durationSeconds: 65 } }, { token: partner });
    expect((await uploadRecording(t.url, partner, externalCallId, wavTone(0.2))).status).toBe(201);
    const [client] = await t.database.db.select({ id: schema.clients.id }).from(schema.clients).where(eq(schema.clients.phone, "+79160000001"));
    const read = await t.graphql(ACTIVITY, { id: client!.id }, { token: dispatcher });
    expect(read.errors).toBeUndefined();
    const entries = read.data!.client.activity.nodes as { kind: string; title: string; details: string | null; call: { id: string; recording: unknown } | null }[];
    const entry = entries.find((e) => e.call?.id === callId);
    expect(entry).toMatchObject({ kind: "CALL", title: "Входящий звонок", details: "Длительность 1:05", call: { recording: { contentType: "audio/wav" } } });
    // Without CALLS_READ (the role loses it) the same employee sees no call entries, and the count drops with them.
    const callEntries = entries.filter((e) => e.call !== null).length;
    await t.database.db.execute(sql`update roles set permissions = array_remove(permissions, 'CALLS_READ') where id = (select role_id from employees where email = 'dispatcher@domovoy.example')`);
    t.forgetSessions();
    try {
      const plain = await t.graphql(ACTIVITY.replace(" call { id recording { contentType } }", ""), { id: client!.id }, { token: dispatcher });
      expect(plain.errors).toBeUndefined();
      expect(JSON.stringify(plain.data)).not.toContain("Длительность 1:05");
      expect(plain.data!.client.activity.totalCount).toBe(read.data!.client.activity.totalCount - callEntries);
      const asked = await t.graphql(ACTIVITY, { id: client!.id }, { token: dispatcher });
      expect(JSON.stringify(asked.data)).not.toContain(callId);
    } finally {
      await t.database.db.execute(sql`update roles set permissions = array_append(permissions, 'CALLS_READ') where id = (select role_id from employees where email = 'dispatcher@domovoy.example')`);
      t.forgetSessions();
    }
  });
});

describe("number search", () => {
  it("matches any 3+ digits of the outside number, an 8-prefixed number as +7, and can use the trigram index", async () => {
    const { callId } = await ringing({ callerNumber: "+7 (903) 123-45-67" });
    const ids = async (search: string) =>
      ((await t.graphql(`query ($s: String) { calls(first: 100, search: $s) { nodes { id } } }`, { s: search }, { token: dispatcher })).data!.calls.nodes as { id: string }[]).map((n) => n.id);
    for (const search of ["123-45", "89031234567", "+7 903 123 45 67", "4567"]) expect(await ids(search), search).toContain(callId);
    expect(await ids("99999")).not.toContain(callId);
    const plans: string[] = [];
    await t.database.sql.begin(async (tx) => {
      await tx`set local enable_seqscan = off`;
      const rows = await tx.unsafe(`explain select id from calls where client_number like '%1234567%'`);
      plans.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
    });
    expect(plans[0]).toMatch(/Bitmap Index Scan on calls_client_number_trgm_idx/);
  });
});
