import { checkLine, INVOICE_MESSAGES, kopecksToText, textToKopecks } from "@domovoy/domain";

/** A line as typed in the block's form: texts, as the inputs hold them. */
export type LineForm = { unit: string; unitPrice: string; quantity: string; discount: string };

export type LinePreview =
  | { ok: true; total: string }
  | { ok: false; field: "input.unitPrice" | "input.quantity" | "input.discountPercent"; message: string };

/**
 * The figures the server will compute, shown before saving: the same domain function
 * (@domovoy/domain checkLine: round half up per line, in kopecks), so the preview and the saved
 * invoice never differ. The message is the server's for the same refusal.
 */
export function previewLine(form: LineForm): LinePreview {
  const unitPrice = textToKopecks(form.unitPrice);
  if (unitPrice === null) return { ok: false, field: "input.unitPrice", message: "Цена — число, не больше двух знаков после запятой" };
  const discountText = form.discount.trim() === "" ? "0" : form.discount.trim();
  const discountPercent = /^-?\d+$/.test(discountText) ? Number(discountText) : Number.NaN;
  const line = checkLine({ unit: form.unit, unitPrice, quantity: form.quantity, discountPercent });
  if (!line.ok) return { ok: false, field: `input.${line.field}`, message: INVOICE_MESSAGES[line.refusal] };
  return { ok: true, total: kopecksToText(line.value.total) };
}

/** What the API takes for a checked form: Money text, quantity text, whole percent. */
export function lineInput(form: LineForm) {
  const discount = form.discount.trim() === "" ? 0 : Number(form.discount.trim());
  return { unitPrice: kopecksToText(textToKopecks(form.unitPrice)!), quantity: form.quantity.trim().replace(",", "."), discountPercent: discount };
}
