import { describe, expect, it } from "vitest";
import { checkTransition, initialStatus, type OrderStatus, type TransitionActor, type TransitionInput, type TransitionRefusal } from "./status.js";

const now = new Date("2026-11-27T10:00:00Z");
const tomorrow = new Date("2026-11-28T10:00:00Z");
const yesterday = new Date("2026-11-26T10:00:00Z");

function input(actor: TransitionActor, from: OrderStatus, to: OrderStatus, over: Partial<TransitionInput> = {}): TransitionInput {
  return {
    actor,
    from,
    to,
    executorCount: 1,
    statusComment: "комментарий",
    resumeBy: tomorrow,
    documentCount: 0,
    unfinishedChecklistItems: [],
    service: { residentMayReopen: true, documentRequiredToClose: false, checklistRequiredToClose: false },
    now,
    ...over,
  };
}

describe("initialStatus", () => {
  it.each([
    [{ kind: "STANDARD", routingEnabled: false }, "PENDING"],
    [{ kind: "PAID", routingEnabled: false }, "PENDING"],
    [{ kind: "APPOINTMENT", routingEnabled: false }, "IN_PROGRESS"],
    [{ kind: "STANDARD", routingEnabled: true }, "APPROVAL"],
  ] as const)("%o → %s", (service, expected) => {
    expect(initialStatus(service)).toBe(expected);
  });
});

describe("checkTransition", () => {
  const cases: [string, TransitionInput, TransitionRefusal | null][] = [
    ["staff takes a pending order to work", input("STAFF", "PENDING", "IN_PROGRESS"), null],
    ["IN_PROGRESS needs an executor", input("STAFF", "PENDING", "IN_PROGRESS", { executorCount: 0 }), "EXECUTOR_REQUIRED"],
    ["DONE needs an executor", input("STAFF", "IN_PROGRESS", "DONE", { executorCount: 0 }), "EXECUTOR_REQUIRED"],
    ["DONE from IN_PROGRESS", input("STAFF", "IN_PROGRESS", "DONE"), null],
    ["DONE not from PENDING", input("STAFF", "PENDING", "DONE"), "DONE_ONLY_FROM_IN_PROGRESS"],
    ["DONE not from PAUSED", input("STAFF", "PAUSED", "DONE"), "DONE_ONLY_FROM_IN_PROGRESS"],
    ["DONE not from REOPENED", input("STAFF", "REOPENED", "DONE"), "DONE_ONLY_FROM_IN_PROGRESS"],
    ["DONE needs a document where the service says so", input("STAFF", "IN_PROGRESS", "DONE", { service: { residentMayReopen: true, documentRequiredToClose: true, checklistRequiredToClose: false } }), "DOCUMENT_REQUIRED"],
    ["DONE with the required document", input("STAFF", "IN_PROGRESS", "DONE", { documentCount: 1, service: { residentMayReopen: true, documentRequiredToClose: true, checklistRequiredToClose: false } }), null],
    ["DONE waits for the required checklist items where the service says so", input("STAFF", "IN_PROGRESS", "DONE", { unfinishedChecklistItems: ["Фото"], service: { residentMayReopen: true, documentRequiredToClose: false, checklistRequiredToClose: true } }), "CHECKLIST_REQUIRED"],
    ["DONE with every required checklist item done", input("STAFF", "IN_PROGRESS", "DONE", { unfinishedChecklistItems: [], service: { residentMayReopen: true, documentRequiredToClose: false, checklistRequiredToClose: true } }), null],
    ["an unfinished checklist does not hold DONE where the service allows it", input("STAFF", "IN_PROGRESS", "DONE", { unfinishedChecklistItems: ["Фото"] }), null],
    ["an unfinished checklist does not hold a pause", input("STAFF", "IN_PROGRESS", "PAUSED", { unfinishedChecklistItems: ["Фото"], service: { residentMayReopen: true, documentRequiredToClose: false, checklistRequiredToClose: true } }), null],
    ["the system closes an incident's order with its checklist unfinished", input("SYSTEM", "IN_PROGRESS", "DONE", { unfinishedChecklistItems: ["Фото"], service: { residentMayReopen: true, documentRequiredToClose: false, checklistRequiredToClose: true } }), null],
    ["pause needs a comment", input("STAFF", "IN_PROGRESS", "PAUSED", { statusComment: "  " }), "COMMENT_REQUIRED"],
    ["pause needs a resume-by date", input("STAFF", "IN_PROGRESS", "PAUSED", { resumeBy: null }), "RESUME_BY_REQUIRED"],
    ["resume-by must be in the future", input("STAFF", "IN_PROGRESS", "PAUSED", { resumeBy: yesterday }), "RESUME_BY_IN_PAST"],
    ["pause with comment and date", input("STAFF", "IN_PROGRESS", "PAUSED"), null],
    ["a paused order goes back to work", input("STAFF", "PAUSED", "IN_PROGRESS"), null],
    ["staff cancels a pending order with a comment", input("STAFF", "PENDING", "CANCELLED"), null],
    ["staff cancel needs a comment", input("STAFF", "IN_PROGRESS", "CANCELLED", { statusComment: null }), "COMMENT_REQUIRED"],
    ["staff cancels a paused order", input("STAFF", "PAUSED", "CANCELLED"), null],
    ["nobody cancels a done order", input("STAFF", "DONE", "CANCELLED"), "NOT_ALLOWED"],
    ["staff reopens a done order", input("STAFF", "DONE", "REOPENED"), null],
    ["a cancelled order stays cancelled", input("STAFF", "CANCELLED", "REOPENED"), "NOT_ALLOWED"],
    ["a reopened order goes back to work", input("STAFF", "REOPENED", "IN_PROGRESS"), null],
    ["same status is no change", input("STAFF", "PENDING", "PENDING"), "SAME_STATUS"],
    ["resident cancels a pending order without a comment", input("RESIDENT", "PENDING", "CANCELLED", { statusComment: null }), null],
    ["resident may not cancel an order in work", input("RESIDENT", "IN_PROGRESS", "CANCELLED"), "NOT_ALLOWED"],
    ["resident may not cancel a reopened order", input("RESIDENT", "REOPENED", "CANCELLED"), "NOT_ALLOWED"],
    ["resident reopens a done order", input("RESIDENT", "DONE", "REOPENED"), null],
    ["resident may not reopen where the service forbids", input("RESIDENT", "DONE", "REOPENED", { service: { residentMayReopen: false, documentRequiredToClose: false, checklistRequiredToClose: false } }), "RESIDENT_MAY_NOT_REOPEN"],
    ["staff reopens even where residents may not", input("STAFF", "DONE", "REOPENED", { service: { residentMayReopen: false, documentRequiredToClose: false, checklistRequiredToClose: false } }), null],
    ["resident may not take an order to work", input("RESIDENT", "PENDING", "IN_PROGRESS"), "NOT_ALLOWED"],
    ["routing: approved", input("STAFF", "APPROVAL", "PENDING"), null],
    ["routing: needs clarification", input("STAFF", "APPROVAL", "NEEDS_CLARIFICATION"), null],
    ["routing: rejected with a comment", input("STAFF", "APPROVAL", "CANCELLED"), null],
    ["routing: not straight to work", input("STAFF", "APPROVAL", "IN_PROGRESS"), "NOT_ALLOWED"],
    ["routing: the resident's answer returns it to approval", input("RESIDENT", "NEEDS_CLARIFICATION", "APPROVAL"), null],
    ["routing: the resident cannot approve", input("RESIDENT", "APPROVAL", "PENDING"), "NOT_ALLOWED"],
    ["system closes an incident's order without an executor", input("SYSTEM", "PENDING", "DONE", { executorCount: 0 }), null],
    ["system does not touch a done order", input("SYSTEM", "DONE", "CANCELLED"), "NOT_ALLOWED"],
  ];
  it.each(cases)("%s", (_name, value, expected) => {
    expect(checkTransition(value)).toBe(expected);
  });
});
