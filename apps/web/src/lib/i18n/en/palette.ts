import type { PartKey } from "../ru";
import type { Message } from "../types";

/** English texts of the command palette, key for key with `ru/palette.ts`. */
export const paletteEn: Record<PartKey<"paletteRu">, Message> = {
  "palette.open": "Search and go to",
  "palette.shortcut": "Ctrl K",
  "palette.title": "Search and go to",
  "palette.placeholder": "Request number, client, phone or page",
  "palette.hint": "↑↓ choose, Enter opens, Esc closes",
  "palette.group.recent": "Recent",
  "palette.group.orders": "Requests",
  "palette.group.clients": "Clients",
  "palette.group.pages": "Pages",
  "palette.order": "Request No. {number}",
  "palette.searching": "Searching…",
  "palette.nothing": "Nothing found",
};
