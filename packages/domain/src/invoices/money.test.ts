import { describe, expect, it } from "vitest";
import {
  checkDiscount,
  checkLine,
  checkUnitPrice,
  formatQuantity,
  invoiceTotal,
  kopecksToText,
  lineTotal,
  MAX_UNIT_PRICE,
  parseQuantity,
  textToKopecks,
  unitAllowsFractions,
} from "./money.js";

describe("line total: round half up (price × quantity × (100 − discount) / 100) in kopecks", () => {
  it.each([
    // unit price (kopecks), quantity (thousandths), discount %, total (kopecks)
    ["plain", 180000n, 1000n, 0, 180000n],
    ["two pieces", 45000n, 2000n, 0, 90000n],
    ["1.5 hours", 140000n, 1500n, 0, 210000n],
    ["10 % off", 125050n, 1000n, 10, 112545n],
    ["100 % discount is free", 350000n, 3000n, 100, 0n],
    ["zero price", 0n, 5000n, 0, 0n],
    ["exactly half a kopeck rounds up", 1n, 500n, 0, 1n],
    ["just under half rounds down", 1n, 499n, 0, 0n],
    ["just over half rounds up", 1n, 501n, 0, 1n],
    ["half a kopeck after discount rounds up: 15 × 50 % = 7.5", 15n, 1000n, 50, 8n],
    ["33 % of 1 kopeck × 1 = 0.67 → 1", 1n, 1000n, 33, 1n],
    ["0.125 × 1 kopeck = 0.125 → 0", 1n, 125n, 0, 0n],
    ["1250.50 ₽ × 0.333 m × 7 % off = 387.2673… ₽ → 38727 kopecks", 125050n, 333n, 7, 38727n],
    ["99 % off 0.01 ₽ × 50 = 0.5 → 1", 1n, 50000n, 99, 1n],
    ["largest price × largest quantity", MAX_UNIT_PRICE, 100_000_000n, 0, MAX_UNIT_PRICE * 100_000n],
  ])("%s", (_name, unitPrice, quantityMilli, discountPercent, total) => {
    expect(lineTotal({ unitPrice, quantityMilli, discountPercent })).toBe(total);
  });

  it("rounds each line, then sums: three lines of 0.5 kopeck are 3 kopecks, not 2", () => {
    const line = { total: lineTotal({ unitPrice: 1n, quantityMilli: 500n, discountPercent: 0 }) };
    expect(invoiceTotal([line, line, line])).toBe(3n);
  });

  it("an empty invoice totals 0", () => {
    expect(invoiceTotal([])).toBe(0n);
  });
});

describe("quantity", () => {
  it.each([
    ["1", "час", 1000n],
    ["1.5", "час", 1500n],
    ["1,5", "час", 1500n],
    ["0.125", "м", 125n],
    ["2", "шт.", 2000n],
    [" 3 ", "шт.", 3000n],
    ["100000", "час", 100_000_000n],
  ])("%j %s → %s thousandths", (text, unit, milli) => {
    expect(parseQuantity(text, unit)).toEqual({ ok: true, value: milli });
  });

  it.each([
    ["0", "час", "QUANTITY_NOT_POSITIVE"],
    ["0.000", "час", "QUANTITY_NOT_POSITIVE"],
    ["-1", "час", "QUANTITY_INVALID"],
    ["1.2345", "час", "QUANTITY_INVALID"],
    ["1e3", "час", "QUANTITY_INVALID"],
    ["", "час", "QUANTITY_INVALID"],
    ["abc", "час", "QUANTITY_INVALID"],
    ["100000.001", "час", "QUANTITY_TOO_LARGE"],
    ["1.5", "шт.", "QUANTITY_NOT_WHOLE"],
    ["0.5", "ШТ", "QUANTITY_NOT_WHOLE"],
    ["2.5", "компл.", "QUANTITY_NOT_WHOLE"],
  ])("%j %s is refused: %s", (text, unit, refusal) => {
    expect(parseQuantity(text, unit)).toEqual({ ok: false, refusal });
  });

  it.each([
    ["шт.", false],
    ["шт", false],
    [" Шт. ", false],
    ["ед.", false],
    ["час", true],
    ["м", true],
    ["кг", true],
    ["м²", true],
  ])("unit %j allows fractions: %s", (unit, allowed) => {
    expect(unitAllowsFractions(unit)).toBe(allowed);
  });

  it.each([
    [1000n, "1"],
    [1500n, "1.5"],
    [125n, "0.125"],
    [100_000_000n, "100000"],
    [10n, "0.01"],
  ])("%s thousandths read %j", (milli, text) => {
    expect(formatQuantity(milli)).toBe(text);
  });
});

describe("price and discount", () => {
  it.each([
    [0n, true],
    [1n, true],
    [MAX_UNIT_PRICE, true],
    [-1n, false],
    [MAX_UNIT_PRICE + 1n, false],
  ])("price %s kopecks accepted: %s", (kopecks, ok) => {
    expect(checkUnitPrice(kopecks).ok).toBe(ok);
  });

  it.each([
    [0, true],
    [50, true],
    [100, true],
    [101, false],
    [-1, false],
    [12.5, false],
    [Number.NaN, false],
  ])("discount %s %% accepted: %s", (percent, ok) => {
    expect(checkDiscount(percent).ok).toBe(ok);
  });
});

describe("a line as typed in the form", () => {
  it.each([
    ["valid hours", { unit: "час", unitPrice: 140000n, quantity: "1.5", discountPercent: 10 }, { ok: true, total: 189000n }],
    ["negative price", { unit: "шт.", unitPrice: -100n, quantity: "1", discountPercent: 0 }, { ok: false, field: "unitPrice", refusal: "PRICE_NEGATIVE" }],
    ["101 % discount", { unit: "шт.", unitPrice: 100n, quantity: "1", discountPercent: 101 }, { ok: false, field: "discountPercent", refusal: "DISCOUNT_OUT_OF_RANGE" }],
    ["quantity 0", { unit: "шт.", unitPrice: 100n, quantity: "0", discountPercent: 0 }, { ok: false, field: "quantity", refusal: "QUANTITY_NOT_POSITIVE" }],
    ["half a piece", { unit: "шт.", unitPrice: 100n, quantity: "0.5", discountPercent: 0 }, { ok: false, field: "quantity", refusal: "QUANTITY_NOT_WHOLE" }],
  ] as const)("%s", (_name, draft, expected) => {
    const result = checkLine(draft);
    if (expected.ok) expect(result).toMatchObject({ ok: true, value: { total: expected.total } });
    else expect(result).toEqual({ ok: false, field: expected.field, refusal: expected.refusal });
  });
});

describe("roubles text", () => {
  it.each([
    ["1250.50", 125050n],
    ["1250,5", 125050n],
    ["0", 0n],
    ["0.01", 1n],
    ["-3", -300n],
  ])("%j is %s kopecks and reads back", (text, kopecks) => {
    expect(textToKopecks(text)).toBe(kopecks);
    expect(textToKopecks(kopecksToText(kopecks))).toBe(kopecks);
  });

  it.each(["1.234", "1.2.3", "", "abc", "1e5"])("%j is refused (a fractional kopeck or not a number)", (text) => {
    expect(textToKopecks(text)).toBeNull();
  });
});
