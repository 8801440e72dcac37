import type { PriceListItemUpdateInput } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import { serviceInput, type ServiceDraft } from "./draft";
import { priceItemInput, type PriceItemDraft } from "./price-list";
import { PriceListItemCreateMutation, PriceListItemUpdateMutation, ServiceCreateMutation, ServiceUpdateMutation } from "./queries";

/** Creates the service (no id) or updates it; the form shows a refusal at its fields. */
export async function saveService(id: string | null, draft: ServiceDraft) {
  if (id) return mapOutcome(await mutate(ServiceUpdateMutation, { id, input: serviceInput(draft) }, { failure: false }), (data) => data.serviceUpdate);
  return mapOutcome(await mutate(ServiceCreateMutation, { input: serviceInput(draft) }, { failure: false }), (data) => data.serviceCreate);
}

/** Adds an item to the service's price list (after the last one); the row shows a refusal at its inputs. */
export async function createPriceItem(serviceId: string, draft: PriceItemDraft) {
  return mapOutcome(
    await mutate(PriceListItemCreateMutation, { serviceId, input: priceItemInput(draft) }, { failure: { shownAt: "any" }, success: { message: t("services.price.saved"), testid: "price-item-saved" } }),
    (data) => data.priceListItemCreate,
  );
}

/** Saves an item's fields, or only `active` (switching it off keeps it on issued invoices). */
export async function updatePriceItem(id: string, input: PriceListItemUpdateInput) {
  return mapOutcome(
    await mutate(PriceListItemUpdateMutation, { id, input }, { failure: { shownAt: "any" }, success: { message: t("services.price.saved"), testid: "price-item-saved" } }),
    (data) => data.priceListItemUpdate,
  );
}
