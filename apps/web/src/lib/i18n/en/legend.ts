import type { PartKey } from "../ru";
import type { Message } from "../types";

/** English texts of the labels' legend, key for key with `ru/legend.ts`. */
export const legendEn: Record<PartKey<"legendRu">, Message> = {
  "legend.open": "What the labels mean",
  "legend.title": "Request labels",
  "legend.SLA_REACTION_BREACHED": "The request was not taken into work within the service's reaction time.",
  "legend.SLA_EXECUTION_BREACHED": "The request was not done by its “Due” date.",
  "legend.IMPORTANT_COMMENT": "An employee left an important comment that nobody has opened yet.",
  "legend.PAUSE_OVERDUE": "The request is paused and its “Resume by” date has passed.",
  "legend.INVOICE_DRAFT": "The invoice is being drawn up and has not been issued to the resident.",
  "legend.INVOICE_ISSUED": "The invoice is issued in the resident's app and waits for payment.",
  "legend.INVOICE_MARKED_PAID": "An employee marked the invoice as paid (cash, bank transfer).",
  "legend.INVOICE_PAID": "The resident paid the invoice online.",
  "legend.REFUND_REQUESTED": "The resident asked for their money back; an employee decides.",
  "legend.REFUND_CONFIRMED": "The refund is confirmed.",
};
