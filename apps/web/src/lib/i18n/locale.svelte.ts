import { ru, type Catalog } from "./ru";

/**
 * Available UI locales, each with how its catalog is loaded. Russian is the reference catalog,
 * part of every first load; another locale may be partial (a `Partial<Catalog>`: the compiler still
 * checks its keys), and a key it lacks is shown in Russian. English is complete, part by part
 * (en/index.ts), and a chunk of its own, fetched only when it is the language (issue #14: both
 * catalogs were ~45 KB of gzip in every first load of the phone apps).
 */
export const locales = {
  ru: async () => ru,
  en: async () => (await import("./en")).en,
} satisfies Record<string, () => Promise<Partial<Catalog>>>;
export type Locale = keyof typeof locales;

/** The catalogs loaded so far; t() reads the current locale's here. */
const catalogs: Partial<Record<Locale, Partial<Catalog>>> = { ru };

/** The current locale's catalog (loaded: setLocale switches only once it is). */
export function catalog(locale: Locale): Partial<Catalog> {
  return catalogs[locale] ?? ru;
}

/** BCP 47 tags used for Intl formatting. */
export const localeTags: Record<Locale, string> = { ru: "ru-RU", en: "en-GB" };

/** Each locale's name in its own language, for the switch. */
export const localeNames: Record<Locale, string> = { ru: "Русский", en: "English" };

const state = $state<{ locale: Locale }>({ locale: "ru" });

export function currentLocale(): Locale {
  return state.locale;
}

/**
 * Switches the UI to `locale` once its catalog is loaded (at once for a loaded one); resolves
 * then. Russian stays on screen meanwhile, and if loading fails (offline before the English chunk
 * was ever cached) the UI stays in the language it was in.
 */
export async function setLocale(locale: Locale): Promise<void> {
  if (!catalogs[locale]) {
    try {
      catalogs[locale] = await locales[locale]();
    } catch {
      return;
    }
  }
  state.locale = locale;
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(locales, value);
}

/** One choice per device, shared by the three apps (the same person uses them on it). */
const STORAGE_KEY = "domovoy.locale";
/** Where the resident app kept the choice before the other apps could make one. */
const LEGACY_KEYS = ["domovoy.resident.locale"];

/**
 * Which app a page belongs to: the field apps (employee /m, resident /r) are used on personal
 * phones and follow the browser's language until the user chooses; the desk is Russian until then.
 */
export type LocaleApp = "desk" | "field";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The locale the user chose on this device, if any. */
export function savedLocale(): Locale | null {
  const store = storage();
  if (!store) return null;
  try {
    for (const key of [STORAGE_KEY, ...LEGACY_KEYS]) {
      const value = store.getItem(key);
      if (isLocale(value)) return value;
    }
  } catch {
    // Storage off: no remembered choice.
  }
  return null;
}

/** The locale an app opens in: the device's remembered choice, else the app's default. */
export function initialLocale(app: LocaleApp, saved: Locale | null, languages: readonly string[]): Locale {
  if (saved) return saved;
  // The browser's first language decides: English → English; anything else → Russian, the
  // language of the organizations this product serves.
  if (app === "field" && /^en(-|$)/i.test(languages[0] ?? "")) return "en";
  return "ru";
}

/** Applies the locale an app opens in (awaited by the root layout's load, before any page speaks). */
export function applyLocale(app: LocaleApp): Promise<void> {
  const languages = typeof navigator === "undefined" ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return setLocale(initialLocale(app, savedLocale(), languages));
}

/** Switches the locale (resolves once its catalog is loaded and shown) and remembers the choice on this device. */
export function chooseLocale(locale: Locale): Promise<void> {
  const switched = setLocale(locale);
  const store = storage();
  try {
    store?.setItem(STORAGE_KEY, locale);
    for (const key of LEGACY_KEYS) store?.removeItem(key);
  } catch {
    // Private mode or storage off: the choice lasts this visit only.
  }
  return switched;
}
