import type { OrderStatus } from "./status.js";

/**
 * The SLA clock (§4). Reaction runs from creation to the first IN_PROGRESS; execution from the
 * first IN_PROGRESS to DONE. Both are wall-clock: the guide defines them by those two moments only,
 * so a pause does not stop them. A reopened order runs against its original execution deadline
 * again (the work was not done after all). Cancelling stops both clocks.
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
  settings: SlaSettings;
  now: Date;
};

export type SlaClock = { dueAt: Date | null; state: SlaClockState };
export type SlaEvaluation = { reaction: SlaClock; execution: SlaClock };

const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

export function reactionDueAt(createdAt: Date, settings: SlaSettings): Date | null {
  return settings.reactionMinutes == null ? null : addMinutes(createdAt, settings.reactionMinutes);
}

export function executionDueAt(firstInProgressAt: Date | null, settings: SlaSettings): Date | null {
  return settings.executionMinutes == null || !firstInProgressAt ? null : addMinutes(firstInProgressAt, settings.executionMinutes);
}

function clock(dueAt: Date | null, metAt: Date | null, stoppedAt: Date | null, now: Date): SlaClock {
  if (!dueAt) return { dueAt, state: "NONE" };
  if (metAt) return { dueAt, state: metAt.getTime() <= dueAt.getTime() ? "KEPT" : "BREACHED" };
  const until = stoppedAt ?? now;
  if (until.getTime() > dueAt.getTime()) return { dueAt, state: "BREACHED" };
  return { dueAt, state: stoppedAt ? "STOPPED" : "RUNNING" };
}

export function evaluateSla(input: SlaInput): SlaEvaluation {
  const { settings, now } = input;
  const cancelledAt = input.status === "CANCELLED" ? (input.cancelledAt ?? now) : null;
  const doneAt = input.status === "DONE" ? (input.doneAt ?? now) : null;
  return {
    reaction: clock(reactionDueAt(input.createdAt, settings), input.firstInProgressAt, cancelledAt, now),
    execution: input.firstInProgressAt
      ? clock(executionDueAt(input.firstInProgressAt, settings), doneAt, cancelledAt, now)
      : { dueAt: null, state: "NONE" },
  };
}
