import { describe, expect, it } from "vitest";
import { baseDataLocked, orderOpened, slaChecked, slaChecksDue, statusChanged, type OrderState, type SlaCheckJob, type Transition } from "./transitions.js";
import type { OrderStatus } from "./status.js";

const T0 = new Date("2026-03-01T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const job = (check: "reaction" | "execution", minutes: number): SlaCheckJob => ({ check, runAt: new Date(at(minutes).getTime() + 1000) });

/** Created at T0 with reaction 60 min and execution 240 min, not yet in work. */
function order(overrides: Partial<OrderState> = {}): OrderState {
  return {
    status: "PENDING",
    version: 3,
    completions: 0,
    createdAt: T0,
    firstInProgressAt: null,
    doneAt: null,
    cancelledAt: null,
    resumeBy: null,
    slaReactionMinutes: 60,
    slaExecutionMinutes: 240,
    reactionDueAt: at(60),
    executionDueAt: null,
    slaReaction: null,
    slaExecution: null,
    ...overrides,
  };
}

/** In work since minute 30 (reaction kept), execution due at minute 270. */
const inWork = (overrides: Partial<OrderState> = {}) =>
  order({ status: "IN_PROGRESS", firstInProgressAt: at(30), executionDueAt: at(270), slaReaction: "KEPT", ...overrides });

describe("statusChanged", () => {
  it.each<[string, OrderState, OrderStatus, number, Transition]>([
    [
      "first IN_PROGRESS before the reaction deadline: reaction kept, execution clock starts",
      order(),
      "IN_PROGRESS",
      45,
      {
        changes: { status: "IN_PROGRESS", resumeBy: null, firstInProgressAt: at(45), executionDueAt: at(285), slaReaction: "KEPT" },
        events: [{ kind: "SLA_REACTION_KEPT", data: { version: 4, dueAt: at(60) } }],
        jobs: [job("execution", 285)],
      },
    ],
    [
      "first IN_PROGRESS after the deadline: reaction breached",
      order(),
      "IN_PROGRESS",
      61,
      {
        changes: { status: "IN_PROGRESS", resumeBy: null, firstInProgressAt: at(61), executionDueAt: at(301), slaReaction: "BREACHED" },
        events: [{ kind: "SLA_REACTION_BREACHED", data: { version: 4, dueAt: at(60) } }],
        jobs: [job("execution", 301)],
      },
    ],
    [
      "reaction already recorded as breached by the check: no second event",
      order({ slaReaction: "BREACHED" }),
      "IN_PROGRESS",
      90,
      {
        changes: { status: "IN_PROGRESS", resumeBy: null, firstInProgressAt: at(90), executionDueAt: at(330) },
        events: [],
        jobs: [job("execution", 330)],
      },
    ],
    [
      "IN_PROGRESS again after a pause: the clocks stay as they were",
      inWork({ status: "PAUSED", resumeBy: at(500) }),
      "IN_PROGRESS",
      100,
      { changes: { status: "IN_PROGRESS", resumeBy: null }, events: [], jobs: [job("execution", 270)] },
    ],
    [
      "DONE in time: execution kept, one more completion, no checks left",
      inWork(),
      "DONE",
      200,
      {
        changes: { status: "DONE", resumeBy: null, doneAt: at(200), completions: 1, slaExecution: "KEPT" },
        events: [{ kind: "SLA_EXECUTION_KEPT", data: { version: 4, dueAt: at(270) } }],
        jobs: [],
      },
    ],
    [
      "DONE late: execution breached",
      inWork(),
      "DONE",
      300,
      {
        changes: { status: "DONE", resumeBy: null, doneAt: at(300), completions: 1, slaExecution: "BREACHED" },
        events: [{ kind: "SLA_EXECUTION_BREACHED", data: { version: 4, dueAt: at(270) } }],
        jobs: [],
      },
    ],
    [
      "REOPENED after a kept completion: the outcome stays kept, no second check (one outcome per clock)",
      inWork({ status: "DONE", doneAt: at(200), completions: 1, slaExecution: "KEPT" }),
      "REOPENED",
      220,
      { changes: { status: "REOPENED", resumeBy: null, doneAt: null }, events: [], jobs: [] },
    ],
    [
      "DONE again, late, after a kept completion: no second outcome",
      inWork({ status: "IN_PROGRESS", doneAt: null, completions: 1, slaExecution: "KEPT" }),
      "DONE",
      400,
      { changes: { status: "DONE", resumeBy: null, doneAt: at(400), completions: 2 }, events: [], jobs: [] },
    ],
    [
      "REOPENED after a breached completion: the breach stays",
      inWork({ status: "DONE", doneAt: at(300), completions: 1, slaExecution: "BREACHED" }),
      "REOPENED",
      320,
      { changes: { status: "REOPENED", resumeBy: null, doneAt: null }, events: [], jobs: [] },
    ],
    [
      "PAUSED keeps its resume-by date",
      inWork(),
      "PAUSED",
      100,
      { changes: { status: "PAUSED", resumeBy: at(2000) }, events: [], jobs: [job("execution", 270)] },
    ],
    ["CANCELLED stops every check", order(), "CANCELLED", 10, { changes: { status: "CANCELLED", resumeBy: null, cancelledAt: at(10) }, events: [], jobs: [] }],
  ])("%s", (_name, current, to, minute, expected) => {
    expect(statusChanged(current, to, { resumeBy: at(2000), now: at(minute) })).toEqual(expected);
  });
});

describe("orderOpened", () => {
  it.each<[string, OrderStatus, { reactionMinutes: number | null; executionMinutes: number | null }, Transition]>([
    [
      "PENDING: the reaction clock runs",
      "PENDING",
      { reactionMinutes: 60, executionMinutes: 240 },
      {
        changes: { status: "PENDING", firstInProgressAt: null, reactionDueAt: at(60), executionDueAt: null, slaReaction: null, slaExecution: null },
        events: [],
        jobs: [job("reaction", 60)],
      },
    ],
    [
      "IN_PROGRESS at once: reaction kept, execution clock runs",
      "IN_PROGRESS",
      { reactionMinutes: 60, executionMinutes: 240 },
      {
        changes: { status: "IN_PROGRESS", firstInProgressAt: T0, reactionDueAt: at(60), executionDueAt: at(240), slaReaction: "KEPT", slaExecution: null },
        events: [{ kind: "SLA_REACTION_KEPT", data: { dueAt: at(60) } }],
        jobs: [job("execution", 240)],
      },
    ],
    [
      "a service without limits: no clocks, no checks",
      "IN_PROGRESS",
      { reactionMinutes: null, executionMinutes: null },
      {
        changes: { status: "IN_PROGRESS", firstInProgressAt: T0, reactionDueAt: null, executionDueAt: null, slaReaction: null, slaExecution: null },
        events: [],
        jobs: [],
      },
    ],
  ])("%s", (_name, status, sla, expected) => {
    expect(orderOpened({ status, sla, now: T0 })).toEqual(expected);
  });
});

describe("slaChecked", () => {
  it.each<[string, OrderState, number, Transition]>([
    ["before the reaction deadline: nothing", order(), 59, { changes: {}, events: [], jobs: [] }],
    [
      "after it, still not in work: reaction breached (current version)",
      order(),
      61,
      { changes: { slaReaction: "BREACHED" }, events: [{ kind: "SLA_REACTION_BREACHED", data: { version: 3, dueAt: at(60) } }], jobs: [] },
    ],
    ["already recorded: nothing (idempotent)", order({ slaReaction: "BREACHED" }), 61, { changes: {}, events: [], jobs: [] }],
    [
      "in work past the execution deadline: execution breached",
      inWork(),
      271,
      { changes: { slaExecution: "BREACHED" }, events: [{ kind: "SLA_EXECUTION_BREACHED", data: { version: 3, dueAt: at(270) } }], jobs: [] },
    ],
    ["done before the deadline: nothing", inWork({ status: "DONE", doneAt: at(200), slaExecution: "KEPT" }), 271, { changes: {}, events: [], jobs: [] }],
    ["reopened after a kept completion, past the deadline: nothing", inWork({ status: "REOPENED", completions: 1, slaExecution: "KEPT" }), 300, { changes: {}, events: [], jobs: [] }],
    ["cancelled before the deadline: nothing", order({ status: "CANCELLED", cancelledAt: at(10) }), 61, { changes: {}, events: [], jobs: [] }],
  ])("%s", (_name, current, minute, expected) => {
    expect(slaChecked(current, at(minute))).toEqual(expected);
  });
});

describe("slaChecksDue", () => {
  it.each<[string, OrderState, SlaCheckJob[]]>([
    ["pending: the reaction check", order(), [job("reaction", 60)]],
    ["reaction decided, not in work (breached): nothing", order({ slaReaction: "BREACHED" }), []],
    ["in work: the execution check", inWork(), [job("execution", 270)]],
    ["done: nothing", inWork({ status: "DONE", slaExecution: "KEPT" }), []],
    ["reopened after a kept completion: nothing", inWork({ status: "REOPENED", slaExecution: "KEPT" }), []],
    ["cancelled: nothing", order({ status: "CANCELLED" }), []],
    ["no limits: nothing", order({ reactionDueAt: null }), []],
  ])("%s", (_name, current, expected) => {
    expect(slaChecksDue(current)).toEqual(expected);
  });
});

describe("baseDataLocked", () => {
  it.each<[OrderStatus, string, boolean]>([
    ["PENDING", "NONE", false],
    ["IN_PROGRESS", "DRAFT", false],
    ["DONE", "NONE", true],
    ["CANCELLED", "NONE", true],
    ["IN_PROGRESS", "ISSUED", true],
    ["PAUSED", "PAID", true],
  ])("%s with invoice %s: %s", (status, invoiceState, locked) => {
    expect(baseDataLocked({ status, invoiceState })).toBe(locked);
  });
});
