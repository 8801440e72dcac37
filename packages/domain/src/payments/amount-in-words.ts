/**
 * An amount in Russian words as contracts and acts write it: the roubles in words, the kopecks in
 * figures — «одна тысяча двести рублей 50 копеек». Grammatical gender follows the counted word
 * (тысяча is feminine: «одна тысяча», «две тысячи»; рубль, миллион and миллиард are masculine:
 * «один рубль», «два миллиона»), and each noun takes the form its number asks for (1 → рубль,
 * 2–4 → рубля, 5–20 and 11–14 of any hundred → рублей).
 */

type Gender = "m" | "f";
/** Forms of a noun after 1, after 2–4, after 5–20 (and 0). */
export type NounForms = readonly [one: string, few: string, many: string];

const UNITS_M = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
const UNITS_F = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
const TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"];
const TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
const HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];

const RUBLES: NounForms = ["рубль", "рубля", "рублей"];
const KOPECKS: NounForms = ["копейка", "копейки", "копеек"];
/** Powers of a thousand above the units, each with its gender. */
const SCALES: ReadonlyArray<{ forms: NounForms; gender: Gender }> = [
  { forms: ["тысяча", "тысячи", "тысяч"], gender: "f" },
  { forms: ["миллион", "миллиона", "миллионов"], gender: "m" },
  { forms: ["миллиард", "миллиарда", "миллиардов"], gender: "m" },
  { forms: ["триллион", "триллиона", "триллионов"], gender: "m" },
];

/** The form of a noun after the number `n` (only its last two digits matter). */
export function pluralRu(n: bigint | number, forms: NounForms): string {
  const abs = BigInt(n) < 0n ? -BigInt(n) : BigInt(n);
  const lastTwo = Number(abs % 100n);
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** 1–999 in words (empty for 0). */
function triadWords(n: number, gender: Gender): string[] {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h) words.push(HUNDREDS[h]!);
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]!);
  else {
    const t = Math.floor(rest / 10);
    const u = rest % 10;
    if (t) words.push(TENS[t]!);
    if (u) words.push((gender === "f" ? UNITS_F : UNITS_M)[u]!);
  }
  return words;
}

/** A whole non-negative number in words, in the given gender of the counted noun («ноль» for 0). */
export function integerInWordsRu(value: bigint, gender: Gender = "m"): string {
  if (value < 0n) throw new RangeError("integerInWordsRu: negative number");
  if (value === 0n) return "ноль";
  if (value >= 1000n ** BigInt(SCALES.length + 1)) throw new RangeError("integerInWordsRu: number too large");
  const triads: number[] = [];
  for (let v = value; v > 0n; v /= 1000n) triads.push(Number(v % 1000n));
  const words: string[] = [];
  for (let i = triads.length - 1; i >= 0; i--) {
    const triad = triads[i]!;
    if (triad === 0) continue;
    if (i === 0) words.push(...triadWords(triad, gender));
    else {
      const scale = SCALES[i - 1]!;
      words.push(...triadWords(triad, scale.gender), pluralRu(triad, scale.forms));
    }
  }
  return words.join(" ");
}

/**
 * Kopecks → «одна тысяча двести рублей 50 копеек»: roubles in words with «рубль/рубля/рублей»,
 * kopecks as two figures with «копейка/копейки/копеек». Negative amounts are refused: a document
 * never states one.
 */
export function amountInWordsRu(kopecks: bigint | number): string {
  const total = BigInt(kopecks);
  if (total < 0n) throw new RangeError("amountInWordsRu: negative amount");
  const rubles = total / 100n;
  const kop = total % 100n;
  return `${integerInWordsRu(rubles, "m")} ${pluralRu(rubles, RUBLES)} ${kop.toString().padStart(2, "0")} ${pluralRu(kop, KOPECKS)}`;
}

/** The same with a capital first letter, as it opens a sentence («Итого: Одна тысяча…»). */
export function amountInWordsRuCapitalized(kopecks: bigint | number): string {
  const words = amountInWordsRu(kopecks);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Kopecks → figures as Russian documents print them: «1 200,50» (thousands split by a no-break space). */
export function formatRubles(kopecks: bigint | number): string {
  const total = BigInt(kopecks);
  const sign = total < 0n ? "-" : "";
  const abs = total < 0n ? -total : total;
  const rubles = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${sign}${rubles},${(abs % 100n).toString().padStart(2, "0")}`;
}
