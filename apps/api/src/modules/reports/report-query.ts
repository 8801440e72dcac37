import type { OrderScope } from "@domovoy/domain";
import type { OrderQuery, OrderSort } from "../orders/order-list.repository.js";
import { ORDER_SORT_FIELDS } from "../orders/order.type.js";

/**
 * What a report export row keeps of the list (`report_exports.query`): the input as given and the
 * list query it resolved to, as JSON (dates as ISO strings). Read back only through
 * `parseStoredReportQuery`, which revives the dates and checks the shape.
 */
export type StoredReportQueryJson = {
  tab: string | null;
  search: string | null;
  filter: unknown;
  sort: OrderSort;
  list: Record<string, unknown>;
};

export type StoredReportQuery = Omit<StoredReportQueryJson, "list"> & { list: OrderQuery };

export class StoredReportQueryError extends Error {}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const TABS = ["NEW", "ALL", "MINE"];
const INCIDENT = ["NOT_ATTACHED", "ATTACHED", "ANY"];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function scopeOf(list: Record<string, unknown>): OrderScope {
  const scope = list.scope;
  if (isObject(scope)) {
    if (scope.kind === "ALL" || scope.kind === "NONE") return { kind: scope.kind };
    // EXECUTED_BY: the name of OWN before an employee's own orders took in those they created.
    if ((scope.kind === "OWN" || scope.kind === "EXECUTED_BY") && typeof scope.employeeId === "string") return { kind: "OWN", employeeId: scope.employeeId };
    if (scope.kind === "CLIENT" && typeof scope.clientId === "string") return { kind: "CLIENT", clientId: scope.clientId };
    throw new StoredReportQueryError(`list.scope is ${JSON.stringify(scope)}`);
  }
  // Reports queued before the scope was stored as data named only the executor filter.
  return typeof list.onlyExecutedBy === "string" ? { kind: "OWN", employeeId: list.onlyExecutedBy } : { kind: "ALL" };
}

export function parseStoredReportQuery(json: unknown): StoredReportQuery {
  if (!isObject(json) || !isObject(json.list) || !isObject(json.sort)) throw new StoredReportQueryError("not a stored report query");
  const { field, direction } = json.sort;
  if (!(ORDER_SORT_FIELDS as readonly unknown[]).includes(field) || (direction !== "ASC" && direction !== "DESC")) {
    throw new StoredReportQueryError(`sort is ${JSON.stringify(json.sort)}`);
  }
  const { onlyExecutedBy: _legacy, scope: _scope, ...rest } = json.list;
  const list = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, typeof v === "string" && ISO_INSTANT.test(v) ? new Date(v) : v]));
  if (!TABS.includes(list.tab as string) || !INCIDENT.includes(list.incident as string) || !(list.now instanceof Date)) {
    throw new StoredReportQueryError("list has no tab, incident or now");
  }
  return {
    tab: typeof json.tab === "string" ? json.tab : null,
    search: typeof json.search === "string" ? json.search : null,
    filter: json.filter ?? null,
    sort: { field: field as OrderSort["field"], direction },
    // The rest are the list's optional filters, written by OrdersService.query and revived above.
    list: { ...(list as Omit<OrderQuery, "scope">), scope: scopeOf(json.list) },
  };
}
