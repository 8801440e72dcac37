/**
 * Deleting reference data (buildings, premises, quarters, object groups, legal entities,
 * departments, roles). A row is hard-deleted only when nothing refers to it; otherwise the
 * refusal names what holds it, so the administrator knows what to move first. A building or a
 * premise that orders (or incidents) name is never deleted — their history keeps the address —
 * it is archived instead: hidden from pickers, closed to new orders, still shown on old ones.
 */

import { pluralRu } from "../payments/amount-in-words.js";

export type DeletableKind = "BUILDING" | "PREMISE" | "QUARTER" | "OBJECT_GROUP" | "LEGAL_ENTITY" | "DEPARTMENT" | "ROLE";

/** What may hold a row; counts of each. */
export type HolderKind = "premises" | "residents" | "orders" | "incidents" | "buildings" | "employees" | "services";
export type Holders = Partial<Record<HolderKind, number>>;

const NOUNS: Record<HolderKind, readonly [string, string, string]> = {
  premises: ["помещение", "помещения", "помещений"],
  residents: ["житель", "жителя", "жителей"],
  orders: ["заявка", "заявки", "заявок"],
  incidents: ["инцидент", "инцидента", "инцидентов"],
  buildings: ["дом", "дома", "домов"],
  employees: ["сотрудник", "сотрудника", "сотрудников"],
  services: ["услуга", "услуги", "услуг"],
};

/** Order of mention: what the administrator can move first comes first, history last. */
const ORDER: readonly HolderKind[] = ["premises", "buildings", "residents", "employees", "services", "incidents", "orders"];

const WHERE: Record<DeletableKind, string> = {
  BUILDING: "В доме",
  PREMISE: "В помещении",
  QUARTER: "В квартале",
  OBJECT_GROUP: "В группе",
  LEGAL_ENTITY: "У юрлица",
  DEPARTMENT: "В подразделении",
  ROLE: "У роли",
};

/** Kinds that can be archived instead: their rows are named by orders' history. */
export const ARCHIVABLE: ReadonlySet<DeletableKind> = new Set(["BUILDING", "PREMISE"]);

/** The holders that are present, in the order they are named. */
export function presentHolders(holders: Holders): [HolderKind, number][] {
  return ORDER.flatMap((kind) => {
    const n = holders[kind] ?? 0;
    return n > 0 ? [[kind, n] as [HolderKind, number]] : [];
  });
}

/**
 * Null when nothing holds the row (it may be deleted); otherwise the refusal's text, e.g.
 * «В доме 12 помещений и 340 заявок — удалить нельзя. Отправьте его в архив: заявки сохранят адрес.»
 */
export function deletionRefusal(kind: DeletableKind, holders: Holders): string | null {
  const present = presentHolders(holders);
  if (present.length === 0) return null;
  const parts = present.map(([holder, n]) => `${n} ${pluralRu(n, NOUNS[holder])}`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} и ${parts[parts.length - 1]}`;
  const archive = ARCHIVABLE.has(kind) ? " Его можно отправить в архив: заявки сохранят адрес." : "";
  return `${WHERE[kind]} ${list} — удалить нельзя.${archive}`;
}
