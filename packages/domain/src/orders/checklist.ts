import type { OrderStatus } from "./status.js";

/** A service's template item as stored (flags absent in older templates take these defaults). */
export type ChecklistTemplateEntry = { title: string; required?: boolean; photoRequired?: boolean; noteRequired?: boolean };

/** An order's checklist item as the rules read it. */
export type ChecklistItemState = {
  title: string;
  required: boolean;
  photoRequired: boolean;
  noteRequired: boolean;
  done: boolean;
  note: string | null;
  hasPhoto: boolean;
};

export type NewChecklistItem = { position: number; title: string; required: boolean; photoRequired: boolean; noteRequired: boolean };

/** The checklist a new order starts with: the service's template, in its order. */
export function checklistFromTemplate(template: readonly ChecklistTemplateEntry[]): NewChecklistItem[] {
  return template.map((item, position) => ({
    position,
    title: item.title,
    required: item.required ?? true,
    photoRequired: item.photoRequired ?? false,
    noteRequired: item.noteRequired ?? false,
  }));
}

export type ChecklistTickRefusal = "CHECKLIST_LOCKED" | "PHOTO_REQUIRED" | "NOTE_REQUIRED";

/**
 * Whether an item may be set to `done` with the note and photo it will have afterwards. A closed
 * order's checklist is what it was closed with; unticking needs neither photo nor note.
 */
export function checkChecklistTick(input: { orderStatus: OrderStatus; item: ChecklistItemState; done: boolean; note: string | null; hasPhoto: boolean }): ChecklistTickRefusal | null {
  if (input.orderStatus === "DONE" || input.orderStatus === "CANCELLED") return "CHECKLIST_LOCKED";
  if (!input.done) return null;
  if (input.item.photoRequired && !input.hasPhoto) return "PHOTO_REQUIRED";
  if (input.item.noteRequired && !input.note?.trim()) return "NOTE_REQUIRED";
  return null;
}

export const CHECKLIST_TICK_MESSAGES: Record<ChecklistTickRefusal, string> = {
  CHECKLIST_LOCKED: "Чек-лист закрытой или отменённой заявки не меняется",
  PHOTO_REQUIRED: "Для этого пункта нужно приложить фото",
  NOTE_REQUIRED: "Для этого пункта нужно написать примечание",
};

/** Titles of the required items not yet done, in the checklist's order. */
export function unfinishedRequiredItems(items: readonly Pick<ChecklistItemState, "title" | "required" | "done">[]): string[] {
  return items.filter((item) => item.required && !item.done).map((item) => item.title);
}

/** The refusal of DONE that names what is left («Нельзя закрыть без чек-листа»). */
export function checklistRequiredMessage(titles: readonly string[]): string {
  const listed = titles.slice(0, 5).map((t) => `«${t}»`).join(", ");
  const more = titles.length > 5 ? ` и ещё ${titles.length - 5}` : "";
  return `Чтобы выполнить заявку, отметьте обязательные пункты чек-листа: ${listed}${more}`;
}
