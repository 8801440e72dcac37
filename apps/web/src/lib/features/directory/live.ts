import type { DirectoryChangedSubscription as Change, DirectoryKind } from "$lib/graphql/generated/graphql";
import { client } from "$lib/graphql/client";
import { DirectoryChangedSubscription } from "./queries";

export type DirectoryChange = Change["directoryChanged"];

/** What a list does with a change: drop the deleted rows it shows, else read itself again. */
export type LiveList = { drop(ids: readonly string[]): void; refresh(): Promise<void> };

/** A list read by one query (no pages): any change re-reads it. */
export function requery(reexecute: () => void): LiveList {
  return { drop: () => reexecute(), refresh: async () => reexecute() };
}

/** How a change applies to a list: rows to drop at once, and whether to read the list again. */
export function planChange(change: DirectoryChange): { drop: string[]; refresh: boolean } {
  if (change.action === "DELETED" && change.ids.length > 0) return { drop: change.ids, refresh: false };
  return { drop: [], refresh: true };
}

/**
 * Keeps an open admin list in step with other administrators' changes of these kinds: deleted
 * rows go at once, anything else re-reads the list quietly (a burst of changes, one read).
 * Returns the unsubscribe (call it from the component's teardown).
 */
export function followDirectory(kinds: DirectoryKind[], list: LiveList, onchange?: (change: DirectoryChange) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const { unsubscribe } = client.subscription(DirectoryChangedSubscription, { kinds }).subscribe((result) => {
    const change = result.data?.directoryChanged;
    if (!change) return;
    const plan = planChange(change);
    if (plan.drop.length > 0) list.drop(plan.drop);
    if (plan.refresh) {
      clearTimeout(timer);
      timer = setTimeout(() => void list.refresh(), 100);
    }
    onchange?.(change);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
