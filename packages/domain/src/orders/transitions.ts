import { evaluateSla, executionDueAt, reactionDueAt, type SlaOutcome, type SlaSettings } from "./sla.js";
import type { OrderStatus } from "./status.js";

/**
 * The order's state machine as data: what a status change, a new order or an SLA check changes on
 * the order, which history events the system writes with it, and which SLA checks are then due.
 * The API applies the result in its transaction; the demo seed plays orders through the same
 * functions, so its rows are the ones the product would have written.
 */

/** What the transitions read of an order (the API's order row fits). */
export type OrderState = {
  status: OrderStatus;
  version: number;
  /** How many times the order has reached DONE. */
  completions: number;
  createdAt: Date;
  firstInProgressAt: Date | null;
  doneAt: Date | null;
  cancelledAt: Date | null;
  resumeBy: Date | null;
  slaReactionMinutes: number | null;
  slaExecutionMinutes: number | null;
  reactionDueAt: Date | null;
  executionDueAt: Date | null;
  slaReaction: SlaOutcome | null;
  slaExecution: SlaOutcome | null;
};

export type OrderStateChanges = Partial<
  Pick<
    OrderState,
    "status" | "completions" | "firstInProgressAt" | "doneAt" | "cancelledAt" | "resumeBy" | "reactionDueAt" | "executionDueAt" | "slaReaction" | "slaExecution"
  >
>;

export type SlaEventKind = "SLA_REACTION_KEPT" | "SLA_REACTION_BREACHED" | "SLA_EXECUTION_KEPT" | "SLA_EXECUTION_BREACHED";

/** A history event the system writes (actor SYSTEM). A new order's has no version. */
export type SlaEvent = { kind: SlaEventKind; data: { version?: number; dueAt: Date | null } };

/** The job kind that records an SLA breach at its deadline. */
export const SLA_CHECK_JOB = "orders.sla-check";

export type SlaCheck = "reaction" | "execution";
/** A check to run just after a deadline; one per order and check (a new one replaces the old). */
export type SlaCheckJob = { check: SlaCheck; runAt: Date };

export type Transition = { changes: OrderStateChanges; events: SlaEvent[]; jobs: SlaCheckJob[] };

/** The dedupe key of an order's SLA check job: rescheduling replaces the earlier one. */
export function slaCheckKey(check: SlaCheck, orderId: string): string {
  return `sla:${check}:${orderId}`;
}

/** Base data is frozen once the order is closed or an invoice has gone to the resident. */
export function baseDataLocked(order: { status: OrderStatus; invoiceState: string }): boolean {
  return order.status === "DONE" || order.status === "CANCELLED" || !["NONE", "DRAFT"].includes(order.invoiceState);
}

/** A check at each SLA deadline still undecided, a second after it; none for a cancelled order. */
export function slaChecksDue(
  order: Pick<OrderState, "status" | "firstInProgressAt" | "reactionDueAt" | "executionDueAt" | "slaReaction" | "slaExecution">,
): SlaCheckJob[] {
  if (order.status === "CANCELLED") return [];
  const due: [SlaCheck, Date | null][] = [
    ["reaction", order.slaReaction == null && !order.firstInProgressAt ? order.reactionDueAt : null],
    ["execution", order.slaExecution == null && order.firstInProgressAt && order.status !== "DONE" ? order.executionDueAt : null],
  ];
  return due.flatMap(([check, dueAt]) => (dueAt ? [{ check, runAt: new Date(dueAt.getTime() + 1000) }] : []));
}

/**
 * A new order's clocks: the reaction deadline from creation; an order that starts IN_PROGRESS
 * (services without routing of some kinds) has reacted at once and its execution clock runs.
 */
export function orderOpened(input: { status: OrderStatus; sla: SlaSettings; now: Date }): Transition & {
  changes: Pick<OrderState, "status" | "firstInProgressAt" | "reactionDueAt" | "executionDueAt" | "slaReaction" | "slaExecution">;
} {
  const { status, sla, now } = input;
  const inProgress = status === "IN_PROGRESS";
  const changes: Pick<OrderState, "status" | "firstInProgressAt" | "reactionDueAt" | "executionDueAt" | "slaReaction" | "slaExecution"> = {
    status,
    firstInProgressAt: inProgress ? now : null,
    reactionDueAt: reactionDueAt(now, sla),
    executionDueAt: inProgress ? executionDueAt(now, sla) : null,
    slaReaction: inProgress && sla.reactionMinutes != null ? "KEPT" : null,
    slaExecution: null,
  };
  const events: SlaEvent[] = changes.slaReaction === "KEPT" ? [{ kind: "SLA_REACTION_KEPT", data: { dueAt: changes.reactionDueAt } }] : [];
  return { changes, events, jobs: slaChecksDue(changes) };
}

/**
 * Timestamps and SLA outcomes that follow a status change (already allowed by `checkTransition`).
 * The events carry the order's next version, the one the change is saved as.
 */
export function statusChanged(order: OrderState, to: OrderStatus, input: { resumeBy: Date | null; now: Date }): Transition {
  const { now } = input;
  const version = order.version + 1;
  const changes: OrderStateChanges = { status: to, resumeBy: to === "PAUSED" ? input.resumeBy : null };
  const events: SlaEvent[] = [];
  if (to === "IN_PROGRESS" && !order.firstInProgressAt) {
    changes.firstInProgressAt = now;
    changes.executionDueAt = executionDueAt(now, { reactionMinutes: null, executionMinutes: order.slaExecutionMinutes });
    if (order.reactionDueAt && order.slaReaction == null) {
      const kept = now.getTime() <= order.reactionDueAt.getTime();
      changes.slaReaction = kept ? "KEPT" : "BREACHED";
      events.push({ kind: kept ? "SLA_REACTION_KEPT" : "SLA_REACTION_BREACHED", data: { version, dueAt: order.reactionDueAt } });
    }
  }
  if (to === "DONE") {
    changes.doneAt = now;
    // Each completion can be rated anew (§14).
    changes.completions = order.completions + 1;
    if (order.executionDueAt && order.slaExecution == null) {
      const kept = now.getTime() <= order.executionDueAt.getTime();
      changes.slaExecution = kept ? "KEPT" : "BREACHED";
      events.push({ kind: kept ? "SLA_EXECUTION_KEPT" : "SLA_EXECUTION_BREACHED", data: { version, dueAt: order.executionDueAt } });
    }
  }
  // A reopened order keeps its recorded execution outcome: one outcome per clock, recorded once.
  if (to === "REOPENED") changes.doneAt = null;
  if (to === "CANCELLED") changes.cancelledAt = now;
  return { changes, events, jobs: slaChecksDue({ ...order, ...changes }) };
}

/**
 * The SLA check job at `now`: records a breach once its deadline has passed and nothing decided it
 * before. Not an edit: the events carry the current version. Idempotent (a second run changes nothing).
 */
export function slaChecked(order: OrderState, now: Date): Transition {
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
  const changes: OrderStateChanges = {};
  const events: SlaEvent[] = [];
  if (sla.reaction.state === "BREACHED" && order.slaReaction == null && !order.firstInProgressAt) {
    changes.slaReaction = "BREACHED";
    events.push({ kind: "SLA_REACTION_BREACHED", data: { version: order.version, dueAt: order.reactionDueAt } });
  }
  if (sla.execution.state === "BREACHED" && order.slaExecution == null && order.status !== "DONE") {
    changes.slaExecution = "BREACHED";
    events.push({ kind: "SLA_EXECUTION_BREACHED", data: { version: order.version, dueAt: order.executionDueAt } });
  }
  return { changes, events, jobs: [] };
}
