import { createClient, type Client as WsClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { newEmployee, tokenOf } from "./support/factories.js";
import { postGraphQL, settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";

/**
 * Sockets outlive the request that opened them: a session ended anywhere (logout, deactivation,
 * password reset) must close them at once, and a page of another site must not open one with the
 * visitor's cookie.
 */

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

const ME = `{ me { kind } }`;
const CLIENT_UPDATED = `subscription { clientUpdated { id note } }`;
const clients: WsClient[] = [];
afterAll(() => Promise.all(clients.map((c) => c.dispose())));

/** A graphql-ws client that sends `headers` with its handshake (a browser's Origin and cookie). */
function wsClient(url: string, options: { token?: string; headers?: Record<string, string> } = {}): WsClient {
  const headers = options.headers;
  class HandshakeWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: url.replace(/^http/, "ws") + "/graphql",
    webSocketImpl: HandshakeWebSocket,
    connectionParams: options.token ? { authorization: options.token } : undefined,
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

/** The close code the client's socket ends with (or "open" when it is still up after `ms`). */
function closeCode(client: WsClient, ms = 5000): Promise<number | "open"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("open"), ms);
    client.on("closed", (event) => {
      clearTimeout(timer);
      resolve((event as { code: number }).code);
    });
  });
}

/** Touches a client, which every subscriber of `clientUpdated` in the organization hears. */
async function touchClient(note: string, url = t.url): Promise<void> {
  const admin = await tokenOf(t, "admin@domovoy.example");
  const { data } = await t.graphql(`{ clients(first: 1) { nodes { id } } }`, {}, { token: admin });
  const result = await postGraphQL(url, `mutation ($id: ID!, $note: String) { clientUpdate(id: $id, input: { note: $note }) { id } }`, { id: data!.clients.nodes[0].id, note }, { token: admin });
  expect(result.errors).toBeUndefined();
}

/** A subscriber that hears one event, then loses its session by `end`: its socket must close with 4401 and hear nothing more. */
async function expectClosedBy(token: string, end: () => Promise<void>): Promise<void> {
  const client = wsClient(t.url, { token });
  const sub = subscribe(client, CLIENT_UPDATED);
  await settle(300);
  await touchClient("before");
  await sub.next(1);
  const closed = closeCode(client);
  await end();
  expect(await closed).toBe(4401);
  await touchClient("after");
  await settle(300);
  expect(sub.events.map((e) => e.data?.clientUpdated.note)).toEqual(["before"]);
}

const EMPLOYEE_UPDATE = `mutation ($id: ID!, $input: EmployeeUpdateInput!) { employeeUpdate(id: $id, input: $input) { id } }`;

describe("a session that ends closes its sockets", () => {
  it("logout from another connection", async () => {
    const token = await t.login("dispatcher2@domovoy.example");
    await expectClosedBy(token, async () => {
      expect((await t.graphql(`mutation { authLogout }`, {}, { token })).data).toEqual({ authLogout: true });
    });
  });

  it("the employee is deactivated", async () => {
    const employee = await newEmployee(t);
    const admin = await tokenOf(t, "admin@domovoy.example");
    await expectClosedBy(employee.token, async () => {
      expect((await t.graphql(EMPLOYEE_UPDATE, { id: employee.id, input: { active: false } }, { token: admin })).errors).toBeUndefined();
    });
  });

  it("an administrator resets the employee's password: every session of theirs ends", async () => {
    const employee = await newEmployee(t);
    const second = await t.login(employee.email, "domovoy-test");
    const admin = await tokenOf(t, "admin@domovoy.example");
    await expectClosedBy(employee.token, async () => {
      expect((await t.graphql(EMPLOYEE_UPDATE, { id: employee.id, input: { password: "new-password-1" } }, { token: admin })).errors).toBeUndefined();
    });
    for (const token of [employee.token, second]) {
      expect((await t.graphql(ME, {}, { token })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect(await t.login(employee.email, "new-password-1")).toMatch(/^dms_/);
  });

  it("an administrator who changes their own password keeps the session they did it in and ends the others", async () => {
    const self = await newEmployee(t, { role: "Администратор" });
    const other = await t.login(self.email, "domovoy-test");
    const result = await t.graphql(EMPLOYEE_UPDATE, { id: self.id, input: { password: "my-new-password" } }, { token: self.token });
    expect(result.errors).toBeUndefined();
    expect((await t.graphql(ME, {}, { token: self.token })).data?.me).toEqual({ kind: "EMPLOYEE" });
    expect((await t.graphql(ME, {}, { token: other })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("other changes to an employee leave their sessions alone", async () => {
    const employee = await newEmployee(t);
    const admin = await tokenOf(t, "admin@domovoy.example");
    const client = wsClient(t.url, { token: employee.token });
    const sub = subscribe(client, CLIENT_UPDATED);
    await settle(300);
    const closed = closeCode(client, 1000);
    expect((await t.graphql(EMPLOYEE_UPDATE, { id: employee.id, input: { position: "Старший диспетчер" } }, { token: admin })).errors).toBeUndefined();
    expect(await closed).toBe("open");
    await touchClient("still here");
    expect((await sub.next(1))[0]!.data?.clientUpdated.note).toBe("still here");
  });

  it("a session that vanished without a broadcast (expired, deleted by hand) is closed by the sweep", async () => {
    const instance = await t.startInstance({ sessionSweepMs: 200 });
    const token = await t.login("dispatcher@domovoy.example");
    const client = wsClient(instance.url, { token });
    const sub = subscribe(client, CLIENT_UPDATED);
    await settle(300);
    const closed = closeCode(client);
    await t.database.sql`delete from sessions where token_hash = encode(sha256(${token}::bytea), 'hex')`;
    expect(await closed).toBe(4401);
    expect(sub.events).toHaveLength(0);
  });
});

describe("the Origin of a handshake that authenticates with the cookie", () => {
  async function cookieOf(email: string): Promise<string> {
    const result = await t.graphql(`mutation ($email: String!) { authLogin(email: $email, password: "domovoy") { token } }`, { email });
    return result.headers.get("set-cookie")!.split(";")[0]!;
  }

  /** Events reach the socket, or it closes with a code. Without Redis, only the instance's own events reach it. */
  async function outcome(client: WsClient, url = t.url): Promise<"events" | number | "open"> {
    const closed = closeCode(client, 3000);
    const sub = subscribe(client, CLIENT_UPDATED);
    await settle(300);
    await touchClient(`origin ${Math.random()}`, url);
    const first = await Promise.race([sub.next(1, 3000).then(() => "events" as const, () => "none" as const), closed]);
    return first === "none" ? closed : first;
  }

  it("refuses a foreign origin (4403), accepts the server's own", async () => {
    const cookie = await cookieOf("dispatcher@domovoy.example");
    expect(await outcome(wsClient(t.url, { headers: { cookie, origin: "https://evil.example" } }))).toBe(4403);
    expect(await outcome(wsClient(t.url, { headers: { cookie, origin: "null" } }))).toBe(4403);
    expect(await outcome(wsClient(t.url, { headers: { cookie, origin: t.url } }))).toBe("events");
  });

  it("accepts an origin listed in ALLOWED_ORIGINS", async () => {
    const instance = await t.startInstance({ allowedOrigins: ["https://crm.example.ru"] });
    const cookie = await cookieOf("dispatcher@domovoy.example");
    expect(await outcome(wsClient(instance.url, { headers: { cookie, origin: "https://crm.example.ru" } }), instance.url)).toBe("events");
    expect(await outcome(wsClient(instance.url, { headers: { cookie, origin: "https://crm.example.ru.evil.example" } }), instance.url)).toBe(4403);
  });

  it("accepts a bearer token in connection_init from any origin", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    expect(await outcome(wsClient(t.url, { token, headers: { origin: "https://partner.example" } }))).toBe("events");
  });
});
