import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone } from "./phone.js";

describe("normalizePhone", () => {
  it.each([
    ["+7 916 123-45-67", "+79161234567"],
    ["8 (916) 123-45-67", "+79161234567"],
    ["9161234567", "+79161234567"],
    ["79161234567", "+79161234567"],
    ["+49 30 1234567", "+49301234567"],
    ["12345", null],
    ["phone", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
});

describe("formatPhone", () => {
  it.each([
    ["+79161234567", "+7 916 123-45-67"],
    ["+49301234567", "+49301234567"],
  ])("%s → %s", (input, expected) => {
    expect(formatPhone(input)).toBe(expected);
  });
});
