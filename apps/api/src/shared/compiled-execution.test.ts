import { ApolloServer } from "@apollo/server";
import { buildSchema, type GraphQLFieldResolver, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { compiledExecution, compiledGateway } from "./compiled-execution.js";
import { AppError, ErrorCode } from "./errors.js";
import { createErrorFormatter } from "./format-error.js";
import { createLogger } from "./logger.js";

const schema = buildSchema(`
  type Item { id: ID! name: String! maybe: String broken: String! }
  type Query { items: [Item!]! item: Item boom: String appError: String internal: Int! lost: String later: String }
`);
const resolvers: Record<string, Record<string, GraphQLFieldResolver<any, unknown>>> = {
  Query: {
    items: () => [{ id: "1", name: "a" }, { id: "2", name: null }],
    item: () => ({ id: "3", name: "c" }),
    boom: () => {
      throw new Error("boom");
    },
    appError: () => Promise.reject(new AppError(ErrorCode.NOT_FOUND, "Заявка не найдена")),
    internal: () => null,
    lost: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    later: async () => "ok",
  },
  Item: {
    broken: () => {
      throw new Error("broken");
    },
  },
};
for (const [typeName, fields] of Object.entries(resolvers)) {
  const type = schema.getType(typeName) as GraphQLObjectType;
  for (const [name, resolve] of Object.entries(fields)) type.getFields()[name]!.resolve = resolve;
}

const formatError = createErrorFormatter(createLogger("silent"), false);
const execution = compiledExecution(schema);
const compiled = new ApolloServer({ gateway: compiledGateway(schema, execution), formatError });
const plain = new ApolloServer({ schema, formatError });

async function answer(server: ApolloServer, query: string) {
  const response = await server.executeOperation({ query });
  if (response.body.kind !== "single") throw new Error("not a single result");
  // In the order Apollo writes them over HTTP.
  const { errors, data, extensions } = response.body.singleResult;
  return JSON.stringify({ status: response.http.status, errors, data, extensions });
}

describe("compiled execution through Apollo Server", () => {
  it.each([
    ["an internal error, masked by our formatter with its path", "{ boom later }"],
    ["an application error with its code", "{ appError later }"],
    ["a lost database connection: SERVICE_UNAVAILABLE", "{ lost later }"],
    ["null propagation from a non-null field of a nullable object", "{ item { id maybe broken } later }"],
    ["null propagation through a non-null list to the root", "{ items { id name } }"],
    ["a non-null root field resolving null", "{ later internal }"],
    ["@skip and @include", "query { item { id name @skip(if: true) maybe @include(if: false) } later @include(if: true) }"],
  ])("%s answers as graphql-js does", async (_name, query) => {
    await Promise.all([compiled.start(), plain.start()].map((p) => p.catch(() => undefined)));
    const before = execution.counts.compiled;
    const [a, b] = [await answer(compiled, query), await answer(plain, query)];
    expect(execution.counts.compiled).toBe(before + 1);
    expect(a).toBe(b);
  });
});

describe("compiled execution without graphql-jit", () => {
  it("answers every query on graphql-js and says once that graphql-jit is missing", async () => {
    const told: unknown[] = [];
    const missing = compiledExecution(schema, {
      load: () => {
        throw new Error("Cannot find module 'graphql-jit'");
      },
      onUnavailable: (error) => told.push(error),
    });
    const server = new ApolloServer({ gateway: compiledGateway(schema, missing), formatError });
    await Promise.all([server.start(), plain.start()].map((p) => p.catch(() => undefined)));
    for (const query of ["{ items { id } }", "{ item { id name } later }"]) expect(await answer(server, query)).toBe(await answer(plain, query));
    expect(missing.counts).toEqual({ compiled: 0, interpreted: 2, compilations: 0 });
    expect(told).toHaveLength(1);
    await server.stop();
  });
});
