import type { LegalEntityItemFragment } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate, type Outcome } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import {
  LegalEntityCreateMutation,
  LegalEntityUpdateMutation,
  ObjectGroupCreateMutation,
  ObjectGroupUpdateMutation,
  QuarterCreateMutation,
  QuarterUpdateMutation,
} from "./queries";

/** A quarter or an object group: the same form, the same shape. */
export type GroupingKind = "quarter" | "objectGroup";
export type Grouping = { id: string; name: string; version: number; administrators: { id: string; fullName: string }[] };
export type GroupingDraft = { name: string; administrators: { id: string; fullName: string }[] };

export async function saveGrouping(kind: GroupingKind, current: Grouping | null, draft: GroupingDraft): Promise<Outcome<Grouping>> {
  const input = { name: draft.name, administratorIds: draft.administrators.map((a) => a.id) };
  const options = { failure: { shownAt: "any" as const }, success: { message: t("common.saved"), testid: "grouping-saved" } };
  if (kind === "quarter") {
    return current
      ? mapOutcome(await mutate(QuarterUpdateMutation, { id: current.id, input: { ...input, version: current.version } }, options), (d) => d.quarterUpdate)
      : mapOutcome(await mutate(QuarterCreateMutation, { input }, options), (d) => d.quarterCreate);
  }
  return current
    ? mapOutcome(await mutate(ObjectGroupUpdateMutation, { id: current.id, input: { ...input, version: current.version } }, options), (d) => d.objectGroupUpdate)
    : mapOutcome(await mutate(ObjectGroupCreateMutation, { input }, options), (d) => d.objectGroupCreate);
}

export const LEGAL_ENTITY_FIELDS = ["name", "inn", "kpp", "ogrn", "address", "phone", "email", "bankName", "bik", "settlementAccount", "correspondentAccount"] as const;
export type LegalEntityField = (typeof LEGAL_ENTITY_FIELDS)[number];
export type LegalEntityDraft = Record<LegalEntityField, string>;

export function legalEntityDraft(entity: LegalEntityItemFragment | null): LegalEntityDraft {
  return Object.fromEntries(LEGAL_ENTITY_FIELDS.map((f) => [f, entity?.[f] ?? ""])) as LegalEntityDraft;
}

export async function saveLegalEntity(current: LegalEntityItemFragment | null, draft: LegalEntityDraft): Promise<Outcome<LegalEntityItemFragment>> {
  const input = Object.fromEntries(LEGAL_ENTITY_FIELDS.map((f) => [f, draft[f].trim() || null])) as Record<LegalEntityField, string | null>;
  const options = { failure: { shownAt: "any" as const }, success: { message: t("common.saved"), testid: "legal-entity-saved" } };
  return current
    ? mapOutcome(await mutate(LegalEntityUpdateMutation, { id: current.id, input: { ...input, version: current.version } }, options), (d) => d.legalEntityUpdate)
    : mapOutcome(await mutate(LegalEntityCreateMutation, { input: { ...input, name: draft.name } }, options), (d) => d.legalEntityCreate);
}
