import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/harness.js";

/**
 * Pagination cursors (#10 item 14): every connection decodes its cursor against its own schema, so a
 * tampered but well-formed cursor (valid base64 of JSON with the wrong content, types or length),
 * another connection's cursor or another sort's is BAD_USER_INPUT, never a database error.
 */
let t: TestServer;
let admin: string;
let clientId: string;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin@domovoy.example");
  const [client] = await t.database.sql`select c.id from clients c join orders o on o.client_id = c.id join organizations g on g.id = c.organization_id where g.slug = 'domovoy' group by c.id having count(*) > 1 limit 1`;
  clientId = client!.id as string;
});
afterAll(() => t?.close());

const enc = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const id = randomUUID();

/** Each connection as [name, query with $after, path to its connection in the answer]. */
const connections: [string, string, (data: any) => any][] = [
  ["orders", `query ($after: String) { orders(first: 1, after: $after) { pageInfo { endCursor } } }`, (d) => d.orders],
  ["orders by number", `query ($after: String) { orders(first: 1, after: $after, sort: { field: NUMBER, direction: ASC }) { pageInfo { endCursor } } }`, (d) => d.orders],
  ["clients", `query ($after: String) { clients(first: 1, after: $after) { pageInfo { endCursor } } }`, (d) => d.clients],
  ["employees", `query ($after: String) { employees(first: 1, after: $after) { pageInfo { endCursor } } }`, (d) => d.employees],
  ["buildings", `query ($after: String) { buildings(first: 1, after: $after) { pageInfo { endCursor } } }`, (d) => d.buildings],
  ["services", `query ($after: String) { services(first: 1, after: $after) { pageInfo { endCursor } } }`, (d) => d.services],
  ["departments", `query ($after: String) { departments(first: 1, after: $after) { pageInfo { endCursor } } }`, (d) => d.departments],
  ["roles", `query ($after: String) { roles(first: 1, after: $after) { pageInfo { endCursor } } }`, (d) => d.roles],
  ["premises", `query ($after: String) { premises(first: 1, after: $after) { pageInfo { endCursor } } }`, (d) => d.premises],
  ["notifications", `query ($after: String) { notifications(first: 1, after: $after) { pageInfo { endCursor } } }`, (d) => d.notifications],
  ["client activity", `query ($after: String, $c: ID!) { client(id: $c) { activity(first: 1, after: $after) { pageInfo { endCursor } } } }`, (d) => d.client.activity],
  ["client orders", `query ($after: String, $c: ID!) { client(id: $c) { orders(first: 1, after: $after) { pageInfo { endCursor } } } }`, (d) => d.client.orders],
];

/** Well-formed base64url, wrong inside; none of them is a cursor of any connection. */
const tampered: [string, string][] = [
  ["not base64", "%%%"],
  ["not JSON", Buffer.from("hello").toString("base64url")],
  ["an object", enc({ a: 1 })],
  ["empty", enc([])],
  ["numbers", enc([1, 2])],
  ["three numbers", enc([1, 2, 3])],
  ["text ids", enc(["a", "not-a-uuid"])],
  ["three texts", enc(["a", "b", "c"])],
  ["a word for a time", enc([true, "yesterday", id])],
  ["an impossible time", enc([true, "2026-13-45 00:00:00+00", id])],
  ["a premise cursor with a text id", enc([id, "1", "not-a-uuid"])],
  ["nulls", enc([null, id])],
  ["nested values", enc([{}, [id]])],
  ["a text of 600 characters", enc(["x".repeat(600), id])],
  ["a NUL in the text", enc(["a\u0000", id])],
  ["3,000 characters", "A".repeat(3000)],
  ["a huge number", enc([true, "99999999999", id])],
];

describe.each(connections)("%s", (_name, query, connection) => {
  const variables = (after: string | null) => ({ after, c: clientId });

  it("pages with its own cursors", async () => {
    const first = await t.graphql(query, variables(null), { token: admin });
    expect(first.errors).toBeUndefined();
    const cursor = connection(first.data).pageInfo.endCursor;
    if (!cursor) return; // an empty list has no next page to ask for
    const second = await t.graphql(query, variables(cursor), { token: admin });
    expect(second.errors).toBeUndefined();
  });

  it.each(tampered)("refuses %s with BAD_USER_INPUT on `after`", async (_kind, after) => {
    const result = await t.graphql(query, variables(after), { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after", reason: "INVALID_CURSOR" });
  });
});

describe("cursors of another list or sort", () => {
  it("refuses a cursor of another connection and of another sort", async () => {
    const first = (q: string) => t.graphql(q, variables(null), { token: admin });
    const variables = (after: string | null) => ({ after, c: clientId });
    const cursorOf = async (index: number) => connections[index]![2]((await first(connections[index]![1])).data).pageInfo.endCursor as string;
    const [orders, byNumber, clients, premises] = await Promise.all([cursorOf(0), cursorOf(1), cursorOf(2), cursorOf(8)]);
    for (const [queryIndex, after] of [
      [0, byNumber],
      [1, orders],
      [0, clients],
      [2, orders],
      [8, clients],
      [2, premises],
    ] as const) {
      const result = await t.graphql(connections[queryIndex]![1], variables(after), { token: admin });
      expect(result.errors?.[0]?.extensions, `${connections[queryIndex]![0]}`).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
    }
    // The lists by time refuse an impossible instant; a name may read like one.
    for (const index of [9, 10, 11]) {
      const result = await t.graphql(connections[index]![1], variables(enc(["2026-02-30T00:00:00.000Z", id])), { token: admin });
      expect(result.errors?.[0]?.extensions, `${connections[index]![0]}`).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
    }
  });
});
