import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney } from "./scalars.js";

describe("money", () => {
  it.each([
    [0n, "0.00"],
    [5n, "0.05"],
    [123450n, "1234.50"],
    [-2500n, "-25.00"],
  ])("formats %s kopecks as %s", (kopecks, text) => {
    expect(formatMoney(kopecks)).toBe(text);
    expect(parseMoney(text)).toBe(kopecks);
  });

  it.each(["1234.5", "1234"])("parses short forms: %s", (text) => {
    expect(formatMoney(parseMoney(text))).toBe(Number(text).toFixed(2));
  });

  it.each(["1,5", "1.234", "abc", "", "1e5"])("refuses %j", (text) => {
    expect(() => parseMoney(text)).toThrow(/Некорректная сумма/);
  });
});
