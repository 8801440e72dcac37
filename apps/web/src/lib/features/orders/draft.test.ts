import { describe, expect, it } from "vitest";
import { refusal } from "$lib/test/errors";
import { answerProblems, answersFrom, answersInput, orderFieldErrors, type FormFieldDef } from "./draft";

const field = (key: string, type: FormFieldDef["type"], required = false): FormFieldDef => ({ key, label: key, type, required, options: [] }) as FormFieldDef;
const fields = [field("floor", "NUMBER", true), field("access", "CHECKBOX", true), field("note", "TEXT"), field("day", "DATE")];

describe("order form answers", () => {
  it("sends every field in the service's order, empty ones as null, checkboxes as true/false", () => {
    expect(answersInput(fields, { floor: " 3 ", access: "true", note: "  " })).toEqual([
      { key: "floor", value: "3" },
      { key: "access", value: "true" },
      { key: "note", value: null },
      { key: "day", value: null },
    ]);
    expect(answersInput([field("x", "CHECKBOX")], {})).toEqual([{ key: "x", value: "false" }]);
  });

  it.each([
    ["required fields left empty", { floor: "", access: "false" }, { "input.formAnswers.floor": "common.required", "input.formAnswers.access": "common.required" }],
    ["a number with a comma is a number", { floor: "2,5", access: "true" }, {}],
    ["not a number", { floor: "второй", access: "true" }, { "input.formAnswers.floor": "newOrder.notANumber" }],
  ])("%s", (_name, answers, expected) => {
    expect(answerProblems(fields, answers)).toEqual(expected);
  });

  it("reads existing answers back, null as empty", () => {
    expect(answersFrom([{ key: "a", value: "1" }, { key: "b", value: null }])).toEqual({ a: "1", b: "" });
  });
});

describe("orderFieldErrors", () => {
  it("marks each answer a form error names, besides extensions.field", () => {
    const error = refusal(
      { message: "Проверьте ответы", field: "input.formAnswers", problems: [{ key: "floor", message: "Не число" }, { key: 1, message: "bad" }] },
      { message: "Нет дома", field: "input.buildingId" },
    );
    expect(orderFieldErrors(error)).toEqual({
      "input.formAnswers": "Проверьте ответы",
      "input.formAnswers.floor": "Не число",
      "input.buildingId": "Нет дома",
    });
  });
});
