import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

/** Whether a sub-selection asks only for `fields` (and __typename), as plain fields without directives. */
export function selectionSetWithin(set: SelectionSetNode | undefined, fields: ReadonlySet<string>): boolean {
  return (set?.selections ?? []).every((s) => s.kind === "Field" && !s.directives?.length && (s.name.value === "__typename" || fields.has(s.name.value)));
}

const within = new WeakMap<readonly FieldNode[], WeakMap<ReadonlySet<string>, boolean>>();

/**
 * Whether the field's sub-selection asks only for `fields` (and __typename): then a row fetched
 * with just those columns answers it. Fragments and directives inside the selection answer no
 * (the caller loads the whole row). Cached per field node: every row of a list shares it.
 */
export function selectionWithin(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  let byFields = within.get(info.fieldNodes);
  if (!byFields) within.set(info.fieldNodes, (byFields = new WeakMap()));
  let answer = byFields.get(fields);
  if (answer === undefined) {
    answer = info.fieldNodes.every((node) => selectionSetWithin(node.selectionSet, fields));
    byFields.set(fields, answer);
  }
  return answer;
}
