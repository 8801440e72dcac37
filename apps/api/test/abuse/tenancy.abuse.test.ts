import { getNamedType, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newOrder, tokenOf } from "../support/factories.js";
import { startTestServer, subscribe, type TestServer } from "../support/harness.js";
import { operationText, revealingSelection, rootFields, variablesNaming } from "./probes.js";
import { executableSchema, judge, realIds, sendHttp } from "./support.js";

/**
 * Authorization probes generated from the schema (#10 «Keep the proof»): every root field is called
 * by an administrator of another organization with the first organization's ids wherever an id
 * goes, and by a resident with other clients' and the staff's ids; both over HTTP, subscriptions
 * over WebSocket while the first organization's data changes. The answer may be a typed refusal or
 * the caller's own data, never the first organization's rows (their ids, the staff's e-mails).
 */
let t: TestServer;
let schema: GraphQLSchema;
let ids: Map<string, string>;
let organizationId: string;

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const RESIDENT_PHONE = "+79160000001";
const EXECUTOR_EMAIL = "plumber@domovoy.example";

/** Never called by the probes: ending the caller's own session is not a leak, and would end the run. */
const SKIPPED = new Set(["authLogout"]);

/** What a caller must not be answered: ids, and texts (e-mails, phones). */
type Secrets = { ids: Set<string>; texts: string[] };

beforeAll(async () => {
  t = await startTestServer();
  schema = await executableSchema(t);
  const [org] = await t.database.sql`select id from organizations where slug = 'domovoy'`;
  organizationId = org!.id as string;
  ids = await realIds(t, organizationId);
}, 120_000);
afterAll(() => t?.close());

/** Every row id of the first organization, and its staff's and its own e-mails: nothing another organization may see. */
async function organizationSecrets(): Promise<Secrets> {
  const tables = await t.database.sql`select c.table_name from information_schema.columns c join information_schema.columns i on i.table_name = c.table_name and i.table_schema = c.table_schema and i.column_name = 'id' and i.data_type = 'uuid' where c.table_schema = 'public' and c.column_name = 'organization_id'`;
  const secretIds = new Set([organizationId]);
  for (const { table_name } of tables) {
    for (const row of await t.database.sql.unsafe(`select id from "${table_name}" where organization_id = $1`, [organizationId])) secretIds.add(row.id as string);
  }
  const emails = await t.database.sql`select email from employees where organization_id = ${organizationId} union select email from organizations where id = ${organizationId} and email is not null`;
  return { ids: secretIds, texts: emails.map((r) => r.email as string) };
}

/**
 * What the demo resident must not see, as things stand now: other clients (ids, phones), orders,
 * chat messages and notifications not theirs, every internal comment, the staff's e-mails and phones.
 */
async function residentSecrets(): Promise<Secrets> {
  const [resident] = await t.database.sql`select id from clients where phone = ${RESIDENT_PHONE} and organization_id = ${organizationId}`;
  const me = resident!.id as string;
  const rows = await t.database.sql`
    select id from clients where organization_id = ${organizationId} and id <> ${me}
    union all select id from orders where organization_id = ${organizationId} and client_id is distinct from ${me}
    union all select m.id from chat_messages m join orders o on o.id = m.order_id where o.organization_id = ${organizationId} and o.client_id is distinct from ${me}
    union all select id from order_comments where organization_id = ${organizationId}
    union all select id from notifications where organization_id = ${organizationId} and client_id is distinct from ${me}`;
  const texts = await t.database.sql`
    select phone as text from clients where organization_id = ${organizationId} and id <> ${me} and phone is not null
    union select email from employees where organization_id = ${organizationId} and email is not null
    union select phone from employees where organization_id = ${organizationId} and phone is not null`;
  return { ids: new Set(rows.map((r) => r.id as string)), texts: texts.map((r) => r.text as string).filter((x) => x.length >= 6) };
}

/**
 * What an executor (without ORDERS_READ_ALL and CLIENTS_MANAGE) must not see, as things stand now:
 * orders that are not their own (neither executed nor created by them), those orders' chat and
 * internal comments, and the clients (ids, phones) of no order of theirs.
 */
async function executorSecrets(email: string): Promise<Secrets> {
  const [employee] = await t.database.sql`select id from employees where email = ${email}`;
  const me = employee!.id as string;
  const own = t.database.sql`select o.id from orders o where o.organization_id = ${organizationId}
    and (o.created_by_employee_id = ${me} or exists (select 1 from order_executors x where x.order_id = o.id and x.employee_id = ${me}))`;
  const ownClients = t.database.sql`select o.client_id from orders o where o.id in (${own}) and o.client_id is not null`;
  const rows = await t.database.sql`
    select id from orders where organization_id = ${organizationId} and id not in (${own})
    union all select id from chat_messages where organization_id = ${organizationId} and order_id not in (${own})
    union all select id from order_comments where organization_id = ${organizationId} and order_id not in (${own})
    union all select id from clients where organization_id = ${organizationId} and id not in (${ownClients})`;
  const texts = await t.database.sql`select phone as text from clients where organization_id = ${organizationId} and id not in (${ownClients}) and phone is not null`;
  return { ids: new Set(rows.map((r) => r.id as string)), texts: texts.map((r) => r.text as string).filter((x) => x.length >= 6) };
}

/** Secrets found in `data` (not in errors, which may quote what was sent), the ids the caller sent aside. */
function leaks(data: unknown, secrets: Secrets, sent: Set<string>): string[] {
  if (data == null) return [];
  const text = JSON.stringify(data);
  const found = new Set<string>();
  for (const match of text.match(UUIDS) ?? []) if (secrets.ids.has(match) && !sent.has(match)) found.add(match);
  for (const secret of secrets.texts) if (text.includes(secret)) found.add(secret);
  return [...found];
}

const sentIds = (variables: Record<string, unknown>) => new Set(JSON.stringify(variables).match(UUIDS) ?? []);

type Finding = { field: string; problem: string };

/** Every root field (subscriptions aside) as `token`, naming the first organization's rows wherever an id goes. */
async function probeAll(token: string, secrets: Secrets): Promise<{ findings: Finding[]; sent: number }> {
  const findings: Finding[] = [];
  let sent = 0;
  for (const [operation, field] of rootFields(schema)) {
    if (operation === "subscription" || SKIPPED.has(field.name)) continue;
    const query = operationText(operation, field, revealingSelection(getNamedType(field.type), 3));
    const variables = variablesNaming(schema, field, (type) => ids.get(type));
    const result = await sendHttp(t, { operation, field: field.name, path: "", kind: "tenancy", query, variables }, token);
    sent++;
    const outcome = judge(result);
    if (outcome.problem) findings.push({ field: field.name, problem: outcome.problem });
    const found = leaks(result.data, secrets, sentIds(variables));
    if (found.length) findings.push({ field: field.name, problem: `answered data it may not see: ${found.slice(0, 5).join(", ")}` });
  }
  return { findings, sent };
}

/** Every subscription as `token`, then the first organization's staff change things; no event may carry a secret. */
async function probeSubscriptions(token: string, secretsNow: () => Promise<Secrets>): Promise<{ findings: Finding[]; sent: number }> {
  const findings: Finding[] = [];
  const client = t.ws(token);
  const subs = rootFields(schema)
    .filter(([operation]) => operation === "subscription")
    .map(([operation, field]) => {
      const variables = variablesNaming(schema, field, (type) => ids.get(type));
      return { field: field.name, variables, sub: subscribe(client, operationText(operation, field, revealingSelection(getNamedType(field.type), 3)), variables) };
    });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const admin = await tokenOf(t, "admin@domovoy.example");
  const order = await newOrder(t, { token: admin });
  await t.graphql(`mutation ($id: ID!) { clientUpdate(id: $id, input: { note: "probe" }) { id } }`, { id: ids.get("Client") }, { token: admin });
  await t.graphql(`mutation ($o: ID!) { orderCommentCreate(input: { orderId: $o, text: "probe" }) { id } }`, { o: ids.get("Order") }, { token: admin });
  await t.graphql(`mutation ($o: ID!) { chatMessageSend(orderId: $o, text: "probe") { id } }`, { o: order.id }, { token: admin });
  await t.graphql(`mutation ($id: ID!) { serviceUpdate(id: $id, input: { maxExecutors: 2 }) { id } }`, { id: ids.get("Service") }, { token: admin });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const secrets = await secretsNow();
  for (const { field, variables, sub } of subs) {
    if (Array.isArray(sub.error)) {
      const outcome = judge({ status: 200, errors: sub.error });
      if (outcome.problem) findings.push({ field, problem: outcome.problem });
    }
    for (const event of sub.events) {
      const outcome = judge({ status: 200, data: event.data, errors: event.errors as never });
      if (outcome.problem) findings.push({ field, problem: outcome.problem });
      const found = leaks(event.data, secrets, sentIds(variables));
      if (found.length) findings.push({ field, problem: `delivered data it may not see: ${found.slice(0, 5).join(", ")}` });
    }
    sub.unsubscribe();
  }
  return { findings, sent: subs.length };
}

describe("authorization probes on every root field", () => {
  it("an administrator of another organization gets refusals or their own data, never the first organization's", async () => {
    const foreign = await t.login("admin@severny.example");
    const http = await probeAll(foreign, await organizationSecrets());
    const ws = await probeSubscriptions(foreign, organizationSecrets);
    console.log(`[abuse] other organization: ${http.sent} queries and mutations, ${ws.sent} subscriptions`);
    expect([...http.findings, ...ws.findings]).toEqual([]);
  }, 120_000);

  it("an executor gets refusals or their own orders' data, never other orders, their chats and comments, or other clients", async () => {
    const executor = await t.login(EXECUTOR_EMAIL);
    const http = await probeAll(executor, await executorSecrets(EXECUTOR_EMAIL));
    const ws = await probeSubscriptions(executor, () => executorSecrets(EXECUTOR_EMAIL));
    console.log(`[abuse] executor: ${http.sent} queries and mutations, ${ws.sent} subscriptions`);
    expect([...http.findings, ...ws.findings]).toEqual([]);
  }, 120_000);

  it("a resident gets refusals or their own data, never other clients' or the staff's", async () => {
    const resident = await t.residentLogin(RESIDENT_PHONE);
    const http = await probeAll(resident, await residentSecrets());
    const ws = await probeSubscriptions(resident, residentSecrets);
    console.log(`[abuse] resident: ${http.sent} queries and mutations, ${ws.sent} subscriptions`);
    expect([...http.findings, ...ws.findings]).toEqual([]);
  }, 120_000);
});
