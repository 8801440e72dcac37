import { FIELD_KEY_PATTERN } from "./draft";

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};
const MAX_KEY = 40;

/** «Номер подъезда» → «nomer_podezda»: Russian letters transliterated, anything else an underscore. */
export function slugOf(label: string): string {
  const latin = [...label.toLocaleLowerCase("ru")].map((ch) => CYRILLIC[ch] ?? ch).join("");
  return latin
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_KEY)
    .replace(/_+$/, "");
}

/**
 * The key an order-form field gets from its label: the label's slug, starting with a letter
 * («field» when nothing is left, «f_…» before a digit), made unique among `taken` with «_2», «_3»…
 * and always within the API's pattern (≤ 40 characters).
 */
export function fieldKeyFromLabel(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let base = slugOf(label);
  if (!base) base = "field";
  else if (!/^[a-z]/.test(base)) base = `f_${base}`.slice(0, MAX_KEY);
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? "" : `_${n}`;
    const key = `${base.slice(0, MAX_KEY - suffix.length).replace(/_+$/, "")}${suffix}`;
    if (!used.has(key) && FIELD_KEY_PATTERN.test(key)) return key;
  }
}
