import type { Message } from "../types";

/** Order checklists: the desktop card's read-only block and the employee app's tab. */
export const checklistsRu = {
  "checklist.title": "Чек-лист",
  "checklist.progress": "{done} из {total}",
  "checklist.empty": "У этой услуги нет чек-листа",
  "checklist.required": "обязательный",
  "checklist.optional": "необязательный",
  "checklist.photoRequired": "нужно фото",
  "checklist.noteRequired": "нужно примечание",
  "checklist.doneBy": "{name}, {at}",
  "checklist.photo": "Фото",
  "checklist.note": "Примечание",
  "checklist.notePlaceholder": "Что сделано",
  "checklist.addPhoto": "Сделать фото",
  "checklist.replacePhoto": "Другое фото",
  "checklist.saveNote": "Сохранить примечание",
  "checklist.readOnly": "Отмечают исполнители в приложении сотрудника",
  "checklist.blocksClosing": "Заявку нельзя выполнить, пока не отмечены обязательные пункты",
  "order.history.CHECKLIST_ITEM_DONE": "Отмечен пункт чек-листа",
  "order.history.CHECKLIST_ITEM_UNDONE": "Снята отметка с пункта чек-листа",
} satisfies Record<string, Message>;
