import { schema, type DbOrTx } from "@domovoy/db";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";

const { payments, paymentEvents, refunds, refundLines, clientActivities, organizations, invoiceLines } = schema;

export type PaymentRow = typeof payments.$inferSelect;
export type PaymentValues = typeof payments.$inferInsert;
export type PaymentEventValues = typeof paymentEvents.$inferInsert;
export type RefundRow = typeof refunds.$inferSelect;
export type RefundValues = typeof refunds.$inferInsert;
export type RefundLineRow = typeof refundLines.$inferSelect;

/** Payments, the providers' notifications and refunds of one organization (SQL only). */
export class PaymentsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  async insert(values: Omit<PaymentValues, "organizationId">): Promise<PaymentRow> {
    const [row] = await this.db
      .insert(payments)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  async byId(id: string, lock = false): Promise<PaymentRow | undefined> {
    const query = this.db
      .select()
      .from(payments)
      .where(and(eq(payments.organizationId, this.organizationId), eq(payments.id, id)));
    const [row] = lock ? await query.for("update") : await query;
    return row;
  }

  async byIdempotencyKey(key: string): Promise<PaymentRow | undefined> {
    const [row] = await this.db
      .select()
      .from(payments)
      .where(and(eq(payments.organizationId, this.organizationId), eq(payments.idempotencyKey, key)));
    return row;
  }

  /** The provider's payment, in whichever organization it is (the caller compares). */
  async byProviderId(provider: string, providerPaymentId: string): Promise<PaymentRow | undefined> {
    const [row] = await this.db
      .select()
      .from(payments)
      .where(and(eq(payments.provider, provider), eq(payments.providerPaymentId, providerPaymentId)));
    return row;
  }

  async pendingOf(invoiceId: string): Promise<PaymentRow[]> {
    return this.db
      .select()
      .from(payments)
      .where(and(eq(payments.organizationId, this.organizationId), eq(payments.invoiceId, invoiceId), eq(payments.state, "PENDING")))
      .orderBy(desc(payments.createdAt));
  }

  async succeededOf(invoiceId: string): Promise<PaymentRow | undefined> {
    const [row] = await this.db
      .select()
      .from(payments)
      .where(and(eq(payments.organizationId, this.organizationId), eq(payments.invoiceId, invoiceId), eq(payments.state, "SUCCEEDED")));
    return row;
  }

  async update(id: string, values: Partial<PaymentValues>): Promise<PaymentRow> {
    const [row] = await this.db
      .update(payments)
      .set(values)
      .where(and(eq(payments.organizationId, this.organizationId), eq(payments.id, id)))
      .returning();
    return row!;
  }

  async ofInvoices(invoiceIds: readonly string[]): Promise<PaymentRow[]> {
    if (invoiceIds.length === 0) return [];
    return this.db
      .select()
      .from(payments)
      .where(and(eq(payments.organizationId, this.organizationId), inArray(payments.invoiceId, [...invoiceIds])))
      .orderBy(asc(payments.createdAt), asc(payments.id));
  }

  /** Records a notification once: false when this event id was already recorded (a repeat). */
  async recordEvent(values: Omit<PaymentEventValues, "organizationId">): Promise<boolean> {
    const rows = await this.db
      .insert(paymentEvents)
      .values({ ...values, organizationId: this.organizationId })
      .onConflictDoNothing()
      .returning({ id: paymentEvents.id });
    return rows.length > 0;
  }

  async organizationExists(): Promise<{ name: string } | undefined> {
    const [row] = await this.db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, this.organizationId));
    return row;
  }

  /** «Активность клиента»: a payment or a refund, once per external id. */
  async activity(values: { clientId: string; orderId: string; premiseId: string | null; title: string; details: string | null; amount: bigint; externalId: string; occurredAt: Date }): Promise<void> {
    await this.db
      .insert(clientActivities)
      .values({ ...values, organizationId: this.organizationId, kind: "PAYMENT", source: "domovoy-payments", data: {} })
      .onConflictDoNothing();
  }

  // Refunds

  async insertRefund(values: Omit<RefundValues, "organizationId">, lines: { invoiceLineId: string; quantity: string; amountKopecks: bigint }[]): Promise<RefundRow> {
    const [row] = await this.db
      .insert(refunds)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    await this.db.insert(refundLines).values(lines.map((l) => ({ ...l, refundId: row!.id, organizationId: this.organizationId })));
    return row!;
  }

  async refundById(id: string, lock = false): Promise<RefundRow | undefined> {
    const query = this.db
      .select()
      .from(refunds)
      .where(and(eq(refunds.organizationId, this.organizationId), eq(refunds.id, id)));
    const [row] = lock ? await query.for("update") : await query;
    return row;
  }

  /** Claims the next call to the acquirer for a PENDING refund: only when `expected` calls were made before. */
  async claimRefundAttempt(id: string, expected: number): Promise<RefundRow | undefined> {
    const [row] = await this.db
      .update(refunds)
      .set({ providerAttempts: sql`${refunds.providerAttempts} + 1` })
      .where(and(eq(refunds.organizationId, this.organizationId), eq(refunds.id, id), eq(refunds.settlement, "PENDING"), eq(refunds.providerAttempts, expected)))
      .returning();
    return row;
  }

  async refundByProviderId(providerRefundId: string): Promise<RefundRow | undefined> {
    const [row] = await this.db
      .select()
      .from(refunds)
      .where(and(eq(refunds.organizationId, this.organizationId), eq(refunds.providerRefundId, providerRefundId)));
    return row;
  }

  async updateRefund(id: string, values: Partial<RefundValues>): Promise<RefundRow> {
    const [row] = await this.db
      .update(refunds)
      .set(values)
      .where(and(eq(refunds.organizationId, this.organizationId), eq(refunds.id, id)))
      .returning();
    return row!;
  }

  async refundsOfInvoice(invoiceId: string): Promise<RefundRow[]> {
    return this.db
      .select()
      .from(refunds)
      .where(and(eq(refunds.organizationId, this.organizationId), eq(refunds.invoiceId, invoiceId)))
      .orderBy(asc(refunds.createdAt), asc(refunds.id));
  }

  async refundsOfOrders(orderIds: readonly string[]): Promise<RefundRow[]> {
    if (orderIds.length === 0) return [];
    return this.db
      .select()
      .from(refunds)
      .where(and(eq(refunds.organizationId, this.organizationId), inArray(refunds.orderId, [...orderIds])))
      .orderBy(asc(refunds.createdAt), asc(refunds.id));
  }

  async refundsOfInvoices(invoiceIds: readonly string[]): Promise<RefundRow[]> {
    if (invoiceIds.length === 0) return [];
    return this.db
      .select()
      .from(refunds)
      .where(and(eq(refunds.organizationId, this.organizationId), inArray(refunds.invoiceId, [...invoiceIds])))
      .orderBy(asc(refunds.createdAt), asc(refunds.id));
  }

  async linesOfRefunds(refundIds: readonly string[]): Promise<(RefundLineRow & { name: string; unit: string })[]> {
    if (refundIds.length === 0) return [];
    return this.db
      .select({
        id: refundLines.id,
        organizationId: refundLines.organizationId,
        refundId: refundLines.refundId,
        invoiceLineId: refundLines.invoiceLineId,
        quantity: refundLines.quantity,
        amountKopecks: refundLines.amountKopecks,
        name: invoiceLines.name,
        unit: invoiceLines.unit,
      })
      .from(refundLines)
      .innerJoin(invoiceLines, eq(invoiceLines.id, refundLines.invoiceLineId))
      .where(and(eq(refundLines.organizationId, this.organizationId), inArray(refundLines.refundId, [...refundIds])))
      .orderBy(asc(invoiceLines.position));
  }

  /** Per invoice line: what the refunds holding money took (quantity as NUMERIC text, kopecks). */
  async refundedPerLine(invoiceId: string): Promise<Map<string, { quantity: string; amount: bigint }>> {
    const rows = await this.db
      .select({
        lineId: refundLines.invoiceLineId,
        quantity: sql<string>`sum(${refundLines.quantity})::text`,
        amount: sql<string>`sum(${refundLines.amountKopecks})::text`,
      })
      .from(refundLines)
      .innerJoin(refunds, eq(refunds.id, refundLines.refundId))
      .where(
        and(
          eq(refunds.organizationId, this.organizationId),
          eq(refunds.invoiceId, invoiceId),
          sql`(${refunds.decision} = 'REQUESTED' or (${refunds.decision} = 'CONFIRMED' and ${refunds.settlement} <> 'FAILED'))`,
        ),
      )
      .groupBy(refundLines.invoiceLineId);
    return new Map(rows.map((r) => [r.lineId, { quantity: r.quantity, amount: BigInt(r.amount) }]));
  }
}
