import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import type { NewChecklistItem } from "@domovoy/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";

const { orderChecklistItems } = schema;

export type ChecklistItemRow = typeof orderChecklistItems.$inferSelect;

/** An order's checklist items (staff-only). */
export class ChecklistsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  async insertItems(orderId: string, items: readonly NewChecklistItem[], now: Date): Promise<void> {
    if (items.length === 0) return;
    await this.db.insert(orderChecklistItems).values(items.map((item) => ({ ...item, orderId, organizationId: this.organizationId, updatedAt: now })));
  }

  /** In checklist order, for many orders at once. */
  ofOrders(orderIds: readonly string[]): Promise<ChecklistItemRow[]> {
    return this.db
      .select()
      .from(orderChecklistItems)
      .where(and(eq(orderChecklistItems.organizationId, this.organizationId), inArray(orderChecklistItems.orderId, orderIds as string[])))
      .orderBy(asc(orderChecklistItems.orderId), asc(orderChecklistItems.position));
  }

  async byId(id: string): Promise<ChecklistItemRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(orderChecklistItems)
      .where(and(eq(orderChecklistItems.organizationId, this.organizationId), eq(orderChecklistItems.id, id)));
    return row;
  }

  async update(id: string, values: Pick<ChecklistItemRow, "done" | "doneAt" | "doneByEmployeeId" | "note" | "documentId" | "updatedAt">): Promise<ChecklistItemRow> {
    const [row] = await this.db
      .update(orderChecklistItems)
      .set({ ...values, version: sql`${orderChecklistItems.version} + 1` })
      .where(and(eq(orderChecklistItems.organizationId, this.organizationId), eq(orderChecklistItems.id, id)))
      .returning();
    return row!;
  }
}
