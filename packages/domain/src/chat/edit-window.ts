/** The author of a chat message may edit or delete it within one hour of sending (§19). */
export const CHAT_EDIT_WINDOW_MS = 60 * 60 * 1000;

export const CHAT_MESSAGE_MAX_TEXT = 4000;

export function chatEditableUntil(sentAt: Date): Date {
  return new Date(sentAt.getTime() + CHAT_EDIT_WINDOW_MS);
}

/** Open up to and including the last millisecond of the hour. */
export function chatEditWindowOpen(sentAt: Date, now: Date): boolean {
  return now.getTime() <= chatEditableUntil(sentAt).getTime();
}
