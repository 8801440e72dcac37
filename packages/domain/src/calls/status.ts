/**
 * Calls from IP telephony (SPEC «звонок», issue #12). A PBX or a cloud-telephony provider reports
 * each call as a stream of events RINGING → ANSWERED → ENDED (or MISSED). The stream is delivered
 * at least once and not in order, so the stored row is not a state machine that follows the
 * events one by one: it is a set of facts (when it started, when it was answered, when it ended,
 * whether the provider said «missed», the duration) that every event adds to, and the status is
 * derived from the facts. Whatever order the same events arrive in, twice or once, the row ends
 * the same (`mergeCallEvent` is commutative and idempotent on consistent events).
 *
 * Rules where the stream contradicts itself (decided here, documented in the API):
 * - a late RINGING never moves the status back; its time only lowers `startedAt` (so an
 *   ANSWERED-first stream converges to the same start as an in-order one);
 * - a repeated ANSWERED/ENDED/MISSED with the same time is a no-op (a redelivery);
 * - a second ANSWERED with another time is refused (`CALL_ALREADY_ANSWERED`), whether the call
 *   is still going or finished — a call is answered once;
 * - a second ENDED/MISSED with another time, or MISSED after ENDED, is refused
 *   (`CALL_ALREADY_FINISHED`);
 * - MISSED for an answered call, or ANSWERED for a call reported MISSED, is refused
 *   (`CALL_MISSED_BUT_ANSWERED`) — the first of the two wins, the second changes nothing;
 * - a finished call that was never answered is MISSED even if the provider said ENDED (a journal
 *   «missed» filter must not depend on the provider's wording); an ANSWERED arriving after such an
 *   ENDED fills the answer in and the call becomes ENDED, exactly as if it had come in order;
 * - the duration is the provider's (ENDED carries it) or, when it gives none, the seconds from
 *   answer to end; an unanswered call lasts 0 s;
 * - an event time before the call's start is refused (`CALL_TIME_INVALID`) only for ANSWERED
 *   and ENDED against their own facts (answer after end); RINGING only lowers the start.
 */
export const CALL_STATUSES = ["RINGING", "ANSWERED", "ENDED", "MISSED"] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const CALL_EVENT_KINDS = CALL_STATUSES;
export type CallEventKind = CallStatus;

export const CALL_DIRECTIONS = ["INCOMING", "OUTGOING"] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/** The facts of one call the events have told so far. */
export interface CallFacts {
  startedAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  /** The provider said MISSED (not only «ended without an answer»). */
  missedReported: boolean;
  /** Seconds the provider reported with ENDED; null when it gave none. */
  reportedDuration: number | null;
}

export interface CallEvent {
  kind: CallEventKind;
  /** When the event happened at the provider (not when it reached us). */
  at: Date;
  /** Seconds of conversation, with ENDED. */
  durationSeconds?: number | null;
}

export type CallEventRefusal = "CALL_ALREADY_ANSWERED" | "CALL_ALREADY_FINISHED" | "CALL_MISSED_BUT_ANSWERED" | "CALL_TIME_INVALID";

export type CallMerge = { ok: true; facts: CallFacts; changed: boolean } | { ok: false; refusal: CallEventRefusal };

const same = (a: Date | null, b: Date | null) => (a === null ? b === null : b !== null && a.getTime() === b.getTime());

/** The facts of a call first reported by this event. */
export function callFactsOf(event: CallEvent): CallFacts {
  const merged = mergeCallEvent(
    { startedAt: event.at, answeredAt: null, endedAt: null, missedReported: false, reportedDuration: null },
    event,
  );
  if (!merged.ok) throw new Error(`unreachable: ${merged.refusal}`);
  return merged.facts;
}

/** Adds one event to the facts; `changed` false for a redelivery or a late RINGING that tells nothing new. */
export function mergeCallEvent(facts: CallFacts, event: CallEvent): CallMerge {
  const next: CallFacts = { ...facts };
  if (event.at.getTime() < next.startedAt.getTime()) next.startedAt = event.at;
  switch (event.kind) {
    case "RINGING":
      break;
    case "ANSWERED":
      if (facts.answeredAt !== null) {
        if (!same(facts.answeredAt, event.at)) return { ok: false, refusal: "CALL_ALREADY_ANSWERED" };
        break;
      }
      if (facts.missedReported) return { ok: false, refusal: "CALL_MISSED_BUT_ANSWERED" };
      if (facts.endedAt !== null && event.at.getTime() > facts.endedAt.getTime()) return { ok: false, refusal: "CALL_TIME_INVALID" };
      next.answeredAt = event.at;
      break;
    case "ENDED":
    case "MISSED": {
      const missed = event.kind === "MISSED";
      const duration = missed ? null : (event.durationSeconds ?? null);
      if (facts.endedAt !== null) {
        if (!same(facts.endedAt, event.at) || facts.missedReported !== missed) return { ok: false, refusal: "CALL_ALREADY_FINISHED" };
        if (duration !== null && facts.reportedDuration !== null && duration !== facts.reportedDuration) return { ok: false, refusal: "CALL_ALREADY_FINISHED" };
        if (duration !== null) next.reportedDuration = duration;
        break;
      }
      if (missed && facts.answeredAt !== null) return { ok: false, refusal: "CALL_MISSED_BUT_ANSWERED" };
      if (facts.answeredAt !== null && event.at.getTime() < facts.answeredAt.getTime()) return { ok: false, refusal: "CALL_TIME_INVALID" };
      next.endedAt = event.at;
      next.missedReported = missed;
      next.reportedDuration = duration;
      break;
    }
  }
  const changed =
    !same(facts.startedAt, next.startedAt) ||
    !same(facts.answeredAt, next.answeredAt) ||
    !same(facts.endedAt, next.endedAt) ||
    facts.missedReported !== next.missedReported ||
    facts.reportedDuration !== next.reportedDuration;
  return { ok: true, facts: next, changed };
}

/** The status the facts say: never back from a later one, whatever order the events came in. */
export function callStatusOf(facts: CallFacts): CallStatus {
  if (facts.endedAt !== null) return facts.answeredAt !== null ? "ENDED" : "MISSED";
  return facts.answeredAt !== null ? "ANSWERED" : "RINGING";
}

/** Seconds of conversation: the provider's, else answer → end; 0 for an unanswered call; null while it goes on. */
export function callDurationOf(facts: CallFacts): number | null {
  if (facts.endedAt === null) return null;
  if (facts.answeredAt === null) return 0;
  if (facts.reportedDuration !== null) return facts.reportedDuration;
  return Math.max(0, Math.round((facts.endedAt.getTime() - facts.answeredAt.getTime()) / 1000));
}

/** A call still ringing or in conversation: the screen-pop shows it. */
export function callIsLive(status: CallStatus): boolean {
  return status === "RINGING" || status === "ANSWERED";
}
