import { describe, expect, it } from "vitest";
import { parseFormAnswers, type FormField } from "./form.js";

const fields: FormField[] = [
  { key: "floor", label: "Этаж", type: "NUMBER", required: true, options: [] },
  { key: "visit", label: "Дата визита", type: "DATE", required: false, options: [] },
  { key: "room", label: "Помещение", type: "SELECT", required: false, options: ["Кухня", "Ванная"] },
  { key: "agree", label: "Согласие", type: "CHECKBOX", required: true, options: [] },
  { key: "note", label: "Примечание", type: "TEXT", required: false, options: [] },
];

describe("parseFormAnswers", () => {
  it.each([
    ["all valid", [{ key: "floor", value: "5" }, { key: "agree", value: "true" }, { key: "room", value: "Кухня" }, { key: "visit", value: "2026-12-01" }], { floor: 5, agree: true, room: "Кухня", visit: "2026-12-01" }, []],
    ["decimal comma", [{ key: "floor", value: "2,5" }, { key: "agree", value: "true" }], { floor: 2.5, agree: true }, []],
    ["required missing", [{ key: "agree", value: "true" }], { agree: true }, [{ key: "floor", reason: "REQUIRED" }]],
    ["required checkbox unticked", [{ key: "floor", value: "1" }, { key: "agree", value: "false" }], { floor: 1, agree: false }, [{ key: "agree", reason: "REQUIRED" }]],
    ["blank required", [{ key: "floor", value: "  " }, { key: "agree", value: "true" }], { agree: true }, [{ key: "floor", reason: "REQUIRED" }]],
    ["not a number", [{ key: "floor", value: "пятый" }, { key: "agree", value: "true" }], { agree: true }, [{ key: "floor", reason: "NOT_A_NUMBER" }]],
    ["not a date", [{ key: "floor", value: "1" }, { key: "agree", value: "true" }, { key: "visit", value: "2026-02-30" }], { floor: 1, agree: true }, [{ key: "visit", reason: "NOT_A_DATE" }]],
    ["not an option", [{ key: "floor", value: "1" }, { key: "agree", value: "true" }, { key: "room", value: "Гараж" }], { floor: 1, agree: true }, [{ key: "room", reason: "NOT_AN_OPTION" }]],
    ["not a boolean", [{ key: "floor", value: "1" }, { key: "agree", value: "да" }], { floor: 1 }, [{ key: "agree", reason: "NOT_A_BOOLEAN" }]],
    ["unknown field", [{ key: "floor", value: "1" }, { key: "agree", value: "true" }, { key: "colour", value: "red" }], { floor: 1, agree: true }, [{ key: "colour", reason: "UNKNOWN_FIELD" }]],
    ["duplicate field", [{ key: "floor", value: "1" }, { key: "floor", value: "2" }, { key: "agree", value: "true" }], { floor: 1, agree: true }, [{ key: "floor", reason: "DUPLICATE" }]],
    ["text kept as written", [{ key: "floor", value: "1" }, { key: "agree", value: "true" }, { key: "note", value: "NOT_A_NUMBER" }], { floor: 1, agree: true, note: "NOT_A_NUMBER" }, []],
  ])("%s", (_name, inputs, answers, problems) => {
    expect(parseFormAnswers(fields, inputs)).toEqual({ answers, problems });
  });
});
