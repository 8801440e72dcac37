import { computeLabels, evaluateSla, type OrderLabel, type SlaEvaluation } from "@domovoy/domain";
import type { OrderRow } from "./orders.repository.js";

/** Labels and SLA, from the order's own columns (list rows need no extra query). */
export function evaluateOrder(order: OrderRow, now: Date): { sla: SlaEvaluation; labels: OrderLabel[] } {
  const sla = evaluateSla({
    status: order.status,
    createdAt: order.createdAt,
    firstInProgressAt: order.firstInProgressAt,
    doneAt: order.doneAt,
    cancelledAt: order.cancelledAt,
    deadlines: { reaction: order.reactionDueAt, execution: order.executionDueAt },
    recorded: { reaction: order.slaReaction, execution: order.slaExecution },
    now,
  });
  const labels = computeLabels({
    status: order.status,
    sla,
    importantCommentUnseen: order.importantCommentUnseen,
    resumeBy: order.resumeBy,
    invoiceState: order.invoiceState,
    refundState: order.refundState,
    now,
  });
  return { sla, labels };
}
