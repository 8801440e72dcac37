import type { DirectoryKind } from "$lib/graphql/generated/graphql";
import { mutate, type Outcome } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import {
  BuildingArchiveMutation,
  BuildingDeleteMutation,
  DepartmentDeleteMutation,
  LegalEntityDeleteMutation,
  ObjectGroupDeleteMutation,
  PremiseArchiveMutation,
  PremiseDeleteMutation,
  QuarterDeleteMutation,
  RoleDeleteMutation,
} from "./queries";

/** The kinds an administrator deletes from a list. */
export type DeletableKind = Exclude<DirectoryKind, "SERVICE">;

/** Kinds that orders name: refused deletions offer the archive instead. */
export const ARCHIVABLE: ReadonlySet<DeletableKind> = new Set(["BUILDING", "PREMISE"]);

/**
 * Deletes one row. The refusal (CONFLICT IN_USE: «В доме 12 помещений и 340 заявок…») is not
 * toasted: the confirmation dialog shows it in place, with the archive where it applies.
 */
export async function deleteRow(kind: DeletableKind, id: string): Promise<Outcome<unknown>> {
  const options = { failure: false as const, success: { message: t("directory.deleted"), testid: "directory-deleted" } };
  switch (kind) {
    case "BUILDING":
      return mutate(BuildingDeleteMutation, { id }, options);
    case "PREMISE":
      return mutate(PremiseDeleteMutation, { id }, options);
    case "QUARTER":
      return mutate(QuarterDeleteMutation, { id }, options);
    case "OBJECT_GROUP":
      return mutate(ObjectGroupDeleteMutation, { id }, options);
    case "LEGAL_ENTITY":
      return mutate(LegalEntityDeleteMutation, { id }, options);
    case "DEPARTMENT":
      return mutate(DepartmentDeleteMutation, { id }, options);
    case "ROLE":
      return mutate(RoleDeleteMutation, { id }, options);
  }
}

/** Archives (or restores) a building or a premise. */
export async function archiveRow(kind: "BUILDING" | "PREMISE", id: string, archived: boolean): Promise<Outcome<unknown>> {
  const options = {
    failure: false as const,
    success: { message: archived ? t("directory.archived") : t("directory.restored"), testid: archived ? "directory-archived" : "directory-restored" },
  };
  return kind === "BUILDING" ? mutate(BuildingArchiveMutation, { id, archived }, options) : mutate(PremiseArchiveMutation, { id, archived }, options);
}
