/**
 * Invoice money (issue #13, guide §22). The rules, decided once and used by the API, the web (the
 * figures shown before saving) and the documents alike:
 *
 * - Amounts are integer kopecks (`bigint`), never floats. A unit price is ≥ 0 kopecks and at most
 *   `MAX_UNIT_PRICE` (a fractional kopeck cannot be expressed: the API's Money scalar refuses it).
 * - Quantity is a decimal with at most 3 fraction digits, kept as thousandths (`quantityMilli`),
 *   greater than 0 and at most `MAX_QUANTITY`. Units that count things («шт.», «ед.», «компл.», …)
 *   take whole numbers only; any other unit («час», «м», «кг», …) allows fractions.
 * - Discount is a whole percent 0–100.
 * - Line total = round half up (unit price × quantity × (100 − discount) / 100), in kopecks, once per
 *   line (the intermediate product is exact: bigint). Invoice total = sum of the line totals.
 */

export const MAX_UNIT_PRICE = 100_000_000_00n; // 100 million roubles
export const MAX_QUANTITY_MILLI = 100_000_000n; // 100 000 units
export const MAX_INVOICE_LINES = 100;
/** Fraction digits a quantity may have. */
export const QUANTITY_SCALE = 3;

export type MoneyRefusal =
  | "PRICE_NEGATIVE"
  | "PRICE_TOO_LARGE"
  | "QUANTITY_INVALID"
  | "QUANTITY_NOT_POSITIVE"
  | "QUANTITY_TOO_LARGE"
  | "QUANTITY_NOT_WHOLE"
  | "DISCOUNT_OUT_OF_RANGE"
  | "TOO_MANY_LINES";

export type Checked<T> = { ok: true; value: T } | { ok: false; refusal: MoneyRefusal };

/** Units whose quantities are counts (whole numbers); compared without case, spaces and a trailing dot. */
const COUNT_UNITS = new Set(["шт", "штука", "штук", "штуки", "ед", "единица", "компл", "комплект", "усл", "услуга", "выезд", "вызов", "пар", "пара", "упак", "уп"]);

/** Whether a price-list unit allows a fractional quantity (1.5 часа yes, 1.5 шт. no). */
export function unitAllowsFractions(unit: string): boolean {
  const key = unit.trim().toLowerCase().replace(/\.$/, "").replace(/\s+/g, "");
  return !COUNT_UNITS.has(key);
}

/** A quantity as typed ("1.5", "1,5", "2") → thousandths, or a refusal. */
export function parseQuantity(text: string, unit: string): Checked<bigint> {
  const match = /^(\d{1,9})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!match) return { ok: false, refusal: "QUANTITY_INVALID" };
  const milli = BigInt(match[1]) * 1000n + BigInt((match[2] ?? "").padEnd(QUANTITY_SCALE, "0"));
  return checkQuantity(milli, unit);
}

/** Checks a quantity in thousandths against the rules and the unit. */
export function checkQuantity(milli: bigint, unit: string): Checked<bigint> {
  if (milli <= 0n) return { ok: false, refusal: "QUANTITY_NOT_POSITIVE" };
  if (milli > MAX_QUANTITY_MILLI) return { ok: false, refusal: "QUANTITY_TOO_LARGE" };
  if (milli % 1000n !== 0n && !unitAllowsFractions(unit)) return { ok: false, refusal: "QUANTITY_NOT_WHOLE" };
  return { ok: true, value: milli };
}

/** Thousandths → the shortest decimal text ("1.5", "2", "0.125"); the form stored in NUMERIC(12,3) too. */
export function formatQuantity(milli: bigint): string {
  const whole = milli / 1000n;
  const fraction = (milli % 1000n).toString().padStart(3, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole.toString();
}

export function checkUnitPrice(kopecks: bigint): Checked<bigint> {
  if (kopecks < 0n) return { ok: false, refusal: "PRICE_NEGATIVE" };
  if (kopecks > MAX_UNIT_PRICE) return { ok: false, refusal: "PRICE_TOO_LARGE" };
  return { ok: true, value: kopecks };
}

export function checkDiscount(percent: number): Checked<number> {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) return { ok: false, refusal: "DISCOUNT_OUT_OF_RANGE" };
  return { ok: true, value: percent };
}

/** What a line's total is computed from. */
export interface LineAmounts {
  /** Kopecks per unit. */
  unitPrice: bigint;
  /** Thousandths of a unit. */
  quantityMilli: bigint;
  /** Whole percent 0–100. */
  discountPercent: number;
}

/** round half up (unit price × quantity × (100 − discount) / 100) in kopecks; inputs assumed checked. */
export function lineTotal(line: LineAmounts): bigint {
  const numerator = line.unitPrice * line.quantityMilli * BigInt(100 - line.discountPercent);
  const denominator = 1000n * 100n;
  return (numerator + denominator / 2n) / denominator;
}

/** The invoice's total: the sum of its lines' totals (each rounded on its own). */
export function invoiceTotal(lines: readonly { total: bigint }[]): bigint {
  return lines.reduce((sum, line) => sum + line.total, 0n);
}

/** A line as typed in the form, checked as the server checks it; the total when every field is valid. */
export interface LineDraft {
  unit: string;
  unitPrice: bigint;
  quantity: string;
  discountPercent: number;
}

export function checkLine(draft: LineDraft): { ok: true; value: LineAmounts & { total: bigint } } | { ok: false; refusal: MoneyRefusal; field: "unitPrice" | "quantity" | "discountPercent" } {
  const price = checkUnitPrice(draft.unitPrice);
  if (!price.ok) return { ...price, field: "unitPrice" };
  const quantity = parseQuantity(draft.quantity, draft.unit);
  if (!quantity.ok) return { ...quantity, field: "quantity" };
  const discount = checkDiscount(draft.discountPercent);
  if (!discount.ok) return { ...discount, field: "discountPercent" };
  const amounts = { unitPrice: price.value, quantityMilli: quantity.value, discountPercent: discount.value };
  return { ok: true, value: { ...amounts, total: lineTotal(amounts) } };
}

/** Kopecks → "1234.50" (the Money scalar's form). */
export function kopecksToText(kopecks: bigint): string {
  const negative = kopecks < 0n;
  const abs = negative ? -kopecks : kopecks;
  return `${negative ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** "1234.5" / "1234,50" → kopecks; null for anything else (a third fraction digit is a fractional kopeck). */
export function textToKopecks(text: string): bigint | null {
  const match = /^(-)?(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const kopecks = BigInt(match[2]) * 100n + BigInt((match[3] ?? "").padEnd(2, "0"));
  return match[1] ? -kopecks : kopecks;
}
