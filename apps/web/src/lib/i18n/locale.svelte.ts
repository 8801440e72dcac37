import { ru, type Catalog } from "./ru";

/**
 * Available UI locales. To add one, create e.g. `en.ts` exporting `const en: Catalog = {...}`
 * (the compiler then demands every key of the Russian catalog) and list it here with its tag.
 */
export const locales = { ru } satisfies Record<string, Catalog>;
export type Locale = keyof typeof locales;

/** BCP 47 tags used for Intl formatting. */
export const localeTags: Record<Locale, string> = { ru: "ru-RU" };

const state = $state<{ locale: Locale }>({ locale: "ru" });

export function currentLocale(): Locale {
  return state.locale;
}

export function setLocale(locale: Locale): void {
  state.locale = locale;
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}
