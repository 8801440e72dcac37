import { schema, type Db } from "@domovoy/db";
import { and, eq, sql } from "drizzle-orm";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import type { Clock } from "../../../shared/clock.js";
import { PAYMENT_NOTIFY_JOB } from "../../../jobs/kinds.js";
import { enqueueJob } from "../../../jobs/queue.js";
import {
  NotificationRefused,
  type CreatedPayment,
  type CreatePaymentRequest,
  type PaymentProvider,
  type ProviderNotification,
  type ProviderRefund,
  type RefundRequest,
} from "./provider.js";

const { demoAcquirerPayments, demoAcquirerRefunds } = schema;

export const BUILTIN_PROVIDER = "builtin";
/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const SIGNATURE_HEADER = "x-domovoy-signature";
/** A notification signed longer ago than this is refused (a replay of a captured one). */
export const SIGNATURE_TOLERANCE_S = 300;

export type DemoAcquirerPaymentRow = typeof demoAcquirerPayments.$inferSelect;

/** Each organization's notification key, derived from the installation's secret. */
export function organizationKey(secret: string, organizationId: string): Buffer {
  return createHmac("sha256", secret).update(`builtin-acquirer:${organizationId}`).digest();
}

/** The signature header for a body, as the built-in acquirer sends it (tests sign their own with it). */
export function signNotification(secret: string, organizationId: string, rawBody: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", organizationKey(secret, organizationId)).update(`${t}.${rawBody}`).digest("hex");
  return `t=${t},v1=${v1}`;
}

/** The notification body the built-in acquirer sends (YooKassa-like: an event and the object). */
export type BuiltinNotificationBody = {
  event_id: string;
  event: string;
  object: {
    id: string;
    kind: "payment" | "refund";
    payment_id?: string;
    status: "pending" | "succeeded" | "canceled" | "failed";
    amount: { value: string; currency: "RUB" };
    metadata: Record<string, string>;
  };
};

function rub(kopecks: bigint): string {
  return `${kopecks / 100n}.${(kopecks % 100n).toString().padStart(2, "0")}`;
}

/**
 * The built-in acquirer for development and demos. It behaves like a real one: it keeps its own
 * books (`demo_acquirer_*`, which Domovoy's payments never read), creates payments idempotently
 * and answers a hosted page (`/pay/<id>`, served by the API: «Оплатить» / «Отказаться»), sends the
 * resident back to the return URL, and reports the outcome asynchronously: a signed notification
 * (HMAC-SHA256 with the organization's key) delivered through the PostgreSQL job queue, retried
 * until Domovoy accepts it. Refunds are idempotent too and never exceed the payment.
 *
 * `faults` lets tests make it slow (a refund that answers after the caller's deadline) or refuse
 * refunds (as a bank does when the card is closed).
 */
export class BuiltinAcquirer implements PaymentProvider {
  readonly name = BUILTIN_PROVIDER;
  readonly faults = { refundDelayMs: 0, refuseRefunds: false };

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly secret: string,
  ) {}

  async createPayment(request: CreatePaymentRequest): Promise<CreatedPayment> {
    const [inserted] = await this.db
      .insert(demoAcquirerPayments)
      .values({
        organizationId: request.organizationId,
        idempotencyKey: request.idempotencyKey,
        amountKopecks: request.amountKopecks,
        description: request.description,
        merchantName: request.merchantName,
        returnUrl: request.returnUrl,
        metadata: request.metadata,
      })
      .onConflictDoNothing()
      .returning();
    const row =
      inserted ??
      (
        await this.db
          .select()
          .from(demoAcquirerPayments)
          .where(and(eq(demoAcquirerPayments.organizationId, request.organizationId), eq(demoAcquirerPayments.idempotencyKey, request.idempotencyKey)))
      )[0]!;
    return { providerPaymentId: row.id, confirmationUrl: `/pay/${row.id}`, status: row.status === "succeeded" ? "SUCCEEDED" : row.status === "canceled" ? "CANCELED" : "PENDING" };
  }

  /** The hosted page's payment (any organization: the page is the acquirer's, reached by its id). */
  async payment(id: string): Promise<DemoAcquirerPaymentRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row] = await this.db.select().from(demoAcquirerPayments).where(eq(demoAcquirerPayments.id, id));
    return row;
  }

  /**
   * «Оплатить» / «Отказаться» on the hosted page: a pending payment becomes succeeded or canceled
   * and its notification is queued in the same transaction. A second click changes nothing.
   */
  async decide(id: string, outcome: "succeeded" | "canceled"): Promise<DemoAcquirerPaymentRow | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(demoAcquirerPayments)
        .set({ status: outcome, updatedAt: this.clock.now() })
        .where(and(eq(demoAcquirerPayments.id, id), eq(demoAcquirerPayments.status, "pending")))
        .returning();
      if (!row) {
        const [current] = await tx.select().from(demoAcquirerPayments).where(eq(demoAcquirerPayments.id, id));
        return current;
      }
      await this.notify(tx, row.organizationId, {
        event_id: randomUUID(),
        event: `payment.${outcome}`,
        object: { id: row.id, kind: "payment", status: outcome, amount: { value: rub(row.amountKopecks), currency: "RUB" }, metadata: row.metadata },
      });
      return row;
    });
  }

  async refund(request: RefundRequest): Promise<ProviderRefund> {
    if (this.faults.refundDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.faults.refundDelayMs));
    return this.db.transaction(async (tx) => {
      const [existing] = await tx
        .select()
        .from(demoAcquirerRefunds)
        .where(and(eq(demoAcquirerRefunds.organizationId, request.organizationId), eq(demoAcquirerRefunds.idempotencyKey, request.idempotencyKey)));
      if (existing) return { providerRefundId: existing.id, status: existing.status === "succeeded" ? "SUCCEEDED" : "FAILED" };
      // The payment's row lock orders concurrent refunds of one payment.
      const [payment] = await tx
        .select()
        .from(demoAcquirerPayments)
        .where(and(eq(demoAcquirerPayments.id, request.providerPaymentId), eq(demoAcquirerPayments.organizationId, request.organizationId)))
        .for("update");
      const [{ refunded } = { refunded: "0" }] = await tx
        .select({ refunded: sql<string>`coalesce(sum(${demoAcquirerRefunds.amountKopecks}) filter (where ${demoAcquirerRefunds.status} = 'succeeded'), 0)::text` })
        .from(demoAcquirerRefunds)
        .where(eq(demoAcquirerRefunds.paymentId, request.providerPaymentId));
      const withinPaid = !!payment && payment.status === "succeeded" && BigInt(refunded) + request.amountKopecks <= payment.amountKopecks;
      const ok = withinPaid && !this.faults.refuseRefunds;
      if (!payment) return { providerRefundId: randomUUID(), status: "FAILED", failureReason: "Платёж не найден" };
      const [row] = await tx
        .insert(demoAcquirerRefunds)
        .values({
          organizationId: request.organizationId,
          paymentId: payment.id,
          idempotencyKey: request.idempotencyKey,
          amountKopecks: request.amountKopecks,
          status: ok ? "succeeded" : "failed",
          createdAt: this.clock.now(),
        })
        .returning();
      await this.notify(tx, request.organizationId, {
        event_id: randomUUID(),
        event: `refund.${ok ? "succeeded" : "failed"}`,
        object: { id: row!.id, kind: "refund", payment_id: payment.id, status: ok ? "succeeded" : "failed", amount: { value: rub(request.amountKopecks), currency: "RUB" }, metadata: payment.metadata },
      });
      return { providerRefundId: row!.id, status: ok ? "SUCCEEDED" : "FAILED", failureReason: ok ? null : withinPaid ? "Банк отклонил возврат" : "Сумма возврата больше оплаченной" };
    });
  }

  /** Queues a notification; the job signs it when it delivers (a retry carries a fresh timestamp). */
  private async notify(tx: Parameters<typeof enqueueJob>[0], organizationId: string, body: BuiltinNotificationBody): Promise<void> {
    await enqueueJob(tx, { kind: PAYMENT_NOTIFY_JOB, organizationId, payload: { body: JSON.stringify(body) }, runAt: this.clock.now(), maxAttempts: 20 });
  }

  /** The headers and body of a queued notification, signed now. */
  signed(organizationId: string, body: string): { headers: Record<string, string>; rawBody: Buffer } {
    return { headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signNotification(this.secret, organizationId, body, this.clock.now()) }, rawBody: Buffer.from(body) };
  }

  verifyNotification(input: { organizationId: string; headers: Record<string, string | string[] | undefined>; rawBody: Buffer; now: Date }): ProviderNotification {
    const header = input.headers[SIGNATURE_HEADER];
    const match = typeof header === "string" ? /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header) : null;
    if (!match) throw new NotificationRefused("SIGNATURE", "missing or malformed signature");
    const t = Number(match[1]);
    const expected = createHmac("sha256", organizationKey(this.secret, input.organizationId)).update(`${t}.`).update(input.rawBody).digest();
    if (!timingSafeEqual(expected, Buffer.from(match[2]!, "hex"))) throw new NotificationRefused("SIGNATURE", "signature does not match");
    if (Math.abs(input.now.getTime() / 1000 - t) > SIGNATURE_TOLERANCE_S) throw new NotificationRefused("STALE", "signature timestamp outside the tolerance");
    let body: BuiltinNotificationBody;
    try {
      body = JSON.parse(input.rawBody.toString("utf8"));
    } catch {
      throw new NotificationRefused("MALFORMED", "body is not JSON");
    }
    const o = body?.object;
    const amount = typeof o?.amount?.value === "string" ? /^(\d{1,13})\.(\d{2})$/.exec(o.amount.value) : null;
    const statuses = { pending: "PENDING", succeeded: "SUCCEEDED", canceled: "CANCELED", failed: "FAILED" } as const;
    if (typeof body?.event_id !== "string" || !body.event_id || body.event_id.length > 100 || typeof o?.id !== "string" || !(o.kind === "payment" || o.kind === "refund") || !amount || !(o.status in statuses)) {
      throw new NotificationRefused("MALFORMED", "not a notification");
    }
    const metadata = typeof o.metadata === "object" && o.metadata ? Object.fromEntries(Object.entries(o.metadata).filter(([, v]) => typeof v === "string")) : {};
    return {
      eventId: body.event_id,
      object: o.kind,
      objectId: o.id,
      paymentObjectId: o.kind === "refund" && typeof o.payment_id === "string" ? o.payment_id : null,
      status: statuses[o.status],
      amountKopecks: BigInt(amount[1]!) * 100n + BigInt(amount[2]!),
      currency: o.amount.currency,
      metadata,
      payload: body as unknown as Record<string, unknown>,
    };
  }
}
