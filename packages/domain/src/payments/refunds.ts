import { checkQuantity, type MoneyRefusal } from "../invoices/money.js";

/**
 * Refunds of a paid invoice (guide §24). Full: every line's remaining quantity. Partial: chosen
 * lines with a quantity each (fractions where the unit allows them).
 *
 * Amounts: a line's refunds are its total split by quantity — the first x units of a line are worth
 * round half up (total × x / quantity) — so refunding q units after r were refunded gives
 * share(r + q) − share(r). Refunding a line in any number of pieces therefore comes to exactly its
 * total, never a kopeck more or less.
 *
 * What holds money: a request (REQUESTED) and a confirmed refund that did not fail at the provider.
 * Their sum never exceeds what was paid, per line and in total (the database checks it as well).
 */

export type RefundDecision = "REQUESTED" | "CONFIRMED" | "REJECTED";
export type RefundSettlement = "NONE" | "PENDING" | "SUCCEEDED" | "FAILED" | "RECORDED";

export type RefundRefusal =
  | "NOT_PAID"
  | "NOTHING_TO_REFUND"
  | "NO_LINES"
  | "UNKNOWN_LINE"
  | "DUPLICATE_LINE"
  | "EXCEEDS_LINE"
  | "EXCEEDS_PAID"
  | "REASON_REQUIRED"
  | MoneyRefusal;

export interface RefundableLine {
  id: string;
  unit: string;
  quantityMilli: bigint;
  /** Kopecks. */
  total: bigint;
  /** What the refunds holding money already took from this line. */
  refundedQuantityMilli: bigint;
  refundedKopecks: bigint;
}

export type RefundRequest = { kind: "FULL" } | { kind: "PARTIAL"; lines: readonly { lineId: string; quantityMilli: bigint }[] };

export type RefundPlan = { lines: { lineId: string; quantityMilli: bigint; amount: bigint }[]; amount: bigint };

/** Whether a refund in this state holds money (counts against what was paid). */
export function refundHoldsMoney(decision: RefundDecision, settlement: RefundSettlement): boolean {
  return decision === "REQUESTED" || (decision === "CONFIRMED" && settlement !== "FAILED");
}

/** round half up (total × part / whole), kopecks. */
function share(total: bigint, part: bigint, whole: bigint): bigint {
  if (part >= whole) return total;
  return (total * part * 2n + whole) / (whole * 2n);
}

/** The kopecks of `quantityMilli` more units of a line, after what its refunds already took. */
export function refundLineAmount(line: Pick<RefundableLine, "quantityMilli" | "total" | "refundedQuantityMilli" | "refundedKopecks">, quantityMilli: bigint): bigint {
  const amount = share(line.total, line.refundedQuantityMilli + quantityMilli, line.quantityMilli) - line.refundedKopecks;
  return amount < 0n ? 0n : amount;
}

/**
 * Plans a refund: which lines, how much of each, the kopecks; or why not. `paid` is what the
 * invoice was paid (0 when it is not paid), `refunded` what refunds already hold.
 */
export function planRefund(input: {
  paid: bigint;
  refunded: bigint;
  lines: readonly RefundableLine[];
  request: RefundRequest;
}): { ok: true; plan: RefundPlan } | { ok: false; refusal: RefundRefusal; lineId?: string } {
  if (input.paid <= 0n) return { ok: false, refusal: "NOT_PAID" };
  const planned: RefundPlan["lines"] = [];
  if (input.request.kind === "FULL") {
    for (const line of input.lines) {
      const rest = line.quantityMilli - line.refundedQuantityMilli;
      if (rest <= 0n) continue;
      planned.push({ lineId: line.id, quantityMilli: rest, amount: refundLineAmount(line, rest) });
    }
    if (planned.length === 0) return { ok: false, refusal: "NOTHING_TO_REFUND" };
  } else {
    if (input.request.lines.length === 0) return { ok: false, refusal: "NO_LINES" };
    const seen = new Set<string>();
    for (const wanted of input.request.lines) {
      const line = input.lines.find((l) => l.id === wanted.lineId);
      if (!line) return { ok: false, refusal: "UNKNOWN_LINE", lineId: wanted.lineId };
      if (seen.has(line.id)) return { ok: false, refusal: "DUPLICATE_LINE", lineId: line.id };
      seen.add(line.id);
      const quantity = checkQuantity(wanted.quantityMilli, line.unit);
      if (!quantity.ok) return { ok: false, refusal: quantity.refusal, lineId: line.id };
      if (line.refundedQuantityMilli + quantity.value > line.quantityMilli) return { ok: false, refusal: "EXCEEDS_LINE", lineId: line.id };
      planned.push({ lineId: line.id, quantityMilli: quantity.value, amount: refundLineAmount(line, quantity.value) });
    }
  }
  const amount = planned.reduce((sum, l) => sum + l.amount, 0n);
  if (amount <= 0n) return { ok: false, refusal: "NOTHING_TO_REFUND" };
  if (input.refunded + amount > input.paid) return { ok: false, refusal: "EXCEEDS_PAID" };
  return { ok: true, plan: { lines: planned, amount } };
}

/**
 * The order's refund label state (§4 «Возврат запрошен» / «Возврат подтвержден»): a request waiting
 * for a decision wins; then a confirmed refund that did not fail; then a rejection; else none.
 */
export function orderRefundState(refunds: readonly { decision: RefundDecision; settlement: RefundSettlement }[]): "NONE" | "REQUESTED" | "CONFIRMED" | "REJECTED" {
  if (refunds.some((r) => r.decision === "REQUESTED")) return "REQUESTED";
  if (refunds.some((r) => r.decision === "CONFIRMED" && r.settlement !== "FAILED")) return "CONFIRMED";
  if (refunds.some((r) => r.decision === "REJECTED")) return "REJECTED";
  return "NONE";
}

export type OrderRefundSummary = { decision: "REQUESTED" | "CONFIRMED" | "REJECTED"; settlement: RefundSettlement; amount: bigint };

/**
 * The refund label with its amount and state (the list, the card, the report), or null without
 * refunds. REQUESTED: what the waiting requests ask for. CONFIRMED: the total of confirmed refunds
 * that did not fail, PENDING while any of them is still with the acquirer, RECORDED when all were
 * handed back in cash, else SUCCEEDED. REJECTED: the last rejected request's amount. `refunds`
 * oldest first.
 */
export function orderRefundSummary(refunds: readonly { decision: RefundDecision; settlement: RefundSettlement; amount: bigint }[]): OrderRefundSummary | null {
  const decision = orderRefundState(refunds);
  const sum = (rows: readonly { amount: bigint }[]) => rows.reduce((total, r) => total + r.amount, 0n);
  switch (decision) {
    case "NONE":
      return null;
    case "REQUESTED":
      return { decision, settlement: "NONE", amount: sum(refunds.filter((r) => r.decision === "REQUESTED")) };
    case "REJECTED":
      return { decision, settlement: "NONE", amount: refunds.filter((r) => r.decision === "REJECTED").at(-1)!.amount };
    case "CONFIRMED": {
      const confirmed = refunds.filter((r) => refundHoldsMoney(r.decision, r.settlement));
      const settlement = confirmed.some((r) => r.settlement === "PENDING") ? "PENDING" : confirmed.every((r) => r.settlement === "RECORDED") ? "RECORDED" : "SUCCEEDED";
      return { decision, settlement, amount: sum(confirmed) };
    }
  }
}

/** An acquirer's report of a payment's state, as Domovoy names it. */
export type PaymentStatus = "PENDING" | "SUCCEEDED" | "CANCELED" | "FAILED";

/**
 * What a verified notification does to a payment: a payment moves only forward, from PENDING to a
 * final state, once. A repeated or late notification (a «pending» after «succeeded», a second
 * «succeeded») changes nothing, whatever order they arrive in.
 */
export function paymentNotificationEffect(current: PaymentStatus, reported: PaymentStatus): "APPLY" | "UNCHANGED" {
  if (current !== "PENDING") return "UNCHANGED";
  return reported === "PENDING" ? "UNCHANGED" : "APPLY";
}

/** The same for a refund at the provider: PENDING moves once to SUCCEEDED or FAILED. */
export function refundNotificationEffect(current: RefundSettlement, reported: "PENDING" | "SUCCEEDED" | "FAILED"): "APPLY" | "UNCHANGED" {
  if (current !== "PENDING") return "UNCHANGED";
  return reported === "PENDING" ? "UNCHANGED" : "APPLY";
}
