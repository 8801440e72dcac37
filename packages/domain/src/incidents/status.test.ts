import { describe, expect, it } from "vitest";
import { checkIncidentTransition, incidentIsOpen, type IncidentStatus, type IncidentTransitionRefusal } from "./status.js";

const change = (from: IncidentStatus, to: IncidentStatus, over: { responsibleCount?: number; statusComment?: string | null } = {}) => ({
  from,
  to,
  responsibleCount: 1,
  statusComment: "комментарий",
  ...over,
});

describe("checkIncidentTransition", () => {
  it.each<[string, ReturnType<typeof change>, IncidentTransitionRefusal | null]>([
    ["an open incident is taken to work", change("OPEN", "IN_PROGRESS"), null],
    ["work needs a responsible", change("OPEN", "IN_PROGRESS", { responsibleCount: 0 }), "INCIDENT_RESPONSIBLE_REQUIRED"],
    ["an open incident is not done before work", change("OPEN", "DONE"), "INCIDENT_NOT_ALLOWED"],
    ["an open incident is not paused", change("OPEN", "PAUSED"), "INCIDENT_NOT_ALLOWED"],
    ["an open incident is cancelled with a comment", change("OPEN", "CANCELLED"), null],
    ["a cancellation needs a comment", change("OPEN", "CANCELLED", { statusComment: " " }), "INCIDENT_COMMENT_REQUIRED"],
    ["work is paused with a comment", change("IN_PROGRESS", "PAUSED"), null],
    ["a pause needs a comment", change("IN_PROGRESS", "PAUSED", { statusComment: null }), "INCIDENT_COMMENT_REQUIRED"],
    ["a paused incident goes back to work", change("PAUSED", "IN_PROGRESS"), null],
    ["work is done", change("IN_PROGRESS", "DONE"), null],
    ["done needs a responsible", change("IN_PROGRESS", "DONE", { responsibleCount: 0 }), "INCIDENT_RESPONSIBLE_REQUIRED"],
    ["a paused incident is closed when the fix is reported", change("PAUSED", "DONE"), null],
    ["a paused incident is cancelled", change("PAUSED", "CANCELLED"), null],
    ["done is final", change("DONE", "IN_PROGRESS"), "INCIDENT_NOT_ALLOWED"],
    ["done is not cancelled", change("DONE", "CANCELLED"), "INCIDENT_NOT_ALLOWED"],
    ["cancelled is final", change("CANCELLED", "OPEN"), "INCIDENT_NOT_ALLOWED"],
    ["nothing goes back to OPEN", change("IN_PROGRESS", "OPEN"), "INCIDENT_NOT_ALLOWED"],
    ["the same status is no change", change("PAUSED", "PAUSED"), "INCIDENT_SAME_STATUS"],
  ])("%s", (_name, input, expected) => {
    expect(checkIncidentTransition(input)).toBe(expected);
  });
});

describe("incidentIsOpen", () => {
  it.each<[IncidentStatus, boolean]>([
    ["OPEN", true],
    ["IN_PROGRESS", true],
    ["PAUSED", true],
    ["DONE", false],
    ["CANCELLED", false],
  ])("%s → %s", (status, open) => expect(incidentIsOpen(status)).toBe(open));
});
