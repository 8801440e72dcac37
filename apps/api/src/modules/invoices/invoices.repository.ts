import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, asc, eq, inArray, max, sql } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";

const { invoices, invoiceLines, priceListItems, refunds } = schema;

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceValues = typeof invoices.$inferInsert;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;
export type InvoiceLineValues = typeof invoiceLines.$inferInsert;
export type PriceItemRow = typeof priceListItems.$inferSelect;

/**
 * Invoices and their lines, bound to one organization. Writes lock the order's row first and then
 * the invoice's (the service does), so an issue and a base-data edit of the same order, or two
 * line edits, run one after the other; the payment part takes the same order of locks.
 */
export class InvoicesRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  ofOrders(orderIds: readonly string[]): Promise<InvoiceRow[]> {
    return this.db
      .select()
      .from(invoices)
      .where(and(eq(invoices.organizationId, this.organizationId), inArray(invoices.orderId, orderIds as string[])));
  }

  /** Whether a refund of the invoice holds money: requested, or confirmed and not failed. */
  async holdsRefunds(invoiceId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: refunds.id })
      .from(refunds)
      .where(
        and(
          eq(refunds.organizationId, this.organizationId),
          eq(refunds.invoiceId, invoiceId),
          sql`(${refunds.decision} = 'REQUESTED' or (${refunds.decision} = 'CONFIRMED' and ${refunds.settlement} <> 'FAILED'))`,
        ),
      )
      .limit(1);
    return row !== undefined;
  }

  async byOrder(orderId: string, lock = false): Promise<InvoiceRow | undefined> {
    if (!isUuid(orderId)) return undefined;
    const query = this.db
      .select()
      .from(invoices)
      .where(and(eq(invoices.organizationId, this.organizationId), eq(invoices.orderId, orderId)));
    const [row] = lock ? await query.for("update") : await query;
    return row;
  }

  async byId(id: string): Promise<InvoiceRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(invoices)
      .where(and(eq(invoices.organizationId, this.organizationId), eq(invoices.id, id)));
    return row;
  }

  async insert(values: Omit<InvoiceValues, "organizationId">): Promise<InvoiceRow> {
    const [row] = await this.db
      .insert(invoices)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  /** Every change bumps the version. */
  async update(id: string, values: Partial<InvoiceValues>): Promise<InvoiceRow> {
    const [row] = await this.db
      .update(invoices)
      .set({ ...values, version: sql`${invoices.version} + 1` })
      .where(and(eq(invoices.organizationId, this.organizationId), eq(invoices.id, id)))
      .returning();
    return row!;
  }

  /** Lines of many invoices, in their order. */
  linesOf(invoiceIds: readonly string[]): Promise<InvoiceLineRow[]> {
    return this.db
      .select()
      .from(invoiceLines)
      .where(and(eq(invoiceLines.organizationId, this.organizationId), inArray(invoiceLines.invoiceId, invoiceIds as string[])))
      .orderBy(asc(invoiceLines.position), asc(invoiceLines.id));
  }

  async lineById(id: string): Promise<InvoiceLineRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(invoiceLines)
      .where(and(eq(invoiceLines.organizationId, this.organizationId), eq(invoiceLines.id, id)));
    return row;
  }

  async nextLinePosition(invoiceId: string): Promise<number> {
    const [row] = await this.db
      .select({ last: max(invoiceLines.position) })
      .from(invoiceLines)
      .where(and(eq(invoiceLines.organizationId, this.organizationId), eq(invoiceLines.invoiceId, invoiceId)));
    return (row?.last ?? -1) + 1;
  }

  async insertLine(values: Omit<InvoiceLineValues, "organizationId">): Promise<InvoiceLineRow> {
    const [row] = await this.db
      .insert(invoiceLines)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  async updateLine(id: string, values: Partial<InvoiceLineValues>): Promise<InvoiceLineRow> {
    const [row] = await this.db
      .update(invoiceLines)
      .set(values)
      .where(and(eq(invoiceLines.organizationId, this.organizationId), eq(invoiceLines.id, id)))
      .returning();
    return row!;
  }

  async deleteLine(id: string): Promise<void> {
    await this.db.delete(invoiceLines).where(and(eq(invoiceLines.organizationId, this.organizationId), eq(invoiceLines.id, id)));
  }

  /** A price-list item of the organization (any service; the service checks it is the order's). */
  async priceItem(id: string): Promise<PriceItemRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(priceListItems)
      .where(and(eq(priceListItems.organizationId, this.organizationId), eq(priceListItems.id, id)));
    return row;
  }
}
