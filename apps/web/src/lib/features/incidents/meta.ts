import type { IncidentStatus } from "$lib/graphql/generated/graphql";

export const INCIDENT_TABS = ["ACTIVE", "DONE", "CANCELLED", "ALL"] as const;
export type IncidentTab = (typeof INCIDENT_TABS)[number];

const TAB_STATUSES: Record<IncidentTab, IncidentStatus[] | null> = {
  ACTIVE: ["OPEN", "IN_PROGRESS", "PAUSED"],
  DONE: ["DONE"],
  CANCELLED: ["CANCELLED"],
  ALL: null,
};

/** The statuses a tab shows (null: every status). */
export function statusesOf(tab: IncidentTab): IncidentStatus[] | null {
  return TAB_STATUSES[tab];
}

/** A tab's counter from the per-status counts. */
export function tabCount(counts: readonly { status: IncidentStatus; count: number }[], tab: IncidentTab): number {
  const statuses = TAB_STATUSES[tab];
  return counts.filter((c) => statuses === null || statuses.includes(c.status)).reduce((n, c) => n + c.count, 0);
}

type OpenIncident = { id: string; number: number; title: string; service: { id: string }; scope: readonly { building: { id: string } }[] };

/** The create form's choice: open incidents of the order's building and service first, then the rest, newest first. */
export function incidentChoices<T extends OpenIncident>(incidents: readonly T[], serviceId: string | null, buildingId: string | null): T[] {
  const matches = (i: T) => i.service.id === serviceId && i.scope.some((s) => s.building.id === buildingId);
  return [...incidents].sort((a, b) => Number(matches(b)) - Number(matches(a)) || b.number - a.number);
}

/**
 * The list's «Прикрепить к инциденту» for selected orders: each open incident with how many of them
 * it covers (same service, building in its scope); those covering more come first, then the newest.
 */
export function incidentChoicesForOrders<T extends OpenIncident>(
  incidents: readonly T[],
  orders: readonly { service: { id: string }; building: { id: string } }[],
): { incident: T; matches: number }[] {
  return incidents
    .map((incident) => ({
      incident,
      matches: orders.filter((o) => o.service.id === incident.service.id && incident.scope.some((s) => s.building.id === o.building.id)).length,
    }))
    .sort((a, b) => b.matches - a.matches || b.incident.number - a.incident.number);
}
