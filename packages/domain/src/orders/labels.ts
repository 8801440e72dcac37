import type { SlaEvaluation } from "./sla.js";
import type { OrderStatus } from "./status.js";

/** Labels («метки», §4) shown on an order; computed, never stored. */
export const ORDER_LABELS = [
  "SLA_REACTION_BREACHED",
  "SLA_EXECUTION_BREACHED",
  "IMPORTANT_COMMENT",
  "PAUSE_OVERDUE",
  "INVOICE_DRAFT",
  "INVOICE_ISSUED",
  "INVOICE_MARKED_PAID",
  "INVOICE_PAID",
  "REFUND_REQUESTED",
  "REFUND_CONFIRMED",
] as const;
export type OrderLabel = (typeof ORDER_LABELS)[number];

export type InvoiceState = "NONE" | "DRAFT" | "ISSUED" | "MARKED_PAID" | "PAID";
export type RefundState = "NONE" | "REQUESTED" | "CONFIRMED" | "REJECTED";

export type LabelInput = {
  status: OrderStatus;
  sla: SlaEvaluation;
  importantCommentUnseen: boolean;
  resumeBy: Date | null;
  invoiceState: InvoiceState;
  refundState: RefundState;
  now: Date;
};

const INVOICE_LABELS: Record<InvoiceState, OrderLabel | null> = {
  NONE: null,
  DRAFT: "INVOICE_DRAFT",
  ISSUED: "INVOICE_ISSUED",
  MARKED_PAID: "INVOICE_MARKED_PAID",
  PAID: "INVOICE_PAID",
};

const REFUND_LABELS: Record<RefundState, OrderLabel | null> = {
  NONE: null,
  REQUESTED: "REFUND_REQUESTED",
  CONFIRMED: "REFUND_CONFIRMED",
  REJECTED: null,
};

/** A breach label shows while the breach lasts: until the order is taken to work, or done. */
export function computeLabels(input: LabelInput): OrderLabel[] {
  const labels: OrderLabel[] = [];
  const { reaction, execution } = input.sla;
  if (reaction.state === "BREACHED" && (input.status === "PENDING" || input.status === "APPROVAL" || input.status === "NEEDS_CLARIFICATION")) {
    labels.push("SLA_REACTION_BREACHED");
  }
  if (execution.state === "BREACHED" && input.status !== "DONE" && input.status !== "CANCELLED") labels.push("SLA_EXECUTION_BREACHED");
  if (input.importantCommentUnseen) labels.push("IMPORTANT_COMMENT");
  if (input.status === "PAUSED" && input.resumeBy && input.resumeBy.getTime() < input.now.getTime()) labels.push("PAUSE_OVERDUE");
  const invoice = INVOICE_LABELS[input.invoiceState];
  if (invoice) labels.push(invoice);
  const refund = REFUND_LABELS[input.refundState];
  if (refund) labels.push(refund);
  return labels;
}
