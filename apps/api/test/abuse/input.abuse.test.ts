import { getNamedType, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/harness.js";
import { inputProbes, operationText, revealingSelection, rootFields, variablesNaming, type Probe } from "./probes.js";
import { changedTables, executableSchema, judge, realIds, rowCounter, sendHttp, sendWs } from "./support.js";

/**
 * Malformed input on every argument of every root field (#10 «Keep the proof»), generated from the
 * executable schema, over HTTP (queries, mutations) and WebSocket (subscriptions), as a signed-in
 * administrator and as a resident. The rule: no INTERNAL_SERVER_ERROR, no answer without a typed
 * code, and a refused mutation leaves no rows behind.
 */
let t: TestServer;
let schema: GraphQLSchema;
let admin: string;
let resident: string;
let partner: string;
let probes: Probe[];
let ids: Map<string, string>;

/** The 1 MiB and 10 MB strings go to a few fields only: each costs megabytes per request. */
const BIG_STRING_FIELDS = new Set(["clients", "clientUpdate", "chatMessageSend", "orderCommentCreate", "chatMessageChanged"]);

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin@domovoy.example");
  resident = await t.residentLogin("+79160000001");
  const created = await t.graphql(`mutation { integrationTokenCreate(name: "Проба") { token } }`, {}, { token: admin });
  partner = created.data!.integrationTokenCreate.token as string;
  schema = await executableSchema(t);
  const [org] = await t.database.sql`select id from organizations where slug = 'domovoy'`;
  ids = await realIds(t, org!.id as string, ["admin@domovoy.example", "dispatcher@domovoy.example"]);
  probes = inputProbes(schema, { bigStringFields: BIG_STRING_FIELDS, ids: (type) => ids.get(type) });
}, 120_000);
afterAll(() => t?.close());

type Finding = { probe: string; problem: string };

/**
 * Values a field may well accept (an empty optional text, a filter by a missing id, year 9999, a
 * negative amount …). Every other kind — a malformed id, NUL, half a surrogate pair, over-long text,
 * a wrong enum or type, a 1,001-item list, a tampered cursor — must be refused.
 */
const MAY_BE_ACCEPTED = new Set([
  "empty",
  "spaces only",
  "well-formed missing id",
  "year 9999",
  "epoch",
  "negative",
  "zero",
  "Int min",
  "Int max",
  "huge",
  "negative money",
  "huge money",
  "empty object",
]);
const label = (p: Probe, who: string) => `${who} ${p.operation} ${p.field}(${p.path}) ← ${p.kind}`;

/** Runs `list` with `width` requests in flight. */
async function pool<T>(list: T[], width: number, each: (item: T) => Promise<void>): Promise<void> {
  const queue = [...list];
  await Promise.all(Array.from({ length: width }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await each(item);
  }));
}

/**
 * Runs probes four at a time, one root field after another, counting rows after each field. When a
 * field's probes changed a count, its refused probes run again one by one to name the one that
 * left rows (an accepted probe may write: it was not refused).
 */
async function run(list: Probe[], token: string, who: string): Promise<{ findings: Finding[]; accepted: string[]; sent: number; codes: Record<string, number> }> {
  const findings: Finding[] = [];
  const codes: Record<string, number> = {};
  const accepted: string[] = [];
  const counts = await rowCounter(t);
  // A subscription that is not refused waits for events: a malformed value gets 5 s to be refused
  // (on a loaded machine a refusal can take longer than the 400 ms a plausible one is given).
  const send = (probe: Probe) =>
    probe.operation === "subscription" ? sendWs(t, probe, token, MAY_BE_ACCEPTED.has(probe.kind) ? 400 : 5_000) : sendHttp(t, probe, token);
  const byField = new Map<string, Probe[]>();
  for (const probe of list) byField.set(`${probe.operation} ${probe.field}`, [...(byField.get(`${probe.operation} ${probe.field}`) ?? []), probe]);

  let previous = await counts();
  for (const fieldProbes of byField.values()) {
    const refused: Probe[] = [];
    await pool(fieldProbes, 4, async (probe) => {
      const outcome = judge(await send(probe));
      const code = outcome.codes[0] ?? "accepted";
      codes[code] = (codes[code] ?? 0) + 1;
      if (outcome.problem) findings.push({ probe: label(probe, who), problem: outcome.problem });
      else if (outcome.accepted) {
        accepted.push(label(probe, who));
        if (!MAY_BE_ACCEPTED.has(probe.kind)) findings.push({ probe: label(probe, who), problem: "accepted a malformed value" });
      } else refused.push(probe);
    });
    let now = await counts();
    if (changedTables(previous, now).length > 0) {
      for (const probe of refused) {
        const before = await counts();
        const outcome = judge(await send(probe));
        now = await counts();
        const changed = changedTables(before, now);
        if (!outcome.accepted && changed.length) findings.push({ probe: label(probe, who), problem: `refused (${outcome.codes.join(",")}) but left rows: ${changed.join(", ")}` });
      }
    }
    previous = now;
  }
  return { findings, accepted, sent: list.length, codes };
}

describe("malformed input on every argument of every root field", () => {
  it("is refused with a typed code as an administrator, and a refused mutation leaves no rows", async () => {
    const byKind = { query: 0, mutation: 0, subscription: 0 };
    for (const p of probes) byKind[p.operation]++;
    const started = Date.now();
    const { findings, accepted, codes } = await run(probes, admin, "admin");
    console.log(`[abuse] admin: ${byKind.query} query, ${byKind.mutation} mutation, ${byKind.subscription} subscription probes in ${((Date.now() - started) / 1000).toFixed(1)} s; ${JSON.stringify(codes)}`);
    if (process.env.ABUSE_VERBOSE) console.log(accepted.join("\n"));
    expect(findings).toEqual([]);
  }, 300_000);

  it("is refused with a typed code as a resident", async () => {
    const started = Date.now();
    const { findings, sent, codes } = await run(probes, resident, "resident");
    console.log(`[abuse] resident: ${sent} probes in ${((Date.now() - started) / 1000).toFixed(1)} s; ${JSON.stringify(codes)}`);
    expect(findings).toEqual([]);
  }, 300_000);

  it("is refused with a typed code as a partner system (integration token), on the fields it may call", async () => {
    // The fields a partner may call at all: a plausible call is not refused as FORBIDDEN or UNAUTHENTICATED.
    const open = new Set<string>();
    for (const [operation, field] of rootFields(schema)) {
      if (operation === "subscription" || field.args.length === 0) continue;
      const query = operationText(operation, field, revealingSelection(getNamedType(field.type), 1));
      const result = await sendHttp(t, { operation, field: field.name, path: "", kind: "plausible", query, variables: variablesNaming(schema, field, (type) => ids.get(type)) }, partner);
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      if (!codes.includes("FORBIDDEN") && !codes.includes("UNAUTHENTICATED")) open.add(field.name);
    }
    expect(open.size).toBeGreaterThan(0);
    const started = Date.now();
    const { findings, sent, codes } = await run(probes.filter((p) => open.has(p.field)), partner, "partner");
    console.log(`[abuse] partner: ${sent} probes on ${[...open].join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s; ${JSON.stringify(codes)}`);
    expect(findings).toEqual([]);
  }, 300_000);
});
