import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { postGraphQL, startTestServer, subscribe, type TestServer } from "./support/harness.js";

let t: TestServer;
let token: string;
beforeAll(async () => {
  t = await startTestServer();
  token = await t.login("dispatcher@domovoy.example");
});
afterAll(() => t?.close());

const aliasBomb = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: me { kind }`).join(" ")} }`;

/** A selection nested `depth` levels deep (the fields need not exist: the limit is checked regardless). */
function deepQuery(depth: number): string {
  return `{ me ${"{ organization ".repeat(depth)}{ id }${" }".repeat(depth)} }`;
}

describe("operation limits", () => {
  it("rejects an alias bomb over HTTP without running it", async () => {
    const result = await t.graphql(aliasBomb, {}, { token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
    expect(result.errors?.some((e) => /псевдонимов/.test(e.message))).toBe(true);
  });

  it("rejects a depth bomb over HTTP", async () => {
    const result = await t.graphql(deepQuery(15), {}, { token });
    expect(result.status).toBe(400);
    expect(result.errors?.some((e) => /глубокий/.test(e.message))).toBe(true);
  });

  it("rejects a depth bomb and an alias bomb over WebSocket too", async () => {
    for (const [query, pattern] of [
      [deepQuery(15), /глубокий/],
      [aliasBomb, /псевдонимов/],
    ] as const) {
      const sub = subscribe(t.ws(token), query);
      await sub.next(1, 3000).catch(() => undefined);
      const errors = sub.error as readonly { message: string }[];
      expect(Array.isArray(errors)).toBe(true);
      expect(errors.some((e) => pattern.test(e.message))).toBe(true);
    }
  });

  it("allows ordinary nested queries", async () => {
    const result = await t.graphql(`{ me { organization { id } } clients(first: 100) { nodes { premises { premise { id } } } } }`, {}, { token });
    expect(result.errors).toBeUndefined();
  });

  it("closes a WebSocket whose message exceeds the payload limit", async () => {
    const socket = new WebSocket(t.wsUrl, "graphql-transport-ws");
    await new Promise((resolve) => socket.once("open", resolve));
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: token, junk: "x".repeat(2 * 1024 * 1024) } }));
    expect(await closed).toBe(1009);
  });
});

/** Order → executors → departments → employees …, ten times over: lists without a page size. */
const nestedListBomb = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: orders(first: 100) { nodes { executors { departments { employees { departments { employees { id fullName email phone } } } } } } }`).join(" ")} }`;

describe("cost of lists, response and document ceilings", () => {
  it("refuses nested lists without a page size, over HTTP and WebSocket, before running them", async () => {
    const started = Date.now();
    const result = await t.graphql(nestedListBomb, {}, { token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "COST_LIMIT" });
    expect(result.data ?? null).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
    // One of them alone, on the smallest page, is still too much.
    const single = await t.graphql(`{ orders(first: 1) { nodes { executors { departments { employees { departments { employees { id } } } } } } } }`, {}, { token });
    expect(single.errors?.[0]?.extensions).toMatchObject({ reason: "COST_LIMIT" });

    const sub = subscribe(t.ws(token), nestedListBomb);
    await sub.next(1, 3000).catch(() => undefined);
    expect(JSON.stringify(sub.error)).toMatch(/COST_LIMIT/);
  });

  it("costs a page size given as a variable by its value", async () => {
    const query = `query ($n: Int) { clients(first: $n) { nodes { id orders(first: $n) { nodes { id executors { id fullName } } } } } }`;
    const small = await t.graphql(query, { n: 2 }, { token });
    expect(small.errors).toBeUndefined();
    const large = await t.graphql(query, { n: 100 }, { token });
    expect(large.status).toBe(400);
    expect(large.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "COST_LIMIT" });
    const sub = subscribe(t.ws(token), query, { n: 100 });
    await sub.next(1, 3000).catch(() => undefined);
    expect(JSON.stringify(sub.error)).toMatch(/COST_LIMIT/);
  });

  it("refuses 100,000 aliases of __typename (1.8 MB) before parsing, and a few hundred after", async () => {
    const huge = `{ ${Array.from({ length: 100_000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    expect(huge.length).toBeGreaterThan(1_500_000);
    const started = Date.now();
    const result = await t.graphql(huge, {}, { token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "DOCUMENT_TOO_LARGE" });
    expect(Date.now() - started).toBeLessThan(1000);
    const some = await t.graphql(`{ ${Array.from({ length: 300 }, (_, i) => `a${i}: __typename`).join(" ")} }`, {}, { token });
    expect(some.status).toBe(400);
    expect(some.errors?.[0]?.message).toMatch(/псевдонимов/);
    const repeated = await t.graphql(`{ ${"__typename ".repeat(5000)} }`, {}, { token });
    expect(repeated.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", reason: "FIELD_LIMIT" });
    const sub = subscribe(t.ws(token), huge.slice(0, 900_000) + " }");
    await sub.next(1, 3000).catch(() => undefined);
    expect(JSON.stringify(sub.error)).toMatch(/DOCUMENT_TOO_LARGE/);
  });

  it("answers a body over 2 MB, and one that is not JSON, with a typed error in Russian (not express's English page)", async () => {
    const post = (body: string) =>
      fetch(`${t.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body });
    const big = await post(JSON.stringify({ query: "{ me { kind } }", variables: { pad: "я".repeat(1_100_000) } }));
    expect(big.status).toBe(413);
    const bigBody = (await big.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(bigBody.errors[0]).toEqual({ message: "Запрос больше 2 МБ", extensions: { code: "PAYLOAD_TOO_LARGE", reason: "BODY_TOO_LARGE", limit: 2 * 1024 * 1024 } });
    const broken = await post(`{"query": "{ me { kind } }"`);
    expect(broken.status).toBe(400);
    const brokenBody = (await broken.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(brokenBody.errors[0]).toEqual({ message: "Тело запроса — не JSON", extensions: { code: "BAD_REQUEST", reason: "MALFORMED_JSON" } });
  });

  it("stops an operation that resolves more fields than the ceiling, with one error", async () => {
    const small = await t.startInstance({ operationLimits: { maxResolvedFields: 200 } });
    const query = `{ orders(first: 100) { nodes { id number status createdAt executors { id fullName } } } }`;
    const http = await postGraphQL(small.url, query, {}, { token });
    expect(http.errors).toHaveLength(1);
    expect(http.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "RESPONSE_LIMIT", limit: 200 });
    expect(JSON.stringify(http).length).toBeLessThan(50_000);
    const client = (await import("graphql-ws")).createClient({ url: small.url.replace("http", "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization: token }, retryAttempts: 0 });
    const sub = subscribe(client, query);
    await sub.next(1, 3000);
    expect(sub.events[0]?.errors).toHaveLength(1);
    expect(sub.events[0]?.errors?.[0]?.extensions).toMatchObject({ reason: "RESPONSE_LIMIT" });
    await client.dispose();
    // The same operation within the default ceiling answers in full.
    const full = await t.graphql(query, {}, { token });
    expect(full.errors).toBeUndefined();
  });
});

describe("errors and CSRF", () => {
  it("answers bad input with a typed error and no stack trace", async () => {
    const cursor = await t.graphql(`{ clients(after: "%%%") { totalCount } }`, {}, { token });
    expect(cursor.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "after", reason: "INVALID_CURSOR" });
    const typed = await t.graphql(`query ($n: Int) { clients(first: $n) { totalCount } }`, { n: "many" }, { token });
    expect(typed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const error of [...cursor.errors!, ...typed.errors!]) expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it("refuses a NUL character in any string argument, over HTTP and WebSocket, naming the field", async () => {
    for (const [query, variables, field] of [
      [`query ($s: String) { clients(search: $s) { totalCount } }`, { s: "Ив\u0000ан" }, "search"],
      [`query ($s: String) { orders(search: $s) { totalCount } }`, { s: "\u0000" }, "search"],
      [`query ($s: String) { buildings(search: $s) { totalCount } }`, { s: "a\u0000" }, "search"],
      [`mutation ($p: String!) { authLogin(email: "admin@domovoy.example", password: $p) { token } }`, { p: "domovoy\u0000" }, "password"],
      [`mutation ($id: ID!, $n: String) { clientUpdate(id: $id, input: { note: $n }) { id } }`, { id: "00000000-0000-4000-8000-000000000000", n: "x\u0000" }, "input.note"],
    ] as const) {
      const result = await t.graphql(query, variables, { token });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, reason: "NUL_CHARACTER" });
    }
    const sub = subscribe(t.ws(token), `query ($s: String) { employees(search: $s) { totalCount } }`, { s: "\u0000" });
    await sub.next(1, 3000);
    expect(sub.events[0]?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search", reason: "NUL_CHARACTER" });
  });

  it("refuses a string argument over 10,000 characters with the field and the limit", async () => {
    const result = await t.graphql(`query ($s: String) { clients(search: $s) { totalCount } }`, { s: "я".repeat(10_001) }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search", reason: "TOO_LONG", limit: 10_000 });
  });

  it("refuses a GET query without a CSRF-safe header", async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ me { kind } }")}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it("refuses a page size outside 1–100", async () => {
    const result = await t.graphql(`{ clients(first: 1000) { totalCount } }`, {}, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});

describe("malformed arguments (#10 items 13 and 16)", () => {
  const someUuid = "00000000-0000-4000-8000-000000000000";
  const refusal = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

  it("refuses a malformed id in any argument, input or list filter with BAD_USER_INPUT naming the field", async () => {
    const create = `mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`;
    const input = { buildingId: someUuid, serviceId: someUuid, channel: "INCOMING_CALL" };
    for (const [query, variables, field] of [
      [create, { input: { ...input, buildingId: "1; drop table orders" } }, "input.buildingId"],
      [create, { input: { ...input, serviceId: "42" } }, "input.serviceId"],
      [create, { input: { ...input, premiseId: "x".repeat(37) } }, "input.premiseId"],
      [`query ($f: OrderFilterInput) { orders(filter: $f) { totalCount } }`, { f: { buildingIds: [someUuid, "nope"] } }, "filter.buildingIds.1"],
      [`query ($f: OrderFilterInput) { orders(filter: $f) { totalCount } }`, { f: { executorIds: ["' or 1=1 --"] } }, "filter.executorIds.0"],
      [`query ($id: ID!) { order(id: $id) { id } }`, { id: 12 }, "id"],
      [`query ($b: ID) { premises(buildingId: $b) { totalCount } }`, { b: "building-1" }, "buildingId"],
      [`mutation ($id: ID!) { clientUpdate(id: $id, input: { note: "x" }) { id } }`, { id: `${someUuid}0` }, "id"],
    ] as const) {
      const result = await t.graphql(query, variables, { token });
      expect(refusal(result), JSON.stringify(variables)).toMatchObject({ code: "BAD_USER_INPUT", field, reason: "INVALID_ID" });
    }
    const empty = await t.graphql(create, { input: { ...input, buildingId: "" } }, { token });
    expect(["BAD_USER_INPUT", "NOT_FOUND"]).toContain(refusal(empty)?.code);
    // A well-formed id of no row stays NOT_FOUND.
    const missing = await t.graphql(`query ($id: ID!) { order(id: $id) { id } }`, { id: someUuid }, { token });
    expect(refusal(missing)?.code).toBe("NOT_FOUND");
    const sub = subscribe(t.ws(token), `subscription ($id: ID!) { orderUpdated(id: $id) { id } }`, { id: "nope" });
    await sub.next(1, 3000).catch(() => undefined);
    expect(JSON.stringify(sub.error ?? sub.events)).toMatch(/INVALID_ID/);
    // A variable that does not fit its type over WebSocket: BAD_USER_INPUT, as over HTTP (it read as an internal error).
    for (const variables of [{ id: null }, {}, { id: ["x"] }]) {
      const missing = subscribe(t.ws(token), `subscription ($id: ID!) { orderUpdated(id: $id) { id } }`, variables);
      await missing.next(1, 3000).catch(() => undefined);
      const errors = missing.error as readonly { extensions?: { code?: string } }[];
      expect(errors.map((e) => e.extensions?.code), JSON.stringify(variables)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("refuses a lone UTF-16 surrogate in any string argument", async () => {
    for (const [query, variables, field] of [
      [`query ($s: String) { clients(search: $s) { totalCount } }`, { s: "Иван\ud800" }, "search"],
      [`mutation ($id: ID!, $n: String) { clientUpdate(id: $id, input: { note: $n }) { id } }`, { id: someUuid, n: "\udc00note" }, "input.note"],
    ] as const) {
      const result = await t.graphql(query, variables, { token });
      expect(refusal(result)).toMatchObject({ code: "BAD_USER_INPUT", field, reason: "LONE_SURROGATE" });
    }
    // A whole pair (an emoji) is text like any other.
    const emoji = await t.graphql(`query ($s: String) { clients(search: $s) { totalCount } }`, { s: "🙂" }, { token });
    expect(emoji.errors).toBeUndefined();
  });

  it("refuses dates outside years 1–9999", async () => {
    const query = `query ($f: OrderFilterInput) { orders(filter: $f) { totalCount } }`;
    for (const createdFrom of ["0000-01-01T00:00:00Z", "0001-01-01T00:30:00+01:00", 253402300800000]) {
      const result = await t.graphql(query, { f: { createdFrom } }, { token });
      expect(refusal(result), String(createdFrom)).toMatchObject({ code: "BAD_USER_INPUT" });
    }
    const ok = await t.graphql(query, { f: { createdFrom: "9999-12-31T00:00:00Z" } }, { token });
    expect(ok.errors).toBeUndefined();
  });

  it("refuses over-long text with the field and the limit instead of cutting it", async () => {
    const [client] = await t.database.sql`select c.id from clients c join organizations o on o.id = c.organization_id where o.slug = 'domovoy' limit 1`;
    const update = `mutation ($id: ID!, $n: String) { clientUpdate(id: $id, input: { note: $n }) { id note } }`;
    const admin = await t.login("admin@domovoy.example");
    const saved = await t.graphql(update, { id: client!.id, n: "н".repeat(2000) }, { token: admin });
    expect(saved.data?.clientUpdate.note).toHaveLength(2000);
    for (const note of ["н".repeat(2001), "n".repeat(1024 * 1024)]) {
      const refused = await t.graphql(update, { id: client!.id, n: note }, { token: admin });
      expect(refusal(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.note", reason: "TOO_LONG" });
      expect(refusal(refused)?.limit).toBeTypeOf("number");
    }
    const [row] = await t.database.sql`select length(note) as n from clients where id = ${client!.id}`;
    expect(row!.n).toBe(2000);
    for (const query of [`query ($s: String) { clients(search: $s) { totalCount } }`, `query ($s: String) { orders(search: $s) { totalCount } }`, `query ($s: String) { employees(search: $s) { totalCount } }`]) {
      const search = await t.graphql(query, { s: "а".repeat(201) }, { token });
      expect(refusal(search), query).toMatchObject({ code: "BAD_USER_INPUT", field: "search", reason: "TOO_LONG", limit: 200 });
    }
    const tags = await t.graphql(`mutation ($id: ID!, $t: [String!]) { clientUpdate(id: $id, input: { tags: $t }) { id } }`, { id: client!.id, t: ["VIP", "т".repeat(41)] }, { token: admin });
    expect(refusal(tags)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.tags", reason: "TOO_LONG", limit: 40 });
  });

  it("refuses a list argument over 1,000 items with the field and the limit", async () => {
    const ids = Array.from({ length: 1001 }, () => someUuid);
    const result = await t.graphql(`query ($f: OrderFilterInput) { orders(filter: $f) { totalCount } }`, { f: { serviceIds: ids } }, { token });
    expect(refusal(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.serviceIds", reason: "TOO_MANY", limit: 1000 });
    const statuses = await t.graphql(`query ($f: OrderFilterInput) { orders(filter: $f) { totalCount } }`, { f: { statuses: Array(1001).fill("APPROVAL") } }, { token });
    expect(refusal(statuses)).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.statuses", reason: "TOO_MANY" });
  });
});

describe("production mode", () => {
  it("turns introspection off over HTTP and WebSocket, and serves no Sandbox", async () => {
    const prod = await t.startInstance({ production: true, development: false, introspection: false });
    const http = await postGraphQL(prod.url, `{ __schema { queryType { name } } }`, {}, { token });
    expect(http.errors?.[0]?.message).toMatch(/introspection/i);
    const client = (await import("graphql-ws")).createClient({ url: prod.url.replace("http", "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization: token }, retryAttempts: 0 });
    const sub = subscribe(client, `{ __schema { queryType { name } } }`);
    await sub.next(1, 3000).catch(() => undefined);
    expect(JSON.stringify(sub.error ?? sub.events)).toMatch(/introspection/i);
    await client.dispose();
    const page = await fetch(`${prod.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/embeddable-sandbox/);
  });

  it("names no field in validation errors (no «Did you mean»), over HTTP and WebSocket", async () => {
    const prod = await t.startInstance({ production: true, development: false, introspection: false });
    const typo = `{ ordrs(first: 1) { totalCount } }`;
    const dev = await postGraphQL(t.url, typo, {}, { token });
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean "orders/);
    const http = await postGraphQL(prod.url, typo, {}, { token });
    expect(http.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(http.errors?.[0]?.message).toBe('Cannot query field "ordrs" on type "Query".');
    const badVariable = await postGraphQL(prod.url, `mutation ($id: ID!, $input: ClientUpdateInput!) { clientUpdate(id: $id, input: $input) { id } }`, { id: "00000000-0000-0000-0000-000000000000", input: { fullNme: "x" } }, { token });
    expect(badVariable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(badVariable.errors)).not.toMatch(/Did you mean/);
    const client = (await import("graphql-ws")).createClient({ url: prod.url.replace("http", "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization: token }, retryAttempts: 0 });
    const sub = subscribe(client, `subscription { clientUpdatd { id } }`);
    await sub.next(1, 3000).catch(() => undefined);
    const text = JSON.stringify(sub.error ?? sub.events);
    expect(text).toMatch(/Cannot query field/);
    expect(text).not.toMatch(/Did you mean/);
    await client.dispose();
  });

  it("serves Apollo Sandbox in development", async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
  });
});
