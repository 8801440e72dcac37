import { schema } from "@domovoy/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";

let t: TestServer;
let admin: string;
let dispatcher: string;
let executor: string;
let resident: string;
let foreignAdmin: string;
/** Telephony tokens of УК «Домовой» and УК «Северный дом». */
let partner: string;
let foreignPartner: string;

const EVENT = `mutation ($input: CallEventInput!) { callEvent(input: $input) { callId status created changed matchedClients } }`;

async function createToken(token: string, name: string): Promise<{ id: string; token: string }> {
  const result = await t.graphql(`mutation ($name: String!) { integrationTokenCreate(name: $name) { token integrationToken { id } } }`, { name }, { token });
  expect(result.errors).toBeUndefined();
  return { id: result.data!.integrationTokenCreate.integrationToken.id, token: result.data!.integrationTokenCreate.token };
}

let sequence = 0;
/** The events of one incoming call from a demo resident's phone, ringing 2 minutes ago. */
function callOf(overrides: Record<string, unknown> = {}) {
  const id = `call-${++sequence}-${Math.random().toString(36).slice(2)}`;
  const start = t.clock.now().getTime() - 120_000;
  const base = { externalCallId: id, direction: "INCOMING", callerNumber: "8 (916) 000-00-01", calleeNumber: "+7 495 000-00-00", ...overrides };
  return {
    id,
    ringing: { ...base, kind: "RINGING", at: new Date(start).toISOString() },
    answered: { ...base, kind: "ANSWERED", at: new Date(start + 8_000).toISOString(), extension: "101" },
    ended: { ...base, kind: "ENDED", at: new Date(start + 68_000).toISOString(), durationSeconds: 57 },
    missed: { ...base, kind: "MISSED", at: new Date(start + 30_000).toISOString() },
  };
}

const send = (input: Record<string, unknown>, token = partner) => t.graphql(EVENT, { input }, { token });

async function rowsOf(externalCallId: string) {
  return t.database.db.select().from(schema.calls).where(eq(schema.calls.externalCallId, externalCallId));
}

/** The row without what differs between two calls by construction (ids, provider id, bookkeeping times). */
function factsOf(row: typeof schema.calls.$inferSelect) {
  const { id: _id, externalCallId: _e, createdAt: _c, updatedAt: _u, ...facts } = row;
  return facts;
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin@domovoy.example");
  foreignAdmin = await t.login("admin@severny.example");
  dispatcher = await t.login("dispatcher@domovoy.example");
  executor = await t.login("plumber@domovoy.example");
  resident = await t.residentLogin("+79160000001");
  partner = (await createToken(admin, "Телефония")).token;
  foreignPartner = (await createToken(foreignAdmin, "Телефония")).token;
});
afterAll(() => t?.close());

describe("callEvent: telephony events converge to one row", () => {
  it("RINGING → ANSWERED → ENDED builds one call, matched to the resident by the normalized number", async () => {
    const call = callOf();
    const ringing = await send(call.ringing);
    expect(ringing.errors).toBeUndefined();
    expect(ringing.data!.callEvent).toMatchObject({ status: "RINGING", created: true, changed: true, matchedClients: 1 });
    const answered = await send(call.answered);
    expect(answered.data!.callEvent).toMatchObject({ callId: ringing.data!.callEvent.callId, status: "ANSWERED", created: false, changed: true });
    const ended = await send(call.ended);
    expect(ended.data!.callEvent).toMatchObject({ status: "ENDED", changed: true });
    const [row, ...more] = await rowsOf(call.id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({ status: "ENDED", direction: "INCOMING", clientNumber: "+79160000001", extension: "101", durationSeconds: 57, source: "Телефония" });
    expect(row!.startedAt.toISOString()).toBe(call.ringing.at);
    expect(row!.answeredAt!.toISOString()).toBe(call.answered.at);
    expect(row!.endedAt!.toISOString()).toBe(call.ended.at);
  });

  it("the same events twice and in every order give the same row as in order", async () => {
    const reference = callOf();
    for (const event of [reference.ringing, reference.answered, reference.ended]) expect((await send(event)).errors).toBeUndefined();
    const [expected] = await rowsOf(reference.id);
    const orders: ("ringing" | "answered" | "ended")[][] = [
      ["ended", "answered", "ringing"],
      ["answered", "ended", "ringing", "ringing", "answered"],
      ["ringing", "ended", "ended", "answered"],
      ["ended", "ringing", "answered", "ended"],
    ];
    for (const order of orders) {
      const call = callOf();
      // Same times as the reference, another call id.
      for (const kind of order) {
        const event = { ...reference[kind], externalCallId: call.id };
        const result = await send(event);
        expect(result.errors, `${order.join(",")}: ${kind}`).toBeUndefined();
      }
      const rows = await rowsOf(call.id);
      expect(rows).toHaveLength(1);
      expect(factsOf(rows[0]!), order.join(",")).toEqual(factsOf(expected!));
    }
  });

  it("concurrent deliveries of one call make one row", async () => {
    const call = callOf();
    const results = await Promise.all([send(call.ringing), send(call.ringing), send(call.answered), send(call.ended), send(call.ended)]);
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(results.filter((r) => r.data!.callEvent.created)).toHaveLength(1);
    const rows = await rowsOf(call.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "ENDED", durationSeconds: 57 });
  });

  it("a redelivered event reports no change; a late RINGING after ENDED changes nothing", async () => {
    const call = callOf();
    await send(call.ringing);
    await send(call.answered);
    await send(call.ended);
    const [before] = await rowsOf(call.id);
    for (const event of [call.ended, call.ringing, call.answered]) {
      const again = await send(event);
      expect(again.data!.callEvent).toMatchObject({ status: "ENDED", created: false, changed: false });
    }
    const [after] = await rowsOf(call.id);
    expect(after).toEqual(before);
  });

  it("a missed call is MISSED with 0 s, also when the provider says ENDED without an answer", async () => {
    const missed = callOf();
    await send(missed.ringing);
    expect((await send(missed.missed)).data!.callEvent.status).toBe("MISSED");
    const unanswered = callOf();
    await send(unanswered.ringing);
    expect((await send({ ...unanswered.ended, durationSeconds: null })).data!.callEvent.status).toBe("MISSED");
    expect((await rowsOf(unanswered.id))[0]).toMatchObject({ status: "MISSED", durationSeconds: 0 });
  });

  it.each([
    ["a second ANSWERED at another time for a finished call", "CALL_ALREADY_ANSWERED", (c: ReturnType<typeof callOf>) => ({ ...c.answered, at: new Date(Date.parse(c.answered.at) + 1000).toISOString() })],
    ["MISSED for a finished call", "CALL_ALREADY_FINISHED", (c: ReturnType<typeof callOf>) => c.missed],
    ["another end", "CALL_ALREADY_FINISHED", (c: ReturnType<typeof callOf>) => ({ ...c.ended, durationSeconds: 3 })],
    ["another direction", "CALL_DIRECTION_MISMATCH", (c: ReturnType<typeof callOf>) => ({ ...c.ended, direction: "OUTGOING" })],
  ])("%s is CONFLICT and leaves the call as it was", async (_name, reason, event) => {
    const call = callOf();
    for (const e of [call.ringing, call.answered, call.ended]) await send(e);
    const [before] = await rowsOf(call.id);
    const result = await send(event(call));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason });
    expect(result.data?.callEvent ?? null).toBeNull();
    const [after] = await rowsOf(call.id);
    expect(after).toEqual(before);
  });
});

describe("callEvent: contradictions while the call goes on", () => {
  it("MISSED for an answered call is CONFLICT; the call stays answered", async () => {
    const call = callOf();
    await send(call.ringing);
    await send(call.answered);
    const result = await send(call.missed);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "CALL_MISSED_BUT_ANSWERED", field: "input.kind" });
    expect((await rowsOf(call.id))[0]).toMatchObject({ status: "ANSWERED", endedAt: null });
  });
});

describe("callEvent: bad input, tokens and organizations", () => {
  it.each([
    ["an empty call id", { externalCallId: " " }, "input.externalCallId", "REQUIRED"],
    ["an over-long call id", { externalCallId: "x".repeat(201) }, "input.externalCallId", "TOO_LONG"],
    ["an over-long number", { callerNumber: "1".repeat(51) }, "input.callerNumber", "TOO_LONG"],
    ["a duration with RINGING", { durationSeconds: 5 }, "input.durationSeconds", "DURATION_WITHOUT_END"],
    ["an event from the future", { at: new Date(Date.now() + 3_600_000).toISOString() }, "input.at", "EVENT_IN_FUTURE"],
  ])("%s is BAD_USER_INPUT at its field and stores nothing", async (_name, overrides, field, reason) => {
    const call = callOf();
    const result = await send({ ...call.ringing, ...overrides });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, reason });
    expect(await rowsOf(call.id)).toHaveLength(0);
  });

  it("a negative duration is refused", async () => {
    const call = callOf();
    await send(call.ringing);
    const result = await send({ ...call.ended, durationSeconds: -1 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.durationSeconds", reason: "OUT_OF_RANGE" });
  });

  it("an employee of another organization is not found", async () => {
    const [foreign] = await t.database.db
      .select({ id: schema.employees.id })
      .from(schema.employees)
      .where(eq(schema.employees.email, "admin@severny.example"));
    const call = callOf();
    const result = await send({ ...call.ringing, employeeId: foreign!.id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "input.employeeId" });
    expect(await rowsOf(call.id)).toHaveLength(0);
  });

  it("a number known only in another organization matches none of its clients; the same call id is another call there", async () => {
    const call = callOf();
    const ours = await send(call.ringing);
    const theirs = await send(call.ringing, foreignPartner);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.callEvent).toMatchObject({ created: true, matchedClients: 0 });
    expect(theirs.data!.callEvent.callId).not.toBe(ours.data!.callEvent.callId);
    const rows = await rowsOf(call.id);
    expect(new Set(rows.map((r) => r.organizationId)).size).toBe(2);
  });

  it("a hidden number is kept as sent and matches nobody", async () => {
    const call = callOf({ callerNumber: "anonymous" });
    const result = await send(call.ringing);
    expect(result.data!.callEvent).toMatchObject({ matchedClients: 0 });
    expect((await rowsOf(call.id))[0]).toMatchObject({ callerNumber: "anonymous", clientNumber: null });
  });

  it("sessions are refused, a revoked or unknown token is asked to sign in", async () => {
    const call = callOf();
    expect((await send(call.ringing, admin)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await send(call.ringing, "dmi_unknown")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const revoked = await createToken(admin, "Старая АТС");
    await t.graphql(`mutation ($id: ID!) { integrationTokenRevoke(id: $id) { id } }`, { id: revoked.id }, { token: admin });
    expect((await send(call.ringing, revoked.token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await rowsOf(call.id)).toHaveLength(0);
  });
});

const CALL_FIELDS = `id status direction clientNumber employeeId durationSeconds clients { openOrders client { id phone premises { premise { id } } } } orders { id }`;
const SCREEN_POP = `subscription { callChanged { call { ${CALL_FIELDS} } } }`;
const JOURNAL = `query ($first: Int, $after: String, $direction: CallDirection, $missed: Boolean, $from: DateTimeISO, $to: DateTimeISO, $employeeId: ID, $linked: Boolean, $search: String) {
  calls(first: $first, after: $after, direction: $direction, missed: $missed, from: $from, to: $to, employeeId: $employeeId, linked: $linked, search: $search) {
    totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;
const LINK = `mutation ($callId: ID!, $orderId: ID!) { callOrderLink(callId: $callId, orderId: $orderId) { id orders { id } } }`;
const UNLINK = `mutation ($callId: ID!, $orderId: ID!) { callOrderUnlink(callId: $callId, orderId: $orderId) { id orders { id } } }`;

async function employeeId(email: string): Promise<string> {
  const [row] = await t.database.db.select({ id: schema.employees.id }).from(schema.employees).where(eq(schema.employees.email, email));
  return row!.id;
}

async function residentOrderId(): Promise<string> {
  const [client] = await t.database.db.select({ id: schema.clients.id }).from(schema.clients).where(eq(schema.clients.phone, "+79160000001"));
  const [order] = await t.database.db.select({ id: schema.orders.id }).from(schema.orders).where(eq(schema.orders.clientId, client!.id)).limit(1);
  return order!.id;
}

describe("screen-pop (callChanged over WebSocket)", () => {
  it("reaches the dispatcher whose extension rings within a second, with the matched client, premises and open orders; nobody else", async () => {
    const dispatcherId = await employeeId("dispatcher@domovoy.example");
    await t.database.db.update(schema.employees).set({ extension: "201" }).where(eq(schema.employees.id, dispatcherId));
    const toDispatcher = subscribe(t.ws(dispatcher), SCREEN_POP);
    const toAdmin = subscribe(t.ws(admin), SCREEN_POP);
    const toForeign = subscribe(t.ws(foreignAdmin), SCREEN_POP);
    await settle();
    const call = callOf({ extension: "201" });
    const sentAt = Date.now();
    expect((await send(call.ringing)).errors).toBeUndefined();
    const [event] = await toDispatcher.next(1, 1000);
    expect(toDispatcher.error).toBeUndefined();
    expect(Date.now() - sentAt).toBeLessThan(1000);
    const popped = event!.data!.callChanged.call;
    expect(popped).toMatchObject({ status: "RINGING", direction: "INCOMING", clientNumber: "+79160000001", employeeId: dispatcherId });
    expect(popped.clients).toHaveLength(1);
    expect(popped.clients[0].client.phone).toBe("+79160000001");
    expect(popped.clients[0].client.premises.length).toBeGreaterThan(0);
    expect(popped.clients[0].openOrders).toBeGreaterThanOrEqual(0);
    await settle(300);
    expect(toAdmin.events).toHaveLength(0);
    expect(toForeign.events).toHaveLength(0);
    for (const sub of [toDispatcher, toAdmin, toForeign]) sub.unsubscribe();
  });

  it("a call routed to nobody reaches every employee with CALLS_READ of the organization, not another organization's nor an executor", async () => {
    const toDispatcher = subscribe(t.ws(dispatcher), SCREEN_POP);
    const toAdmin = subscribe(t.ws(admin), SCREEN_POP);
    const toForeign = subscribe(t.ws(foreignAdmin), SCREEN_POP);
    const toExecutor = subscribe(t.ws(executor), SCREEN_POP);
    const toResident = subscribe(t.ws(resident), SCREEN_POP);
    await settle();
    const call = callOf({ extension: "999" });
    await send(call.ringing);
    await toDispatcher.next(1, 1000);
    await toAdmin.next(1, 1000);
    await settle(300);
    expect(toForeign.events).toHaveLength(0);
    // Executors and residents are refused at subscription time (the matrix checks the codes).
    expect(toExecutor.events.every((e) => e.errors?.[0]?.extensions?.code === "FORBIDDEN")).toBe(true);
    expect(toResident.events.every((e) => e.errors?.[0]?.extensions?.code === "FORBIDDEN")).toBe(true);
    expect(JSON.stringify([toExecutor.events, toResident.events])).not.toContain(call.id);
    for (const sub of [toDispatcher, toAdmin, toForeign, toExecutor, toResident]) sub.unsubscribe();
  });
});

describe("call journal and links to orders", () => {
  it("filters by direction, missed, date, employee and linked, searches by number, pages by keyset", async () => {
    const dispatcherId = await employeeId("dispatcher@domovoy.example");
    const outgoing = callOf({ direction: "OUTGOING", callerNumber: "101", calleeNumber: "+7 (903) 555-12-34", employeeId: dispatcherId });
    await send(outgoing.ringing);
    await send(outgoing.ended);
    const missed = callOf({ callerNumber: "+7 903 555-77-88" });
    await send(missed.ringing);
    await send(missed.missed);
    const ids = async (variables: Record<string, unknown>) => {
      const result = await t.graphql(JOURNAL, { first: 100, ...variables }, { token: dispatcher });
      expect(result.errors).toBeUndefined();
      return result.data!.calls.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
    };
    const [outgoingRow] = await rowsOf(outgoing.id);
    const [missedRow] = await rowsOf(missed.id);
    expect(await ids({ direction: "OUTGOING" })).toContain(outgoingRow!.id);
    expect(await ids({ direction: "OUTGOING" })).not.toContain(missedRow!.id);
    expect(await ids({ missed: true })).toContain(missedRow!.id);
    expect(await ids({ missed: false })).not.toContain(missedRow!.id);
    expect(await ids({ employeeId: dispatcherId })).toContain(outgoingRow!.id);
    expect(await ids({ employeeId: dispatcherId })).not.toContain(missedRow!.id);
    expect(await ids({ search: "555-77" })).toContain(missedRow!.id);
    expect(await ids({ search: "555-77" })).not.toContain(outgoingRow!.id);
    expect(await ids({ from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    const older = await ids({ to: new Date(Date.now() - 86_400_000).toISOString() });
    expect(older).not.toContain(missedRow!.id);
    expect(older).not.toContain(outgoingRow!.id);

    // Keyset pages of 2 walk this test's window of the journal (the demo history is older) once, newest first.
    const from = new Date(t.clock.now().getTime() - 5 * 60_000).toISOString();
    const all = await ids({ from });
    expect(all.length).toBeGreaterThan(2);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: any } = await t.graphql(JOURNAL, { first: 2, after, from }, { token: dispatcher });
      walked.push(...page.data!.calls.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(page.data!.calls.totalCount).toBe(all.length);
      if (!page.data!.calls.pageInfo.hasNextPage) break;
      after = page.data!.calls.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    const bad = await t.graphql(JOURNAL, { after: "garbage" }, { token: dispatcher });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
  });

  it("links and unlinks an order: Order.calls and the linked filter follow; another organization's call or order is not found", async () => {
    const call = callOf();
    const { data } = await send(call.ringing);
    const callId = data!.callEvent.callId as string;
    const orderId = await residentOrderId();
    const linked = await t.graphql(LINK, { callId, orderId }, { token: dispatcher });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.callOrderLink.orders).toEqual([{ id: orderId }]);
    // Again: no change, no second link.
    expect((await t.graphql(LINK, { callId, orderId }, { token: dispatcher })).data!.callOrderLink.orders).toEqual([{ id: orderId }]);
    const order = await t.graphql(`query ($id: ID!) { order(id: $id) { calls { id status } } }`, { id: orderId }, { token: dispatcher });
    expect(order.data!.order.calls).toContainEqual({ id: callId, status: "RINGING" });
    const linkedIds = await t.graphql(JOURNAL, { first: 100, linked: true }, { token: dispatcher });
    expect(linkedIds.data!.calls.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(callId);
    const unlinkedIds = await t.graphql(JOURNAL, { first: 100, linked: false }, { token: dispatcher });
    expect(unlinkedIds.data!.calls.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(callId);

    // Another organization's employee: the call does not exist for them.
    const foreign = await t.graphql(LINK, { callId, orderId }, { token: foreignAdmin });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "callId" });
    // Another organization's order does not exist for us.
    const [foreignOrder] = await t.database.db
      .select({ id: schema.orders.id })
      .from(schema.orders)
      .innerJoin(schema.employees, eq(schema.employees.organizationId, schema.orders.organizationId))
      .where(eq(schema.employees.email, "admin@severny.example"))
      .limit(1);
    const crossOrg = await t.graphql(LINK, { callId, orderId: foreignOrder!.id }, { token: dispatcher });
    expect(crossOrg.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "orderId" });

    const unlinked = await t.graphql(UNLINK, { callId, orderId }, { token: dispatcher });
    expect(unlinked.data!.callOrderUnlink.orders).toEqual([]);
    const again = await t.graphql(UNLINK, { callId, orderId }, { token: dispatcher });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", reason: "NOT_LINKED" });
    // An executor without CALLS_READ neither reads an order's calls nor the journal.
    const byExecutor = await t.graphql(`{ calls(first: 1) { totalCount } }`, {}, { token: executor });
    expect(byExecutor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the journal reads its relations in batches", () => {
  it("a page of calls reads the clients of every number in one statement, and each call still gets its own", async () => {
    const numbers = ["8 (916) 000-00-01", "8 (916) 000-00-02", "8 (916) 000-00-03"];
    for (const callerNumber of numbers) expect((await send(callOf({ callerNumber }).ringing)).errors).toBeUndefined();
    const statements: string[] = [];
    const instance = await t.startInstance({}, { onQuery: (q) => statements.push(q) });
    const result = await fetch(`${instance.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${dispatcher}` },
      body: JSON.stringify({ query: `{ calls(first: 20) { nodes { clientNumber clients { client { phone } } } } }` }),
    }).then((r) => r.json() as Promise<{ data: { calls: { nodes: { clientNumber: string | null; clients: { client: { phone: string } }[] }[] } } }>);
    const nodes = result.data.calls.nodes;
    expect(new Set(nodes.map((n) => n.clientNumber)).size).toBeGreaterThan(2);
    for (const node of nodes) for (const c of node.clients) expect(c.client.phone).toBe(node.clientNumber);
    const clientReads = statements.filter((q) => /from "clients"/.test(q) && /"phone"/.test(q));
    expect(clientReads).toHaveLength(1);
    expect(clientReads[0]).toMatch(/"phone" in/);
    await instance.close();
  });
});
