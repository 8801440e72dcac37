import { buildSchema, getOperationAST, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { defaultLimits, measureOperation, operationCostCheck, operationCostErrors, operationLimitsRule } from "./limits.js";

const schema = buildSchema(`
  type Node { id: ID! name: String child: Node children(first: Int): [Node!]! tags: [Node!]! }
  type PageInfo { hasNextPage: Boolean! }
  type NodeConnection { nodes: [Node!]! edges: [Node!]! totalCount: Int! pageInfo: PageInfo! }
  type Query { node: Node nodes(first: Int): [Node!]! page(first: Int, after: String): NodeConnection! }
`);
const limits = { ...defaultLimits, maxDepth: 4, maxAliases: 3, maxFields: 50, maxCost: 100, defaultListSize: 5 };
const rule = operationLimitsRule(limits);

/** Reasons from validation, then (when it passes) from the cost check with these variables. */
function reasons(query: string, variables: Record<string, unknown> = {}): string[] {
  const document = parse(query);
  const invalid = validate(schema, document, [...specifiedRules, rule]);
  if (invalid.length > 0) return invalid.map((e) => e.extensions.reason as string);
  return operationCostErrors(schema, document, getOperationAST(document)!, variables, limits).map((e) => e.extensions.reason as string);
}

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, getOperationAST(document)!, variables, limits).cost;
};

describe("operation limits", () => {
  it.each([
    ["shallow query", "{ node { id child { id } } }", []],
    ["depth at the limit", "{ node { child { child { child { id } } } } }", []],
    ["depth over the limit", "{ node { child { child { child { child { id } } } } } }", ["DEPTH_LIMIT"]],
    ["depth hidden in fragments", "{ node { ...A } } fragment A on Node { child { child { child { child { id } } } } }", ["DEPTH_LIMIT"]],
    ["aliases at the limit", "{ a: node { id } b: node { id } c: node { id } }", []],
    ["aliases over the limit", "{ a: node { id } b: node { id } c: node { id } d: node { id } }", ["ALIAS_LIMIT"]],
    ["__typename aliases count", "{ a: __typename b: __typename c: __typename d: __typename }", ["ALIAS_LIMIT"]],
    ["repeated fields count", `{ ${"__typename ".repeat(51)} }`, ["FIELD_LIMIT"]],
    ["fragments spread into fragments are counted once expanded", `{ ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(" ")} fragment F30 on Query { __typename }`, ["FIELD_LIMIT"]],
    ["cost multiplied by page sizes", "{ nodes(first: 10) { id children(first: 10) { id } } }", ["COST_LIMIT"]],
    ["cost within budget", "{ nodes(first: 10) { id name } }", []],
    ["nested lists without a page size are costed", "{ nodes(first: 4) { tags { tags { id } } } }", ["COST_LIMIT"]],
  ])("%s", (_name, query, expected) => {
    expect(reasons(query)).toEqual(expected);
  });

  it("costs a page size given as a variable by its value", () => {
    const query = "query ($n: Int) { nodes(first: $n) { id name } }";
    expect(cost(query, { n: 2 })).toBe(1 + 2 * 2);
    expect(cost(query, { n: 40 })).toBe(1 + 40 * 2);
    expect(reasons(query, { n: 2 })).toEqual([]);
    expect(reasons(query, { n: 1000 })).toEqual(["COST_LIMIT"]);
    // Without a value the server's default page size (25) applies.
    expect(cost(query)).toBe(1 + 25 * 2);
    expect(cost("query ($n: Int = 3) { nodes(first: $n) { id } }")).toBe(1 + 3);
  });

  it("applies a connection's page size to its lists, not to totalCount and pageInfo", () => {
    expect(cost("{ page(first: 10) { totalCount pageInfo { hasNextPage } nodes { id name } } }")).toBe(1 + 1 + 1 + 1 + 1 + 10 * 2);
    expect(cost("{ page { nodes { id } } }")).toBe(1 + 1 + 25);
  });

  it("costs a plain list at the default list size", () => {
    expect(cost("{ node { tags { id } } }")).toBe(1 + 1 + 5);
    expect(cost("{ node { tags { tags { id } } } }")).toBe(1 + 1 + 5 + 25);
  });

  it("answers a kept measure exactly as a fresh one, by operation and variables", () => {
    const check = operationCostCheck(limits, { perOperation: 2, maxVariablesChars: 40 });
    const document = parse("query ($n: Int, $s: String) { nodes(first: $n) { id name } }");
    const operation = getOperationAST(document)!;
    const both = (variables: Record<string, unknown> | undefined) => {
      const fresh = operationCostErrors(schema, document, operation, variables, limits).map((e) => e.toJSON());
      expect(check(schema, document, operation, variables).map((e) => e.toJSON())).toEqual(fresh);
      expect(check(schema, document, operation, variables).map((e) => e.toJSON())).toEqual(fresh);
      return fresh.map((e) => e.extensions?.reason);
    };
    expect(both({ n: 2 })).toEqual([]);
    expect(both({ n: 1000 })).toEqual(["COST_LIMIT"]);
    expect(both({ n: 2 })).toEqual([]);
    expect(both(undefined)).toEqual([]);
    // Variables that do not coerce count as absent, as when measured fresh.
    expect(both({ n: 1000, s: { not: "a string" } })).toEqual([]);
    // Long variables are measured every time.
    expect(both({ n: 1000, s: "x".repeat(100) })).toEqual(["COST_LIMIT"]);
    const other = parse("{ nodes(first: 60) { id } }");
    expect(check(schema, other, getOperationAST(other)!, {}).map((e) => e.extensions.reason)).toEqual([]);
  });
});
