import type { OrderStatus } from "@domovoy/domain";
import { allocate, between, shuffle, type Random } from "../random.js";
import { DAY, HISTORY, HOUR, MINUTE, type Context, type Place, type Service, type Step } from "./model.js";
import {
  CANCEL_COMMENTS,
  GENERIC_PAUSE_COMMENTS,
  GENERIC_REOPEN_COMMENTS,
  PAUSE_COMMENTS,
  REOPEN_COMMENTS,
  RESIDENT_REOPEN_COMMENTS,
  STATUS_SHARES,
  WORK_COMMENTS,
} from "./texts.js";

export type Scenario =
  | "pending"
  | "pendingBreached"
  | "inProgress"
  | "inProgressOverdue"
  | "paused"
  | "pausedOverdue"
  | "done"
  | "reopened"
  | "cancelled"
  | "duplicate";

export const STATUS_OF: Record<Scenario, OrderStatus> = {
  pending: "PENDING",
  pendingBreached: "PENDING",
  inProgress: "IN_PROGRESS",
  inProgressOverdue: "IN_PROGRESS",
  paused: "PAUSED",
  pausedOverdue: "PAUSED",
  done: "DONE",
  reopened: "REOPENED",
  cancelled: "CANCELLED",
  duplicate: "CANCELLED",
};

/**
 * Which services can end up in a scenario under the rules: an appointment starts in work, so it
 * is never pending; and no order has a document yet (they arrive with conversations), so a service
 * that needs one to close is never done, nor reopened.
 */
export function eligible(service: Service, scenario: Scenario): boolean {
  const appointment = service.kind === "APPOINTMENT";
  switch (scenario) {
    case "pending":
    case "pausedOverdue":
      return !appointment;
    case "paused":
      // Work waits for a part or a convenient day where the service allows days, not for an emergency.
      return !appointment && (service.executionMinutes == null || service.executionMinutes >= 1440);
    case "pendingBreached":
      return !appointment && service.reactionMinutes != null;
    case "inProgress":
    case "cancelled":
      return true;
    case "inProgressOverdue":
      return service.executionMinutes != null;
    case "done":
      return !service.documentRequiredToClose;
    case "reopened":
      return !service.documentRequiredToClose && !appointment && !service.routingEnabled;
    case "duplicate":
      return !appointment && !service.routingEnabled;
  }
}

export function scenarios(random: Random, total: number): Scenario[] {
  const counts = allocate(total, STATUS_SHARES);
  const list: Scenario[] = [];
  const split = (status: OrderStatus, special: Scenario, plain: Scenario, share: number, minimum = 0) => {
    const n = counts.get(status)!;
    const k = Math.min(n, Math.max(minimum, Math.round(n * share)));
    for (let i = 0; i < n; i++) list.push(i < k ? special : plain);
  };
  split("PENDING", "pendingBreached", "pending", 0.2, 1);
  split("IN_PROGRESS", "inProgressOverdue", "inProgress", 0.2, 1);
  const paused = counts.get("PAUSED")!;
  split("PAUSED", "pausedOverdue", "paused", paused >= 5 ? 2 / paused : 0);
  split("CANCELLED", "duplicate", "cancelled", total >= 100 ? 2 / counts.get("CANCELLED")! : 0);
  for (let i = 0; i < counts.get("DONE")!; i++) list.push("done");
  for (let i = 0; i < counts.get("REOPENED")!; i++) list.push("reopened");
  return shuffle(random, list);
}

/** When the reaction came (the first IN_PROGRESS), relative to creation. */
export function reactionDelay(random: Random, service: Service, breach: boolean): number {
  const limit = service.reactionMinutes;
  if (limit == null) return between(random, 20, 360) * MINUTE;
  return (breach ? limit * between(random, 1.2, 3) + between(random, 0, 60) : limit * between(random, 0.1, 0.9)) * MINUTE;
}

/** How long the work took from the first IN_PROGRESS. */
export function executionSpan(random: Random, service: Service, breach: boolean): number {
  const limit = service.executionMinutes;
  if (limit == null) return between(random, 60, 2880) * MINUTE;
  return (breach ? limit * between(random, 1.1, 1.8) : limit * between(random, 0.08, 0.85)) * MINUTE;
}

/** The steps that take a new order to work; returns the moment it went IN_PROGRESS. */
export function beginWork(random: Random, service: Service, steps: Step[], breachReaction: boolean): number {
  if (service.kind === "APPOINTMENT") {
    // Created in work: the dispatcher only names who receives the resident.
    steps.push({ kind: "save", at: between(random, 10, 180) * MINUTE, by: "dispatcher", assign: true });
    return 0;
  }
  let from = 0;
  if (service.routingEnabled) {
    from = between(random, 1, 20) * HOUR;
    steps.push({ kind: "save", at: from, by: "dispatcher", status: "PENDING" });
  }
  const start = from + reactionDelay(random, service, breachReaction);
  if (random.chance(0.45)) {
    steps.push({ kind: "save", at: start, by: "dispatcher", assign: true, status: "IN_PROGRESS", comment: random.chance(0.12) ? random.pick(WORK_COMMENTS) : undefined });
  } else {
    steps.push({ kind: "save", at: from + (start - from) * between(random, 0.2, 0.8), by: "dispatcher", assign: true });
    steps.push({ kind: "save", at: start, by: "executor", status: "IN_PROGRESS" });
  }
  return start;
}

export function pauseComment(random: Random, service: Service): string {
  return random.pick([...(PAUSE_COMMENTS[service.name] ?? []), ...GENERIC_PAUSE_COMMENTS]);
}

/** A pause and a resume within [from, to); returns the resume moment. */
export function pauseAndResume(random: Random, service: Service, steps: Step[], from: number, to: number): number {
  const pausedAt = from + (to - from) * between(random, 0.1, 0.4);
  const days = random.int(1, 3);
  const resumedAt = Math.min(pausedAt + between(random, 2 * HOUR, days * 20 * HOUR), from + (to - from) * 0.8);
  steps.push({ kind: "save", at: pausedAt, by: random.chance(0.5) ? "executor" : "dispatcher", status: "PAUSED", comment: pauseComment(random, service), resumeBy: { afterDays: days } });
  steps.push({ kind: "save", at: resumedAt, by: "executor", status: "IN_PROGRESS", comment: random.chance(0.4) ? "" : undefined });
  return resumedAt;
}

export function reopen(random: Random, service: Service, place: Place, steps: Step[], at: number): void {
  if (service.residentMayReopen && place.usesApp && random.chance(0.6)) {
    steps.push({ kind: "resident", at, to: "REOPENED", comment: random.pick(RESIDENT_REOPEN_COMMENTS) });
  } else {
    steps.push({ kind: "save", at, by: "dispatcher", status: "REOPENED", comment: random.pick([...(REOPEN_COMMENTS[service.name] ?? []), ...GENERIC_REOPEN_COMMENTS]) });
  }
}

/** The steps of one scenario and the range of ages (now − created) that keep the story true at `now`. */
export function path(ctx: Context, scenario: Scenario, service: Service, place: Place): { steps: Step[]; ages: [number, number] } {
  const { random, now, zone } = ctx;
  const steps: Step[] = [];
  const last = () => steps.reduce((max, step) => Math.max(max, step.at), 0);
  const reaction = service.reactionMinutes == null ? null : service.reactionMinutes * MINUTE;
  const execution = service.executionMinutes == null ? null : service.executionMinutes * MINUTE;

  switch (scenario) {
    case "pending":
    case "pendingBreached": {
      const breached = scenario === "pendingBreached";
      const window = reaction == null ? 2 * DAY : breached ? reaction + between(random, 1, 20) * HOUR : reaction - 3 * MINUTE;
      if (service.routingEnabled) steps.push({ kind: "save", at: window * between(random, 0.2, 0.6), by: "dispatcher", status: "PENDING" });
      else if (random.chance(0.3)) steps.push({ kind: "save", at: Math.max(MINUTE, window * between(random, 0.1, 0.5)), by: "dispatcher", assign: true });
      const lo = Math.max(last() + MINUTE, breached ? reaction! + 10 * MINUTE : 2 * MINUTE);
      return { steps, ages: [lo, Math.max(lo, window)] };
    }
    case "inProgress":
    case "inProgressOverdue": {
      const start = beginWork(random, service, steps, random.chance(0.1));
      if (random.chance(0.12)) pauseAndResume(random, service, steps, start, start + (execution ?? DAY) * 0.9);
      const lo = last() + 5 * MINUTE;
      if (execution == null) return { steps, ages: [lo, lo + 4 * DAY] };
      if (scenario === "inProgressOverdue") {
        const overdue = Math.max(lo, start + execution + 10 * MINUTE);
        return { steps, ages: [overdue, overdue + execution * 0.6 + HOUR] };
      }
      return { steps, ages: [lo, Math.max(lo, start + execution - 5 * MINUTE)] };
    }
    case "paused":
    case "pausedOverdue": {
      const start = beginWork(random, service, steps, random.chance(0.1));
      const pausedAt = start + (execution ?? DAY) * between(random, 0.05, scenario === "paused" ? 0.4 : 0.6);
      if (scenario === "pausedOverdue") {
        // The resume-by day has passed and nobody resumed: the order is flagged «pause overdue».
        const resumeBy = zone.endOfDay(now - random.int(1, 2) * DAY);
        steps.push({ kind: "save", at: pausedAt, by: "dispatcher", status: "PAUSED", comment: pauseComment(random, service), resumeBy: { at: resumeBy } });
        const lo = now - resumeBy + pausedAt + 4 * HOUR;
        return { steps, ages: [lo, lo + 2 * DAY] };
      }
      const resumeBy = zone.endOfDay(now + between(random, 0.3, 4) * DAY);
      steps.push({ kind: "save", at: pausedAt, by: random.chance(0.5) ? "executor" : "dispatcher", status: "PAUSED", comment: pauseComment(random, service), resumeBy: { at: resumeBy } });
      // The execution clock runs on during a pause: mostly the deadline is still ahead.
      const inTime = execution != null && random.chance(0.75) ? start + execution - 10 * MINUTE : pausedAt + 3 * DAY;
      return { steps, ages: [pausedAt + HOUR, Math.max(pausedAt + HOUR, Math.min(inTime, pausedAt + 3 * DAY))] };
    }
    case "done":
    case "reopened": {
      const start = beginWork(random, service, steps, random.chance(0.1));
      const span = executionSpan(random, service, random.chance(0.1));
      const long = execution == null || execution >= 2880 * MINUTE;
      if (random.chance(long ? 0.3 : 0.05)) pauseAndResume(random, service, steps, start, start + span);
      let doneAt = start + span;
      steps.push({ kind: "save", at: doneAt, by: random.chance(0.85) ? "executor" : "dispatcher", status: "DONE" });
      if (scenario === "reopened") {
        const reopenedAt = doneAt + between(random, 3 * HOUR, 3 * DAY);
        reopen(random, service, place, steps, reopenedAt);
        return { steps, ages: [reopenedAt + 10 * MINUTE, reopenedAt + 2 * DAY] };
      }
      if (random.chance(0.05) && service.kind !== "APPOINTMENT" && !service.routingEnabled) {
        // Reopened once, then done again.
        const reopenedAt = doneAt + between(random, 3 * HOUR, 2 * DAY);
        reopen(random, service, place, steps, reopenedAt);
        const again = reopenedAt + between(random, 20 * MINUTE, 6 * HOUR);
        steps.push({ kind: "save", at: again, by: "executor", status: "IN_PROGRESS" });
        doneAt = again + between(random, 1 * HOUR, 20 * HOUR);
        steps.push({ kind: "save", at: doneAt, by: "executor", status: "DONE" });
      }
      return { steps, ages: [last() + 5 * MINUTE, HISTORY] };
    }
    case "cancelled": {
      const from = random.next();
      const comment = random.pick(CANCEL_COMMENTS);
      if (from < 0.65 || service.kind === "APPOINTMENT") {
        if (random.chance(0.2) && !service.routingEnabled && service.kind !== "APPOINTMENT") {
          steps.push({ kind: "save", at: between(random, 5, 60) * MINUTE, by: "dispatcher", assign: true });
        }
        steps.push({ kind: "save", at: last() + between(random, 5 * MINUTE, DAY), by: "dispatcher", status: "CANCELLED", comment });
      } else {
        const start = beginWork(random, service, steps, random.chance(0.1));
        if (from < 0.9) {
          steps.push({ kind: "save", at: start + between(random, 30 * MINUTE, DAY), by: "dispatcher", status: "CANCELLED", comment });
        } else {
          const pausedAt = start + between(random, 30 * MINUTE, 10 * HOUR);
          steps.push({ kind: "save", at: pausedAt, by: "dispatcher", status: "PAUSED", comment: pauseComment(random, service), resumeBy: { afterDays: 2 } });
          steps.push({ kind: "save", at: pausedAt + between(random, 3 * HOUR, DAY), by: "dispatcher", status: "CANCELLED", comment });
        }
      }
      return { steps, ages: [last() + 5 * MINUTE, HISTORY] };
    }
    case "duplicate": {
      steps.push({ kind: "save", at: between(random, 5, 40) * MINUTE, by: "dispatcher", status: "CANCELLED", comment: "" });
      return { steps, ages: [last() + 5 * MINUTE, HISTORY] };
    }
  }
}
