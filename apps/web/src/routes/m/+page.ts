import type { OperationResult } from "@urql/core";
import { filterDraft, filterInput } from "$lib/features/orders/filter";
import { OrderListPreferencesQuery, OrdersQuery } from "$lib/features/orders/queries";
import { client } from "$lib/graphql/client";
import type { OrderFilterInput, OrdersQuery as OrdersResult, OrderTab } from "$lib/graphql/generated/graphql";
import { recall, remember } from "$lib/pwa/idb";

// The list lives at /m/, inside the app's scope (/m/) and its manifest's start_url, so the service
// worker controls it and an installed app never shows it as leaving the app.
export const trailingSlash = "always";

export type SavedFilter = { filter: OrderFilterInput | null; filterCount: number };

/** The list's cards per page. */
export const PAGE = 20;
/** The tabs as the URL names them (`?tab=`), «Новые» when it names none. */
export const TAB_OF = { new: "NEW", all: "ALL", mine: "MINE" } as const satisfies Record<string, OrderTab>;

/** The first page of the list the URL asks for, sent as soon as the saved filter is known. */
export type FirstPage = { tab: OrderTab; search: string | null; filter: OrderFilterInput | null; result: Promise<OperationResult<OrdersResult>> };

/**
 * The employee's saved list filter, asked for beside the layout's `me` (SvelteKit runs both loads
 * at once) instead of after the page mounts, and handed over unawaited: the page draws as soon as
 * `me` is known. The list's first page is asked for here too, the moment the filter arrives — not
 * after `me` and the page's first render (issue #14: one round trip and the render's CPU less
 * before the cards show); the page takes it when it asks for the same tab, search and filter. With
 * no network the filter is the one last read on this device.
 */
export function load({ url, untrack }): { saved: Promise<SavedFilter>; first: Promise<FirstPage> } {
  const params = untrack(() => new URLSearchParams(url.search));
  const tab = TAB_OF[params.get("tab") as keyof typeof TAB_OF] ?? TAB_OF.new;
  const search = params.get("q") || null;
  const saved = savedFilter();
  const first = saved.then(({ filter }) => ({
    tab,
    search,
    filter,
    result: client.query(OrdersQuery, { tab, search, filter, first: PAGE, after: null }, { requestPolicy: "network-only" }).toPromise(),
  }));
  return { saved, first };
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
