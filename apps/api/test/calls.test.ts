import { schema } from "@domovoy/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/harness.js";

let t: TestServer;
let admin: string;
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
