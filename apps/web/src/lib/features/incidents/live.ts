import { subscriptionStore } from "@urql/svelte";
import { client } from "$lib/graphql/client";
import type { IncidentListItemFragment, IncidentStatus } from "$lib/graphql/generated/graphql";
import { IncidentChangedSubscription, IncidentCountsChangedSubscription } from "./queries";

/** The incidents per status as the server pushes them (computed once per organization per change), and when this tab learned them. */
export function incidentCountsStore() {
  return subscriptionStore({ client, query: IncidentCountsChangedSubscription }, (_previous: { counts: { status: IncidentStatus; count: number }[]; at: number } | undefined, data) => ({
    counts: data.incidentCountsChanged,
    at: performance.now(),
  }));
}

/** Calls `onchange` for every incident created or changed (every one, not only the latest of a burst). Returns the unsubscribe. */
export function watchIncidents(onchange: (incident: IncidentListItemFragment) => void): () => void {
  const { unsubscribe } = client.subscription(IncidentChangedSubscription, {}).subscribe((result) => {
    if (result.data) onchange(result.data.incidentChanged);
  });
  return unsubscribe;
}

type Row = Pick<IncidentListItemFragment, "id" | "status" | "updatedAt">;

/**
 * The list (latest change first, ties by id) with a changed incident in its place, or out of it when
 * its status left the tab (`statuses` null: every status). Past the loaded rows it waits for «Показать ещё».
 */
export function placeIncident<T extends Row>(rows: readonly T[], incident: T, statuses: readonly IncidentStatus[] | null, hasNextPage: boolean): T[] {
  const rest = rows.filter((row) => row.id !== incident.id);
  if (statuses && !statuses.includes(incident.status)) return rest;
  const after = (a: Row, b: Row) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const index = rest.findIndex((row) => after(incident, row) > 0);
  if (index === -1) return hasNextPage ? rest : [...rest, incident];
  return [...rest.slice(0, index), incident, ...rest.slice(index)];
}
