import type {
  IncidentAttachment,
  OrderChannel,
  OrderFilterFieldsFragment,
  OrderFilterInput,
  OrderLabel,
  OrderStatus,
} from "$lib/graphql/generated/graphql";
import { zonedDay, zonedDayBoundary } from "$lib/i18n/format";

/**
 * The filter panel's state. Dates are days (YYYY-MM-DD) in the organization's time zone; the
 * input sends the start of the first day and the end of the last one.
 */
export type OrderFilterDraft = {
  statuses: OrderStatus[];
  serviceIds: string[];
  departmentIds: string[];
  executorIds: string[];
  channels: OrderChannel[];
  buildingIds: string[];
  quarterIds: string[];
  objectGroupIds: string[];
  createdFrom: string;
  createdTo: string;
  updatedFrom: string;
  updatedTo: string;
  slaBreached: boolean;
  labels: OrderLabel[];
  /** "1"–"5" and "NONE" («без оценки»). */
  ratings: string[];
  incident: IncidentAttachment;
};

/** «Очистить» returns here: nothing chosen, incident orders left out (§5). */
export function emptyFilter(): OrderFilterDraft {
  return {
    statuses: [],
    serviceIds: [],
    departmentIds: [],
    executorIds: [],
    channels: [],
    buildingIds: [],
    quarterIds: [],
    objectGroupIds: [],
    createdFrom: "",
    createdTo: "",
    updatedFrom: "",
    updatedTo: "",
    slaBreached: false,
    labels: [],
    ratings: [],
    incident: "NOT_ATTACHED",
  };
}

export function filterDraft(saved: OrderFilterFieldsFragment | null | undefined): OrderFilterDraft {
  if (!saved) return emptyFilter();
  return {
    statuses: [...(saved.statuses ?? [])],
    serviceIds: [...(saved.serviceIds ?? [])],
    departmentIds: [...(saved.departmentIds ?? [])],
    executorIds: [...(saved.executorIds ?? [])],
    channels: [...(saved.channels ?? [])],
    buildingIds: [...(saved.buildingIds ?? [])],
    quarterIds: [...(saved.quarterIds ?? [])],
    objectGroupIds: [...(saved.objectGroupIds ?? [])],
    createdFrom: zonedDay(saved.createdFrom),
    createdTo: zonedDay(saved.createdTo),
    updatedFrom: zonedDay(saved.updatedFrom),
    updatedTo: zonedDay(saved.updatedTo),
    slaBreached: saved.slaBreached === true,
    labels: [...(saved.labels ?? [])],
    ratings: [...(saved.unrated ? ["NONE"] : []), ...(saved.ratingScores ?? []).map(String)],
    incident: saved.incident ?? "NOT_ATTACHED",
  };
}

const list = <T>(values: readonly T[]) => (values.length > 0 ? [...values] : null);

/** The draft as the API takes it; unset filters are null so the saved filter stays small. */
export function filterInput(draft: OrderFilterDraft): OrderFilterInput {
  return {
    statuses: list(draft.statuses),
    serviceIds: list(draft.serviceIds),
    departmentIds: list(draft.departmentIds),
    executorIds: list(draft.executorIds),
    channels: list(draft.channels),
    buildingIds: list(draft.buildingIds),
    quarterIds: list(draft.quarterIds),
    objectGroupIds: list(draft.objectGroupIds),
    createdFrom: zonedDayBoundary(draft.createdFrom, "start"),
    createdTo: zonedDayBoundary(draft.createdTo, "end"),
    updatedFrom: zonedDayBoundary(draft.updatedFrom, "start"),
    updatedTo: zonedDayBoundary(draft.updatedTo, "end"),
    slaBreached: draft.slaBreached ? true : null,
    labels: list(draft.labels),
    ratingScores: list(draft.ratings.filter((r) => r !== "NONE").map(Number)),
    unrated: draft.ratings.includes("NONE") ? true : null,
    incident: draft.incident,
  };
}

/** How many filters apply; the same rule as the API's activeFilterCount (the incident default is free). */
export function countFilters(draft: OrderFilterDraft): number {
  const input = filterInput(draft);
  return Object.entries(input).filter(([key, value]) => {
    if (value == null) return false;
    if (Array.isArray(value)) return value.length > 0;
    if (key === "incident") return value !== "NOT_ATTACHED";
    return true;
  }).length;
}
