import { describe, expect, it } from "vitest";
import { computeLabels, type LabelInput } from "./labels.js";
import type { SlaClockState } from "./sla.js";
import { workloadLevel } from "./workload.js";

const now = new Date("2026-11-27T10:00:00Z");
const sla = (reaction: SlaClockState, execution: SlaClockState) => ({ reaction: { dueAt: null, state: reaction }, execution: { dueAt: null, state: execution } });
const base: LabelInput = { status: "PENDING", sla: sla("RUNNING", "NONE"), importantCommentUnseen: false, resumeBy: null, invoiceState: "NONE", refundState: "NONE", now };

describe("computeLabels", () => {
  it.each([
    ["nothing to show", base, []],
    ["reaction breached while pending", { ...base, sla: sla("BREACHED", "NONE") }, ["SLA_REACTION_BREACHED"]],
    ["reaction breach ends once in work", { ...base, status: "IN_PROGRESS", sla: sla("BREACHED", "RUNNING") }, []],
    ["execution breached while in work", { ...base, status: "IN_PROGRESS", sla: sla("KEPT", "BREACHED") }, ["SLA_EXECUTION_BREACHED"]],
    ["execution breached while paused", { ...base, status: "PAUSED", sla: sla("KEPT", "BREACHED") }, ["SLA_EXECUTION_BREACHED"]],
    ["execution breach ends when done", { ...base, status: "DONE", sla: sla("KEPT", "BREACHED") }, []],
    ["important comment", { ...base, importantCommentUnseen: true }, ["IMPORTANT_COMMENT"]],
    ["pause overdue", { ...base, status: "PAUSED", resumeBy: new Date("2026-11-27T09:00:00Z") }, ["PAUSE_OVERDUE"]],
    ["pause not yet due", { ...base, status: "PAUSED", resumeBy: new Date("2026-11-27T11:00:00Z") }, []],
    ["invoice issued and refund requested", { ...base, invoiceState: "ISSUED", refundState: "REQUESTED" }, ["INVOICE_ISSUED", "REFUND_REQUESTED"]],
    ["invoice paid online", { ...base, invoiceState: "PAID" }, ["INVOICE_PAID"]],
    ["invoice marked paid, refund confirmed", { ...base, invoiceState: "MARKED_PAID", refundState: "CONFIRMED" }, ["INVOICE_MARKED_PAID", "REFUND_CONFIRMED"]],
    ["draft invoice, rejected refund shows no refund label", { ...base, invoiceState: "DRAFT", refundState: "REJECTED" }, ["INVOICE_DRAFT"]],
  ] as [string, LabelInput, string[]][])("%s", (_name, value, expected) => {
    expect(computeLabels(value)).toEqual(expected);
  });
});

describe("workloadLevel", () => {
  it.each([
    [0, "GREEN"],
    [5, "GREEN"],
    [6, "YELLOW"],
    [10, "YELLOW"],
    [11, "RED"],
    [40, "RED"],
  ])("%i open orders → %s", (count, level) => {
    expect(workloadLevel(count)).toBe(level);
  });
});
