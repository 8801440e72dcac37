import type { OrderStatus } from "./status.js";

/**
 * The SLA clock (§4). Reaction runs from creation to the first IN_PROGRESS; execution from the
 * first IN_PROGRESS to DONE. Both are wall-clock: the guide defines them by those two moments only,
 * so a pause does not stop them. Cancelling stops both clocks.
 *
 * Each clock has one outcome, recorded once (`recorded`, the order's sla_reaction/sla_execution):
 * once recorded it is what the card, the labels, the filter and the history show, even if the order
 * is later reopened and done again. Without it the card said «соблюдён» while a reopened order's
 * label said «Нарушен».
 */
export type SlaSettings = { reactionMinutes: number | null; executionMinutes: number | null };

export type SlaClockState =
  /** The service sets no limit (or execution has not started yet). */
  | "NONE"
  | "RUNNING"
  | "KEPT"
  | "BREACHED"
  /** Cancelled before the deadline: neither kept nor breached. */
  | "STOPPED";

export type SlaInput = {
  status: OrderStatus;
  createdAt: Date;
  firstInProgressAt: Date | null;
  /** When the order became DONE, if it is DONE now. */
  doneAt: Date | null;
  /** When the order was cancelled, if it is CANCELLED now. */
  cancelledAt: Date | null;
  /**
   * The deadlines stored on the order (reaction_due_at, execution_due_at, set by the transitions
   * from the service's limits): the list's SQL filters read the same columns, so labels and filter agree.
   */
  deadlines: { reaction: Date | null; execution: Date | null };
  /** The outcomes already recorded on the order (null while a clock is undecided). */
  recorded: { reaction: SlaOutcome | null; execution: SlaOutcome | null };
  now: Date;
};

export type SlaOutcome = "KEPT" | "BREACHED";

export type SlaClock = { dueAt: Date | null; state: SlaClockState };
export type SlaEvaluation = { reaction: SlaClock; execution: SlaClock };

const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

export function reactionDueAt(createdAt: Date, settings: SlaSettings): Date | null {
  return settings.reactionMinutes == null ? null : addMinutes(createdAt, settings.reactionMinutes);
}

export function executionDueAt(firstInProgressAt: Date | null, settings: SlaSettings): Date | null {
  return settings.executionMinutes == null || !firstInProgressAt ? null : addMinutes(firstInProgressAt, settings.executionMinutes);
}

function clock(dueAt: Date | null, recorded: SlaOutcome | null, metAt: Date | null, stoppedAt: Date | null, now: Date): SlaClock {
  if (!dueAt) return { dueAt, state: "NONE" };
  if (recorded) return { dueAt, state: recorded };
  if (metAt) return { dueAt, state: metAt.getTime() <= dueAt.getTime() ? "KEPT" : "BREACHED" };
  const until = stoppedAt ?? now;
  if (until.getTime() > dueAt.getTime()) return { dueAt, state: "BREACHED" };
  return { dueAt, state: stoppedAt ? "STOPPED" : "RUNNING" };
}

export function evaluateSla(input: SlaInput): SlaEvaluation {
  const { deadlines, now } = input;
  const cancelledAt = input.status === "CANCELLED" ? (input.cancelledAt ?? now) : null;
  const doneAt = input.status === "DONE" ? (input.doneAt ?? now) : null;
  return {
    reaction: clock(deadlines.reaction, input.recorded.reaction, input.firstInProgressAt, cancelledAt, now),
    execution: input.firstInProgressAt
      ? clock(deadlines.execution, input.recorded.execution, doneAt, cancelledAt, now)
      : { dueAt: null, state: "NONE" },
  };
}
