import { describe, expect, it } from "vitest";
import { lineInput, previewLine } from "./line";

describe("the invoice line preview", () => {
  it.each([
    ["1.5 hours at 1400, 10 % off", { unit: "час", unitPrice: "1400", quantity: "1,5", discount: "10" }, { ok: true, total: "1890.00" }],
    ["3 pieces, no discount typed", { unit: "шт.", unitPrice: "450.00", quantity: "3", discount: "" }, { ok: true, total: "1350.00" }],
    ["100 % discount", { unit: "шт.", unitPrice: "450", quantity: "2", discount: "100" }, { ok: true, total: "0.00" }],
    ["half a kopeck rounds up", { unit: "час", unitPrice: "0.01", quantity: "0.5", discount: "0" }, { ok: true, total: "0.01" }],
  ])("%s", (_name, form, expected) => {
    expect(previewLine(form)).toEqual(expected);
  });

  it.each([
    ["a fractional kopeck", { unit: "шт.", unitPrice: "10.005", quantity: "1", discount: "0" }, "input.unitPrice"],
    ["a negative price", { unit: "шт.", unitPrice: "-1", quantity: "1", discount: "0" }, "input.unitPrice"],
    ["quantity 0", { unit: "шт.", unitPrice: "1", quantity: "0", discount: "0" }, "input.quantity"],
    ["half a piece", { unit: "шт.", unitPrice: "1", quantity: "0.5", discount: "0" }, "input.quantity"],
    ["101 %", { unit: "шт.", unitPrice: "1", quantity: "1", discount: "101" }, "input.discountPercent"],
    ["12.5 %", { unit: "шт.", unitPrice: "1", quantity: "1", discount: "12.5" }, "input.discountPercent"],
  ])("refuses %s at its field", (_name, form, field) => {
    const preview = previewLine(form);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.field).toBe(field);
  });

  it("sends what the API takes", () => {
    expect(lineInput({ unit: "час", unitPrice: "1400,5", quantity: "1,5", discount: "" })).toEqual({ unitPrice: "1400.50", quantity: "1.5", discountPercent: 0 });
  });
});
