import type { ServiceKind } from "$lib/graphql/generated/graphql";

/** Groups of the service picker, in this order: ordinary orders, paid services, appointments. */
export const SERVICE_GROUPS = ["STANDARD", "PAID", "APPOINTMENT"] as const satisfies readonly ServiceKind[];

const fold = (text: string) => text.toLocaleLowerCase("ru-RU").replaceAll("ё", "е").trim();

/** A service's name matches the search when it holds every typed word (case- and ё-insensitive). */
export function matchesSearch(name: string, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const haystack = fold(name);
  return words.every((word) => haystack.includes(word));
}

/** Services in their groups (empty groups left out), each group by name as the API sorted them. */
export function groupServices<T extends { kind: ServiceKind }>(services: readonly T[]): { kind: ServiceKind; services: T[] }[] {
  return SERVICE_GROUPS.map((kind) => ({ kind, services: services.filter((s) => s.kind === kind) })).filter((g) => g.services.length > 0);
}
