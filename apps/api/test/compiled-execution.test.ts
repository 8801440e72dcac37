import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startTestServer, type TestServer } from "./support/harness.js";

/**
 * Queries over HTTP run compiled (graphql-jit, shared/compiled-execution.ts). The web app's every
 * query, as four viewers and with ids of real rows and of none, answers the same JSON — data, null
 * propagation, errors with their codes and paths, HTTP status — from the compiled executor and from
 * graphql-js (a second instance with compiledExecution off over the same database).
 */
let t: TestServer;
let interpreted: { url: string };
const tokens: Record<string, string> = {};

/** The web app's documents (the generated client's map), fragments appended where used. */
function webQueries(): { name: string; text: string; operation: OperationDefinitionNode }[] {
  const source = readFileSync(new URL("../../web/src/lib/graphql/generated/gql.ts", import.meta.url), "utf8");
  const start = source.indexOf("type Documents = {");
  const end = source.indexOf("};", start);
  const documents = [...source.slice(start, end).matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof/gm)].map((m) => JSON.parse(m[1]!) as string);
  const fragments = new Map<string, string>();
  for (const d of documents.filter((d) => /^\s*fragment /.test(d))) fragments.set(/fragment (\w+)/.exec(d)![1]!, d);
  const withFragments = (text: string): string => {
    const used = new Set<string>();
    const add = (t: string) => {
      for (const [, name] of t.matchAll(/\.\.\.(\w+)/g)) {
        if (used.has(name!) || !fragments.has(name!)) continue;
        used.add(name!);
        add(fragments.get(name!)!);
      }
    };
    add(text);
    return [text, ...[...used].map((n) => fragments.get(n)!)].join("\n");
  };
  return documents
    .filter((d) => /^\s*query /.test(d))
    .map((d) => {
      const text = withFragments(d);
      const operation = parse(text).definitions.find((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION)!;
      return { name: operation.name!.value, text, operation };
    });
}

const schema = buildSchema(readFileSync(new URL("../../../schema.graphql", import.meta.url), "utf8"));

/** Values for an operation's required variables: ids of real rows (or `unknownId`), small numbers, first enum values. */
function variablesFor(operation: OperationDefinitionNode, ids: Record<string, string>, unknownId?: string): Record<string, unknown> {
  const rootField = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD)?.name.value ?? "";
  const idFor = (name: string) => {
    if (unknownId) return unknownId;
    const key = (name === "id" ? rootField : name.replace(/Ids?$/, "")).toLowerCase();
    return Object.entries(ids).find(([k]) => key.endsWith(k))?.[1] ?? randomUUID();
  };
  const valueFor = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return valueFor(type.ofType, name);
    if (isListType(type)) return [valueFor(type.ofType, name)];
    const named = getNamedType(type);
    if (isEnumType(named)) return named.getValues()[0]!.name;
    if (isInputObjectType(named)) {
      return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, valueFor(f.type, f.name)]));
    }
    switch (named.name) {
      case "ID":
        return idFor(name);
      case "Int":
        return /number/i.test(name) ? Number(ids.number) : 20;
      case "Float":
        return 1;
      case "Boolean":
        return false;
      case "DateTimeISO":
        return "2026-06-01T00:00:00.000Z";
      default:
        return "а";
    }
  };
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.type.kind !== Kind.NON_NULL_TYPE || definition.defaultValue) continue;
    values[definition.variable.name.value] = valueFor(typeFromAST(schema, definition.type) as GraphQLInputType, definition.variable.name.value);
  }
  return values;
}

beforeAll(async () => {
  t = await startTestServer();
  interpreted = await t.startInstance({ compiledExecution: false });
  tokens.dispatcher = await t.login("dispatcher@domovoy.example");
  tokens.admin = await t.login("admin@domovoy.example");
  tokens.plumber = await t.login("plumber@domovoy.example");
  tokens.resident = await t.residentLogin("+79160000001");
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe("compiled execution", () => {
  it("runs queries compiled and mutations on graphql-js", async () => {
    const execution = t.app.execution!;
    expect(execution).toBeDefined();
    const before = { ...execution.counts };
    await t.graphql(`{ me { __typename } }`, {}, { token: tokens.dispatcher });
    await t.graphql(`{ me { __typename } }`, {}, { token: tokens.dispatcher });
    expect(execution.counts.compiled - before.compiled).toBe(2);
    // Compiled once, then taken from the cache (Apollo hands the same parsed document).
    expect(execution.counts.compilations - before.compilations).toBe(1);
    const mutation = await t.graphql(`mutation { notificationsMarkAllRead }`, {}, { token: tokens.dispatcher });
    expect(mutation.errors).toBeUndefined();
    expect(execution.counts.interpreted - before.interpreted).toBe(1);
    expect(interpreted).toBeDefined();
  });

  it("answers introspection as graphql-js does (introspection is on outside production)", async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true });
    const before = t.app.execution!.counts.compiled;
    const [a, b] = [await t.graphql(query, {}, { token: tokens.dispatcher }), await postGraphQL(interpreted.url, query, {}, { token: tokens.dispatcher })];
    expect(t.app.execution!.counts.compiled).toBe(before + 1);
    expect(a.errors).toBeUndefined();
    expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
  });

  it("answers bad variables as graphql-js does: BAD_USER_INPUT, status 400", async () => {
    const query = `query ($n: Int) { clients(first: $n) { totalCount } }`;
    const compiled = await t.graphql(query, { n: "many" }, { token: tokens.dispatcher });
    const plain = await postGraphQL(interpreted.url, query, { n: "many" }, { token: tokens.dispatcher });
    expect(compiled.status).toBe(400);
    expect(compiled.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect({ status: compiled.status, errors: compiled.errors }).toEqual({ status: plain.status, errors: plain.errors });
  });

  it("propagates nulls like graphql-js when fields fail below the root (a spent field budget)", async () => {
    const limits = { operationLimits: { maxResolvedFields: 40 } };
    const [compiled, plain] = [await t.startInstance(limits), await t.startInstance({ ...limits, compiledExecution: false })];
    const queries = [
      `{ orders(first: 20) { nodes { id number status service { name } client { fullName } executors { id fullName } } } }`,
      `{ orders(first: 10) { totalCount edges { cursor node { id labels building { address } } } } me { __typename } }`,
      `{ me { __typename } clients(first: 30) { nodes { id fullName phone } } }`,
    ];
    for (const query of queries) {
      const [a, b] = [await postGraphQL(compiled.url, query, {}, { token: tokens.dispatcher }), await postGraphQL(plain.url, query, {}, { token: tokens.dispatcher })];
      expect(a.errors?.[0]?.extensions?.reason, JSON.stringify(a).slice(0, 800)).toBe("RESPONSE_LIMIT");
      expect(JSON.stringify({ status: a.status, data: a.data, errors: a.errors })).toBe(JSON.stringify({ status: b.status, data: b.data, errors: b.errors }));
    }
    await compiled.close();
    await plain.close();
  });

  it("gives the web app's every query the same JSON as graphql-js, errors and null propagation included", async () => {
    const sql = t.database.sql;
    const [org] = await sql`select id from organizations where slug = 'domovoy'`;
    const one = async (table: string) => ((await sql.unsafe(`select id from ${table} where organization_id = $1 order by id limit 1`, [org!.id]))[0]?.id as string | undefined) ?? randomUUID();
    const [order] = await sql`select id, number from orders where organization_id = ${org!.id} order by number desc limit 1`;
    const ids: Record<string, string> = {
      number: String(order!.number),
      order: order!.id as string,
      client: await one("clients"),
      building: await one("buildings"),
      premise: await one("premises"),
      employee: await one("employees"),
      service: await one("services"),
      department: await one("departments"),
      incident: await one("incidents"),
      role: await one("roles"),
      call: await one("calls"),
      organization: org!.id as string,
    };
    const queries = webQueries();
    expect(queries.length).toBeGreaterThan(50);
    const runs: { viewer: string; unknown: boolean }[] = [
      { viewer: "dispatcher", unknown: false },
      { viewer: "dispatcher", unknown: true },
      { viewer: "admin", unknown: false },
      { viewer: "plumber", unknown: false },
      { viewer: "resident", unknown: false },
    ];
    const differences: string[] = [];
    let withData = 0;
    let withErrors = 0;
    let nulledByErrors = 0;
    for (const { viewer, unknown } of runs) {
      for (const q of queries) {
        const variables = variablesFor(q.operation, ids, unknown ? randomUUID() : undefined);
        const answer = async (url: string) => {
          const r = await postGraphQL(url, q.text, variables, { token: tokens[viewer] });
          // «Now» (the dashboard's period end) differs by the milliseconds between the two requests.
          return JSON.stringify({ status: r.status, data: r.data, errors: r.errors }).replace(/"(\d{4}-\d\d-\d\dT[\d:.]+Z)"/g, (m, iso: string) =>
            Math.abs(Date.parse(iso) - t.clock.now().getTime()) < 60_000 ? '"<now>"' : m,
          );
        };
        const [a, b] = [await answer(t.url), await answer(interpreted.url)];
        if (a !== b) differences.push(`${viewer}${unknown ? " (unknown ids)" : ""} ${q.name}\n  compiled:   ${a.slice(0, 600)}\n  graphql-js: ${b.slice(0, 600)}`);
        const parsed = JSON.parse(a) as { data?: unknown; errors?: { path?: unknown[] }[] };
        if (parsed.data) withData++;
        if (parsed.errors) withErrors++;
        if (parsed.errors?.some((e) => (e.path?.length ?? 0) > 1)) nulledByErrors++;
      }
    }
    expect(differences).toEqual([]);
    // Both sides of the comparison were exercised: answers with data, with errors, and errors below the root.
    expect(withData).toBeGreaterThan(100);
    expect(withErrors).toBeGreaterThan(50);
    console.log(`compiled vs graphql-js: ${runs.length * queries.length} answers identical; ${withData} with data, ${withErrors} with errors, ${nulledByErrors} with errors below the root`);
  }, 240_000);
});
