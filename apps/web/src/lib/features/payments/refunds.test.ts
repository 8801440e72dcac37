import { describe, expect, it } from "vitest";
import { anythingLeft, chosenRefundLines, emptyRefundChoice, refundedTotal, refundLeft, requestWaiting, type RefundLike } from "./refunds";

const lines = [
  { id: "hours", quantity: "1.5" },
  { id: "sockets", quantity: "2" },
];
const refund = (decision: RefundLike["decision"], settlement: RefundLike["settlement"], amount: string, taken: [string, string][]): RefundLike => ({
  decision,
  settlement,
  amount,
  lines: taken.map(([invoiceLineId, quantity]) => ({ invoiceLineId, quantity })),
});

describe("refundLeft: what a refund form may still offer per line", () => {
  it.each([
    ["no refunds", [], { hours: "1.5", sockets: "2" }],
    ["half an hour and a socket confirmed", [refund("CONFIRMED", "SUCCEEDED", "1150.00", [["hours", "0.5"], ["sockets", "1"]])], { hours: "1", sockets: "1" }],
    ["a waiting request holds its lines", [refund("REQUESTED", "NONE", "900.00", [["sockets", "2"]])], { hours: "1.5", sockets: "0" }],
    ["a rejected request gives its lines back", [refund("REJECTED", "NONE", "900.00", [["sockets", "2"]])], { hours: "1.5", sockets: "2" }],
    ["a refund the bank refused gives its lines back", [refund("CONFIRMED", "FAILED", "450.00", [["sockets", "1"]])], { hours: "1.5", sockets: "2" }],
    ["a pending one holds them", [refund("CONFIRMED", "PENDING", "450.00", [["sockets", "1"]])], { hours: "1.5", sockets: "1" }],
    ["thirds of an hour in thousandths", [refund("CONFIRMED", "RECORDED", "1.00", [["hours", "0.333"]]), refund("CONFIRMED", "RECORDED", "1.00", [["hours", "0.667"]])], { hours: "0.5", sockets: "2" }],
    ["all of it", [refund("CONFIRMED", "SUCCEEDED", "3000.00", [["hours", "1.5"], ["sockets", "2"]])], { hours: "0", sockets: "0" }],
  ] as const)("%s", (_name, refunds, left) => {
    expect(refundLeft(lines, refunds)).toEqual(left);
  });

  it.each([
    [{ hours: "0", sockets: "0" }, false],
    [{ hours: "0.001", sockets: "0" }, true],
  ])("anythingLeft(%j) is %s", (left, expected) => {
    expect(anythingLeft(left)).toBe(expected);
  });
});

describe("refundedTotal: what was given back", () => {
  it.each([
    ["nothing", [], "0.00"],
    ["two confirmed add up in kopecks", [refund("CONFIRMED", "SUCCEEDED", "700.00", []), refund("CONFIRMED", "RECORDED", "450.01", [])], "1150.01"],
    ["requests, rejections and failures do not count", [refund("REQUESTED", "NONE", "1.00", []), refund("REJECTED", "NONE", "2.00", []), refund("CONFIRMED", "FAILED", "3.00", [])], "0.00"],
    ["a pending one counts (its money is held)", [refund("CONFIRMED", "PENDING", "450.00", [])], "450.00"],
  ] as const)("%s", (_name, refunds, total) => {
    expect(refundedTotal(refunds)).toBe(total);
  });

  it.each([
    [[], false],
    [[{ decision: "REJECTED" }], false],
    [[{ decision: "CONFIRMED" }, { decision: "REQUESTED" }], true],
  ] as const)("requestWaiting(%j) is %s", (refunds, waiting) => {
    expect(requestWaiting(refunds)).toBe(waiting);
  });
});

describe("the form's choice", () => {
  it("starts with nothing ticked and each line's rest, and sends only the ticked lines", () => {
    const choice = emptyRefundChoice(lines, { hours: "0.5", sockets: "2" });
    expect(choice).toEqual({ hours: { on: false, quantity: "0,5" }, sockets: { on: false, quantity: "2" } });
    expect(chosenRefundLines(choice)).toEqual([]);
    choice.sockets = { on: true, quantity: " 1 " };
    expect(chosenRefundLines(choice)).toEqual([{ lineId: "sockets", quantity: "1" }]);
  });
});
