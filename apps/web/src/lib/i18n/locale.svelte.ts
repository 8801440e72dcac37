import { en } from "./en";
import { ru, type Catalog } from "./ru";

/**
 * Available UI locales. Russian is the reference catalog; another locale may be partial (a
 * `Partial<Catalog>`: the compiler still checks its keys), and a key it lacks is shown in Russian.
 * English covers the resident app (/r) whole: `en/resident.ts` is typed by every resident key.
 */
export const locales = { ru, en } satisfies Record<string, Partial<Catalog>>;
export type Locale = keyof typeof locales;

/** BCP 47 tags used for Intl formatting. */
export const localeTags: Record<Locale, string> = { ru: "ru-RU", en: "en-GB" };

const state = $state<{ locale: Locale }>({ locale: "ru" });

export function currentLocale(): Locale {
  return state.locale;
}

export function setLocale(locale: Locale): void {
  state.locale = locale;
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(locales, value);
}
