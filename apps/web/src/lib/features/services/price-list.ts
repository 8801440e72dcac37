import { checkUnitPrice, kopecksToText, textToKopecks } from "@domovoy/domain";
import type { PriceListItemCreateInput } from "$lib/graphql/generated/graphql";

/** A price-list item as its row's inputs hold it. */
export type PriceItemDraft = { name: string; unit: string; price: string; active: boolean };

export const DEFAULT_UNIT = "шт.";
/** The API's limits (catalog SERVICE_LIMITS). */
export const MAX_ITEM_NAME = 200;
export const MAX_UNIT = 20;

export function priceItemDraft(item?: { name: string; unit: string; unitPrice: string; active: boolean } | null): PriceItemDraft {
  return item ? { name: item.name, unit: item.unit, price: item.unitPrice.replace(".", ","), active: item.active } : { name: "", unit: DEFAULT_UNIT, price: "", active: true };
}

/** «1 400,5» → 140050 kopecks: spaces (thousands) dropped, a point or a comma, at most two decimals. */
export function priceKopecks(text: string): bigint | null {
  const kopecks = textToKopecks(text.replace(/[\s\u00a0]/g, ""));
  return kopecks !== null && checkUnitPrice(kopecks).ok ? kopecks : null;
}

export type PriceItemProblem = "common.required" | "services.price.priceInvalid";

/** What the API would refuse, keyed like its `extensions.field` (`input.name`, `input.unitPrice`…). */
export function priceItemProblems(draft: PriceItemDraft): Record<string, PriceItemProblem> {
  const problems: Record<string, PriceItemProblem> = {};
  if (!draft.name.trim()) problems["input.name"] = "common.required";
  if (!draft.unit.trim()) problems["input.unit"] = "common.required";
  if (priceKopecks(draft.price) === null) problems["input.unitPrice"] = "services.price.priceInvalid";
  return problems;
}

/** The item to send (create, or every field on an update): trimmed text, Money as "1400.50". */
export function priceItemInput(draft: PriceItemDraft): Required<Omit<PriceListItemCreateInput, "position">> {
  return { name: draft.name.trim(), unit: draft.unit.trim(), unitPrice: kopecksToText(priceKopecks(draft.price) ?? 0n), active: draft.active };
}
