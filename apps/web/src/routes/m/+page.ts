import { filterDraft, filterInput } from "$lib/features/orders/filter";
import { OrderListPreferencesQuery } from "$lib/features/orders/queries";
import { client } from "$lib/graphql/client";
import type { OrderFilterInput } from "$lib/graphql/generated/graphql";
import { recall, remember } from "$lib/pwa/idb";

// The list lives at /m/, inside the app's scope (/m/) and its manifest's start_url, so the service
// worker controls it and an installed app never shows it as leaving the app.
export const trailingSlash = "always";

export type SavedFilter = { filter: OrderFilterInput | null; filterCount: number };

/**
 * The employee's saved list filter, asked for beside the layout's `me` (SvelteKit runs both loads
 * at once) instead of after the page mounts, and handed over unawaited: the page draws as soon as
 * `me` is known, and the list's first page is asked for the moment the filter arrives. With no
 * network it is the filter last read on this device.
 */
export function load(): { saved: Promise<SavedFilter> } {
  return { saved: savedFilter() };
}

async function savedFilter(): Promise<SavedFilter> {
  const prefs = await client
    .query(OrderListPreferencesQuery, { list: "MOBILE_ORDERS" }, { requestPolicy: "network-only", authRedirect: false })
    .toPromise();
  if (prefs.data) {
    const saved: SavedFilter = {
      filter: filterInput(filterDraft(prefs.data.orderListPreferences.filter)),
      filterCount: prefs.data.orderListPreferences.activeFilterCount,
    };
    void remember("m:prefs", saved);
    return saved;
  }
  return (await recall<SavedFilter>("m:prefs")) ?? { filter: null, filterCount: 0 };
}
