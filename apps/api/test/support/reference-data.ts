import { expect } from "vitest";
import { startTestServer, type GraphQLResponse, type TestServer } from "./harness.js";

/** What the reference-data test files share: a server, the demo sessions and the organizations' ids. */
export type ReferenceData = {
  t: TestServer;
  admin: string;
  dispatcher: string;
  resident: string;
  foreignAdmin: string;
  org: { domovoy: string; severny: string };
};

export async function startReferenceData(): Promise<ReferenceData> {
  const t = await startTestServer();
  const [admin, dispatcher, foreignAdmin] = await Promise.all([
    t.login("admin@domovoy.example"),
    t.login("dispatcher@domovoy.example"),
    t.login("admin@severny.example"),
  ]);
  const resident = await t.residentLogin("+79160000001");
  const rows = await t.database.sql`select id, slug from organizations`;
  const org = Object.fromEntries(rows.map((r) => [r.slug, r.id])) as ReferenceData["org"];
  return { t, admin, dispatcher, resident, foreignAdmin, org };
}

/** Ids in the order the database sorts them (its collation, not JavaScript's). */
export async function idsInOrder(t: TestServer, query: string, params: unknown[]): Promise<string[]> {
  const rows = await t.database.sql.unsafe(query, params as never[]);
  return rows.map((r) => r.id as string);
}

/** The id of the one row `query` finds. */
export async function oneId(t: TestServer, query: string, params: unknown[]): Promise<string> {
  const [row] = await t.database.sql.unsafe(query, params as never[]);
  if (!row) throw new Error(`no row for ${query}`);
  return row.id as string;
}

type Connection = { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Follows endCursor to the end; checks every page's size and hasNextPage. */
export async function walk(t: TestServer, field: string, document: string, variables: Record<string, unknown>, token: string, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 100; page++) {
    const result: GraphQLResponse = await t.graphql(document, { ...variables, first, after }, { token });
    expect(result.errors).toBeUndefined();
    const connection = result.data![field] as Connection;
    totalCount = connection.totalCount;
    ids.push(...connection.nodes.map((n) => n.id));
    if (!connection.pageInfo.hasNextPage) {
      expect(connection.nodes.length).toBeLessThanOrEqual(first);
      break;
    }
    expect(connection.nodes.length).toBe(first);
    after = connection.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

export const errorCode = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
export const errorExtensions = (result: GraphQLResponse) => result.errors?.[0]?.extensions;
