import { describe, expect, it } from "vitest";
import type { OrderStatus } from "../orders/status.js";
import { checkAttach, incidentCascade, type AttachRefusal, type CascadeOrder } from "./cascade.js";
import type { IncidentStatus } from "./status.js";

const now = new Date("2026-12-05T10:00:00Z");
const order = (status: OrderStatus, over: Partial<CascadeOrder> = {}): CascadeOrder => ({ id: `o-${status}`, status, documentRequiredToClose: false, documentCount: 0, ...over });

describe("incidentCascade", () => {
  it.each<[IncidentStatus, OrderStatus, ReturnType<typeof incidentCascade>[number]["action"], OrderStatus | null]>([
    ["DONE", "PENDING", "MOVE", "DONE"],
    ["DONE", "IN_PROGRESS", "MOVE", "DONE"],
    ["DONE", "PAUSED", "MOVE", "DONE"],
    ["DONE", "REOPENED", "MOVE", "DONE"],
    ["DONE", "APPROVAL", "MOVE", "DONE"],
    ["DONE", "NEEDS_CLARIFICATION", "MOVE", "DONE"],
    ["DONE", "DONE", "KEEP", null],
    ["DONE", "CANCELLED", "KEEP", null],
    ["CANCELLED", "PENDING", "MOVE", "CANCELLED"],
    ["CANCELLED", "IN_PROGRESS", "MOVE", "CANCELLED"],
    ["CANCELLED", "DONE", "KEEP", null],
    ["CANCELLED", "CANCELLED", "KEEP", null],
  ])("incident %s, order %s → %s %s", (incident, status, action, to) => {
    const [step] = incidentCascade(incident, [order(status)], now);
    expect(step!.action).toBe(action);
    if (step!.action === "MOVE") expect(step!.to).toBe(to);
  });

  it.each<IncidentStatus>(["OPEN", "IN_PROGRESS", "PAUSED"])("an incident becoming %s moves no order", (status) => {
    expect(incidentCascade(status, [order("PENDING")], now)).toEqual([]);
  });

  it("closes an order whose service asks for a document, and says the document was waived", () => {
    const [step] = incidentCascade("DONE", [order("IN_PROGRESS", { documentRequiredToClose: true, documentCount: 0 })], now);
    expect(step).toMatchObject({ action: "MOVE", to: "DONE", documentWaived: true });
    const [withDocument] = incidentCascade("DONE", [order("IN_PROGRESS", { documentRequiredToClose: true, documentCount: 1 })], now);
    expect(withDocument).toMatchObject({ action: "MOVE", documentWaived: false });
    const [cancelled] = incidentCascade("CANCELLED", [order("IN_PROGRESS", { documentRequiredToClose: true })], now);
    expect(cancelled).toMatchObject({ action: "MOVE", to: "CANCELLED", documentWaived: false });
  });

  it("keeps one step per order, in order", () => {
    const steps = incidentCascade("DONE", [order("PENDING", { id: "a" }), order("DONE", { id: "b" }), order("PAUSED", { id: "c" })], now);
    expect(steps.map((s) => [s.orderId, s.action])).toEqual([
      ["a", "MOVE"],
      ["b", "KEEP"],
      ["c", "MOVE"],
    ]);
  });
});

describe("checkAttach", () => {
  it.each<[string, IncidentStatus, OrderStatus, string | null, AttachRefusal | null]>([
    ["an open order to an open incident", "OPEN", "PENDING", null, null],
    ["to an incident in work", "IN_PROGRESS", "IN_PROGRESS", null, null],
    ["to a paused incident", "PAUSED", "REOPENED", null, null],
    ["again to the same incident", "OPEN", "PENDING", "i1", null],
    ["to a done incident", "DONE", "PENDING", null, "INCIDENT_CLOSED"],
    ["to a cancelled incident", "CANCELLED", "PENDING", null, "INCIDENT_CLOSED"],
    ["a done order", "OPEN", "DONE", null, "ORDER_CLOSED"],
    ["a cancelled order", "OPEN", "CANCELLED", null, "ORDER_CLOSED"],
    ["an order of another incident", "OPEN", "PENDING", "i2", "ORDER_IN_OTHER_INCIDENT"],
  ])("%s", (_name, incidentStatus, status, attachedTo, expected) => {
    expect(checkAttach({ incidentStatus, incidentId: "i1", order: { status, incidentId: attachedTo } })).toBe(expected);
  });
});
