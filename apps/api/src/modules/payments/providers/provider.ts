/**
 * The acquirer interface (эквайринг). Domovoy talks to an acquirer in three ways, and an adapter for
 * a real one (YooKassa, CloudPayments, Tinkoff) implements exactly these; see the README
 * («Online payments: adding an acquirer»):
 *
 * - `createPayment`: a payment of an amount with an idempotency key (the same key again returns the
 *   same payment, never a second one), answering the hosted page the resident is sent to.
 * - `refund`: a refund of part or all of a succeeded payment, with an idempotency key (a retry after
 *   a timeout must not refund twice); the answer may be final or PENDING (a notification follows).
 * - `verifyNotification`: the acquirer's asynchronous notification (webhook) as it arrived — raw
 *   body and headers — checked (signature, freshness) and parsed, or refused with
 *   NotificationRefused. Everything after that (idempotency by event id, the order of events, the
 *   amount against the invoice, the organization) is Domovoy's and the same for every acquirer.
 */

export type ProviderPaymentStatus = "PENDING" | "SUCCEEDED" | "CANCELED" | "FAILED";
export type ProviderRefundStatus = "PENDING" | "SUCCEEDED" | "FAILED";

export type CreatePaymentRequest = {
  organizationId: string;
  idempotencyKey: string;
  /** Kopecks. */
  amountKopecks: bigint;
  description: string;
  merchantName: string;
  /** Where the hosted page sends the resident back (a path on this server). */
  returnUrl: string;
  /** Sent back in every notification about the payment. */
  metadata: { paymentId: string; invoiceId: string; orderId: string; organizationId: string };
};

export type CreatedPayment = { providerPaymentId: string; confirmationUrl: string; status: ProviderPaymentStatus };

export type RefundRequest = {
  organizationId: string;
  idempotencyKey: string;
  providerPaymentId: string;
  amountKopecks: bigint;
  reason: string;
};

export type ProviderRefund = { providerRefundId: string; status: ProviderRefundStatus; failureReason?: string | null };

export type ProviderNotification = {
  /** The acquirer's id of this notification: the same id twice is the same notification. */
  eventId: string;
  object: "payment" | "refund";
  /** The acquirer's id of the payment or refund. */
  objectId: string;
  /** For a refund: the acquirer's id of the payment it refunds. */
  paymentObjectId: string | null;
  status: ProviderPaymentStatus | ProviderRefundStatus;
  amountKopecks: bigint;
  currency: string;
  metadata: Record<string, string>;
  /** The parsed body, kept in the journal. */
  payload: Record<string, unknown>;
};

/** A notification that is not the acquirer's (bad or missing signature, stale, malformed). */
export class NotificationRefused extends Error {
  constructor(
    readonly reason: "SIGNATURE" | "STALE" | "MALFORMED",
    message: string,
  ) {
    super(message);
  }
}

/** The acquirer did not answer in time: the outcome is unknown (retry with the same idempotency key). */
export class ProviderTimeout extends Error {
  constructor(what: string, ms: number) {
    super(`${what}: no answer from the acquirer within ${ms} ms`);
  }
}

export interface PaymentProvider {
  /** Stored with every payment (`payments.provider`) and in the notification URL. */
  readonly name: string;
  createPayment(request: CreatePaymentRequest): Promise<CreatedPayment>;
  refund(request: RefundRequest): Promise<ProviderRefund>;
  verifyNotification(input: { organizationId: string; headers: Record<string, string | string[] | undefined>; rawBody: Buffer; now: Date }): ProviderNotification;
}

/** Runs a call to the acquirer with a deadline; past it, ProviderTimeout (the call may still complete there). */
export async function withDeadline<T>(what: string, ms: number, call: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProviderTimeout(what, ms)), ms);
  });
  const running = call();
  running.catch(() => undefined);
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
