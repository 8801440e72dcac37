import { client as urql } from "$lib/graphql/client";
import type { BuildingOptionFragment, PremiseOptionFragment, ServiceOptionFragment } from "$lib/graphql/generated/graphql";
import { t } from "$lib/i18n";
import { formatMinutes } from "$lib/i18n/format";
import type { ClientChoice, PlaceDraft } from "./draft";
import { BuildingOptionsQuery, ClientOptionsQuery, PremiseClientsQuery, PremiseOptionsQuery, ServiceOptionsQuery } from "./options";

/**
 * Объект → помещение → клиент, and the service: what the pickers of the desk's form and of the
 * employee app's «Новое обращение» load and how a choice changes the rest (one rule for both).
 */

export async function loadBuildings(search: string): Promise<BuildingOptionFragment[]> {
  const result = await urql.query(BuildingOptionsQuery, { search: search || null }).toPromise();
  return result.data?.buildings.edges.map((e) => e.node) ?? [];
}

export async function loadPremises(place: PlaceDraft, search: string): Promise<PremiseOptionFragment[]> {
  if (!place.building) return [];
  const result = await urql.query(PremiseOptionsQuery, { buildingId: place.building.id, search: search || null }).toPromise();
  return result.data?.premises.edges.map((e) => e.node) ?? [];
}

/** The people linked to a premise (its residents). */
export async function premiseResidents(premiseId: string): Promise<ClientChoice[]> {
  const result = await urql.query(PremiseClientsQuery, { id: premiseId }).toPromise();
  return result.data?.premise.clients ?? [];
}

/** The premise's clients when one is chosen (filtered here), otherwise a search over all clients. */
export async function loadClients(place: PlaceDraft, search: string): Promise<ClientChoice[]> {
  if (place.premise) {
    const needle = search.toLocaleLowerCase("ru");
    return (await premiseResidents(place.premise.id)).filter((c) => !needle || c.fullName.toLocaleLowerCase("ru").includes(needle) || c.phone.includes(needle));
  }
  const result = await urql.query(ClientOptionsQuery, { search: search || null }).toPromise();
  return result.data?.clients.edges.map((e) => e.node) ?? [];
}

export async function loadServices(search: string): Promise<ServiceOptionFragment[]> {
  const result = await urql.query(ServiceOptionsQuery, { search: search || null }).toPromise();
  return result.data?.services.edges.map((e) => e.node) ?? [];
}

/** Another building: the premise and client go with the old one. Null when nothing changes. */
export function withBuilding(place: PlaceDraft, building: BuildingOptionFragment | null): PlaceDraft | null {
  if (building?.id === place.building?.id) return null;
  return { building, premise: null, client: null };
}

export function withPremise(place: PlaceDraft, premise: PremiseOptionFragment | null): PlaceDraft | null {
  if (premise?.id === place.premise?.id) return null;
  return { ...place, premise, client: null };
}

/** A client picked first brings their home along (the first premise they are linked to). */
export function withClient(place: PlaceDraft, client: ClientChoice | null): PlaceDraft {
  const home = client?.premises?.[0]?.premise;
  if (client && !place.building && home) {
    const { building, ...premise } = home;
    return { building, premise, client };
  }
  return { ...place, client, withoutClient: false };
}

/** «Без жителя» on purpose (a common-area problem reported from a premise where people live). */
export function withoutClient(place: PlaceDraft, on: boolean): PlaceDraft {
  return { ...place, client: on ? null : place.client, withoutClient: on };
}

export function buildingHint(building: BuildingOptionFragment | null): string {
  if (!building) return "";
  return [
    building.quarter && t("hint.quarter", { name: building.quarter.name }),
    building.objectGroup && t("hint.group", { name: building.objectGroup.name }),
    building.legalEntity && t("hint.legalEntity", { name: building.legalEntity.name }),
  ]
    .filter(Boolean)
    .join(" · ");
}

/** What choosing the service means: its department, SLA and how many executors it takes. */
export function serviceHint(service: ServiceOptionFragment | null): string {
  if (!service) return "";
  return [
    service.department && t("hint.department", { name: service.department.name }),
    t("hint.sla", { reaction: formatMinutes(service.slaReactionMinutes), execution: formatMinutes(service.slaExecutionMinutes) }),
    t("hint.maxExecutors", { count: service.maxExecutors }),
  ]
    .filter(Boolean)
    .join(" · ");
}
