import { describe, expect, it } from "vitest";
import { checklistItemDraft, fieldDraft, parseMinutes, serviceDraft, serviceDraftProblems, serviceInput, suggestKey } from "./draft";

describe("service draft", () => {
  it.each([
    ["", null],
    ["  ", null],
    ["90", 90],
    ["0", "invalid"],
    ["1.5", "invalid"],
    ["-3", "invalid"],
  ])("parseMinutes(%j) → %j", (value, expected) => {
    expect(parseMinutes(value)).toBe(expected);
  });

  it("sends trimmed values, null for no limit, options only for a list, refunds only for paid services", () => {
    const draft = {
      ...serviceDraft(),
      name: " Сантехника ",
      description: " ",
      slaReactionMinutes: "30",
      refundsAllowed: true,
      orderForm: [fieldDraft({ key: " floor ", label: " Этаж ", type: "NUMBER", options: ["x"] }), fieldDraft({ key: "kind", label: "Вид", type: "SELECT", options: ["a", "b"] })],
    };
    const input = serviceInput(draft);
    expect(input).toMatchObject({ name: "Сантехника", description: null, departmentId: null, slaReactionMinutes: 30, slaExecutionMinutes: null, refundsAllowed: false });
    expect(input.orderForm).toEqual([
      { key: "floor", label: "Этаж", type: "NUMBER", required: false },
      { key: "kind", label: "Вид", type: "SELECT", required: false, options: ["a", "b"] },
    ]);
    expect(serviceInput({ ...draft, kind: "PAID" }).refundsAllowed).toBe(true);
  });

  it("finds what the API would refuse, keyed like extensions.field", () => {
    const draft = {
      ...serviceDraft(),
      name: "",
      slaExecutionMinutes: "abc",
      orderForm: [fieldDraft({ key: "floor", label: "Этаж" }), fieldDraft({ key: "floor", label: "" }), fieldDraft({ key: "Bad key", label: "x", type: "SELECT" })],
    };
    expect(serviceDraftProblems(draft)).toEqual({
      "input.name": "common.required",
      "input.slaExecutionMinutes": "services.slaInvalid",
      "input.orderForm[1].key": "services.form.keyDuplicate",
      "input.orderForm[1].label": "common.required",
      "input.orderForm[2].key": "services.form.keyInvalid",
      "input.orderForm[2].options": "services.form.optionsRequired",
    });
  });

  it("suggests a free field key", () => {
    expect(suggestKey([fieldDraft({ key: "field_2" }), fieldDraft({ key: "x" })])).toBe("field_3");
    expect(suggestKey([fieldDraft({ key: "field_1" })])).toBe("field_2");
  });
});

describe("checklist template in the service draft", () => {
  it("sends every item with its flags, titles trimmed, and refuses an empty title before sending", () => {
    const draft = serviceDraft(null);
    draft.name = "Уборка";
    draft.checklist = [checklistItemDraft({ title: "  Вымыть полы " }), checklistItemDraft({ title: "Фото", required: false, photoRequired: true }), checklistItemDraft()];
    expect(serviceInput(draft).checklistTemplate).toEqual([
      { title: "Вымыть полы", required: true, photoRequired: false, noteRequired: false },
      { title: "Фото", required: false, photoRequired: true, noteRequired: false },
      { title: "", required: true, photoRequired: false, noteRequired: false },
    ]);
    expect(serviceDraftProblems(draft)).toEqual({ "input.checklistTemplate[2].title": "common.required" });
  });
});
