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

describe("errors and CSRF", () => {
  it("answers bad input with a typed error and no stack trace", async () => {
    const cursor = await t.graphql(`{ clients(after: "%%%") { totalCount } }`, {}, { token });
    expect(cursor.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "after" });
    const typed = await t.graphql(`query ($n: Int) { clients(first: $n) { totalCount } }`, { n: "many" }, { token });
    expect(typed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const error of [...cursor.errors!, ...typed.errors!]) expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.ts:/);
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

  it("serves Apollo Sandbox in development", async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
  });
});
