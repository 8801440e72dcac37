import type { DbOrTx } from "@domovoy/db";
import type { Sql } from "postgres";
import { schema } from "@domovoy/db";
import { NEW_STATUSES, type OrderLabel, type OrderScope, type OrderStatus } from "@domovoy/domain";
import { and, count, eq, getTableColumns, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { PgDialect, type PgColumn } from "drizzle-orm/pg-core";
import { containsPattern, foldedContains } from "../../shared/search.js";
import { StatementCache } from "../../shared/statement-cache.js";
import type { OrderColumnValue, OrderListValue, OrderSortFieldValue } from "./order.type.js";
import type { OrderListRelation, OrderListSelection } from "./order-list-selection.js";
import { scopeCondition, type OrderRow } from "./orders.repository.js";

const { orders, orderExecutors, services, buildings, premises, clients, departments, listPreferences } = schema;

/**
 * What the list shows of an order's relations, fetched by the list's own statement: the few columns
 * a list row displays. A field asking for more of them goes to its DataLoader (`preloaded`).
 */
export type OrderListPreload = {
  service: { id: string; name: string };
  building: { id: string; address: string };
  premise: { id: string; number: string } | null;
  client: { id: string; fullName: string; phone: string } | null;
  department: { id: string; name: string } | null;
  executors: { id: string; fullName: string }[];
};

/** The fields of each relation the list statement fetched (a selection within them needs no query). */
export const LIST_PRELOADED_FIELDS: { [K in keyof OrderListPreload]: ReadonlySet<string> } = {
  service: new Set(["id", "name"]),
  building: new Set(["id", "address"]),
  premise: new Set(["id", "number"]),
  client: new Set(["id", "fullName", "phone"]),
  department: new Set(["id", "name"]),
  executors: new Set(["id", "fullName"]),
};

/**
 * A row of the list: the order (only the columns its selection reads, when narrowed), what the
 * statement fetched of its relations, and the sort value for the cursor.
 */
export type OrderListRow = OrderRow & { preload: Partial<OrderListPreload>; sortValue: string };

/**
 * What a search term names: an order number prefix, the order whose number it is (shown first), and
 * the buildings, clients and services it matches.
 */
export type SearchMatches = { numberPrefix: string | null; exactOrderId: string | null; buildingIds: string[]; clientIds: string[]; serviceIds: string[] };

export const PHONE_SEARCH_MIN_DIGITS = 5;

export type OrderQuery = {
  tab: "NEW" | "ALL" | "MINE";
  viewerEmployeeId: string | null;
  /** Whose orders: `orderScope(viewer)`. */
  scope: OrderScope;
  search: SearchMatches | null;
  statuses?: OrderStatus[] | null;
  serviceIds?: string[] | null;
  departmentIds?: string[] | null;
  executorIds?: string[] | null;
  channels?: string[] | null;
  buildingIds?: string[] | null;
  quarterIds?: string[] | null;
  objectGroupIds?: string[] | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  updatedFrom?: Date | null;
  updatedTo?: Date | null;
  slaBreached?: boolean | null;
  labels?: OrderLabel[] | null;
  ratingScores?: number[] | null;
  unrated?: boolean | null;
  incident: "NOT_ATTACHED" | "ATTACHED" | "ANY";
  now: Date;
  /**
   * Staff lists put orders with an unseen important comment first. A resident's list does not: the
   * flag is staff-only, and neither the order of the rows nor the cursor may give it away. Absent: true.
   */
  importantFirst?: boolean;
};

/** The search box's conditions, one per kind of match (number prefix, buildings, clients, services). */
function searchBranches(search: SearchMatches): SQL[] {
  const { numberPrefix, buildingIds, clientIds, serviceIds } = search;
  return [
    numberPrefix ? sql`${orders.number}::text like ${`${numberPrefix}%`}` : undefined,
    buildingIds.length ? inArray(orders.buildingId, buildingIds) : undefined,
    clientIds.length ? inArray(orders.clientId, clientIds) : undefined,
    serviceIds.length ? inArray(orders.serviceId, serviceIds) : undefined,
  ].filter((part): part is SQL => part !== undefined);
}

/**
 * A search's ids as an array of one parameter each (not one array parameter): PostgreSQL then knows
 * how many there are in its generic plan too, prices it as it prices each execution's own plan and
 * keeps it — planned once per connection and shape. With one array parameter it guesses 10 and keeps
 * planning the statement on every execution (pg_prepared_statements: 0 generic plans of 320 against
 * 315; 0.5 ms more database CPU per search on the bench).
 */
function idArray(ids: string[]): SQL {
  return sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;
}

/**
 * A search's number branch: `like $n` over the number's text index (orders_org_number_text_idx) is
 * usable only with the pattern in the plan, and no generic plan is good for every prefix ("7" names
 * 111,111 orders, "730131" one), so a statement with it is planned for its values on every execution.
 */
function numberPrefixCondition(prefix: string): SQL {
  return sql`${orders.number}::text like ${`${prefix}%`}`;
}

/** The list tabs' totals pushed live: «Новые» exact, «Все» exact up to the list's cap. */
export type TabCounts = { new: number; all: number; allExact: boolean };

function capped(newCount: number, all: number, cap: number): TabCounts {
  return all > cap ? { new: newCount, all: cap, allExact: false } : { new: newCount, all, allExact: true };
}

export type OrderSort = { field: OrderSortFieldValue; direction: "ASC" | "DESC" };
/** [important first, sort value as text, id] */
export type OrderCursor = [boolean, string, string];

const sortColumn: Record<OrderSortFieldValue, SQL> = {
  UPDATED_AT: sql`${orders.updatedAt}`,
  CREATED_AT: sql`${orders.createdAt}`,
  NUMBER: sql`${orders.number}`,
  EXECUTION_DUE_AT: sql`coalesce(${orders.executionDueAt}, 'infinity'::timestamptz)`,
};
const sortCast: Record<OrderSortFieldValue, SQL> = {
  UPDATED_AT: sql`timestamptz`,
  CREATED_AT: sql`timestamptz`,
  NUMBER: sql`integer`,
  EXECUTION_DUE_AT: sql`timestamptz`,
};

/** SQL twin of computeLabels (@domovoy/domain): the label filter must agree with the labels shown. */
export function labelCondition(label: OrderLabel, at: Date): SQL {
  const now = sql`${at.toISOString()}::timestamptz`;
  switch (label) {
    case "SLA_REACTION_BREACHED":
      return sql`(${orders.status} in ('PENDING', 'APPROVAL', 'NEEDS_CLARIFICATION') and ${orders.firstInProgressAt} is null and ${orders.reactionDueAt} < ${now} and ${orders.slaReaction} is distinct from 'KEPT')`;
    case "SLA_EXECUTION_BREACHED":
      // A kept outcome stands even when a reopened order runs past the deadline (evaluateSla's `recorded`).
      return sql`(${orders.status} not in ('DONE', 'CANCELLED') and ${orders.firstInProgressAt} is not null and ${orders.executionDueAt} < ${now} and ${orders.slaExecution} is distinct from 'KEPT')`;
    case "IMPORTANT_COMMENT":
      return sql`${orders.importantCommentUnseen}`;
    case "PAUSE_OVERDUE":
      return sql`(${orders.status} = 'PAUSED' and ${orders.resumeBy} < ${now})`;
    case "INVOICE_DRAFT":
      return sql`${orders.invoiceState} = 'DRAFT'`;
    case "INVOICE_ISSUED":
      return sql`${orders.invoiceState} = 'ISSUED'`;
    case "INVOICE_MARKED_PAID":
      return sql`${orders.invoiceState} = 'MARKED_PAID'`;
    case "INVOICE_PAID":
      return sql`${orders.invoiceState} = 'PAID'`;
    case "REFUND_REQUESTED":
      return sql`${orders.refundState} = 'REQUESTED'`;
    case "REFUND_CONFIRMED":
      return sql`${orders.refundState} = 'CONFIRMED'`;
  }
}

const NEW_CONDITION = sql.raw(`"orders"."status" in (${NEW_STATUSES.map((s) => `'${s}'`).join(", ")})`);

const dialect = new PgDialect({ casing: "snake_case" });

/**
 * The order's columns under their property names (rows need no renaming), so the order fields and
 * labels read the same row whether it came from the list or from the card.
 */
const ORDER_COLUMNS = Object.entries(getTableColumns(orders)) as [keyof OrderRow, PgColumn][];
const ALL_ORDER_COLUMNS: ReadonlySet<keyof OrderRow> = new Set(ORDER_COLUMNS.map(([key]) => key));
/** The driver hands timestamps over as text (drizzle maps them, this statement bypasses drizzle). */
const TIMESTAMP_KEYS = ORDER_COLUMNS.filter(([, column]) => column.columnType === "PgTimestamp").map(([key]) => key);

/**
 * What the list statement adds of each relation (see LIST_PRELOADED_FIELDS): each a subquery on the
 * relation's primary key, run for the page's rows only (after the sort and limit), not a join. Five
 * joins made PostgreSQL weigh every join order whenever it planned the statement — 2–3.5 ms of
 * planning against ~1 ms of execution, paid on every search (EXPLAIN (ANALYZE, SUMMARY) on the bench
 * database: planning 1.9 → 0.35 ms, execution 1.5 → 1.1 ms). A missing premise, client or department
 * reads as null, as a left join's would.
 */
const RELATION_COLUMNS: Record<OrderListRelation, string> = {
  service: `(select s.name from "services" s where s.id = "orders"."service_id") as "serviceName"`,
  building: `(select b.address from "buildings" b where b.id = "orders"."building_id") as "buildingAddress"`,
  premise: `(select p.number from "premises" p where p.id = "orders"."premise_id") as "premiseNumber"`,
  client: `(select c.full_name from "clients" c where c.id = "orders"."client_id") as "clientFullName",
    (select c.phone from "clients" c where c.id = "orders"."client_id") as "clientPhone"`,
  department: `(select d.name from "departments" d where d.id = "orders"."department_id") as "departmentName"`,
  // The executor's name by primary key too: joined, the small employees table was hashed whole for
  // every row of the page (the statement's execution 0.74 → 0.60 ms on the bench's peers page).
  executors: `(select coalesce(json_agg(json_build_object('id', oe.employee_id, 'fullName', (select e.full_name from "employees" e where e.id = oe.employee_id))
    order by oe.position), '[]'::json) from "order_executors" oe where oe.order_id = "orders"."id") as "executors"`,
};
/** The quarter and object group filters read the order's building: the one join the statement may have. */
const BUILDING_JOIN = `join "buildings" on "buildings"."id" = "orders"."building_id"`;
const RELATIONS = Object.keys(RELATION_COLUMNS) as OrderListRelation[];
const EVERYTHING: OrderListSelection = { columns: ALL_ORDER_COLUMNS, relations: new Set(RELATIONS) };

/** The statement's select list and joins for a selection, rendered once per selection (they hold no values). */
type SelectParts = {
  columns: SQL;
  joins: (buildingJoin: boolean) => SQL;
  timestamps: (keyof OrderRow)[];
  /** The order's timestamp the sort value is (updatedAt for UPDATED_AT …): read from sortValue, not fetched twice. */
  fromSortValue: keyof OrderRow | null;
  key: string;
};
/** The timestamp column a sort orders by as it is (EXECUTION_DUE_AT is coalesced, NUMBER no timestamp). */
const SORT_TIMESTAMP: Partial<Record<OrderSortFieldValue, keyof OrderRow>> = { UPDATED_AT: "updatedAt", CREATED_AT: "createdAt" };
const selectParts = new WeakMap<OrderListSelection, Map<OrderSortFieldValue, SelectParts>>();
function partsOf(selection: OrderListSelection, sortField: OrderSortFieldValue): SelectParts {
  let bySort = selectParts.get(selection);
  if (!bySort) selectParts.set(selection, (bySort = new Map()));
  let parts = bySort.get(sortField);
  if (parts) return parts;
  const relations = RELATIONS.filter((r) => selection.relations.has(r));
  // A relation's id column only when the selection reads it (the preload is built without it otherwise).
  const keys = new Set(selection.columns);
  const sorted = SORT_TIMESTAMP[sortField];
  const fromSortValue = sorted && keys.has(sorted) ? sorted : null;
  if (fromSortValue) keys.delete(fromSortValue);
  const own = ORDER_COLUMNS.filter(([key]) => keys.has(key));
  const columns = sql.raw([...own.map(([key, column]) => `"orders"."${column.name}" as "${key}"`), ...relations.map((r) => RELATION_COLUMNS[r])].join(", "));
  const withBuildings = sql.raw(BUILDING_JOIN);
  const withoutBuildings = sql``;
  const joins = (buildingJoin: boolean) => (buildingJoin ? withBuildings : withoutBuildings);
  const timestamps = TIMESTAMP_KEYS.filter((key) => keys.has(key));
  // What the selection puts in the statement, for the statement cache's key.
  const key = [...own.map(([k]) => k), "|", ...relations].join(",");
  bySort.set(sortField, (parts = { columns, joins, timestamps, fromSortValue, key: `${key}|${fromSortValue ?? ""}` }));
  return parts;
}

/** The list's rendered statements (the page's text and parameters, never its rows), by listStatementKey. */
const listStatements = new StatementCache(500);
/** Longer keys (long id lists in a filter) are rendered every time: the cache stays a few MiB at most. */
const MAX_STATEMENT_KEY = 4_000;

/**
 * Everything the list's statement is built from, as text: the organization, the selection's columns
 * and joins, the query (its clock only where a label or SLA filter reads it), the sort, page size and
 * cursor. Null (render every time) for a search — its matched ids make long, rarely repeated
 * statements — and for keys over MAX_STATEMENT_KEY.
 */
export function listStatementKey(organizationId: string, q: OrderQuery, sort: OrderSort, limit: number, after: OrderCursor | null, selectionKey: string): string | null {
  if (q.search) return null;
  const readsClock = q.slaBreached != null || Boolean(q.labels?.length);
  const key = `${organizationId}|${selectionKey}|${JSON.stringify([{ ...q, now: readsClock ? q.now : null }, sort, limit, after])}`;
  return key.length > MAX_STATEMENT_KEY ? null : key;
}

type ListStatementRow = Record<string, unknown> & {
  serviceName?: string;
  buildingAddress?: string;
  premiseNumber?: string | null;
  clientFullName?: string | null;
  clientPhone?: string | null;
  departmentName?: string | null;
  executors?: { id: string; fullName: string }[];
  sortValue: string;
};

/** The statement's row made a list row in place (a page is 50 of them: no copies). */
function listRow(r: ListStatementRow, selection: OrderListSelection, parts: SelectParts): OrderListRow {
  for (const key of parts.timestamps) {
    const value = r[key];
    if (typeof value === "string") r[key] = new Date(value);
  }
  // The same column's text, as the cursor keeps it (with its microseconds).
  if (parts.fromSortValue) r[parts.fromSortValue] = new Date(r.sortValue);
  const order = r as unknown as OrderListRow;
  const preload: Partial<OrderListPreload> = {};
  const has = selection.relations;
  // The relation's id is absent when no field reads it (order-list-selection.ts); a left join's
  // required column (premise number, client name, department name) tells whether there is one.
  if (has.has("service")) preload.service = { id: order.serviceId, name: r.serviceName! };
  if (has.has("building")) preload.building = { id: order.buildingId, address: r.buildingAddress! };
  if (has.has("premise")) preload.premise = r.premiseNumber != null ? { id: order.premiseId!, number: r.premiseNumber } : null;
  if (has.has("client")) preload.client = r.clientFullName != null ? { id: order.clientId!, fullName: r.clientFullName, phone: r.clientPhone! } : null;
  if (has.has("department")) preload.department = r.departmentName != null ? { id: order.departmentId!, name: r.departmentName } : null;
  if (has.has("executors")) preload.executors = r.executors!;
  order.preload = preload;
  return order;
}

/** The orders list (§7): its one statement, its count, the report's statement, search and saved preferences. */
export class OrderListRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /**
   * The search box: number (exact or prefix), address, client name or phone, service name. The few
   * matching buildings, clients and services come from their own trigram indexes first; the orders
   * are then found by index on those ids, far cheaper than matching text over every order.
   */
  async searchMatches(term: string): Promise<SearchMatches> {
    const org = this.organizationId;
    const digits = term.replace(/\D/g, "");
    // A phone is matched from 5 digits on: fewer name thousands of phones (and every order number).
    const phone = /^[\d\s()+-]+$/.test(term) && digits.length >= PHONE_SEARCH_MIN_DIGITS ? containsPattern(digits) : null;
    const number = /^\d{1,9}$/.test(term) ? Number(term) : null;
    const [row] = await this.db.execute<{ buildings: string[]; clients: string[]; services: string[]; exact: string | null }>(sql`select
      array(select id from ${buildings} where ${buildings.organizationId} = ${org} and ${foldedContains(buildings.address, term)}) as buildings,
      array(select id from ${clients} where ${clients.organizationId} = ${org}
        and (${foldedContains(clients.fullName, term)} or ${clients.phone} like ${phone ?? "-"})) as clients,
      array(select id from ${services} where ${services.organizationId} = ${org} and ${foldedContains(services.name, term)}) as services,
      (select id from ${orders} where ${orders.organizationId} = ${org} and ${orders.number} = ${number ?? -1}) as exact`);
    return {
      numberPrefix: /^\d+$/.test(term) ? term : null,
      exactOrderId: row!.exact,
      buildingIds: row!.buildings,
      clientIds: row!.clients,
      serviceIds: row!.services,
    };
  }

  /** The list's conditions; `search: false` leaves the search box out (the split statements add it per kind of match). */
  private where(q: OrderQuery, options: { search?: boolean } = {}): SQL {
    const c: SQL[] = [eq(orders.organizationId, this.organizationId)];
    // Literal, not parameters: the partial index on new orders only serves a condition the planner can see.
    if (q.tab === "NEW") c.push(NEW_CONDITION);
    const executedBy = (employeeId: string) =>
      sql`exists (select 1 from ${orderExecutors} x where x.order_id = ${orders.id} and x.employee_id = ${employeeId})`;
    if (q.tab === "MINE" && q.viewerEmployeeId) c.push(executedBy(q.viewerEmployeeId));
    const scope = scopeCondition(q.scope, sql`${orders.id}`, sql`${orders.clientId}`);
    if (scope) c.push(scope);
    if (q.search && options.search !== false) {
      const parts = searchBranches(q.search);
      c.push(parts.length ? or(...parts)! : sql`false`);
    }
    if (q.statuses?.length) c.push(inArray(orders.status, q.statuses));
    if (q.serviceIds?.length) c.push(inArray(orders.serviceId, q.serviceIds));
    if (q.departmentIds?.length) c.push(inArray(orders.departmentId, q.departmentIds));
    if (q.executorIds?.length) {
      c.push(sql`exists (select 1 from ${orderExecutors} x where x.order_id = ${orders.id} and x.employee_id in ${q.executorIds})`);
    }
    if (q.channels?.length) c.push(inArray(orders.channel, q.channels as OrderRow["channel"][]));
    if (q.buildingIds?.length) c.push(inArray(orders.buildingId, q.buildingIds));
    if (q.quarterIds?.length) c.push(inArray(buildings.quarterId, q.quarterIds));
    if (q.objectGroupIds?.length) c.push(inArray(buildings.objectGroupId, q.objectGroupIds));
    if (q.createdFrom) c.push(gte(orders.createdAt, q.createdFrom));
    if (q.createdTo) c.push(lte(orders.createdAt, q.createdTo));
    if (q.updatedFrom) c.push(gte(orders.updatedAt, q.updatedFrom));
    if (q.updatedTo) c.push(lte(orders.updatedAt, q.updatedTo));
    // «Нарушен SLA» finds exactly the orders that show an SLA breach label, no others.
    if (q.slaBreached != null) {
      const breached = sql`coalesce(${or(labelCondition("SLA_REACTION_BREACHED", q.now), labelCondition("SLA_EXECUTION_BREACHED", q.now))}, false)`;
      c.push(q.slaBreached ? breached : sql`not ${breached}`);
    }
    if (q.labels?.length) c.push(or(...q.labels.map((label) => labelCondition(label, q.now)))!);
    if (q.ratingScores?.length || q.unrated) {
      c.push(or(q.ratingScores?.length ? inArray(orders.rating, q.ratingScores) : undefined, q.unrated ? isNull(orders.rating) : undefined)!);
    }
    if (q.incident === "NOT_ATTACHED") c.push(isNull(orders.incidentId));
    if (q.incident === "ATTACHED") c.push(isNotNull(orders.incidentId));
    return and(...c)!;
  }

  private needsBuildingJoin(q: OrderQuery): boolean {
    return Boolean(q.quarterIds?.length || q.objectGroupIds?.length);
  }

  /** The lists' order: (for staff) orders with an unseen important comment first, then the sort, then id. */
  private orderBy(sort: OrderSort, importantFirst: boolean): SQL[] {
    const column = sortColumn[sort.field];
    const dir = sort.direction === "DESC" ? sql`desc` : sql`asc`;
    return [...(importantFirst ? [sql`${orders.importantCommentUnseen} desc`] : []), sql`${column} ${dir}`, sql`${orders.id} ${dir}`];
  }

  /**
   * The report's statement (§7): the list's own WHERE and ORDER BY, so the report holds exactly the
   * orders the list shows, with the caller's selection over the same joins. Returned as text and
   * parameters for a cursor, never run here.
   */
  reportStatement(q: OrderQuery, sort: OrderSort, selection: Record<string, SQL.Aliased>): { sql: string; params: unknown[] } {
    return this.db
      .select(selection)
      .from(orders)
      .innerJoin(services, eq(services.id, orders.serviceId))
      .innerJoin(buildings, eq(buildings.id, orders.buildingId))
      .leftJoin(premises, eq(premises.id, orders.premiseId))
      .leftJoin(clients, eq(clients.id, orders.clientId))
      .leftJoin(departments, eq(departments.id, orders.departmentId))
      .where(this.where(q))
      .orderBy(...this.orderBy(sort, q.importantFirst !== false))
      .toSQL();
  }

  /** The list's totalCount statement, as text and parameters (the report counts in its own snapshot). */
  countStatement(q: OrderQuery): { sql: string; params: unknown[] } {
    return this.countQuery(q).toSQL();
  }

  /**
   * A hot statement as a named prepared statement: planned once per connection and text. The text
   * depends only on the filter's shape (values are parameters), so each shape gets one.
   */
  private async prepared<T>(statement: SQL, prepare = true): Promise<T[]> {
    // A transaction handle has no client of its own: there the statement goes through drizzle.
    if (!("$client" in this.db)) return (await this.db.execute(statement)) as unknown as T[];
    const { sql: text, params } = dialect.sqlToQuery(statement);
    return (await (this.db as unknown as { $client: Sql }).$client.unsafe(text, params as never[], { prepare })) as unknown as T[];
  }

  /**
   * `prepared`, with the statement rendered once per `key` (statement-cache.ts): the same text and
   * parameters as `build()` renders, without building and rendering it again on every request.
   */
  private async preparedCached<T>(key: string, build: () => SQL): Promise<T[]> {
    if (!("$client" in this.db)) return (await this.db.execute(build())) as unknown as T[];
    const { sql: text, params } = listStatements.get(key, () => dialect.sqlToQuery(build()));
    return (await (this.db as unknown as { $client: Sql }).$client.unsafe(text, params as never[], { prepare: true })) as unknown as T[];
  }

  /**
   * The list in one statement: the order rows with what the list shows of their service, address,
   * premise, client, department and executors. The page size is part of the text, not a parameter:
   * a cached generic plan for `limit $n` assumes thousands of rows (and JIT-compiles for them).
   * `selection` narrows the row to what the request reads (orderListSelection); absent: everything.
   */
  async list(q: OrderQuery, sort: OrderSort, limit: number, after: OrderCursor | null, selection: OrderListSelection | null = null): Promise<OrderListRow[]> {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`list: bad page size ${limit}`);
    const chosen = selection ?? EVERYTHING;
    const parts = partsOf(chosen, sort.field);
    const build = () => this.listStatement(q, sort, limit, after, parts);
    const key = listStatementKey(this.organizationId, q, sort, limit, after, parts.key);
    // A search's statement has one text per shape (its ids are array parameters), so it is prepared too —
    // except with a number branch (numberPrefixCondition), planned for its values each time.
    const rows =
      key === null ? await this.prepared<ListStatementRow>(build(), !q.search?.numberPrefix) : await this.preparedCached<ListStatementRow>(key, build);
    return rows.map((row) => listRow(row, chosen, parts));
  }

  /** The list's statement (see `list`). */
  private listStatement(q: OrderQuery, sort: OrderSort, limit: number, after: OrderCursor | null, parts: SelectParts): SQL {
    const column = sortColumn[sort.field];
    let where = this.where(q, { search: false });
    // A whole number naming an order shows that order first: on the first page, and on no later one.
    const exact = q.search?.exactOrderId ?? null;
    if (exact && after) where = and(where, sql`${orders.id} <> ${exact}`)!;
    if (after) {
      const [important, value, id] = after;
      const cmp = sort.direction === "DESC" ? sql`<` : sql`>`;
      const next = sql`(${column}, ${orders.id}) ${cmp} (${value}::${sortCast[sort.field]}, ${id}::uuid)`;
      where = and(
        where,
        q.importantFirst !== false ? sql`(${orders.importantCommentUnseen} < ${important} or (${orders.importantCommentUnseen} = ${important} and ${next}))` : next,
      )!;
    }
    const pageOrder = this.orderBy(sort, q.importantFirst !== false);
    const orderBy = [...(exact && !after ? [sql`${orders.id} = ${exact} desc`] : []), ...pageOrder];
    // The search box, split by kind of match: each kind (number, buildings, clients, services) finds
    // its first page by its own index in the list's order, and the page is the best of those few rows —
    // instead of one OR over all kinds that reads every matching order (a client's thousand) to sort them.
    if (q.search) {
      const from = this.needsBuildingJoin(q) ? sql`${orders} join ${buildings} on ${buildings.id} = ${orders.buildingId}` : sql`${orders}`;
      const page = sql.raw(String(limit + 1));
      const order = sql.join(pageOrder, sql`, `);
      const { numberPrefix, buildingIds, clientIds, serviceIds } = q.search;
      const dir = sql.raw(sort.direction === "DESC" ? "desc" : "asc");
      // Each building's or client's own first page off its index (orders_building_idx, orders_client_idx),
      // then the best of those: a client with a thousand orders costs 51 index entries, not a thousand rows.
      const perKey = (key: PgColumn, ids: string[]) => sql`(select h.id from unnest(${idArray(ids)}) as k(v)
        cross join lateral (select ${orders.id} as id, ${orders.importantCommentUnseen} as important, ${column} as value from ${from}
          where ${where} and ${key} = k.v order by ${order} limit ${page}) h
        order by ${q.importantFirst !== false ? sql`h.important desc, ` : sql``}h.value ${dir}, h.id ${dir} limit ${page})`;
      const ids = [
        numberPrefix ? sql`(select ${orders.id} from ${from} where ${where} and ${numberPrefixCondition(numberPrefix)} order by ${order} limit ${page})` : undefined,
        buildingIds.length ? perKey(orders.buildingId, buildingIds) : undefined,
        clientIds.length ? perKey(orders.clientId, clientIds) : undefined,
        serviceIds.length ? sql`(select ${orders.id} from ${from} where ${where} and ${orders.serviceId} = any(${idArray(serviceIds)}) order by ${order} limit ${page})` : undefined,
      ].filter((part): part is SQL => part !== undefined);
      // The order the number names, whatever the newer orders sharing its digits.
      if (exact && !after) ids.push(sql`(select ${exact}::uuid)`);
      where = and(where, ids.length ? sql`${orders.id} = any(array(${sql.join(ids, sql` union all `)}))` : sql`false`)!;
    }
    return sql`select ${parts.columns}, (${column})::text as "sortValue"
      from ${orders}
      ${parts.joins(this.needsBuildingJoin(q))}
      where ${where}
      order by ${sql.join(orderBy, sql`, `)}
      limit ${sql.raw(String(limit + 1))}`;
  }

  private countQuery(q: OrderQuery) {
    const base = this.db.select({ n: count() }).from(orders);
    return this.needsBuildingJoin(q) ? base.innerJoin(buildings, eq(buildings.id, orders.buildingId)).where(this.where(q)) : base.where(this.where(q));
  }

  /**
   * The list's totalCount: exact up to `cap`, otherwise `cap` marked inexact. Counting stops after
   * cap + 1 rows, so a long list costs what 10,000 rows cost, not a scan of every order.
   */
  async countUpTo(q: OrderQuery, cap: number): Promise<{ count: number; exact: boolean }> {
    if (!Number.isInteger(cap) || cap < 1) throw new Error(`countUpTo: bad cap ${cap}`);
    const from = this.needsBuildingJoin(q) ? sql`${orders} join ${buildings} on ${buildings.id} = ${orders.buildingId}` : sql`${orders}`;
    const limit = sql.raw(String(cap + 1));
    // A search counts each kind of match by its own index (index-only where it can), the union
    // dropping orders matched twice.
    const where = this.where(q, { search: false });
    let matched = sql`select 1 from ${from} where ${where}`;
    if (q.search) {
      const { numberPrefix, buildingIds, clientIds, serviceIds } = q.search;
      const perKey = (key: PgColumn, ids: string[]) => sql`(select h.id from unnest(${idArray(ids)}) as k(v)
        cross join lateral (select ${orders.id} as id from ${from} where ${where} and ${key} = k.v limit ${limit}) h)`;
      const branches = [
        numberPrefix ? sql`(select ${orders.id} from ${from} where ${where} and ${numberPrefixCondition(numberPrefix)} limit ${limit})` : undefined,
        buildingIds.length ? perKey(orders.buildingId, buildingIds) : undefined,
        clientIds.length ? perKey(orders.clientId, clientIds) : undefined,
        serviceIds.length ? sql`(select ${orders.id} from ${from} where ${where} and ${orders.serviceId} = any(${idArray(serviceIds)}) limit ${limit})` : undefined,
      ].filter((part): part is SQL => part !== undefined);
      matched = sql`select 1 from (${branches.length ? sql.join(branches, sql` union `) : sql`select null::uuid where false`}) as m`;
    }
    const [row] = await this.prepared<{ n: number }>(sql`select count(*)::int as n from (${matched} limit ${limit}) as capped`, !q.search?.numberPrefix);
    const n = row?.n ?? 0;
    return n > cap ? { count: cap, exact: false } : { count: n, exact: true };
  }

  /** Exact count (counters of small scopes; the Excel report counts in its own snapshot). */
  async count(q: OrderQuery): Promise<number> {
    const [row] = await this.countQuery(q);
    return row?.n ?? 0;
  }

  /**
   * The «Новые» and «Все» tabs' totals of the whole organization (the live counters): «Новые» exact
   * from its partial index, «Все» counted up to `cap` — one statement.
   */
  async tabCounts(cap: number): Promise<TabCounts> {
    if (!Number.isInteger(cap) || cap < 1) throw new Error(`tabCounts: bad cap ${cap}`);
    const org = this.organizationId;
    const [row] = await this.prepared<{ new: number; all: number }>(sql`select
      (select count(*)::int from ${orders} where ${orders.organizationId} = ${org} and ${NEW_CONDITION} and ${orders.incidentId} is null) as "new",
      (select count(*)::int from (select 1 from ${orders} where ${orders.organizationId} = ${org} and ${orders.incidentId} is null
        limit ${sql.raw(String(cap + 1))}) as capped) as "all"`);
    return capped(row?.new ?? 0, row?.all ?? 0, cap);
  }

  /**
   * The same totals for employees who see only their own orders (those they execute or created), all
   * of them in one statement: each employee's (employee, order) pairs from the two index look-ups,
   * an order counted once though its creator executes it too.
   */
  async tabCountsOfOwners(employeeIds: readonly string[], cap: number): Promise<Map<string, TabCounts>> {
    if (employeeIds.length === 0) return new Map();
    const rows = await this.db.execute<{ employee_id: string; new: number; all: number }>(sql`select own.employee_id,
        (count(*) filter (where ${NEW_CONDITION}))::int as "new", count(*)::int as "all"
      from (select x.employee_id, x.order_id from ${orderExecutors} x
              where x.organization_id = ${this.organizationId} and x.employee_id in ${employeeIds}
            union select c.created_by_employee_id, c.id from ${orders} c
              where c.organization_id = ${this.organizationId} and c.created_by_employee_id in ${employeeIds}) own
        join ${orders} on ${orders.id} = own.order_id
      where ${orders.organizationId} = ${this.organizationId} and ${orders.incidentId} is null
      group by own.employee_id`);
    const counts = new Map(rows.map((r) => [r.employee_id, capped(r.new, r.all, cap)]));
    return new Map(employeeIds.map((id) => [id, counts.get(id) ?? capped(0, 0, cap)]));
  }

  async newCount(): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(orders)
      .where(and(eq(orders.organizationId, this.organizationId), NEW_CONDITION, isNull(orders.incidentId)));
    return row?.n ?? 0;
  }

  async preferences(employeeId: string, list: OrderListValue) {
    const [row] = await this.db
      .select()
      .from(listPreferences)
      .where(and(eq(listPreferences.organizationId, this.organizationId), eq(listPreferences.employeeId, employeeId), eq(listPreferences.list, list)));
    return row;
  }

  async savePreferences(
    employeeId: string,
    list: OrderListValue,
    values: { filters?: Record<string, unknown> | null; columns?: OrderColumnValue[] | null; reportFields?: string[] | null },
    now: Date,
  ): Promise<void> {
    await this.db
      .insert(listPreferences)
      .values({ organizationId: this.organizationId, employeeId, list, ...values, updatedAt: now })
      .onConflictDoUpdate({ target: [listPreferences.employeeId, listPreferences.list], set: { ...values, updatedAt: now } });
  }
}
