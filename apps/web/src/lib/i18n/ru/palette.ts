import type { Message } from "../types";

/** The command palette (Ctrl+K). */
export const paletteRu = {
  "palette.open": "Поиск и переход",
  "palette.shortcut": "Ctrl K",
  "palette.title": "Поиск и переход",
  "palette.placeholder": "Номер заявки, клиент, телефон или раздел",
  "palette.hint": "↑↓ — выбор, Enter — открыть, Esc — закрыть",
  "palette.group.recent": "Недавние",
  "palette.group.orders": "Заявки",
  "palette.group.clients": "Клиенты",
  "palette.group.pages": "Разделы",
  "palette.order": "Заявка № {number}",
  "palette.searching": "Ищем…",
  "palette.nothing": "Ничего не нашлось",
} satisfies Record<string, Message>;
