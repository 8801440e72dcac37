import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { ORDER_STATUSES, parseOrderEvent, type OrderEventData, type OrderScope, type OrderStatus } from "@domovoy/domain";
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";

const { orders, orderCounters, orderExecutors, orderEvents, employees, departmentEmployees } = schema;

export type OrderRow = typeof orders.$inferSelect;
export type OrderValues = typeof orders.$inferInsert;
type StoredEvent = typeof orderEvents.$inferSelect;
/** A history event as read back: its kind's data shape (`parseOrderEvent`), never raw JSON. */
export type OrderEventRow = Omit<StoredEvent, "kind" | "data"> & OrderEventData;
export type OrderEventValues = Omit<typeof orderEvents.$inferInsert, "organizationId" | "kind" | "data"> & OrderEventData;

function parsedEvent(row: StoredEvent): OrderEventRow {
  return { ...row, ...parseOrderEvent(row.kind, row.data) };
}
export type EmployeeRow = typeof employees.$inferSelect;

/**
 * `orderScope(viewer)` as a condition over an order's id and client id (any alias); null when the
 * scope admits every order of the organization.
 *
 * An employee's own orders are the ids of two index look-ups (order_executors_employee_idx and
 * orders_created_by_employee_idx): the planner hashes their few ids once and joins them to the
 * list, rather than testing each of the organization's orders in turn.
 */
export function scopeCondition(scope: OrderScope, orderId: SQL, clientId: SQL): SQL | null {
  switch (scope.kind) {
    case "ALL":
      return null;
    case "OWN":
      return sql`${orderId} in (select x.order_id from ${orderExecutors} x where x.employee_id = ${scope.employeeId}
        union all select own_o.id from ${orders} own_o where own_o.created_by_employee_id = ${scope.employeeId})`;
    case "CLIENT":
      return sql`${clientId} = ${scope.clientId}`;
    case "NONE":
      return sql`false`;
  }
}

/** An order's row, its executors and its history. */
export class OrdersRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /** The next human number; concurrency-safe (the counter row is locked by the upsert). */
  async nextNumber(): Promise<number> {
    const [row] = await this.db
      .insert(orderCounters)
      .values({ organizationId: this.organizationId, lastNumber: 1 })
      .onConflictDoUpdate({ target: orderCounters.organizationId, set: { lastNumber: sql`${orderCounters.lastNumber} + 1` } })
      .returning({ n: orderCounters.lastNumber });
    return row!.n;
  }

  async insert(values: Omit<OrderValues, "organizationId">): Promise<OrderRow> {
    const [row] = await this.db
      .insert(orders)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  async byId(id: string, lock = false): Promise<OrderRow | undefined> {
    if (!isUuid(id)) return undefined;
    const query = this.db
      .select()
      .from(orders)
      .where(and(eq(orders.organizationId, this.organizationId), eq(orders.id, id)));
    const [row] = lock ? await query.for("update") : await query;
    return row;
  }

  async byNumber(number: number): Promise<OrderRow | undefined> {
    const [row] = await this.db
      .select()
      .from(orders)
      .where(and(eq(orders.organizationId, this.organizationId), eq(orders.number, number)));
    return row;
  }

  async update(id: string, values: Partial<OrderValues>): Promise<OrderRow> {
    const [row] = await this.db
      .update(orders)
      .set({ ...values, version: sql`${orders.version} + 1`, revision: sql`${orders.revision} + 1` })
      .where(and(eq(orders.organizationId, this.organizationId), eq(orders.id, id)))
      .returning();
    return row!;
  }

  /**
   * A change that is not an edit (an SLA outcome, «seen», an important comment): the revision moves,
   * the version stays, so nobody's open editor turns stale.
   */
  async record(id: string, values: Partial<OrderValues>): Promise<OrderRow | undefined> {
    const [row] = await this.db
      .update(orders)
      .set({ ...values, revision: sql`${orders.revision} + 1` })
      .where(and(eq(orders.organizationId, this.organizationId), eq(orders.id, id)))
      .returning();
    return row;
  }

  async executorsOf(orderIds: readonly string[]) {
    return this.db
      .select({ orderId: orderExecutors.orderId, position: orderExecutors.position, employee: employees })
      .from(orderExecutors)
      .innerJoin(employees, eq(employees.id, orderExecutors.employeeId))
      .where(and(eq(orderExecutors.organizationId, this.organizationId), inArray(orderExecutors.orderId, orderIds as string[])))
      .orderBy(asc(orderExecutors.orderId), asc(orderExecutors.position));
  }

  /** Whose own order it is (`OrderScope` OWN): its executors and the employee who created it. */
  async ownerIds(orderId: string): Promise<string[]> {
    const rows = await this.db.execute<{ id: string }>(sql`select x.employee_id as id from ${orderExecutors} x
        where x.organization_id = ${this.organizationId} and x.order_id = ${orderId}
      union select o.created_by_employee_id from ${orders} o
        where o.organization_id = ${this.organizationId} and o.id = ${orderId} and o.created_by_employee_id is not null`);
    return rows.map((r) => r.id);
  }

  async executorIds(orderId: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: orderExecutors.employeeId })
      .from(orderExecutors)
      .where(and(eq(orderExecutors.organizationId, this.organizationId), eq(orderExecutors.orderId, orderId)))
      .orderBy(asc(orderExecutors.position));
    return rows.map((r) => r.id);
  }

  async setExecutors(orderId: string, employeeIds: string[]): Promise<void> {
    await this.db.delete(orderExecutors).where(and(eq(orderExecutors.organizationId, this.organizationId), eq(orderExecutors.orderId, orderId)));
    if (employeeIds.length === 0) return;
    await this.db
      .insert(orderExecutors)
      .values(employeeIds.map((employeeId, position) => ({ organizationId: this.organizationId, orderId, employeeId, position })));
  }

  async insertEvents(values: OrderEventValues[]): Promise<void> {
    if (values.length === 0) return;
    await this.db.insert(orderEvents).values(values.map((v) => ({ ...v, data: v.data as Record<string, unknown>, organizationId: this.organizationId })));
  }

  async events(orderId: string): Promise<OrderEventRow[]> {
    const rows = await this.db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.organizationId, this.organizationId), eq(orderEvents.orderId, orderId)))
      .orderBy(desc(orderEvents.id));
    return rows.map(parsedEvent);
  }

  /** Events written after the given order version: what a stale editor missed. */
  async eventsAfterVersion(orderId: string, version: number): Promise<OrderEventRow[]> {
    const rows = await this.db
      .select()
      .from(orderEvents)
      .where(
        and(
          eq(orderEvents.organizationId, this.organizationId),
          eq(orderEvents.orderId, orderId),
          sql`(${orderEvents.data}->>'version')::int > ${version}`,
        ),
      )
      .orderBy(asc(orderEvents.id));
    return rows.map(parsedEvent);
  }

  /**
   * Orders per executor whose status is one of `statuses`: the picker's workload (the open ones) and
   * the «Новые» counter of executors who see only their own (the new ones, `notAttached`). The
   * statuses are written into the text (they come from the enum), so a partial index over them serves it.
   */
  async countsOfExecutors(employeeIds: readonly string[], statuses: readonly OrderStatus[], options: { notAttached?: boolean } = {}): Promise<Map<string, number>> {
    if (employeeIds.length === 0 || statuses.length === 0) return new Map();
    if (statuses.some((s) => !ORDER_STATUSES.includes(s))) throw new Error(`countsOfExecutors: unknown status in ${statuses.join(", ")}`);
    const rows = await this.db
      .select({ employeeId: orderExecutors.employeeId, n: count() })
      .from(orderExecutors)
      .innerJoin(orders, eq(orders.id, orderExecutors.orderId))
      .where(
        and(
          eq(orderExecutors.organizationId, this.organizationId),
          inArray(orderExecutors.employeeId, employeeIds as string[]),
          eq(orders.organizationId, this.organizationId),
          sql.raw(`"orders"."status" in (${statuses.map((s) => `'${s}'`).join(", ")})`),
          options.notAttached ? isNull(orders.incidentId) : undefined,
        ),
      )
      .groupBy(orderExecutors.employeeId);
    return new Map(rows.map((r) => [r.employeeId, r.n]));
  }

  /** Active employees of a department, for the executor picker. */
  async departmentEmployees(departmentId: string): Promise<EmployeeRow[]> {
    return this.db
      .select({ employee: employees })
      .from(departmentEmployees)
      .innerJoin(employees, eq(employees.id, departmentEmployees.employeeId))
      .where(
        and(
          eq(departmentEmployees.organizationId, this.organizationId),
          eq(departmentEmployees.departmentId, departmentId),
          eq(employees.active, true),
        ),
      )
      .orderBy(asc(employees.fullName))
      .then((rows) => rows.map((r) => r.employee));
  }

  async activeEmployeeIds(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.organizationId, this.organizationId), inArray(employees.id, ids), eq(employees.active, true)));
    return rows.map((r) => r.id);
  }
}
