import { describe, expect, it } from "vitest";
import { orderRefundState, orderRefundSummary, paymentNotificationEffect, planRefund, refundHoldsMoney, refundLineAmount, refundNotificationEffect, type RefundableLine } from "./refunds.js";

const line = (id: string, unit: string, quantity: number, total: bigint, refundedQuantity = 0, refunded = 0n): RefundableLine => ({
  id,
  unit,
  quantityMilli: BigInt(quantity * 1000),
  total,
  refundedQuantityMilli: BigInt(refundedQuantity * 1000),
  refundedKopecks: refunded,
});

// Three hours at 333.33 ₽ (99999) and two taps at 500 ₽ (100000): paid 1999.99 ₽.
const hours = line("hours", "час", 3, 99999n);
const taps = line("taps", "шт.", 2, 100000n);
const paid = 199999n;

describe("refundLineAmount", () => {
  it.each([
    ["one of three hours", hours, 1000n, 33333n],
    ["two of three hours", hours, 2000n, 66666n],
    ["all three hours", hours, 3000n, 99999n],
    ["the last hour after two refunded", line("h", "час", 3, 99999n, 2, 66666n), 1000n, 33333n],
    ["half an hour of one", line("h", "час", 1, 101n), 500n, 51n],
    ["the other half after the rounded-up first", line("h", "час", 1, 101n, 0.5, 51n), 500n, 50n],
    ["a line with a 100 % discount", line("free", "шт.", 1, 0n), 1000n, 0n],
  ])("%s", (_name, l, quantity, amount) => {
    expect(refundLineAmount(l, quantity)).toBe(amount);
  });

  it("pieces of a line add up to exactly its total", () => {
    let l = line("h", "час", 7, 100001n);
    let sum = 0n;
    for (let i = 0; i < 7; i++) {
      const amount = refundLineAmount(l, 1000n);
      sum += amount;
      l = { ...l, refundedQuantityMilli: l.refundedQuantityMilli + 1000n, refundedKopecks: l.refundedKopecks + amount };
    }
    expect(sum).toBe(100001n);
  });
});

describe("planRefund", () => {
  it.each([
    ["full", { kind: "FULL" } as const, 0n, [hours, taps], { amount: 199999n, lines: [["hours", 3000n, 99999n], ["taps", 2000n, 100000n]] }],
    ["full after a partial one", { kind: "FULL" } as const, 50000n, [hours, line("taps", "шт.", 2, 100000n, 1, 50000n)], { amount: 149999n, lines: [["hours", 3000n, 99999n], ["taps", 1000n, 50000n]] }],
    ["one tap", { kind: "PARTIAL", lines: [{ lineId: "taps", quantityMilli: 1000n }] } as const, 0n, [hours, taps], { amount: 50000n, lines: [["taps", 1000n, 50000n]] }],
    ["1.5 hours and a tap", { kind: "PARTIAL", lines: [{ lineId: "hours", quantityMilli: 1500n }, { lineId: "taps", quantityMilli: 1000n }] } as const, 0n, [hours, taps], { amount: 100000n, lines: [["hours", 1500n, 50000n], ["taps", 1000n, 50000n]] }],
  ])("%s", (_name, request, refunded, lines, expected) => {
    const result = planRefund({ paid, refunded, lines, request });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.amount).toBe(expected.amount);
    expect(result.plan.lines.map((l) => [l.lineId, l.quantityMilli, l.amount])).toEqual(expected.lines);
  });

  it.each([
    ["an unpaid invoice", 0n, { kind: "FULL" } as const, 0n, [hours], "NOT_PAID"],
    ["everything already refunded", paid, { kind: "FULL" } as const, paid, [line("hours", "час", 3, 99999n, 3, 99999n), line("taps", "шт.", 2, 100000n, 2, 100000n)], "NOTHING_TO_REFUND"],
    ["no lines chosen", paid, { kind: "PARTIAL", lines: [] } as const, 0n, [hours], "NO_LINES"],
    ["a line of another invoice", paid, { kind: "PARTIAL", lines: [{ lineId: "other", quantityMilli: 1000n }] } as const, 0n, [hours], "UNKNOWN_LINE"],
    ["a line twice", paid, { kind: "PARTIAL", lines: [{ lineId: "taps", quantityMilli: 1000n }, { lineId: "taps", quantityMilli: 1000n }] } as const, 0n, [taps], "DUPLICATE_LINE"],
    ["quantity 0", paid, { kind: "PARTIAL", lines: [{ lineId: "taps", quantityMilli: 0n }] } as const, 0n, [taps], "QUANTITY_NOT_POSITIVE"],
    ["half a tap", paid, { kind: "PARTIAL", lines: [{ lineId: "taps", quantityMilli: 500n }] } as const, 0n, [taps], "QUANTITY_NOT_WHOLE"],
    ["three taps of two", paid, { kind: "PARTIAL", lines: [{ lineId: "taps", quantityMilli: 3000n }] } as const, 0n, [taps], "EXCEEDS_LINE"],
    ["a tap after both were refunded", paid, { kind: "PARTIAL", lines: [{ lineId: "taps", quantityMilli: 1000n }] } as const, 100000n, [line("taps", "шт.", 2, 100000n, 2, 100000n)], "EXCEEDS_LINE"],
    ["more than paid in total", 60000n, { kind: "PARTIAL", lines: [{ lineId: "taps", quantityMilli: 1000n }] } as const, 20000n, [taps], "EXCEEDS_PAID"],
    ["a free line only", paid, { kind: "PARTIAL", lines: [{ lineId: "free", quantityMilli: 1000n }] } as const, 0n, [line("free", "шт.", 1, 0n)], "NOTHING_TO_REFUND"],
  ])("refuses %s", (_name, paidAmount, request, refunded, lines, refusal) => {
    const result = planRefund({ paid: paidAmount, refunded, lines, request });
    expect(result).toMatchObject({ ok: false, refusal });
  });
});

describe("refund states", () => {
  it.each([
    ["REQUESTED", "NONE", true],
    ["CONFIRMED", "PENDING", true],
    ["CONFIRMED", "SUCCEEDED", true],
    ["CONFIRMED", "RECORDED", true],
    ["CONFIRMED", "FAILED", false],
    ["REJECTED", "NONE", false],
  ] as const)("%s/%s holds money: %s", (decision, settlement, holds) => {
    expect(refundHoldsMoney(decision, settlement)).toBe(holds);
  });

  it.each([
    [[], "NONE"],
    [[{ decision: "REJECTED", settlement: "NONE" }], "REJECTED"],
    [[{ decision: "CONFIRMED", settlement: "FAILED" }], "NONE"],
    [[{ decision: "REJECTED", settlement: "NONE" }, { decision: "CONFIRMED", settlement: "PENDING" }], "CONFIRMED"],
    [[{ decision: "CONFIRMED", settlement: "SUCCEEDED" }, { decision: "REQUESTED", settlement: "NONE" }], "REQUESTED"],
  ] as const)("order label state of %j is %s", (refunds, state) => {
    expect(orderRefundState(refunds)).toBe(state);
  });
});

describe("orderRefundSummary: the label's state and amount", () => {
  const r = (decision: "REQUESTED" | "CONFIRMED" | "REJECTED", settlement: "NONE" | "PENDING" | "SUCCEEDED" | "FAILED" | "RECORDED", amount: bigint) => ({ decision, settlement, amount });
  it.each([
    ["no refunds", [], null],
    ["one rejected request", [r("REJECTED", "NONE", 45000n)], { decision: "REJECTED", settlement: "NONE", amount: 45000n }],
    ["two rejected: the last one's amount", [r("REJECTED", "NONE", 45000n), r("REJECTED", "NONE", 90000n)], { decision: "REJECTED", settlement: "NONE", amount: 90000n }],
    ["a waiting request wins over confirmed ones", [r("CONFIRMED", "SUCCEEDED", 70000n), r("REQUESTED", "NONE", 45000n)], { decision: "REQUESTED", settlement: "NONE", amount: 45000n }],
    ["confirmed refunds add up; a failed one does not count", [r("CONFIRMED", "SUCCEEDED", 70000n), r("CONFIRMED", "FAILED", 10000n), r("CONFIRMED", "SUCCEEDED", 45000n)], { decision: "CONFIRMED", settlement: "SUCCEEDED", amount: 115000n }],
    ["one still with the acquirer: PENDING", [r("CONFIRMED", "SUCCEEDED", 70000n), r("CONFIRMED", "PENDING", 45000n)], { decision: "CONFIRMED", settlement: "PENDING", amount: 115000n }],
    ["all in cash: RECORDED", [r("CONFIRMED", "RECORDED", 300000n)], { decision: "CONFIRMED", settlement: "RECORDED", amount: 300000n }],
    ["cash and card: SUCCEEDED", [r("CONFIRMED", "RECORDED", 100n), r("CONFIRMED", "SUCCEEDED", 200n)], { decision: "CONFIRMED", settlement: "SUCCEEDED", amount: 300n }],
    ["only failed ones, then a rejection: REJECTED", [r("CONFIRMED", "FAILED", 100n), r("REJECTED", "NONE", 200n)], { decision: "REJECTED", settlement: "NONE", amount: 200n }],
    ["only failed ones: none", [r("CONFIRMED", "FAILED", 100n)], null],
  ] as const)("%s", (_name, refunds, summary) => {
    expect(orderRefundSummary(refunds)).toEqual(summary);
  });
});

describe("notifications move a payment forward only", () => {
  it.each([
    ["PENDING", "SUCCEEDED", "APPLY"],
    ["PENDING", "CANCELED", "APPLY"],
    ["PENDING", "PENDING", "UNCHANGED"],
    ["SUCCEEDED", "PENDING", "UNCHANGED"],
    ["SUCCEEDED", "SUCCEEDED", "UNCHANGED"],
    ["SUCCEEDED", "CANCELED", "UNCHANGED"],
    ["CANCELED", "SUCCEEDED", "UNCHANGED"],
  ] as const)("%s + %s → %s", (current, reported, effect) => {
    expect(paymentNotificationEffect(current, reported)).toBe(effect);
  });

  it.each([
    ["PENDING", "SUCCEEDED", "APPLY"],
    ["PENDING", "FAILED", "APPLY"],
    ["SUCCEEDED", "FAILED", "UNCHANGED"],
    ["FAILED", "SUCCEEDED", "UNCHANGED"],
    ["RECORDED", "SUCCEEDED", "UNCHANGED"],
  ] as const)("refund %s + %s → %s", (current, reported, effect) => {
    expect(refundNotificationEffect(current, reported)).toBe(effect);
  });
});
