import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import { selectionSetWithin } from "../../shared/selection.js";
import { LIST_PRELOADED_FIELDS, type OrderListPreload } from "./order-list.repository.js";
import type { OrderRow } from "./orders.repository.js";

export type OrderListRelation = keyof OrderListPreload;

/**
 * What a page of the list must fetch for the fields a request selects: the order's own columns
 * and the relations the list statement joins. `null`: everything (a field not described below).
 */
export type OrderListSelection = { columns: ReadonlySet<keyof OrderRow>; relations: ReadonlySet<OrderListRelation> };

/** What each field of `Order` reads of the row (its resolver in orders.resolver.ts and order-rules.ts). */
const SLA_AND_LABELS: (keyof OrderRow)[] = [
  "status",
  "createdAt",
  "firstInProgressAt",
  "doneAt",
  "cancelledAt",
  "reactionDueAt",
  "executionDueAt",
  "slaReaction",
  "slaExecution",
  "importantCommentUnseen",
  "resumeBy",
  "invoiceState",
  "refundState",
];

const FIELDS: Record<string, { columns: (keyof OrderRow)[]; relation?: OrderListRelation }> = {
  __typename: { columns: [] },
  id: { columns: ["id"] },
  number: { columns: ["number"] },
  channel: { columns: ["channel"] },
  status: { columns: ["status"] },
  description: { columns: ["description"] },
  resumeBy: { columns: ["resumeBy"] },
  incidentId: { columns: ["incidentId"] },
  createdAt: { columns: ["createdAt"] },
  updatedAt: { columns: ["updatedAt"] },
  firstInProgressAt: { columns: ["firstInProgressAt"] },
  doneAt: { columns: ["doneAt"] },
  reactionDueAt: { columns: ["reactionDueAt"] },
  executionDueAt: { columns: ["executionDueAt"] },
  version: { columns: ["version"] },
  revision: { columns: ["revision"] },
  statusComment: { columns: ["statusComment"] },
  importantCommentUnseen: { columns: ["importantCommentUnseen"] },
  baseDataLocked: { columns: ["status", "invoiceState"] },
  allowedStatuses: { columns: ["status"] },
  labels: { columns: SLA_AND_LABELS },
  slaReaction: { columns: SLA_AND_LABELS },
  slaExecution: { columns: SLA_AND_LABELS },
  // ratings.resolver.ts: the rating's presence, then the order's ratings by id and its completions.
  rating: { columns: ["id", "rating", "completions"] },
  service: { columns: ["serviceId"], relation: "service" },
  building: { columns: ["buildingId"], relation: "building" },
  premise: { columns: ["premiseId"], relation: "premise" },
  client: { columns: ["clientId"], relation: "client" },
  department: { columns: ["departmentId"], relation: "department" },
  executors: { columns: ["id"], relation: "executors" },
  responsible: { columns: ["id"], relation: "executors" },
};

/** Every page needs these: the cursor (important flag, id) besides the sort value. */
const ALWAYS: (keyof OrderRow)[] = ["id", "importantCommentUnseen"];

const cache = new WeakMap<object, OrderListSelection | null>();

/**
 * The selection of an `orders` connection field (nodes and edges.node, through fragments), as
 * columns and relations; null when it names a field this module does not describe, and the page
 * then fetches every column. Cached per field node of the parsed document (Apollo keeps parsed
 * documents), so a repeated operation walks it once.
 */
export function orderListSelection(info: GraphQLResolveInfo): OrderListSelection | null {
  const key = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : undefined;
  const cached = key && cache.get(key);
  if (cached !== undefined) return cached;
  const fields = new Set<string>();
  // Relations whose every occurrence asks only for what the list statement fetches of it, without its
  // id: their id column is not read (a field resolver falls back to its loader by id only otherwise).
  const withoutId = new Map<string, boolean>();
  const collect = (set: SelectionSetNode | undefined, into: (name: string, node: SelectionSetNode | undefined) => void) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === "Field") into(s.name.value, s.selectionSet);
      else if (s.kind === "InlineFragment") collect(s.selectionSet, into);
      else collect(info.fragments[s.name.value]?.selectionSet, into);
    }
  };
  const orderFields = (name: string, set: SelectionSetNode | undefined) => {
    fields.add(name);
    const preloaded = (LIST_PRELOADED_FIELDS as Record<string, ReadonlySet<string>>)[name];
    if (!preloaded) return;
    const narrow = selectionSetWithin(set, preloaded) && !set!.selections.some((s) => s.kind === "Field" && s.name.value === "id");
    withoutId.set(name, (withoutId.get(name) ?? true) && narrow);
  };
  for (const node of info.fieldNodes) {
    collect(node.selectionSet, (name, set) => {
      if (name === "nodes") collect(set, orderFields);
      else if (name === "edges") collect(set, (edgeField, nodeSet) => edgeField === "node" && collect(nodeSet, orderFields));
    });
  }
  let selection: OrderListSelection | null = { columns: new Set(ALWAYS), relations: new Set() };
  for (const name of fields) {
    const field = FIELDS[name];
    if (!field) {
      selection = null;
      break;
    }
    if (field.relation) (selection.relations as Set<OrderListRelation>).add(field.relation);
    // A relation's own id column (serviceId …) only when something reads it; executors' is the order's id.
    if (field.relation && field.relation !== "executors" && withoutId.get(name) === true) continue;
    for (const column of field.columns) (selection.columns as Set<keyof OrderRow>).add(column);
  }
  if (key) cache.set(key, selection);
  return selection;
}
