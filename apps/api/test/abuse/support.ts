import type { GraphQLSchema } from "graphql";
import { buildAppSchema } from "../../src/schema.js";
import type { GraphQLResponse, TestServer } from "../support/harness.js";
import { subscribe } from "../support/harness.js";
import type { Probe } from "./probes.js";

/** Codes a refusal may carry; anything else (INTERNAL_SERVER_ERROR, none at all) is a finding. */
export const TYPED_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
]);

/** The executable schema the server runs (the same resolvers' metadata), to walk. */
export function executableSchema(t: TestServer): Promise<GraphQLSchema> {
  return buildAppSchema(t.pubsub);
}

/** Which type an id argument names → the table to take a real id of it from. */
export const TABLE_OF_TYPE: Record<string, string> = {
  Order: "orders",
  Incident: "orders",
  ViaIncident: "orders",
  Client: "clients",
  Employee: "employees",
  Executor: "employees",
  Building: "buildings",
  Premise: "premises",
  Service: "services",
  Department: "departments",
  Role: "roles",
  File: "stored_files",
  StoredFile: "stored_files",
  ChatMessage: "chat_messages",
  UpToMessage: "chat_messages",
  OrderComment: "order_comments",
  Notification: "notifications",
  ScheduledMessage: "scheduled_messages",
  ReplyTemplate: "reply_templates",
  IntegrationToken: "integration_tokens",
  ReportExport: "report_exports",
  OrderDocument: "order_documents",
  PriceListItem: "price_list_items",
  Quarter: "quarters",
  ObjectGroup: "object_groups",
};

/** One real id per type of this organization (the probing staff excluded), looked up once. */
export async function realIds(t: TestServer, organizationId: string, exceptEmployees: string[] = []): Promise<Map<string, string>> {
  const ids = new Map<string, string>([["Organization", organizationId]]);
  for (const [type, table] of Object.entries(TABLE_OF_TYPE)) {
    const rows =
      table === "employees"
        ? await t.database.sql`select id from employees where organization_id = ${organizationId} and email <> all(${exceptEmployees}) order by id desc limit 1`
        : await t.database.sql.unsafe(`select id from ${table} where organization_id = $1 order by id desc limit 1`, [organizationId]);
    if (rows[0]) ids.set(type, rows[0].id as string);
  }
  return ids;
}

/** Tables whose rows change by design on a refusal (rate limits, sessions, one-time codes), so are not counted. */
const VOLATILE = /session|resident_codes|attempt|throttl|rate_limit|limiter|login_/;

/** Row counts of every table: a refused request must leave them as they were. */
export async function rowCounter(t: TestServer): Promise<() => Promise<Record<string, number>>> {
  const tables = (await t.database.sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)
    .map((r) => r.table_name as string)
    .filter((name) => !VOLATILE.test(name) && !name.startsWith("__drizzle"));
  // A function takes at most 100 arguments: one jsonb_build_object per 40 tables, concatenated.
  const chunks: string[][] = [];
  for (let i = 0; i < tables.length; i += 40) chunks.push(tables.slice(i, i + 40));
  const objects = chunks.map((chunk) => `jsonb_build_object(${chunk.map((name) => `'${name}', (select count(*) from "${name}")`).join(", ")})`);
  const statement = `select ${objects.join(" || ")} as counts`;
  return async () => (await t.database.sql.unsafe(statement))[0]!.counts as Record<string, number>;
}

export function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after).filter((table) => before[table] !== after[table]).map((table) => `${table} ${before[table]}→${after[table]}`);
}

export type Outcome = { problem?: string; accepted: boolean; codes: string[] };

/** What a response says: a finding (untyped or internal error, a 5xx, no answer at all), accepted, or refused with codes. */
export function judge(result: Pick<GraphQLResponse, "status" | "data" | "errors">): Outcome {
  const errors = result.errors ?? [];
  const codes = errors.map((e) => String(e.extensions?.code ?? "none"));
  if (result.status >= 500) return { problem: `HTTP ${result.status}: ${errors[0]?.message ?? ""}`, accepted: false, codes };
  const untyped = errors.find((e) => !TYPED_CODES.has(String(e.extensions?.code)));
  if (untyped) return { problem: `${untyped.extensions?.code ?? "no code"}: ${untyped.message}`, accepted: false, codes };
  if (errors.length === 0 && result.data == null) return { problem: "neither data nor an error", accepted: false, codes };
  return { accepted: errors.length === 0, codes };
}

/** Sends a probe over HTTP; a connection the server dropped (a body over its limit) counts as a refusal. */
export async function sendHttp(t: TestServer, probe: Probe, token: string): Promise<Pick<GraphQLResponse, "status" | "data" | "errors">> {
  try {
    return await t.graphql(probe.query, probe.variables, { token });
  } catch (error) {
    const message = String((error as Error).message);
    if (/non-JSON response 5/.test(message)) return { status: 500, errors: [{ message }] };
    if (/non-JSON response 4\d\d/.test(message)) return { status: 400, errors: [{ message, extensions: { code: "BAD_REQUEST" } }] };
    return { status: 400, errors: [{ message: `connection closed: ${message}`, extensions: { code: "BAD_REQUEST" } }] };
  }
}

/** Sends a subscription probe over WebSocket: its first answer within `waitMs`, or none (accepted, waiting for events). */
export async function sendWs(t: TestServer, probe: Probe, token: string, waitMs = 400): Promise<Pick<GraphQLResponse, "status" | "data" | "errors">> {
  const client = t.ws(token);
  const sub = subscribe(client, probe.query, probe.variables);
  try {
    await sub.next(1, waitMs).catch(() => undefined);
    if (sub.error) {
      const errors = Array.isArray(sub.error) ? (sub.error as GraphQLResponse["errors"]) : [{ message: `socket closed: ${String((sub.error as { code?: number })?.code ?? sub.error)}` , extensions: { code: (sub.error as { code?: number })?.code === 1009 ? "BAD_REQUEST" : "none" } }];
      return { status: 200, errors };
    }
    const first = sub.events[0];
    if (!first) return { status: 200, data: { waiting: true } };
    return { status: 200, data: first.data ?? null, errors: first.errors as GraphQLResponse["errors"] };
  } finally {
    sub.unsubscribe();
    await client.dispose();
  }
}
