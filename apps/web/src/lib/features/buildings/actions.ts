import type { BuildingListItemFragment, PremiseListItemFragment, PremisesExportFormat } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate, type Outcome } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import { toast } from "$lib/toast.svelte";
import { uploadFile, UploadError } from "../files/upload";
import {
  BuildingCreateMutation,
  BuildingUpdateMutation,
  PremiseCreateMutation,
  PremisesExportMutation,
  PremisesImportApplyMutation,
  PremisesImportPreviewMutation,
  PremiseUpdateMutation,
} from "./queries";

export type BuildingDraft = { address: string; quarterId: string | null; objectGroupId: string | null; legalEntityId: string | null };

export function buildingDraft(building: BuildingListItemFragment | null): BuildingDraft {
  return {
    address: building?.address ?? "",
    quarterId: building?.quarter?.id ?? null,
    objectGroupId: building?.objectGroup?.id ?? null,
    legalEntityId: building?.legalEntity?.id ?? null,
  };
}

/** Creates the building (no current one) or updates it on the version it was opened with. */
export async function saveBuilding(current: BuildingListItemFragment | null, draft: BuildingDraft): Promise<Outcome<BuildingListItemFragment>> {
  const input = { address: draft.address, quarterId: draft.quarterId, objectGroupId: draft.objectGroupId, legalEntityId: draft.legalEntityId };
  const success = { message: t("common.saved"), testid: "building-saved" };
  return current
    ? mapOutcome(await mutate(BuildingUpdateMutation, { id: current.id, input: { ...input, version: current.version } }, { failure: { shownAt: "any" }, success }), (d) => d.buildingUpdate)
    : mapOutcome(await mutate(BuildingCreateMutation, { input }, { failure: { shownAt: "any" }, success }), (d) => d.buildingCreate);
}

export type PremiseDraft = { number: string; personalAccount: string; tags: string[]; note: string };

export function premiseDraft(premise: PremiseListItemFragment | null): PremiseDraft {
  return { number: premise?.number ?? "", personalAccount: premise?.personalAccount ?? "", tags: premise?.tags ?? [], note: premise?.note ?? "" };
}

export async function savePremise(buildingId: string, current: PremiseListItemFragment | null, draft: PremiseDraft): Promise<Outcome<PremiseListItemFragment>> {
  const input = { number: draft.number, personalAccount: draft.personalAccount || null, tags: draft.tags, note: draft.note || null };
  const success = { message: t("common.saved"), testid: "premise-saved" };
  return current
    ? mapOutcome(await mutate(PremiseUpdateMutation, { id: current.id, input: { ...input, version: current.version } }, { failure: { shownAt: "any" }, success }), (d) => d.premiseUpdate)
    : mapOutcome(await mutate(PremiseCreateMutation, { input: { ...input, buildingId } }, { failure: { shownAt: "any" }, success }), (d) => d.premiseCreate);
}

/**
 * Uploads the file and asks the server what importing it would do; the dialog shows the refusal
 * (an unreadable file, wrong columns, too many rows) itself.
 */
export async function previewPremisesImport(file: File, buildingId: string | null, onProgress: (share: number) => void) {
  let fileId: string;
  try {
    fileId = (await uploadFile({ purpose: "PREMISES_IMPORT", file, onProgress: (loaded, total) => onProgress(total ? loaded / total : 0) })).id;
  } catch (error) {
    return { ok: false as const, message: error instanceof UploadError ? error.message : t("files.upload.failed") };
  }
  const outcome = mapOutcome(await mutate(PremisesImportPreviewMutation, { fileId, buildingId }, { failure: false }), (d) => d.premisesImportPreview);
  return outcome.ok ? { ok: true as const, preview: outcome.data } : { ok: false as const, error: outcome.error };
}

export async function applyPremisesImport(fileId: string, buildingId: string | null, skipInvalidRows: boolean) {
  return mapOutcome(
    await mutate(
      PremisesImportApplyMutation,
      { fileId, buildingId, skipInvalidRows },
      {
        success: (d) => ({ message: t("premisesImport.applied", { created: d.premisesImportApply.created, updated: d.premisesImportApply.updated }), testid: "premises-import-applied" }),
      },
    ),
    (d) => d.premisesImportApply,
  );
}

/** Builds the file on the server and starts its download in the browser. */
export async function exportPremises(buildingId: string | null, format: PremisesExportFormat): Promise<void> {
  const outcome = await mutate(PremisesExportMutation, { buildingId, format });
  if (!outcome.ok) return;
  const file = outcome.data.premisesExport;
  const link = document.createElement("a");
  link.href = file.url;
  link.download = file.fileName;
  link.rel = "external";
  document.body.append(link);
  link.click();
  link.remove();
  toast({ tone: "success", message: t("premisesExport.ready", { name: file.fileName }), testid: "premises-export-ready" });
}
