/** Plural forms by CLDR category; `other` is the fallback every locale must provide. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type MessageParams = Record<string, string | number>;
