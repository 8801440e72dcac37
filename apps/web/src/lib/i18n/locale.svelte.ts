import type { Catalog } from "./ru";
import { ruBase } from "./ru/base";

/**
 * Available UI locales, each with how its catalog is loaded. Russian is the reference catalog:
 * its base (the phone apps, sign-in, shared components, errors) is part of every first load; a
 * key another locale lacks is shown in Russian. English is complete, part by part (en/index.ts),
 * and a chunk of its own, fetched only when it is the language (issue #14: both catalogs were
 * ~45 KB of gzip in every first load of the phone apps). Each locale's desk-only texts are one
 * more chunk (`desk`), loaded by the desk's layout (`loadDeskTexts`): the phone apps never show them.
 */
export const locales = {
  ru: { base: async () => ruBase, desk: async () => (await import("./ru/desk")).ruDesk },
  en: { base: async () => (await import("./en/base")).enBase, desk: async () => (await import("./en/desk")).enDesk },
} satisfies Record<string, { base: () => Promise<Partial<Catalog>>; desk: () => Promise<Partial<Catalog>> }>;
export type Locale = keyof typeof locales;

/** The catalogs loaded so far; t() reads the current locale's here, and Russian's for a key it lacks. */
const catalogs: Partial<Record<Locale, Partial<Catalog>>> = { ru: ruBase };

/** Whether the desk's texts are wanted (the desk's layout ran): then every locale loads them too. */
let withDesk = false;
/** The locales whose desk texts are in `catalogs` already. */
const deskLoaded: Partial<Record<Locale, true>> = {};

async function loadDesk(locale: Locale): Promise<void> {
  if (deskLoaded[locale]) return;
  const desk = await locales[locale].desk();
  catalogs[locale] = { ...catalogs[locale], ...desk };
  deskLoaded[locale] = true;
}

/** The current locale's catalog (loaded: setLocale switches only once it is). */
export function catalog(locale: Locale): Partial<Catalog> {
  return catalogs[locale] ?? catalogs.ru!;
}

/** The Russian catalog loaded so far: the fallback of every other one. */
export function fallbackCatalog(): Partial<Catalog> {
  return catalogs.ru!;
}

/**
 * Loads the desk's texts (Russian, the fallback, and the current locale's), awaited by the desk's
 * layout before any desk page speaks; a locale switched to later loads them with its base.
 */
export async function loadDeskTexts(): Promise<void> {
  withDesk = true;
  await Promise.all([loadDesk("ru"), ...(state.locale === "ru" ? [] : [loadDesk(state.locale)])]);
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
  try {
    if (!catalogs[locale]) catalogs[locale] = await locales[locale].base();
    if (withDesk) await Promise.all([loadDesk("ru"), loadDesk(locale)]);
  } catch {
    return;
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

const chosenHandlers: ((locale: Locale) => void)[] = [];

/** Called after a switch by `chooseLocale` is shown, e.g. to ask again for texts the server renders. */
export function onLocaleChosen(handler: (locale: Locale) => void): () => void {
  chosenHandlers.push(handler);
  return () => {
    const at = chosenHandlers.indexOf(handler);
    if (at >= 0) chosenHandlers.splice(at, 1);
  };
}

/** Switches the locale (resolves once its catalog is loaded and shown) and remembers the choice on this device. */
export function chooseLocale(locale: Locale): Promise<void> {
  const switched = setLocale(locale).then(() => {
    for (const handler of chosenHandlers) handler(state.locale);
  });
  const store = storage();
  try {
    store?.setItem(STORAGE_KEY, locale);
    for (const key of LEGACY_KEYS) store?.removeItem(key);
  } catch {
    // Private mode or storage off: the choice lasts this visit only.
  }
  return switched;
}
