import { describe, expect, it } from "vitest";
import { premiseSortKey } from "./premise-number.js";
import { buildingIndex, foldAddress, markRepeatedRows, normalizePremiseNumber, readHeader, readPremiseRows, repeatedAccount } from "./premise-import.js";

describe("premiseSortKey orders numbers as people read them", () => {
  it.each([
    ["2", "9а"],
    ["9а", "10"],
    ["10", "10а"],
    ["10а", "100"],
    ["007", "8"],
    ["999999", "подвал"],
  ])("%s < %s", (a, b) => expect(premiseSortKey(a) < premiseSortKey(b)).toBe(true));

  it("keeps the seed's key for plain numbers", () => expect(premiseSortKey("7")).toBe("000007"));
});

describe("normalizePremiseNumber", () => {
  it.each([
    ["7", "7"],
    [" кв. 7 ", "7"],
    ["Кв 12а", "12а"],
    ["пом. 3", "3"],
    ["12  корп", "12 корп"],
  ])("%j → %j", (input, expected) => expect(normalizePremiseNumber(input)).toBe(expected));
});

describe("foldAddress", () => {
  it.each([
    ["ул. Профсоюзная, д. 56", "ул профсоюзная д 56"],
    ["УЛ ПРОФСОЮЗНАЯ  Д 56.", "ул профсоюзная д 56"],
    ["Соловьёва 3", "соловьева 3"],
  ])("%j → %j", (input, expected) => expect(foldAddress(input)).toBe(expected));
});

describe("readHeader", () => {
  it.each([
    [["Объект", "Номер", "Лицевой счёт", "Теги", "Примечание"], false, ["building", "number", "personalAccount", "tags", "note"]],
    [["адрес", "КВАРТИРА", "лицевой счет"], false, ["building", "number", "personalAccount"]],
    [["Номер", ""], true, ["number", null]],
  ])("%j (one building: %s) → %j", (header, buildingFixed, columns) => {
    expect(readHeader(header, { buildingFixed })).toEqual({ ok: true, columns });
  });

  it.each([
    [["Объект", "Площадь", "Номер"], false, "Неизвестный столбец «Площадь»"],
    [["Объект", "Номер", "Квартира"], false, "Столбец «Квартира» повторяется"],
    [["Объект", "Теги"], false, "Нет столбца «Номер»"],
    [["Номер"], false, "Нет столбца «Объект»"],
  ])("%j (one building: %s) is refused: %s", (header, buildingFixed, message) => {
    const result = readHeader(header, { buildingFixed });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});

describe("readPremiseRows", () => {
  const columns = ["building", "number", "personalAccount", "tags", "note"] as const;
  const read = (cells: string[]) => readPremiseRows(columns, [cells], { buildingFixed: false })[0]!;

  it("reads a full row", () => {
    expect(read(["Профсоюзная 56", "кв. 7", "12 34", "ремонт; долг, ремонт", "ключи у соседа"])).toEqual({
      rowNumber: 2,
      buildingAddress: "Профсоюзная 56",
      number: "7",
      personalAccount: "1234",
      tags: ["ремонт", "долг"],
      note: "ключи у соседа",
      errors: [],
    });
  });

  it.each([
    [["Дом 1", "", "", "", ""], "number", "Не указан номер помещения"],
    [["", "7", "", "", ""], "building", "Не указан объект"],
    [["Дом 1", "1".repeat(21), "", "", ""], "number", "Номер не длиннее 20 символов"],
    [["Дом 1", "7", "9".repeat(31), "", ""], "personalAccount", "Лицевой счёт не длиннее 30 символов"],
    [["Дом 1", "7", "", Array.from({ length: 21 }, (_, i) => `t${i}`).join(","), ""], "tags", "Не больше 20 тегов"],
    [["Дом 1", "7", "", "т".repeat(41), ""], "tags", "Тег не длиннее 40 символов"],
    [["Дом 1", "7", "", "", "x".repeat(2001)], "note", "Примечание не длиннее 2000 символов"],
    [["Дом 1", "7\u0000", "", "", ""], "number", "Недопустимые управляющие символы в ячейке"],
  ])("%j → %s: %s", (cells, column, message) => {
    expect(read(cells).errors).toContainEqual({ column, message });
  });

  it("skips blank rows but keeps the file's row numbers", () => {
    const rows = readPremiseRows(columns, [["Дом 1", "1"], ["", " "], ["Дом 1", "2"]], { buildingFixed: false });
    expect(rows.map((r) => [r.rowNumber, r.number])).toEqual([
      [2, "1"],
      [4, "2"],
    ]);
  });

  it("leaves out the columns the file does not have (the premise keeps them)", () => {
    const [row] = readPremiseRows(["number"], [["5"]], { buildingFixed: true });
    expect(row).toEqual({ rowNumber: 2, buildingAddress: null, number: "5", errors: [] });
  });
});

describe("markRepeatedRows", () => {
  it("blames the later of two rows naming one premise", () => {
    const rows = [
      { rowNumber: 2, key: "b1/7", errors: [] },
      { rowNumber: 3, key: "b1/8", errors: [] },
      { rowNumber: 4, key: "b1/7", errors: [] },
      { rowNumber: 5, key: null, errors: [] },
    ];
    markRepeatedRows(rows, (r) => r.key);
    expect(rows.map((r) => r.errors)).toEqual([[], [], [{ column: "number", message: "Помещение повторяет строку 2" }], []]);
  });

  it("says which column repeats when told", () => {
    const rows = [
      { rowNumber: 2, key: "402", errors: [] },
      { rowNumber: 3, key: "402", errors: [] },
    ];
    markRepeatedRows(rows, (r) => r.key, repeatedAccount);
    expect(rows[1]!.errors).toEqual([{ column: "personalAccount", message: "Лицевой счёт повторяет строку 2" }]);
  });
});

describe("buildingIndex", () => {
  const find = buildingIndex([
    { id: "a", address: "ул. Профсоюзная, д. 56" },
    { id: "b", address: "Ленина 1" },
    { id: "c", address: "ленина  1" },
  ]);
  it.each([
    ["Ул Профсоюзная д 56", { kind: "FOUND", buildingId: "a" }],
    ["Ленина 1", { kind: "AMBIGUOUS" }],
    ["Мира 3", { kind: "UNKNOWN" }],
  ])("%s → %j", (address, match) => expect(find(address)).toEqual(match));
});
