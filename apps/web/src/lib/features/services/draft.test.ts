import { describe, expect, it } from "vitest";
import { checklistItemDraft, fieldDraft, serviceDraft, serviceDraftProblems, serviceInput } from "./draft";

describe("service draft", () => {
  it("sends trimmed values, null for no limit, options only for a list, refunds only for paid services", () => {
    const draft = {
      ...serviceDraft(),
      name: " Сантехника ",
      description: " ",
      slaReaction: { days: "", hours: "0,5" },
      slaExecution: { days: "2", hours: "" },
      refundsAllowed: true,
      orderForm: [fieldDraft({ key: " floor ", label: " Этаж ", type: "NUMBER", options: ["x"] }), fieldDraft({ key: "kind", label: "Вид", type: "SELECT", options: ["a", "b"] })],
    };
    const input = serviceInput(draft);
    expect(input).toMatchObject({ name: "Сантехника", description: null, departmentId: null, slaReactionMinutes: 30, slaExecutionMinutes: 2880, refundsAllowed: false });
    expect(input.orderForm).toEqual([
      { key: "floor", label: "Этаж", type: "NUMBER", required: false },
      { key: "kind", label: "Вид", type: "SELECT", required: false, options: ["a", "b"] },
    ]);
    expect(serviceInput({ ...draft, kind: "PAID" }).refundsAllowed).toBe(true);
    expect(serviceInput({ ...draft, slaReaction: { days: "", hours: "" } }).slaReactionMinutes).toBeNull();
  });

  it("opens a saved service's SLA in days and hours and its field keys fixed", () => {
    const service = { slaReactionMinutes: 90, slaExecutionMinutes: 1440 * 3, orderForm: [{ key: "floor", label: "Этаж", type: "NUMBER", required: true, options: [] }] };
    const draft = serviceDraft(service as unknown as Parameters<typeof serviceDraft>[0]);
    expect(draft.slaReaction).toEqual({ days: "", hours: "1,5" });
    expect(draft.slaExecution).toEqual({ days: "3", hours: "" });
    expect(draft.orderForm[0]).toMatchObject({ key: "floor", autoKey: false });
  });

  it("finds what the API would refuse, keyed like extensions.field", () => {
    const draft = {
      ...serviceDraft(),
      name: "",
      slaExecution: { days: "", hours: "abc" },
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
