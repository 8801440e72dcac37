import { catalog, currentLocale, fallbackCatalog, localeTags } from "./locale.svelte";
import type { MessageKey } from "./ru";
import type { Message, MessageParams } from "./types";

export { applyLocale, chooseLocale, currentLocale, isLocale, loadDeskTexts, localeNames, locales, onLocaleChosen, setLocale, type Locale, type LocaleApp } from "./locale.svelte";
export type { MessageKey } from "./ru";

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(tag: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(tag);
  if (!rules) pluralRules.set(tag, (rules = new Intl.PluralRules(tag)));
  return rules.select(count);
}

/**
 * The UI text for `key` in the current locale. `{name}` placeholders are filled from `params`;
 * plural messages pick their form by `params.count`.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const locale = currentLocale();
  const tag = localeTags[locale];
  // A partial catalog falls back to the Russian text; a desk text before the desk's chunk is
  // loaded (never shown: the desk's layout awaits it) to its key.
  const message: Message | undefined = catalog(locale)[key] ?? fallbackCatalog()[key];
  if (message === undefined) return key;
  let text: string;
  if (typeof message === "string") {
    text = message;
  } else {
    const count = Number(params?.count ?? 0);
    text = message[pluralCategory(tag, count)] ?? message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? value.toLocaleString(tag) : value;
  });
}

/** The current locale's BCP 47 tag for Intl formatters. */
export function localeTag(): string {
  return localeTags[currentLocale()];
}

/** Whether `key` names a text of the catalog (the loaded Russian one: every key has a Russian text). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(fallbackCatalog(), key);
}
