import { describe, expect, it } from "vitest";
import { parsePremiseRanges, premiseRangesText, premisesInRanges } from "./scope";

describe("premise ranges of an incident's scope", () => {
  it.each<[string, ReturnType<typeof parsePremiseRanges>]>([
    ["1-20, 35", { ranges: [{ from: 1, to: 20 }, { exact: "35" }] }],
    ["1 – 3; 12А", { ranges: [{ from: 1, to: 3 }, { exact: "12а" }] }],
    ["", { ranges: [] }],
    ["20-1", { invalid: "20-1" }],
    ["1-3, кв.*", { invalid: "кв.*" }],
  ])("%j parses as %j", (text, expected) => {
    expect(parsePremiseRanges(text)).toEqual(expected);
  });

  const premises = ["1", "2", "3", "12а", "35", "40"].map((number) => ({ id: `p${number}`, number }));
  it.each<[string, string[], string[]]>([
    ["1-2, 35", ["1", "2", "35"], []],
    ["3-100", ["3", "35", "40"], []],
    ["12а, 99", ["12а"], ["99"]],
  ])("%s names %j (missing %j)", (text, numbers, missing) => {
    const parsed = parsePremiseRanges(text);
    if (!("ranges" in parsed)) throw new Error("not parsed");
    const result = premisesInRanges(premises, parsed.ranges);
    expect(result.premises.map((p) => p.number)).toEqual(numbers);
    expect(result.missing).toEqual(missing);
  });

  it.each<[string[], string]>([
    [["1", "2", "3", "5", "12а"], "1–3, 5, 12а"],
    [["7"], "7"],
    [[], ""],
  ])("%j is written back as %s", (numbers, text) => {
    expect(premiseRangesText(numbers)).toBe(text);
  });
});
