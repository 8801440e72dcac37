import { subscriptionStore } from "@urql/svelte";
import { client } from "$lib/graphql/client";
import type { OrderCardFragment, OrderCommentFragment, OrderListItemFragment, OrderTabCountsChangedSubscription as TabCountsData } from "$lib/graphql/generated/graphql";
import { OrderUpdatedSubscription } from "./card";
import { OrderCommentAddedSubscription } from "./comments";
import { OrderChangedSubscription, OrdersNewCountQuery, OrderTabCountsChangedSubscription } from "./queries";

/** A count and when this tab learned it, so a fetched and a pushed value can be compared. */
export type Stamped = { count: number; at: number };

/** The list tabs' totals as the server last pushed them, and when this tab learned them. */
export type StampedTabCounts = TabCountsData["orderTabCountsChanged"] & { at: number };

/**
 * «Новые» and «Все» of the viewer's scope as the server pushes them (computed once per organization
 * and scope, sent on every change). The sidebar and the orders list share one subscription.
 */
export function orderTabCountsStore() {
  return subscriptionStore({ client, query: OrderTabCountsChangedSubscription }, (_previous: StampedTabCounts | undefined, data) => ({
    ...data.orderTabCountsChanged,
    at: performance.now(),
  }));
}

/** Asks for the «Новые» counter now (on start and whenever the live connection is (re)established). */
export async function fetchNewOrdersCount(): Promise<Stamped | null> {
  const at = performance.now();
  const result = await client.query(OrdersNewCountQuery, {}, { requestPolicy: "network-only" }).toPromise();
  return result.data ? { count: result.data.ordersNewCount, at } : null;
}

/** One order's live versions, folded into the newest (by version) the card has heard of. */
export function orderUpdatesStore(id: string) {
  return subscriptionStore({ client, query: OrderUpdatedSubscription, variables: { id } }, (seen: OrderCardFragment | undefined, data) =>
    newerVersion(seen, data.orderUpdated) ?? data.orderUpdated,
  );
}

/** Comments pushed live for one order, keyed by id (a comment never changes once written). */
export function orderCommentsAddedStore(orderId: string) {
  return subscriptionStore(
    { client, query: OrderCommentAddedSubscription, variables: { orderId } },
    (seen: Readonly<Record<string, OrderCommentFragment>> | undefined, data) => ({ ...seen, [data.orderCommentAdded.id]: data.orderCommentAdded }),
  );
}

/** One thread, oldest first, out of several sources that may repeat a comment (loaded, pushed, sent here). */
export function mergeComments(...sources: ReadonlyArray<Iterable<OrderCommentFragment>>): OrderCommentFragment[] {
  const byId = new Map<string, OrderCommentFragment>();
  for (const source of sources) for (const comment of source) byId.set(comment.id, comment);
  return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Calls `onchange` for every order of the organization that changes (a callback, not state: the
 * list decides whether to patch a row or fetch its first page again). Returns the unsubscribe.
 */
export function watchOrders(onchange: (order: OrderListItemFragment) => void): () => void {
  const { unsubscribe } = client.subscription(OrderChangedSubscription, {}).subscribe((result) => {
    if (result.data) onchange(result.data.orderChanged);
  });
  return unsubscribe;
}

/** The newer of two snapshots of the same order. */
export function newerVersion<T extends { revision: number }>(current: T | undefined | null, candidate: T | undefined | null): T | undefined {
  if (!candidate) return current ?? undefined;
  if (!current) return candidate;
  // The revision grows with every change, also SLA outcomes and «seen» that keep the version.
  return candidate.revision >= current.revision ? candidate : current;
}
