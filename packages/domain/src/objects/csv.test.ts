import { describe, expect, it } from "vitest";
import { csvLine, detectCsvSeparator, parseCsv, unescapeCsvCell } from "./csv.js";

describe("detectCsvSeparator", () => {
  it.each([
    ["Объект;Номер\n", ";"],
    ["Объект,Номер\n", ","],
    ["Объект\tНомер\r\n", "\t"],
    ["Номер\n1", ";"],
  ])("%j → %j", (text, separator) => expect(detectCsvSeparator(text)).toBe(separator));
});

describe("parseCsv", () => {
  it.each([
    ["a;b\r\n1;2\r\n", [["a", "b"], ["1", "2"]]],
    ["a;b\n1;2", [["a", "b"], ["1", "2"]]],
    ['a;"b;c"\n"x ""y""";"line\nbreak"\n', [["a", "b;c"], ['x "y"', "line\nbreak"]]],
    ["a;;c\n", [["a", "", "c"]]],
    ["", []],
  ])("%j → %j", (text, rows) => expect(parseCsv(text)).toEqual(rows));

  it("stops after maxRows rows", () => expect(parseCsv("1\n2\n3\n4\n", ";", 2)).toEqual([["1"], ["2"]]));
});

describe("csvLine", () => {
  it.each([
    [["Профсоюзная 56", "7"], "Профсоюзная 56;7"],
    [["a;b", 'say "hi"'], '"a;b";"say ""hi"""'],
    [["=HYPERLINK(1)", "-5", "@x"], "'=HYPERLINK(1);'-5;'@x"],
  ])("%j → %j", (cells, line) => expect(csvLine(cells)).toBe(line));

  it("reads back what it wrote", () => {
    const cells = ["=1+2", "a;b", "кв. 7"];
    expect(parseCsv(csvLine(cells))[0]!.map(unescapeCsvCell)).toEqual(cells);
  });
});
