import { catalog, currentLocale, localeTags } from "./locale.svelte";
import { ru, type MessageKey } from "./ru";
import type { Message, MessageParams } from "./types";

export { applyLocale, chooseLocale, currentLocale, isLocale, localeNames, locales, setLocale, type Locale, type LocaleApp } from "./locale.svelte";
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
  // A partial catalog (English so far) falls back to the Russian text.
  const message: Message = (catalog(locale) as Partial<Record<MessageKey, Message>>)[key] ?? ru[key];
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
