/**
 * A resident's new order while an incident of the same building and service is open: it probably
 * reports the same problem. The organization chooses whether such an order is attached at once
 * (`autoAttach`, off by default) or only flagged «возможно, относится к инциденту №N» for the
 * dispatcher to decide.
 */
export type OpenIncidentScope = {
  id: string;
  number: number;
  serviceId: string;
  /** Buildings in scope; `premiseIds` empty means the whole building. */
  scope: readonly { buildingId: string; premiseIds: readonly string[] }[];
};

export type IncidentMatch = { incidentId: string; number: number; action: "ATTACH" | "SUGGEST" };

export function incidentCovers(incident: Pick<OpenIncidentScope, "scope">, place: { buildingId: string; premiseId: string | null }): boolean {
  return incident.scope.some(
    (s) => s.buildingId === place.buildingId && (s.premiseIds.length === 0 || (place.premiseId !== null && s.premiseIds.includes(place.premiseId))),
  );
}

/** The newest open incident of the order's service covering its place, if any. */
export function matchIncident(
  order: { serviceId: string; buildingId: string; premiseId: string | null },
  openIncidents: readonly OpenIncidentScope[],
  settings: { autoAttach: boolean },
): IncidentMatch | null {
  const match = openIncidents
    .filter((incident) => incident.serviceId === order.serviceId && incidentCovers(incident, order))
    .sort((a, b) => b.number - a.number)[0];
  if (!match) return null;
  return { incidentId: match.id, number: match.number, action: settings.autoAttach ? "ATTACH" : "SUGGEST" };
}
