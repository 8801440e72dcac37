import { describe, expect, it } from "vitest";
import { OrderEventShapeError, parseOrderEvent, type OrderEventData } from "./events.js";

describe("parseOrderEvent", () => {
  it.each<[string, unknown, OrderEventData]>([
    ["CREATED", { version: 1, toStatus: "PENDING" }, { kind: "CREATED", data: { version: 1, toStatus: "PENDING" } }],
    [
      "STATUS_CHANGED",
      { version: 2, fromStatus: "PENDING", toStatus: "IN_PROGRESS", statusComment: null },
      { kind: "STATUS_CHANGED", data: { version: 2, fromStatus: "PENDING", toStatus: "IN_PROGRESS", statusComment: null, residentComment: undefined } },
    ],
    [
      "SLA_REACTION_KEPT",
      { dueAt: "2026-03-01T09:00:00.000Z" },
      { kind: "SLA_REACTION_KEPT", data: { version: undefined, dueAt: new Date("2026-03-01T09:00:00.000Z") } },
    ],
    ["SLA_EXECUTION_BREACHED", { version: 4, dueAt: null }, { kind: "SLA_EXECUTION_BREACHED", data: { version: 4, dueAt: null } }],
    [
      "BASE_DATA_CHANGED",
      { version: 3, changes: [{ field: "premise", from: "12", to: null }] },
      { kind: "BASE_DATA_CHANGED", data: { version: 3, changes: [{ field: "premise", from: "12", to: null }] } },
    ],
    ["DOCUMENT_DELETED", { version: 5, documentId: "d", fileName: null }, { kind: "DOCUMENT_DELETED", data: { version: 5, documentId: "d", fileName: null } }],
    [
      "CHECKLIST_ITEM_DONE",
      { version: 7, itemId: "i", title: "Фото", note: null, documentId: "d" },
      { kind: "CHECKLIST_ITEM_DONE", data: { version: 7, itemId: "i", title: "Фото", note: null, documentId: "d" } },
    ],
    [
      "INVOICE_CHANGED",
      { version: 2, action: "LINE_ADDED", state: "DRAFT", totalKopecks: "189000", lineName: "Работа электрика" },
      { kind: "INVOICE_CHANGED", data: { version: 2, action: "LINE_ADDED", state: "DRAFT", totalKopecks: "189000", lineName: "Работа электрика" } },
    ],
    [
      "REFUND_CHANGED",
      { version: 3, refundId: "r", action: "REJECTED", amountKopecks: "45000", settlement: "NONE", reason: "Работы выполнены" },
      { kind: "REFUND_CHANGED", data: { version: 3, refundId: "r", action: "REJECTED", amountKopecks: "45000", settlement: "NONE", reason: "Работы выполнены" } },
    ],
    [
      "REFUND_CHANGED",
      { version: 3, refundId: "r", action: "SUCCEEDED", amountKopecks: "45000", settlement: "SUCCEEDED", reason: null },
      { kind: "REFUND_CHANGED", data: { version: 3, refundId: "r", action: "SUCCEEDED", amountKopecks: "45000", settlement: "SUCCEEDED", reason: null } },
    ],
    ["RATED", { version: 6, score: 4, comment: null, cycle: 1 }, { kind: "RATED", data: { version: 6, score: 4, comment: null, cycle: 1 } }],
  ])("%s", (kind, data, expected) => {
    expect(parseOrderEvent(kind, data)).toEqual(expected);
  });

  it.each<[string, string, unknown]>([
    ["an unknown kind", "TELEPORTED", { version: 1 }],
    ["data that is not an object", "CREATED", "x"],
    ["a missing version", "EXECUTORS_CHANGED", { executorIds: [] }],
    ["an unknown status", "CREATED", { version: 1, toStatus: "LOST" }],
    ["a dueAt that is no instant", "SLA_REACTION_BREACHED", { version: 1, dueAt: "soon" }],
    ["executors that are not ids", "EXECUTORS_CHANGED", { version: 1, executorIds: [1] }],
    ["an unknown invoice action", "INVOICE_CHANGED", { version: 1, action: "BURNED", state: "DRAFT", totalKopecks: "0" }],
    ["an unknown refund action", "REFUND_CHANGED", { version: 1, refundId: "r", action: "STOLEN", amountKopecks: "1", settlement: "NONE", reason: null }],
    ["a refund without its amount", "REFUND_CHANGED", { version: 1, refundId: "r", action: "CREATED", settlement: "RECORDED", reason: "x" }],
  ])("refuses %s", (_name, kind, data) => {
    expect(() => parseOrderEvent(kind, data)).toThrow(OrderEventShapeError);
  });
});
