import { describe, expect, it } from "vitest";
import { checkRating } from "./rating.js";
import type { OrderStatus } from "./status.js";

describe("checkRating", () => {
  it.each([
    ["5 without a comment", "DONE", 5, null, null],
    ["3 without a comment", "DONE", 3, null, null],
    ["2 without a comment", "DONE", 2, null, "COMMENT_REQUIRED"],
    ["1 with a blank comment", "DONE", 1, "   ", "COMMENT_REQUIRED"],
    ["1 with a comment", "DONE", 1, "Грязно после работ", null],
    ["0", "DONE", 0, "x", "SCORE_OUT_OF_RANGE"],
    ["6", "DONE", 6, null, "SCORE_OUT_OF_RANGE"],
    ["fractional", "DONE", 4.5, null, "SCORE_OUT_OF_RANGE"],
    ["in work", "IN_PROGRESS", 5, null, "NOT_DONE"],
    ["reopened", "REOPENED", 5, null, "NOT_DONE"],
    ["cancelled", "CANCELLED", 5, null, "NOT_DONE"],
  ] as [string, OrderStatus, number, string | null, string | null][])("%s", (_name, status, score, comment, expected) => {
    expect(checkRating({ status, score, comment })).toBe(expected);
  });
});
