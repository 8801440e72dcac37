import { pino } from "pino";
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { postGraphQL, settle, startTestServer, subscribe, type RequestOptions, type TestServer } from "./support/harness.js";

/** The server's log lines, parsed; the request log writes at info. */
const lines: Record<string, any>[] = [];
const logger = pino(
  { level: "info" },
  new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  }),
);
const requestLines = (transport: "http" | "ws") => lines.filter((l) => l.transport === transport);

async function waitFor<T>(find: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no log line: ${what}\n${JSON.stringify(lines.slice(-5), null, 1)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let t: TestServer;
/** A second instance on the test database whose log this file reads. */
let url: string;
let token: string;
let organizationId: string;
const gql = (query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}) => postGraphQL(url, query, variables, options);
const ws = (bearer: string) =>
  createClient({ url: url.replace(/^http/, "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization: bearer }, retryAttempts: 0, lazy: true });
beforeAll(async () => {
  t = await startTestServer();
  url = (await t.startInstance({}, { logger })).url;
  token = await t.login("dispatcher@domovoy.example");
  const [org] = await t.database.sql`select id from organizations where slug = 'domovoy'`;
  organizationId = org!.id as string;
});
afterAll(() => t?.close());
beforeEach(() => {
  lines.length = 0;
});

describe("request log: GraphQL over HTTP", () => {
  it("one line per operation: request id (echoed), operation, viewer, organization, duration", async () => {
    const result = await gql(`query LogProbe { me { __typename } }`, {}, { token, headers: { "x-request-id": "trace-0123456789" } });
    expect(result.errors).toBeUndefined();
    expect(result.headers.get("x-request-id")).toBe("trace-0123456789");
    const line = await waitFor(() => requestLines("http").find((l) => l.operationName === "LogProbe"), "LogProbe");
    expect(line).toMatchObject({ requestId: "trace-0123456789", route: "/graphql", method: "POST", status: 200, operationType: "query", viewer: "EMPLOYEE", organizationId });
    expect(line.ms).toEqual(expect.any(Number));
    expect(line.errorCodes).toBeUndefined();
    expect(line.level).toBe(30);
  });

  it("gives a request without a usable id a fresh one", async () => {
    const result = await gql(`query { me { __typename } }`, {}, { token, headers: { "x-request-id": "bad id with spaces" } });
    const id = result.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => requestLines("http").find((l) => l.requestId === id), "fresh id");
  });

  it("names the error codes and the anonymous viewer, never the variables", async () => {
    await gql(`mutation SignIn($email: String!, $password: String!) { authLogin(email: $email, password: $password) { token } }`, {
      email: "dispatcher@domovoy.example",
      password: "wrong-secret-password",
    });
    const line = await waitFor(() => requestLines("http").find((l) => l.operationName === "SignIn"), "SignIn");
    expect(line).toMatchObject({ operationType: "mutation", viewer: "ANONYMOUS", errorCodes: ["UNAUTHENTICATED"] });
    expect(line.organizationId).toBeUndefined();
    expect(JSON.stringify(lines)).not.toContain("wrong-secret-password");
  });

  it("logs validation failures with their code", async () => {
    await gql(`query Broken { noSuchField }`, {}, { token });
    const line = await waitFor(() => requestLines("http").find((l) => l.operationName === "Broken"), "Broken");
    expect(line.errorCodes).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });
});

describe("request log: GraphQL over WebSocket", () => {
  it("a subscription is one line when it ends, with its lifetime; a query is one line too", async () => {
    const client = ws(token);
    // graphql-ws acknowledges no operation: a query answered after the subscribe message (same
    // socket, handled in order) and a pause let the server register the subscription first.
    await subscribe(client, `query Warm { notificationsUnreadCount }`).next(1);
    const sub = subscribe(client, `subscription Bell { notificationAdded { unreadCount } }`);
    await subscribe(client, `query After { notificationsUnreadCount }`).next(1);
    await settle(300);
    sub.unsubscribe();
    const line = await waitFor(() => requestLines("ws").find((l) => l.operationName === "Bell"), "Bell");
    expect(line).toMatchObject({ operationType: "subscription", viewer: "EMPLOYEE", organizationId, end: "complete" });
    expect(line.requestId).toMatch(/^.+\/.+$/);
    expect(line.ms).toBeGreaterThanOrEqual(100);

    const query = subscribe(client, `query Count { notificationsUnreadCount }`);
    await query.next(1);
    const counted = await waitFor(() => requestLines("ws").find((l) => l.operationName === "Count"), "Count");
    expect(counted).toMatchObject({ operationType: "query", viewer: "EMPLOYEE", end: "complete" });
    expect(counted.errorCodes).toBeUndefined();
  });

  it("logs refused operations with their codes", async () => {
    const client = ws(token);
    const sub = subscribe(client, `subscription Nope { noSuchEvent }`);
    await sub.next(1).catch(() => undefined);
    const line = await waitFor(() => requestLines("ws").find((l) => l.operationName === "Nope"), "Nope");
    expect(line).toMatchObject({ end: "error", errorCodes: ["GRAPHQL_VALIDATION_FAILED"] });
  });
});

describe("request log: /files", () => {
  it("downloads and refusals: status, viewer, organization, error code; no file name", async () => {
    const response = await fetch(new URL(`/files/00000000-0000-4000-8000-000000000000/секрет.pdf`, url), { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    const id = response.headers.get("x-request-id");
    const line = await waitFor(() => requestLines("http").find((l) => l.requestId === id), "files 404");
    expect(line).toMatchObject({ route: "/files", method: "GET", status: 404, viewer: "EMPLOYEE", organizationId, errorCodes: ["NOT_FOUND"] });
    expect(JSON.stringify(line)).not.toContain("секрет");

    const anonymous = await fetch(new URL(`/files`, url), { method: "POST", headers: { "x-domovoy-upload": "1" } });
    expect(anonymous.status).toBe(401);
    const refused = await waitFor(() => requestLines("http").find((l) => l.requestId === anonymous.headers.get("x-request-id")), "files 401");
    expect(refused).toMatchObject({ route: "/files", method: "POST", status: 401, errorCodes: ["UNAUTHENTICATED"] });
  });
});
