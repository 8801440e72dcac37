import type { PartKey } from "../ru";
import type { Message } from "../types";

/** English texts of order checklists, key for key with `ru/checklists.ts`. */
export const checklistsEn: Record<PartKey<"checklistsRu">, Message> = {
  "checklist.title": "Checklist",
  "checklist.progress": "{done} of {total}",
  "checklist.empty": "This service has no checklist",
  "checklist.required": "required",
  "checklist.optional": "optional",
  "checklist.photoRequired": "photo needed",
  "checklist.noteRequired": "note needed",
  "checklist.doneBy": "{name}, {at}",
  "checklist.photo": "Photo",
  "checklist.note": "Note",
  "checklist.notePlaceholder": "What was done",
  "checklist.addPhoto": "Take a photo",
  "checklist.replacePhoto": "Another photo",
  "checklist.saveNote": "Save the note",
  "checklist.readOnly": "Executors tick it in the employee app",
  "checklist.blocksClosing": "The request cannot be completed until the required items are ticked",
  "order.history.CHECKLIST_ITEM_DONE": "Checklist item ticked",
  "order.history.CHECKLIST_ITEM_UNDONE": "Checklist item unticked",
};
