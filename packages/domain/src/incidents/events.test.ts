import { describe, expect, it } from "vitest";
import { IncidentEventShapeError, parseIncidentEvent } from "./events.js";

describe("parseIncidentEvent", () => {
  it.each([
    ["CREATED", { version: 1 }],
    ["STATUS_CHANGED", { version: 3, fromStatus: "IN_PROGRESS", toStatus: "DONE", statusComment: "Починили", ordersMoved: 200 }],
    ["RESPONSIBLE_CHANGED", { version: 2, employeeIds: ["e1", "e2"] }],
    ["ORDERS_ATTACHED", { orderIds: ["o1"], numbers: [15] }],
    ["ORDERS_DETACHED", { orderIds: ["o1"], numbers: [15], automatic: true }],
    ["UPDATED", { version: 4, changes: [{ field: "title", from: "a", to: "b" }] }],
  ])("%s keeps its shape", (kind, data) => {
    expect(parseIncidentEvent(kind, data)).toEqual({ kind, data });
  });

  it.each([
    ["STATUS_CHANGED", { version: 3, fromStatus: "IN_PROGRESS", toStatus: "FIXED" }],
    ["ORDERS_ATTACHED", { orderIds: "o1", numbers: [1] }],
    ["SOMETHING", { version: 1 }],
    ["CREATED", null],
  ])("%s with a broken shape is refused", (kind, data) => {
    expect(() => parseIncidentEvent(kind, data)).toThrow(IncidentEventShapeError);
  });
});
