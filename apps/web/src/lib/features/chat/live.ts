import type { ChatMessageItemFragment } from "$lib/graphql/generated/graphql";

/**
 * One chat thread out of several sources that may repeat a message (loaded, pushed live, returned
 * by a mutation here): per id the highest revision wins (an edit, a deletion or a read tick each
 * bump it), oldest first.
 */
export function mergeChat(...sources: ReadonlyArray<Iterable<ChatMessageItemFragment>>): ChatMessageItemFragment[] {
  const byId = new Map<string, ChatMessageItemFragment>();
  for (const source of sources) {
    for (const message of source) {
      const seen = byId.get(message.id);
      if (!seen || message.revision >= seen.revision) byId.set(message.id, message);
    }
  }
  return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The browser's speech recognition (Chrome ships it prefixed), or null where there is none. */
export function speechRecognitionConstructor(): (new () => SpeechRecognitionLike) | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: new () => SpeechRecognitionLike; webkitSpeechRecognition?: new () => SpeechRecognitionLike };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** The part of the Web Speech API the composer uses (not in TypeScript's DOM types everywhere). */
export type SpeechRecognitionLike = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
};

/** A few emoji for the picker; any other comes from the system's emoji keyboard. */
export const CHAT_EMOJI = ["🙂", "😊", "👍", "🙏", "👌", "✅", "⏰", "🔧", "🏠", "💧", "⚡", "📅", "📎", "❗", "😔", "🎉"];

/** A recognized phrase appended to the composer's text, with a space between words. */
export function appendPhrase(text: string, phrase: string): string {
  return text && !/\s$/.test(text) ? `${text} ${phrase}` : text + phrase;
}

/** The text with `fragment` put in place of the selection [start, end), and where the caret goes after it. */
export function insertAt(text: string, fragment: string, start: number, end: number): { text: string; caret: number } {
  return { text: text.slice(0, start) + fragment + text.slice(end), caret: start + fragment.length };
}
