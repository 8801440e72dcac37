import { describe, expect, it } from "vitest";
import {
  checkChecklistTick,
  checklistFromTemplate,
  checklistRequiredMessage,
  unfinishedRequiredItems,
  type ChecklistItemState,
  type ChecklistTickRefusal,
} from "./checklist.js";
import type { OrderStatus } from "./status.js";

const item = (over: Partial<ChecklistItemState> = {}): ChecklistItemState => ({
  title: "Пункт",
  required: true,
  photoRequired: false,
  noteRequired: false,
  done: false,
  note: null,
  hasPhoto: false,
  ...over,
});

describe("checklistFromTemplate", () => {
  it("copies the template in order, older items (title only) required without photo or note", () => {
    expect(checklistFromTemplate([{ title: "А" }, { title: "Б", required: false, photoRequired: true, noteRequired: true }])).toEqual([
      { position: 0, title: "А", required: true, photoRequired: false, noteRequired: false },
      { position: 1, title: "Б", required: false, photoRequired: true, noteRequired: true },
    ]);
  });
});

describe("checkChecklistTick", () => {
  it.each<[string, OrderStatus, ChecklistItemState, boolean, string | null, boolean, ChecklistTickRefusal | null]>([
    ["a plain item ticks", "IN_PROGRESS", item(), true, null, false, null],
    ["a plain item ticks on a pending order", "PENDING", item(), true, null, false, null],
    ["a photo item needs a photo", "IN_PROGRESS", item({ photoRequired: true }), true, null, false, "PHOTO_REQUIRED"],
    ["a photo item with its photo", "IN_PROGRESS", item({ photoRequired: true }), true, null, true, null],
    ["a note item needs a note", "IN_PROGRESS", item({ noteRequired: true }), true, "  ", false, "NOTE_REQUIRED"],
    ["a note item with its note", "IN_PROGRESS", item({ noteRequired: true }), true, "Заменён кран", false, null],
    ["unticking needs neither", "IN_PROGRESS", item({ photoRequired: true, noteRequired: true, done: true }), false, null, false, null],
    ["a done order's checklist is frozen", "DONE", item(), true, null, false, "CHECKLIST_LOCKED"],
    ["a cancelled order's checklist is frozen", "CANCELLED", item({ done: true }), false, null, false, "CHECKLIST_LOCKED"],
  ])("%s", (_name, orderStatus, current, done, note, hasPhoto, expected) => {
    expect(checkChecklistTick({ orderStatus, item: current, done, note, hasPhoto })).toBe(expected);
  });
});

describe("unfinishedRequiredItems", () => {
  it.each<[string, ChecklistItemState[], string[]]>([
    ["none when empty", [], []],
    ["the required ones not done, in order", [item({ title: "1" }), item({ title: "2", done: true }), item({ title: "3", required: false }), item({ title: "4" })], ["1", "4"]],
    ["none when all required are done", [item({ title: "1", done: true }), item({ title: "2", required: false })], []],
  ])("%s", (_name, items, expected) => {
    expect(unfinishedRequiredItems(items)).toEqual(expected);
  });
});

describe("checklistRequiredMessage", () => {
  it.each([
    [["Фото"], "Чтобы выполнить заявку, отметьте обязательные пункты чек-листа: «Фото»"],
    [["1", "2", "3", "4", "5", "6", "7"], "Чтобы выполнить заявку, отметьте обязательные пункты чек-листа: «1», «2», «3», «4», «5» и ещё 2"],
  ])("%j", (titles, expected) => {
    expect(checklistRequiredMessage(titles)).toBe(expected);
  });
});
