import { describe, expect, it } from "vitest";
import { evaluateSla, executionDueAt, reactionDueAt, type SlaInput, type SlaSettings } from "./sla.js";

const t = (hhmm: string) => new Date(`2026-11-27T${hhmm}:00Z`);
const settings = { reactionMinutes: 60, executionMinutes: 120 };

/** The deadlines follow from the service's limits, as the transitions store them on the order. */
function sla(over: Partial<SlaInput> & { settings?: SlaSettings }): SlaInput {
  const base = { status: "PENDING" as const, createdAt: t("09:00"), firstInProgressAt: null, doneAt: null, cancelledAt: null, settings, recorded: { reaction: null, execution: null }, now: t("09:30"), ...over };
  return { ...base, deadlines: { reaction: reactionDueAt(base.createdAt, base.settings), execution: executionDueAt(base.firstInProgressAt, base.settings) } };
}

describe("due times", () => {
  it("reaction from creation, execution from the first IN_PROGRESS", () => {
    expect(reactionDueAt(t("09:00"), settings)).toEqual(t("10:00"));
    expect(executionDueAt(t("09:45"), settings)).toEqual(t("11:45"));
    expect(executionDueAt(null, settings)).toBeNull();
    expect(reactionDueAt(t("09:00"), { reactionMinutes: null, executionMinutes: null })).toBeNull();
  });
});

describe("evaluateSla", () => {
  it.each([
    ["pending, within reaction time", sla({}), "RUNNING", "NONE"],
    ["pending past reaction time", sla({ now: t("10:01") }), "BREACHED", "NONE"],
    ["taken to work in time", sla({ status: "IN_PROGRESS", firstInProgressAt: t("09:50"), now: t("10:30") }), "KEPT", "RUNNING"],
    ["taken to work late", sla({ status: "IN_PROGRESS", firstInProgressAt: t("10:10"), now: t("10:30") }), "BREACHED", "RUNNING"],
    ["done in time", sla({ status: "DONE", firstInProgressAt: t("09:10"), doneAt: t("11:00"), now: t("15:00") }), "KEPT", "KEPT"],
    ["done late", sla({ status: "DONE", firstInProgressAt: t("09:10"), doneAt: t("11:20"), now: t("15:00") }), "KEPT", "BREACHED"],
    ["in work past the execution deadline", sla({ status: "IN_PROGRESS", firstInProgressAt: t("09:10"), now: t("11:11") }), "KEPT", "BREACHED"],
    ["paused time counts: paused past the deadline is a breach", sla({ status: "PAUSED", firstInProgressAt: t("09:10"), now: t("11:30") }), "KEPT", "BREACHED"],
    ["paused within the deadline keeps running", sla({ status: "PAUSED", firstInProgressAt: t("09:10"), now: t("10:00") }), "KEPT", "RUNNING"],
    ["reopened before the deadline runs again", sla({ status: "REOPENED", firstInProgressAt: t("09:10"), now: t("10:30") }), "KEPT", "RUNNING"],
    ["reopened after the deadline is breached", sla({ status: "REOPENED", firstInProgressAt: t("09:10"), now: t("12:00") }), "KEPT", "BREACHED"],
    ["appointment: in work from creation", sla({ status: "IN_PROGRESS", firstInProgressAt: t("09:00"), now: t("09:05") }), "KEPT", "RUNNING"],
    ["no SLA settings", sla({ settings: { reactionMinutes: null, executionMinutes: null }, now: t("23:00") }), "NONE", "NONE"],
    ["only an execution limit", sla({ settings: { reactionMinutes: null, executionMinutes: 30 }, status: "IN_PROGRESS", firstInProgressAt: t("09:10"), now: t("09:50") }), "NONE", "BREACHED"],
    ["cancelled in time stops the clock", sla({ status: "CANCELLED", cancelledAt: t("09:20"), now: t("23:00") }), "STOPPED", "NONE"],
    ["cancelled after a breach stays breached", sla({ status: "CANCELLED", cancelledAt: t("10:20"), now: t("23:00") }), "BREACHED", "NONE"],
    ["cancelled while in work, in time", sla({ status: "CANCELLED", firstInProgressAt: t("09:10"), cancelledAt: t("10:00"), now: t("23:00") }), "KEPT", "STOPPED"],
    ["a recorded outcome stands: reopened after a kept completion, past the deadline", sla({ status: "REOPENED", firstInProgressAt: t("09:10"), recorded: { reaction: "KEPT", execution: "KEPT" }, now: t("12:00") }), "KEPT", "KEPT"],
    ["a recorded outcome stands: done again late after a kept completion", sla({ status: "DONE", firstInProgressAt: t("09:10"), doneAt: t("13:00"), recorded: { reaction: "KEPT", execution: "KEPT" }, now: t("15:00") }), "KEPT", "KEPT"],
    ["a recorded breach stands once done", sla({ status: "DONE", firstInProgressAt: t("09:10"), doneAt: t("11:00"), recorded: { reaction: "KEPT", execution: "BREACHED" }, now: t("15:00") }), "KEPT", "BREACHED"],
    ["a recorded outcome is ignored where the service sets no limit", sla({ settings: { reactionMinutes: null, executionMinutes: null }, recorded: { reaction: "BREACHED", execution: null } }), "NONE", "NONE"],
    ["exactly at the deadline is kept", sla({ status: "IN_PROGRESS", firstInProgressAt: t("10:00"), now: t("10:00") }), "KEPT", "RUNNING"],
  ] as const)("%s", (_name, value, reaction, execution) => {
    const result = evaluateSla(value);
    expect(result.reaction.state).toBe(reaction);
    expect(result.execution.state).toBe(execution);
  });
});
