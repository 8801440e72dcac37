import { buildSchema, execute, parse, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { describe, expect, it } from "vitest";
import { guardSchema } from "./guard-schema.js";
import { defaultLimits } from "./limits.js";

function schemaWith(maxResolvedFields: number, calls: string[]): GraphQLSchema {
  const schema = buildSchema(`
    type Query { rows(n: Int!): [Row!]! one: Row }
    type Row { id: ID! name: String tags: [String!]! child: Child }
    type Child { label: String }
  `);
  const query = schema.getQueryType()!.getFields();
  query.rows!.resolve = (_s, args: { n: number }) => (calls.push("rows"), Promise.resolve(Array.from({ length: args.n }, (_, i) => ({ id: String(i), name: `r${i}`, tags: ["a", "b"] }))));
  query.one!.resolve = () => (calls.push("one"), { id: "x", name: "one", tags: [] });
  (schema.getType("Row") as GraphQLObjectType).getFields().child!.resolve = () => (calls.push("child"), { label: "c" });
  return guardSchema(schema, { ...defaultLimits, maxResolvedFields });
}

const run = async (schema: GraphQLSchema, source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  const plain = await execute({ schema, document, contextValue: {}, variableValues: variables });
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error("not compiled");
  const jit = await compiled.query(undefined, {}, variables);
  return { plain: JSON.parse(JSON.stringify(plain)) as { data?: unknown; errors?: { extensions?: { reason?: string } }[] }, jit: JSON.parse(JSON.stringify(jit)) as { data?: unknown; errors?: { extensions?: { reason?: string } }[] } };
};

describe("field budget with plain fields counted per object", () => {
  it("leaves plain leaf fields without a resolver and counts them with their rows, exactly at the ceiling", async () => {
    // rows (1) + 10 rows × 3 plain fields (id, name, tags; __typename is not counted) = 31
    const query = `{ rows(n: 10) { id name tags __typename } }`;
    expect((schemaWith(31, []).getType("Row") as GraphQLObjectType).getFields().id!.resolve).toBeUndefined();
    const fits = await run(schemaWith(31, []), query);
    expect(fits.plain.errors).toBeUndefined();
    expect(fits.jit).toEqual(fits.plain);
    const calls: string[] = [];
    const over = await run(schemaWith(30, calls), query);
    expect(over.plain.errors?.[0]?.extensions?.reason).toBe("RESPONSE_LIMIT");
    expect(over.plain.data).toBeNull();
    expect(over.jit.data).toEqual(over.plain.data);
    expect(over.jit.errors?.[0]?.extensions?.reason).toBe("RESPONSE_LIMIT");
  });

  it("counts an object field's plain fields before it resolves, and stops the rows before their children resolve", async () => {
    // one (1 + 1 plain) = 2; rows (1) + 5 × name (1) = 6; child per row (1 + label 1) × 5 = 10 → 18
    const query = `query ($skip: Boolean!) { one { name } rows(n: 5) { name id @skip(if: $skip) child { label } } }`;
    const fits = await run(schemaWith(18, []), query, { skip: true });
    expect(fits.plain.errors).toBeUndefined();
    expect(fits.jit).toEqual(fits.plain);
    const calls: string[] = [];
    const over = await run(schemaWith(6, calls), query, { skip: true });
    expect(over.plain.errors?.[0]?.extensions?.reason).toBe("RESPONSE_LIMIT");
    expect(over.jit.data).toEqual(over.plain.data);
    // Neither graphql-js nor the compiled query resolved a row's child after the rows were refused.
    expect(calls.filter((c) => c === "child")).toEqual([]);
    // Not skipped: 5 more plain fields.
    expect((await run(schemaWith(18, []), query, { skip: false })).plain.errors?.[0]?.extensions?.reason).toBe("RESPONSE_LIMIT");
    expect((await run(schemaWith(23, []), query, { skip: false })).plain.errors).toBeUndefined();
  });

  it("counts plain fields of fragments once per response name", async () => {
    const query = `{ rows(n: 4) { ...F ... on Row { id name } name } } fragment F on Row { id }`;
    expect((await run(schemaWith(9, []), query)).plain.errors).toBeUndefined();
    expect((await run(schemaWith(8, []), query)).plain.errors?.[0]?.extensions?.reason).toBe("RESPONSE_LIMIT");
  });
});
