/**
 * The invoice's life (guide §22–§23, issue #13):
 *
 *   DRAFT ──issue («Активировать в ЛК»)──▶ ISSUED ──pay online (payments part)──▶ PAID
 *     ▲                                      │
 *     │                                      └──mark paid (staff: who, when)──▶ MARKED_PAID
 *     └──── make unpaid («Сделать неоплаченным») from ISSUED or MARKED_PAID ────┘
 *
 * - Lines are added, changed and removed only in DRAFT.
 * - An invoice without lines is not issued (nothing to pay).
 * - Marking paid needs an issued invoice: a draft is not visible to the resident yet, so it is
 *   first activated (one click more for a cash payment, but the resident's app then shows it).
 * - An invoice paid online never returns to DRAFT (the money came through the provider: only a
 *   refund undoes it) and is never «marked paid»; a marked-paid one is not paid online again.
 * - Nor does a marked-paid invoice with refunds that hold money (requested, or confirmed and not
 *   failed): its lines would change under money already given back.
 */
export const INVOICE_STATES = ["DRAFT", "ISSUED", "PAID", "MARKED_PAID"] as const;
export type InvoiceLifeState = (typeof INVOICE_STATES)[number];

export const INVOICE_ACTIONS = ["EDIT_LINES", "ISSUE", "MARK_PAID", "PAY_ONLINE", "MAKE_UNPAID"] as const;
export type InvoiceAction = (typeof INVOICE_ACTIONS)[number];

export type InvoiceRefusal =
  | "INVOICE_NOT_DRAFT"
  | "INVOICE_EMPTY"
  | "INVOICE_NOT_ISSUED"
  | "INVOICE_ALREADY_PAID"
  | "INVOICE_PAID_ONLINE"
  | "INVOICE_ALREADY_DRAFT"
  | "INVOICE_HAS_REFUNDS";

export type InvoiceStep = { ok: true; to: InvoiceLifeState } | { ok: false; refusal: InvoiceRefusal };

const paid = (state: InvoiceLifeState) => state === "PAID" || state === "MARKED_PAID";

/**
 * Where `action` takes an invoice in `state` with `lineCount` lines, or why it may not;
 * `holdsRefunds`: some refund of it holds money (requested, or confirmed and not failed).
 */
export function invoiceStep(state: InvoiceLifeState, action: InvoiceAction, lineCount: number, holdsRefunds = false): InvoiceStep {
  switch (action) {
    case "EDIT_LINES":
      return state === "DRAFT" ? { ok: true, to: "DRAFT" } : { ok: false, refusal: "INVOICE_NOT_DRAFT" };
    case "ISSUE":
      if (state !== "DRAFT") return { ok: false, refusal: "INVOICE_NOT_DRAFT" };
      return lineCount > 0 ? { ok: true, to: "ISSUED" } : { ok: false, refusal: "INVOICE_EMPTY" };
    case "MARK_PAID":
    case "PAY_ONLINE":
      if (paid(state)) return { ok: false, refusal: "INVOICE_ALREADY_PAID" };
      if (state !== "ISSUED") return { ok: false, refusal: "INVOICE_NOT_ISSUED" };
      return { ok: true, to: action === "MARK_PAID" ? "MARKED_PAID" : "PAID" };
    case "MAKE_UNPAID":
      if (state === "PAID") return { ok: false, refusal: "INVOICE_PAID_ONLINE" };
      if (state === "DRAFT") return { ok: false, refusal: "INVOICE_ALREADY_DRAFT" };
      if (holdsRefunds) return { ok: false, refusal: "INVOICE_HAS_REFUNDS" };
      return { ok: true, to: "DRAFT" };
  }
}

/** Whether the resident sees the invoice (anything but a draft). */
export function invoiceVisibleToResident(state: InvoiceLifeState): boolean {
  return state !== "DRAFT";
}

/** The order card's actions the staff see for an invoice in this state (buttons, not permissions). */
export function invoiceActions(state: InvoiceLifeState, lineCount: number): InvoiceAction[] {
  return (["EDIT_LINES", "ISSUE", "MARK_PAID", "MAKE_UNPAID"] as const).filter((action) => invoiceStep(state, action, lineCount).ok);
}
