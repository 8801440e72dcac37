import { describe, expect, it } from "vitest";
import { callDurationOf, callFactsOf, callStatusOf, mergeCallEvent, type CallEvent, type CallEventRefusal, type CallFacts, type CallStatus } from "./status.js";

const t = (s: number) => new Date(Date.UTC(2026, 11, 5, 10, 0, s));
const ring: CallEvent = { kind: "RINGING", at: t(0) };
const answer: CallEvent = { kind: "ANSWERED", at: t(10) };
const end: CallEvent = { kind: "ENDED", at: t(70), durationSeconds: 58 };
const endBare: CallEvent = { kind: "ENDED", at: t(70) };
const miss: CallEvent = { kind: "MISSED", at: t(30) };

/** Plays events in order; returns the facts or the first refusal. */
function play(events: CallEvent[]): CallFacts | CallEventRefusal {
  let facts = callFactsOf(events[0]!);
  for (const event of events.slice(1)) {
    const merged = mergeCallEvent(facts, event);
    if (!merged.ok) return merged.refusal;
    facts = merged.facts;
  }
  return facts;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe("mergeCallEvent: the status the events lead to", () => {
  it.each<[string, CallEvent[], CallStatus, number | null]>([
    ["a call that rings", [ring], "RINGING", null],
    ["is answered", [ring, answer], "ANSWERED", null],
    ["ends with the provider's duration", [ring, answer, end], "ENDED", 58],
    ["ends without one: answer → end", [ring, answer, endBare], "ENDED", 60],
    ["is missed", [ring, miss], "MISSED", 0],
    ["ended without an answer is missed", [ring, endBare], "MISSED", 0],
    ["a late RINGING after ENDED changes nothing", [ring, answer, end, { kind: "RINGING", at: t(5) }], "ENDED", 58],
    ["ANSWERED after an unanswered ENDED fills the answer in", [ring, endBare, answer], "ENDED", 60],
    ["a redelivered ANSWERED is nothing new", [ring, answer, answer], "ANSWERED", null],
    ["a redelivered ENDED is nothing new", [ring, answer, end, end], "ENDED", 58],
    ["a redelivered MISSED is nothing new", [ring, miss, miss], "MISSED", 0],
    ["ENDED first, then the rest", [end, answer, ring], "ENDED", 58],
  ])("%s", (_name, events, status, duration) => {
    const facts = play(events);
    if (typeof facts === "string") throw new Error(facts);
    expect(callStatusOf(facts)).toBe(status);
    expect(callDurationOf(facts)).toBe(duration);
  });
});

describe("mergeCallEvent: contradictions are refused and change nothing", () => {
  it.each<[string, CallEvent[], CallEventRefusal]>([
    ["a second ANSWERED for a finished call", [ring, answer, end, { kind: "ANSWERED", at: t(20) }], "CALL_ALREADY_ANSWERED"],
    ["a second ANSWERED while talking", [ring, answer, { kind: "ANSWERED", at: t(11) }], "CALL_ALREADY_ANSWERED"],
    ["a second ENDED at another time", [ring, answer, end, { kind: "ENDED", at: t(80) }], "CALL_ALREADY_FINISHED"],
    ["ENDED again with another duration", [ring, answer, end, { ...end, durationSeconds: 3 }], "CALL_ALREADY_FINISHED"],
    ["MISSED after ENDED", [ring, answer, end, { kind: "MISSED", at: t(70) }], "CALL_ALREADY_FINISHED"],
    ["MISSED for an answered call", [ring, answer, miss], "CALL_MISSED_BUT_ANSWERED"],
    ["ANSWERED for a missed call", [ring, miss, answer], "CALL_MISSED_BUT_ANSWERED"],
    ["an answer after the end", [ring, endBare, { kind: "ANSWERED", at: t(90) }], "CALL_TIME_INVALID"],
    ["an end before the answer", [ring, answer, { kind: "ENDED", at: t(5) }], "CALL_TIME_INVALID"],
  ])("%s", (_name, events, refusal) => {
    expect(play(events)).toBe(refusal);
  });

  it("a refusal leaves the facts as they were", () => {
    const facts = play([ring, answer, end]) as CallFacts;
    const before = structuredClone(facts);
    expect(mergeCallEvent(facts, { kind: "ANSWERED", at: t(20) }).ok).toBe(false);
    expect(facts).toEqual(before);
  });
});

describe("convergence: any order, any redelivery, the same row", () => {
  it.each<[string, CallEvent[]]>([
    ["answered call", [ring, answer, end]],
    ["answered call without a duration", [ring, answer, endBare]],
    ["missed call", [ring, miss]],
    ["answered call delivered twice", [ring, answer, end, ring, answer, end]],
  ])("%s", (_name, events) => {
    const rows = permutations(events).map(play);
    for (const row of rows) expect(row).toEqual(rows[0]);
    expect(typeof rows[0]).toBe("object");
    expect((rows[0] as CallFacts).startedAt).toEqual(t(0));
  });

  it("a redelivery or a late RINGING reports no change", () => {
    const facts = play([ring, answer, end]) as CallFacts;
    for (const event of [ring, answer, end, { kind: "RINGING" as const, at: t(3) }]) {
      const merged = mergeCallEvent(facts, event);
      expect(merged.ok && merged.changed).toBe(false);
    }
  });
});
