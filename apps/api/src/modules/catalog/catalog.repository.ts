import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, asc, count, eq, inArray, max, type SQL } from "drizzle-orm";
import { afterKey, type CursorValue } from "../../shared/pagination.js";
import { foldedContains } from "../../shared/search.js";
import type { ServiceKind } from "./rules/service-settings.js";

const { services, priceListItems, departments } = schema;

export type ServiceRow = typeof services.$inferSelect;
export type PriceListItemRow = typeof priceListItems.$inferSelect;
export type ServiceFilter = { search: string | null; kind: ServiceKind | null; departmentId: string | null; active: boolean | null };

export type ServiceValues = Pick<
  ServiceRow,
  | "name"
  | "description"
  | "kind"
  | "departmentId"
  | "slaReactionMinutes"
  | "slaExecutionMinutes"
  | "maxExecutors"
  | "residentMayReopen"
  | "documentRequiredToClose"
  | "checklistRequiredToClose"
  | "refundsAllowed"
  | "routingEnabled"
  | "orderForm"
  | "checklistTemplate"
  | "active"
>;
export type PriceListItemValues = Pick<PriceListItemRow, "name" | "unit" | "unitPrice" | "active" | "position">;

export class CatalogRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  private where(filter: ServiceFilter): SQL {
    const conditions: SQL[] = [eq(services.organizationId, this.organizationId)];
    if (filter.search) conditions.push(foldedContains(services.name, filter.search));
    if (filter.kind) conditions.push(eq(services.kind, filter.kind));
    if (filter.departmentId) conditions.push(eq(services.departmentId, filter.departmentId));
    if (filter.active != null) conditions.push(eq(services.active, filter.active));
    return and(...conditions)!;
  }

  list(filter: ServiceFilter, limit: number, after: CursorValue[] | null): Promise<ServiceRow[]> {
    const where = this.where(filter);
    return this.db
      .select()
      .from(services)
      .where(after ? and(where, afterKey([services.name, services.id], after)) : where)
      .orderBy(asc(services.name), asc(services.id))
      .limit(limit + 1);
  }

  async count(filter: ServiceFilter): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(services).where(this.where(filter));
    return row?.n ?? 0;
  }

  /** `lock` holds the row until the transaction ends, so settings and price list change one at a time. */
  async byId(id: string, lock = false): Promise<ServiceRow | undefined> {
    const query = this.db
      .select()
      .from(services)
      .where(and(eq(services.organizationId, this.organizationId), eq(services.id, id)));
    const [row] = lock ? await query.for("update") : await query;
    return row;
  }

  async insert(values: ServiceValues, now: Date): Promise<ServiceRow> {
    const [row] = await this.db
      .insert(services)
      .values({ ...values, organizationId: this.organizationId, createdAt: now, updatedAt: now })
      .returning();
    return row;
  }

  async update(id: string, values: Partial<ServiceValues>, now: Date): Promise<ServiceRow | undefined> {
    const [row] = await this.db
      .update(services)
      .set({ ...values, updatedAt: now })
      .where(and(eq(services.organizationId, this.organizationId), eq(services.id, id)))
      .returning();
    return row;
  }

  async departmentExists(id: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.organizationId, this.organizationId), eq(departments.id, id)));
    return row !== undefined;
  }

  /** Price lists of many services at once, in list order. */
  priceListsOf(serviceIds: readonly string[]): Promise<PriceListItemRow[]> {
    return this.db
      .select()
      .from(priceListItems)
      .where(and(eq(priceListItems.organizationId, this.organizationId), inArray(priceListItems.serviceId, serviceIds as string[])))
      .orderBy(asc(priceListItems.position), asc(priceListItems.id));
  }

  async countActivePriceListItems(serviceId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(priceListItems)
      .where(
        and(eq(priceListItems.organizationId, this.organizationId), eq(priceListItems.serviceId, serviceId), eq(priceListItems.active, true)),
      );
    return row?.n ?? 0;
  }

  /** The position after the service's last item. */
  async nextPriceListPosition(serviceId: string): Promise<number> {
    const [row] = await this.db
      .select({ last: max(priceListItems.position) })
      .from(priceListItems)
      .where(and(eq(priceListItems.organizationId, this.organizationId), eq(priceListItems.serviceId, serviceId)));
    return row?.last == null ? 0 : row.last + 1;
  }

  async priceListItemById(id: string): Promise<PriceListItemRow | undefined> {
    const [row] = await this.db
      .select()
      .from(priceListItems)
      .where(and(eq(priceListItems.organizationId, this.organizationId), eq(priceListItems.id, id)));
    return row;
  }

  async insertPriceListItems(serviceId: string, items: PriceListItemValues[], now: Date): Promise<PriceListItemRow[]> {
    if (items.length === 0) return [];
    return this.db
      .insert(priceListItems)
      .values(items.map((item) => ({ ...item, serviceId, organizationId: this.organizationId, createdAt: now, updatedAt: now })))
      .returning();
  }

  async updatePriceListItem(id: string, values: Partial<PriceListItemValues>, now: Date): Promise<PriceListItemRow | undefined> {
    const [row] = await this.db
      .update(priceListItems)
      .set({ ...values, updatedAt: now })
      .where(and(eq(priceListItems.organizationId, this.organizationId), eq(priceListItems.id, id)))
      .returning();
    return row;
  }
}
