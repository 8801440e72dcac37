import type { OrderListItemFragment, OrderSortInput, OrderTab } from "$lib/graphql/generated/graphql";
import { countFilters, filterInput, type OrderFilterDraft } from "./filter";
import { NEW_STATUSES } from "./meta";

/** What an orders list shows: the tab, its search and filters, the sort, and whose «Мои заявки». */
export type ListView = { tab: OrderTab; search: string; filter: OrderFilterDraft; sort: OrderSortInput; me: string | null };

type Row = Pick<OrderListItemFragment, "id" | "number" | "status" | "labels" | "createdAt" | "updatedAt" | "executionDueAt">;
type Changed = Row & Pick<OrderListItemFragment, "channel" | "service" | "department" | "building" | "executors" | "incident" | "rating">;

/**
 * «Новые» or «Все» with no search and no filter: the list holds exactly the orders of the viewer's
 * scope in that tab, so its total is the pushed `orderTabCountsChanged` and a changed order's own
 * fields tell where it goes — no page is fetched again for a live change.
 */
export function isPlainTab(view: ListView): boolean {
  return (view.tab === "NEW" || view.tab === "ALL") && view.search.trim() === "" && countFilters(view.filter) === 0;
}

const within = (value: string, from: string | null | undefined, to: string | null | undefined) =>
  (!from || Date.parse(value) >= Date.parse(from)) && (!to || Date.parse(value) <= Date.parse(to));

/**
 * Whether a changed order may belong to the view: false only when its own fields prove it cannot
 * (so an order that leaves the view is dropped and one that cannot enter it costs nothing). A search
 * and the filters the pushed row cannot answer (quarter, object group, SLA breach) count as «may».
 */
export function mayBelong(order: Changed, view: ListView): boolean {
  if (view.tab === "NEW" && !NEW_STATUSES.includes(order.status)) return false;
  if (view.tab === "MINE" && view.me && !order.executors.some((e) => e.id === view.me)) return false;
  const f = filterInput(view.filter);
  const any = <T>(chosen: readonly T[] | null | undefined, value: T) => !chosen?.length || chosen.includes(value);
  if (f.incident === "NOT_ATTACHED" && order.incident) return false;
  if (f.incident === "ATTACHED" && !order.incident) return false;
  if (!any(f.statuses, order.status) || !any(f.serviceIds, order.service.id) || !any(f.channels, order.channel)) return false;
  if (f.departmentIds?.length && !(order.department && f.departmentIds.includes(order.department.id))) return false;
  if (!any(f.buildingIds, order.building.id)) return false;
  if (f.executorIds?.length && !order.executors.some((e) => f.executorIds!.includes(e.id))) return false;
  if (f.labels?.length && !order.labels.some((label) => f.labels!.includes(label))) return false;
  if (f.ratingScores?.length || f.unrated) {
    const score = order.rating?.score ?? null;
    if (!(score === null ? f.unrated : f.ratingScores?.includes(score))) return false;
  }
  return within(order.createdAt, f.createdFrom, f.createdTo) && within(order.updatedAt, f.updatedFrom, f.updatedTo);
}

const sortValue: Record<OrderSortInput["field"], (row: Row) => number> = {
  UPDATED_AT: (row) => Date.parse(row.updatedAt),
  CREATED_AT: (row) => Date.parse(row.createdAt),
  NUMBER: (row) => row.number,
  EXECUTION_DUE_AT: (row) => (row.executionDueAt ? Date.parse(row.executionDueAt) : Infinity),
};

/** The server's order of the list: unseen important comments first, then the sort, then the id, both in the sort's direction. */
export function compareRows(a: Row, b: Row, sort: OrderSortInput): number {
  const important = Number(b.labels.includes("IMPORTANT_COMMENT")) - Number(a.labels.includes("IMPORTANT_COMMENT"));
  if (important !== 0) return important;
  const dir = sort.direction === "DESC" ? -1 : 1;
  const value = sortValue[sort.field](a) - sortValue[sort.field](b);
  if (value !== 0) return dir * value;
  return dir * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The loaded rows with a changed order put where the server would list it (and out of its old
 * place). Past the last loaded row it belongs to a page not loaded yet: it is left out when more
 * pages exist, appended otherwise. `belongs` false takes it out.
 */
export function placeRow<T extends Row>(rows: readonly T[], order: T, sort: OrderSortInput, belongs: boolean, hasNextPage: boolean): T[] {
  const rest = rows.filter((row) => row.id !== order.id);
  if (!belongs) return rest;
  const index = rest.findIndex((row) => compareRows(order, row, sort) < 0);
  if (index === -1) return hasNextPage ? rest : [...rest, order];
  return [...rest.slice(0, index), order, ...rest.slice(index)];
}
