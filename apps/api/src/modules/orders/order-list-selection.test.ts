import { parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { connectionCountSelected } from "./order-list-selection.js";

/** The resolve info of the `orders` field of a document: its field node and the document's fragments. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const field = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === "Field" && s.name.value === "orders")!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe("connectionCountSelected", () => {
  it.each([
    ["totalCount", "{ orders(first: 5) { totalCount nodes { id } } }", true],
    ["totalCountExact alone", "{ orders { totalCountExact } }", true],
    ["no total", "{ orders(first: 5) { nodes { id totalCount: number } pageInfo { hasNextPage } } }", false],
    ["through a fragment", "{ orders { ...Page } } fragment Page on OrderConnection { totalCount }", true],
    ["through an inline fragment", "{ orders { ... on OrderConnection { totalCount } } }", true],
    ["a fragment without it", "{ orders { ...Page } } fragment Page on OrderConnection { nodes { id } }", false],
  ])("%s", (_name, document, selected) => {
    expect(connectionCountSelected(infoOf(document))).toBe(selected);
  });
});
