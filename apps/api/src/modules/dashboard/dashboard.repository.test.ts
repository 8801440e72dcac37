import { describe, expect, it } from "vitest";
import { wholeMonths } from "./dashboard.repository.js";

describe("wholeMonths", () => {
  it.each([
    ["a year from mid-month", "2025-12-07", "2026-12-06", { first: "2026-01-01", after: "2026-12-01" }],
    ["from the first of a month", "2026-03-01", "2026-05-17", { first: "2026-03-01", after: "2026-05-01" }],
    ["to the first of a month", "2026-02-10", "2026-04-01", { first: "2026-03-01", after: "2026-04-01" }],
    ["exactly one month", "2026-02-01", "2026-03-01", { first: "2026-02-01", after: "2026-03-01" }],
    ["across New Year", "2025-11-20", "2026-02-03", { first: "2025-12-01", after: "2026-02-01" }],
    ["30 days inside two months", "2026-11-06", "2026-12-06", null],
    ["days within one month", "2026-03-02", "2026-03-30", null],
    ["no whole days", "2026-03-05", "2026-03-05", null],
  ])("%s", (_name, first, after, months) => {
    expect(wholeMonths(first, after)).toEqual(months);
  });
});
