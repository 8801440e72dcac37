import { formatQuantity, kopecksToText, refundHoldsMoney, textToKopecks, type RefundDecision, type RefundSettlement } from "@domovoy/domain";
import { t } from "$lib/i18n";
import { formatMoney } from "$lib/i18n/format";

/**
 * What the refund forms (staff «Сделать возврат», the resident's «Запросить возврат») and the
 * refund lists work out from an invoice: per line the quantity no refund holds yet, what was given
 * back, whether a request waits. The server decides again on save (the same domain rule, in
 * thousandths and kopecks); these only say what the form may offer.
 */
export type InvoiceLineLike = { id: string; quantity: string };
export type RefundLike = {
  decision: RefundDecision;
  settlement: RefundSettlement;
  amount: string;
  lines: readonly { invoiceLineId: string; quantity: string }[];
};
/** One line of a refund form: ticked or not, and the quantity typed. */
export type RefundChoice = Record<string, { on: boolean; quantity: string }>;

/** A decimal quantity from the API ("1.5") in thousandths. */
function milli(quantity: string): bigint {
  const [whole = "0", fraction = ""] = quantity.split(".");
  return BigInt(whole) * 1000n + BigInt(fraction.padEnd(3, "0").slice(0, 3));
}

/** Per line: the quantity not yet held by a refund (a request, or a confirmed refund that did not fail), as "1.5". */
export function refundLeft(lines: readonly InvoiceLineLike[], refunds: readonly RefundLike[]): Record<string, string> {
  const taken = new Map<string, bigint>();
  for (const refund of refunds) {
    if (!refundHoldsMoney(refund.decision, refund.settlement)) continue;
    for (const line of refund.lines) taken.set(line.invoiceLineId, (taken.get(line.invoiceLineId) ?? 0n) + milli(line.quantity));
  }
  return Object.fromEntries(
    lines.map((line) => {
      const rest = milli(line.quantity) - (taken.get(line.id) ?? 0n);
      return [line.id, formatQuantity(rest > 0n ? rest : 0n)];
    }),
  );
}

/** Whether any line still has something to refund. */
export function anythingLeft(left: Record<string, string>): boolean {
  return Object.values(left).some((quantity) => quantity !== "0");
}

/** What confirmed refunds that did not fail gave back, as Money text ("1150.00"). */
export function refundedTotal(refunds: readonly Pick<RefundLike, "decision" | "settlement" | "amount">[]): string {
  const total = refunds.filter((r) => r.decision === "CONFIRMED" && r.settlement !== "FAILED").reduce((sum, r) => sum + (textToKopecks(r.amount) ?? 0n), 0n);
  return kopecksToText(total);
}

/** A request waits for staff: the resident may not ask again until it is decided. */
export function requestWaiting(refunds: readonly Pick<RefundLike, "decision">[]): boolean {
  return refunds.some((r) => r.decision === "REQUESTED");
}

/** A fresh form: nothing ticked, each line's quantity set to what is left ("1,5"). */
export function emptyRefundChoice(lines: readonly InvoiceLineLike[], left: Record<string, string>): RefundChoice {
  return Object.fromEntries(lines.map((line) => [line.id, { on: false, quantity: (left[line.id] ?? "0").replace(".", ",") }]));
}

/** The ticked lines as the API takes them (the server parses "0,5" and "0.5" alike). */
export function chosenRefundLines(choice: RefundChoice): { lineId: string; quantity: string }[] {
  return Object.entries(choice)
    .filter(([, line]) => line.on)
    .map(([lineId, line]) => ({ lineId, quantity: line.quantity.trim() }));
}

/** «Возврат · 450,00 ₽ · Подтверждён · деньги возвращены»: a refund's label in the card's lists (staff and resident). */
export function refundLabel(refund: Pick<RefundLike, "decision" | "settlement" | "amount">): string {
  const settlement = refund.settlement !== "NONE" ? t(`payments.settlement.${refund.settlement}`) : "";
  return [t("payments.refund.title"), formatMoney(refund.amount), t(`payments.decision.${refund.decision}`), settlement].filter(Boolean).join(" · ");
}
