import { CLOSED_STATUSES, ORDER_STATUSES, orderScope, scopeAdmits, workloadLevel, type OrderLabel, type SlaEvaluation } from "@domovoy/domain";
import type { DbOrTx } from "@domovoy/db";
import type { AppDeps } from "../../deps.js";
import { requireAuthenticated, requireEmployee } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { cursorCodec, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { filtered } from "../../shared/filtered.js";
import { perEvent } from "../../shared/per-event.js";
import { Topic, type TopicPayloads } from "../../pubsub.js";
import { searchTerm } from "../../shared/search.js";
import type { OrderFilter, OrderSortInput } from "./order-filter.type.js";
import type { OrderListSelection } from "./order-list-selection.js";
import { OrderListRepository, type OrderCursor, type OrderListRow, type OrderQuery } from "./order-list.repository.js";
import { OrderRefsRepository } from "./order-refs.repository.js";
import { checkOrderFilter } from "./order-input.js";
import { evaluateOrder } from "./order-rules.js";
import { OrdersRepository, type OrderEventRow, type OrderRow } from "./orders.repository.js";

/**
 * The list's cursor: important-comment flag, the sort column's value as PostgreSQL prints it, id.
 * The value's kind follows the sort, so a cursor of one sort is refused under another.
 */
const instantSortCursor = cursorCodec(["boolean", "pgTimestamp", "uuid"] as const);
const numberSortCursor = cursorCodec(["boolean", "integerText", "uuid"] as const);

/**
 * The orders list counts exactly up to this many; a longer list says «более 10 000» (an exact count
 * of a million orders is a scan of every one of them on every page).
 */
export const LIST_COUNT_LIMIT = 10_000;

/** Statuses that count towards an executor's workload. */
const OPEN_STATUSES = ORDER_STATUSES.filter((status) => !CLOSED_STATUSES.includes(status));

export type OrderListArgs = {
  tab?: "NEW" | "ALL" | "MINE" | null;
  search?: string | null;
  filter?: OrderFilter | null;
  sort?: OrderSortInput | null;
  first?: number | null;
  after?: string | null;
};

/** Reading orders and who may see them (`orderScope`): the card, the lists, the counters, the history. */
export class OrdersService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string, db: DbOrTx = this.deps.database.db) {
    return new OrdersRepository(db, organizationId);
  }

  private listRepo(organizationId: string) {
    return new OrderListRepository(this.deps.database.db, organizationId);
  }

  /** The order if the viewer may see it: staff with ORDERS_READ_ALL, its executors or creator, or its resident. */
  get(viewer: Viewer, id: string): Promise<OrderRow> {
    return this.findVisible(viewer, (repo) => repo.byId(id));
  }

  getByNumber(viewer: Viewer, number: number): Promise<OrderRow> {
    return this.findVisible(viewer, (repo) => repo.byNumber(number));
  }

  private async findVisible(viewer: Viewer, find: (repo: OrdersRepository) => Promise<OrderRow | undefined>): Promise<OrderRow> {
    const v = requireAuthenticated(viewer);
    if (v.kind === "INTEGRATION") throw forbidden();
    const order = await find(this.repo(v.organizationId));
    if (!order || !(await this.canSee(v, order))) throw notFound("Заявка");
    return order;
  }

  /** Whether the viewer's scope admits the order (read in `db`, e.g. the transaction holding its lock). */
  async canSee(viewer: Viewer, order: Pick<OrderRow, "id" | "clientId" | "organizationId">, db?: DbOrTx): Promise<boolean> {
    return scopeAdmits(orderScope(viewer), order, () => this.repo(order.organizationId, db).ownerIds(order.id));
  }

  /**
   * Whether a subscriber may hear about a changed order (cheap checks first). The order's owners
   * (executors and creator), when the scope needs them, are read once per event for all subscribers.
   */
  visible(viewer: Viewer, event: { orderId: string; clientId: string | null }): Promise<boolean> {
    if (viewer.kind !== "EMPLOYEE" && viewer.kind !== "RESIDENT") return Promise.resolve(false);
    const organizationId = viewer.organizationId;
    return scopeAdmits(orderScope(viewer), event, () => perEvent(event, "ownerIds", () => this.repo(organizationId).ownerIds(event.orderId)));
  }

  /**
   * One order's changes (orderUpdated, residentOrderUpdated): the order must exist and be visible
   * when subscribing — NOT_FOUND otherwise, as the query answers — then each change of it that the
   * viewer may still see.
   */
  async updates(viewer: Viewer, id: string): Promise<AsyncIterableIterator<TopicPayloads["ORDER_CHANGED"]>> {
    const order = await this.get(viewer, id);
    const events = this.deps.pubsub.subscribe(Topic.ORDER_CHANGED, order.organizationId) as AsyncIterable<TopicPayloads["ORDER_CHANGED"]>;
    return filtered(events, async (event) => event.orderId === order.id && (await this.visible(viewer, event)));
  }

  /** The changed order pushed to one subscriber: its row is read once per event, visibility checked per subscriber. */
  async changed(viewer: Viewer, event: { orderId: string; clientId: string | null }): Promise<OrderRow> {
    const v = requireAuthenticated(viewer);
    if (v.kind === "INTEGRATION") throw forbidden();
    const order = await perEvent(event, "order", () => this.repo(v.organizationId).byId(event.orderId));
    const ownerIds = () => perEvent(event, "ownerIds", () => this.repo(v.organizationId).ownerIds(event.orderId));
    if (!order || !(await scopeAdmits(orderScope(v), order, ownerIds))) throw notFound("Заявка");
    return order;
  }

  /** A page of the list; `selection` (orderListSelection) narrows each row to the fields asked for. */
  async list(viewer: Viewer, args: OrderListArgs, selection: OrderListSelection | null = null): Promise<Page<OrderListRow>> {
    const v = requireAuthenticated(viewer);
    if (v.kind === "INTEGRATION") throw forbidden();
    const repo = this.listRepo(v.organizationId);
    const query = await this.query(v, args);
    const sort = { field: args.sort?.field ?? "UPDATED_AT", direction: args.sort?.direction ?? "DESC" } as const;
    const limit = pageSize(args.first);
    const after: OrderCursor | null = (sort.field === "NUMBER" ? numberSortCursor : instantSortCursor).decode(args.after);
    const rows = await repo.list(query, sort, limit, after, selection);
    let counted: Promise<{ count: number; exact: boolean }> | undefined;
    const count = () => (counted ??= repo.countUpTo(query, LIST_COUNT_LIMIT));
    // Not spread: the page's edges are written only if read.
    const page = toPage(rows, limit, (o) => [query.importantFirst !== false && o.importantCommentUnseen, o.sortValue, o.id], async () => (await count()).count);
    page.countExact = async () => (await count()).exact;
    return page;
  }

  /** The list's query as this viewer sees it (also what the Excel report of the list holds). */
  async query(viewer: Exclude<Viewer, { kind: "ANONYMOUS" | "INTEGRATION" }>, args: OrderListArgs): Promise<OrderQuery> {
    const filter = args.filter ?? {};
    checkOrderFilter(filter, "filter");
    const term = searchTerm(args.search);
    const base: OrderQuery = {
      ...filter,
      tab: args.tab ?? "ALL",
      importantFirst: viewer.kind !== "RESIDENT",
      search: term ? await this.listRepo(viewer.organizationId).searchMatches(term) : null,
      incident: filter.incident ?? "NOT_ATTACHED",
      viewerEmployeeId: null,
      scope: orderScope(viewer),
      now: this.deps.clock.now(),
    };
    // A resident's list has no tabs and shows incident orders too.
    if (viewer.kind === "RESIDENT") return { ...base, tab: "ALL", incident: "ANY" };
    return { ...base, viewerEmployeeId: viewer.employeeId };
  }

  async newCount(viewer: Viewer): Promise<number> {
    const v = requireEmployee(viewer);
    const repo = this.listRepo(v.organizationId);
    // The whole organization's count has a cheaper statement of its own.
    if (orderScope(v).kind === "ALL") return repo.newCount();
    return repo.count(await this.query(v, { tab: "NEW" }));
  }

  async history(viewer: Viewer, order: OrderRow): Promise<OrderEventRow[]> {
    requireEmployee(viewer);
    return this.repo(order.organizationId).events(order.id);
  }

  /** Labels and SLA, from the order's own columns (list rows need no extra query). */
  evaluate(order: OrderRow): { sla: SlaEvaluation; labels: OrderLabel[] } {
    return evaluateOrder(order, this.deps.clock.now());
  }

  async executorCandidates(viewer: Viewer, departmentId: string) {
    const v = requireEmployee(viewer);
    const department = await new OrderRefsRepository(this.deps.database.db, v.organizationId).department(departmentId);
    if (!department) throw notFound("Подразделение");
    const repo = this.repo(v.organizationId);
    const staff = await repo.departmentEmployees(departmentId);
    const counts = await repo.countsOfExecutors(staff.map((e) => e.id), OPEN_STATUSES);
    return staff.map((employee) => {
      const openOrders = counts.get(employee.id) ?? 0;
      return { employee, openOrders, workload: workloadLevel(openOrders) };
    });
  }
}
