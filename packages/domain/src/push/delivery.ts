/** Who a notification is for: an employee (the employee app /m) or a resident (the resident app /r). */
export type PushRecipient = "EMPLOYEE" | "RESIDENT";

/**
 * Notification kinds that reach a device as Web Push, per recipient. Staff: being made an executor,
 * a resident's chat message, an important comment; the desk's kinds (a new order for the
 * dispatchers, refunds, payment alerts) stay in the notification centre. Residents: everything
 * their outbox gets.
 */
export const PUSHED_KINDS: Record<PushRecipient, readonly string[]> = {
  EMPLOYEE: ["ASSIGNED", "CHAT_MESSAGE", "IMPORTANT_COMMENT"],
  RESIDENT: ["STATUS_CHANGED", "CHAT_MESSAGE", "RATE_REQUEST", "REFUND_DECIDED"],
};

export function isPushed(kind: string, recipient: PushRecipient): boolean {
  return PUSHED_KINDS[recipient].includes(kind);
}

/** Where a click on the notification leads: the order's card in the recipient's app, or the app itself. */
export function pushLink(recipient: PushRecipient, orderNumber: number | null | undefined): string {
  const app = recipient === "EMPLOYEE" ? "/m" : "/r";
  if (orderNumber == null) return recipient === "EMPLOYEE" ? "/m" : "/r/orders";
  return `${app}/orders/${orderNumber}`;
}

/**
 * What one answer of a push service means for a delivery (RFC 8030 §5, §6.2; the services' own
 * documentation): 201/2xx sent; 404 and 410 the subscription is gone for good (delete it); 429,
 * 5xx, a time-out or a network failure try again later; any other 4xx (a malformed request, a
 * payload too large, VAPID keys the subscription was not made with) would fail the same way
 * again, so it is dropped and counted against the subscription.
 */
export type PushOutcome = "SENT" | "GONE" | "RETRY" | "DROP";

export function pushOutcome(answer: number | "TIMEOUT" | "NETWORK"): PushOutcome {
  if (answer === "TIMEOUT" || answer === "NETWORK") return "RETRY";
  if (answer >= 200 && answer < 300) return "SENT";
  if (answer === 404 || answer === 410) return "GONE";
  if (answer === 429 || answer === 408 || answer >= 500) return "RETRY";
  return "DROP";
}

/** Tries of one delivery before it is given up and recorded as such (the send job's maxAttempts). */
export const PUSH_SEND_ATTEMPTS = 8;
/** The soonest and latest a push service's Retry-After moves the next try (a push hours late is news no more). */
export const PUSH_RETRY_AFTER_MIN_MS = 1000;
export const PUSH_RETRY_AFTER_MAX_MS = 60 * 60_000;
/** Deliveries (sent, dropped or given up) older than this are deleted by the periodic clean-up. */
export const PUSH_DELIVERY_RETENTION_DAYS = 30;

/**
 * A push service's Retry-After (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) as the wait in
 * milliseconds from `now`, kept within [PUSH_RETRY_AFTER_MIN_MS, PUSH_RETRY_AFTER_MAX_MS]; null when
 * there is none or it is not a valid value (the queue's own backoff applies then).
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | null {
  const value = header?.trim();
  if (!value) return null;
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    // An HTTP-date names its day of the week and GMT; Date.parse alone would take "5" or "tomorrow"-like text.
    if (!/^[A-Za-z]{3},\s+\d{2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+GMT$/.test(value)) return null;
    const at = Date.parse(value);
    if (Number.isNaN(at)) return null;
    ms = at - now.getTime();
  }
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(ms, PUSH_RETRY_AFTER_MIN_MS), PUSH_RETRY_AFTER_MAX_MS);
}
