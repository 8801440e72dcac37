import { buildSchema, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { operationLimitsRule } from "./limits.js";

const schema = buildSchema(`
  type Node { id: ID! name: String child: Node children(first: Int): [Node!]! }
  type Query { node: Node nodes(first: Int): [Node!]! }
`);
const rule = operationLimitsRule({ maxDepth: 4, maxAliases: 3, maxCost: 100 });
const reasons = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, rule]).map((e) => e.extensions.reason as string | undefined);

describe("operationLimitsRule", () => {
  it.each([
    ["shallow query", "{ node { id child { id } } }", []],
    ["depth at the limit", "{ node { child { child { child { id } } } } }", []],
    ["depth over the limit", "{ node { child { child { child { child { id } } } } } }", ["DEPTH_LIMIT"]],
    ["depth hidden in fragments", "{ node { ...A } } fragment A on Node { child { child { child { child { id } } } } }", ["DEPTH_LIMIT"]],
    ["aliases at the limit", "{ a: node { id } b: node { id } c: node { id } }", []],
    ["aliases over the limit", "{ a: node { id } b: node { id } c: node { id } d: node { id } }", ["ALIAS_LIMIT"]],
    ["cost multiplied by page sizes", "{ nodes(first: 10) { id children(first: 10) { id } } }", ["COST_LIMIT"]],
    ["cost within budget", "{ nodes(first: 10) { id name } }", []],
  ])("%s", (_name, query, expected) => {
    expect(reasons(query)).toEqual(expected);
  });
});
