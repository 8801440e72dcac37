import { describe, expect, it } from "vitest";
import { priceItemDraft, priceItemInput, priceItemProblems, priceKopecks } from "./price-list";

describe("price-list item", () => {
  it.each([
    ["1400", 140000n],
    ["1400,5", 140050n],
    ["1 400.50", 140050n],
    ["1\u00a0400,50", 140050n],
    ["0", 0n],
    ["", null],
    ["-5", null],
    ["10,005", null],
    ["abc", null],
    ["100000001", null],
  ])("priceKopecks(%j) → %s", (text, kopecks) => {
    expect(priceKopecks(text)).toBe(kopecks);
  });

  it("opens an item with a comma price and sends it trimmed with a Money string", () => {
    const draft = priceItemDraft({ name: "Замена смесителя", unit: "шт.", unitPrice: "1500.00", active: true });
    expect(draft).toEqual({ name: "Замена смесителя", unit: "шт.", price: "1500,00", active: true });
    expect(priceItemInput({ ...draft, name: " Замена крана ", price: "1 750,5", active: false })).toEqual({
      name: "Замена крана",
      unit: "шт.",
      unitPrice: "1750.50",
      active: false,
    });
    expect(priceItemDraft()).toEqual({ name: "", unit: "шт.", price: "", active: true });
  });

  it.each([
    [{ name: "", unit: "шт.", price: "10", active: true }, { "input.name": "common.required" }],
    [{ name: "Выезд", unit: " ", price: "10", active: true }, { "input.unit": "common.required" }],
    [{ name: "Выезд", unit: "шт.", price: "-1", active: true }, { "input.unitPrice": "services.price.priceInvalid" }],
    [{ name: "Выезд", unit: "шт.", price: "500", active: true }, {}],
  ])("problems of %j", (draft, problems) => {
    expect(priceItemProblems(draft)).toEqual(problems);
  });
});
