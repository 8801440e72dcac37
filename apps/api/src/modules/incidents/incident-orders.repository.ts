import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { CLOSED_STATUSES, type OrderScope, type OrderStatus } from "@domovoy/domain";
import { and, asc, count, desc, eq, getTableColumns, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";
import { scopeCondition, type OrderRow, type OrderValues } from "../orders/orders.repository.js";

const { orders, services, orderDocuments } = schema;

/** An attached order as the cascade reads it: the row and what the order rules ask of its service. */
export type CascadeOrderRow = OrderRow & { documentRequiredToClose: boolean; documentCount: number };

/** Orders as seen from an incident: the attached ones, locked for a cascade; attach and detach. */
export class IncidentOrdersRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /**
   * Every order attached to the incident, row-locked in id order (the order every locker of many
   * orders takes, so two of them cannot deadlock). An edit of one of them waits for the cascade and
   * then finds a newer version.
   */
  async lockAttached(incidentId: string): Promise<CascadeOrderRow[]> {
    const rows = await this.db
      .select({
        ...getTableColumns(orders),
        documentRequiredToClose: services.documentRequiredToClose,
        documentCount: sql<number>`(select count(*)::int from ${orderDocuments} d where d.order_id = ${orders.id})`,
      })
      .from(orders)
      .innerJoin(services, eq(services.id, orders.serviceId))
      .where(and(eq(orders.organizationId, this.organizationId), eq(orders.incidentId, incidentId)))
      .orderBy(asc(orders.id))
      .for("update", { of: orders });
    return rows;
  }

  /**
   * An edit of many orders, each with its own values, in one statement per shape of change (the
   * set of columns changed): the rows travel as one JSON parameter read back as `orders` records, so
   * 1,000 orders are one UPDATE, not 1,000. Version and revision move as in `OrdersRepository.update`.
   */
  async updateEach(rows: readonly { id: string; values: Partial<OrderValues> }[]): Promise<OrderRow[]> {
    const shapes = new Map<string, { id: string; values: Partial<OrderValues> }[]>();
    for (const row of rows) {
      const shape = Object.keys(row.values).sort().join();
      const group = shapes.get(shape) ?? [];
      group.push(row);
      shapes.set(shape, group);
    }
    const columns = getTableColumns(orders);
    const updated: OrderRow[] = [];
    for (const group of shapes.values()) {
      const keys = Object.keys(group[0]!.values) as (keyof OrderValues & keyof typeof columns)[];
      const records = group.map((row) => Object.fromEntries([["id", row.id], ...keys.map((k) => [columns[k].name, row.values[k] ?? null])]));
      const set = Object.fromEntries(keys.map((k) => [k, sql.raw(`v."${columns[k].name}"`)]));
      // drizzle types an update from an SQL source as returning nothing; it returns the orders' columns.
      const rows = (await this.db
        .update(orders)
        .set({ ...set, version: sql.raw(`"orders"."version" + 1`), revision: sql.raw(`"orders"."revision" + 1`) })
        .from(sql`jsonb_populate_recordset(null::orders, ${JSON.stringify(records)}::jsonb) as v`)
        .where(and(eq(orders.organizationId, this.organizationId), sql`${orders.id} = v.id`))
        .returning()) as unknown as OrderRow[];
      updated.push(...rows);
    }
    return updated;
  }

  /** Orders of this organization by id, row-locked in id order; ids of no order of it are missing from the result. */
  async lockByIds(ids: readonly string[]): Promise<OrderRow[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    return this.db
      .select()
      .from(orders)
      .where(and(eq(orders.organizationId, this.organizationId), inArray(orders.id, valid)))
      .orderBy(asc(orders.id))
      .for("update");
  }

  /** Attaches (an incident id) or detaches (null) orders: an edit of each (version and revision move). */
  async setIncident(ids: readonly string[], incidentId: string | null, now: Date): Promise<OrderRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .update(orders)
      .set({
        incidentId,
        // Once attached (or consciously detached) the «possibly the incident's» flag has been dealt with.
        suggestedIncidentId: null,
        updatedAt: now,
        version: sql`${orders.version} + 1`,
        revision: sql`${orders.revision} + 1`,
      })
      .where(and(eq(orders.organizationId, this.organizationId), inArray(orders.id, ids as string[])))
      .returning();
  }

  /** The incident's orders the viewer may see, newest number first, keyset on (number, id). */
  attachedPage(incidentId: string, scope: OrderScope, limit: number, after: [number, string] | null): Promise<OrderRow[]> {
    const c = this.attachedConditions(incidentId, scope);
    if (after) c.push(sql`(${orders.number}, ${orders.id}) < (${after[0]}, ${after[1]}::uuid)`);
    return this.db
      .select()
      .from(orders)
      .where(and(...c))
      .orderBy(desc(orders.number), desc(orders.id))
      .limit(limit + 1);
  }

  async attachedCount(incidentId: string, scope: OrderScope): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(orders)
      .where(and(...this.attachedConditions(incidentId, scope)));
    return row?.n ?? 0;
  }

  private attachedConditions(incidentId: string, scope: OrderScope): SQL[] {
    const c: SQL[] = [eq(orders.organizationId, this.organizationId), eq(orders.incidentId, incidentId)];
    const visible = scopeCondition(scope, sql`${orders.id}`, sql`${orders.clientId}`);
    if (visible) c.push(visible);
    return c;
  }

  /** Attached and still-open attached orders per incident (the list's columns), for the viewer's scope. */
  async counts(incidentIds: readonly string[], scope: OrderScope): Promise<{ incidentId: string; total: number; open: number }[]> {
    const c: SQL[] = [eq(orders.organizationId, this.organizationId), inArray(orders.incidentId, incidentIds as string[])];
    const visible = scopeCondition(scope, sql`${orders.id}`, sql`${orders.clientId}`);
    if (visible) c.push(visible);
    const rows = await this.db
      .select({
        incidentId: sql<string>`${orders.incidentId}`,
        total: count(),
        open: sql<number>`count(*) filter (where ${notInArray(orders.status, CLOSED_STATUSES as OrderStatus[])})::int`,
      })
      .from(orders)
      .where(and(...c))
      .groupBy(orders.incidentId);
    return rows;
  }
}
