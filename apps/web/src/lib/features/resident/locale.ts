import { isLocale, setLocale, type Locale } from "$lib/i18n";

const KEY = "domovoy.resident.locale";

/** The resident's language choice, kept on the device (the app has no account setting for it). */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private mode or storage off: the choice lasts this visit only.
  }
}

/** Applies the saved choice, if any (Russian otherwise). */
export function restoreLocale(): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    saved = null;
  }
  if (isLocale(saved)) setLocale(saved);
}
