import type { CombinedError } from "@urql/core";
import { errorCode, errorMessage } from "$lib/graphql/errors";
import { t } from "$lib/i18n";
import { toast } from "$lib/toast.svelte";
import { orderFieldErrors } from "./draft";

/** Status refusals (§16) name `input.status`; the control that can fix them is a better place. */
const REASON_FIELDS: Record<string, string> = {
  COMMENT_REQUIRED: "input.statusComment",
  RESUME_BY_REQUIRED: "input.resumeBy",
  RESUME_BY_IN_PAST: "input.resumeBy",
  EXECUTOR_REQUIRED: "input.executorIds",
};

/** Messages by input path for a failed save of the card, with status refusals moved to their control. */
export function cardFieldErrors(error: CombinedError | null | undefined): Record<string, string> {
  const out = orderFieldErrors(error);
  for (const e of error?.graphQLErrors ?? []) {
    const reason = e.extensions?.reason;
    const field = typeof reason === "string" ? REASON_FIELDS[reason] : undefined;
    if (field && e.extensions?.field === "input.status") {
      delete out["input.status"];
      out[field] = e.message;
    }
  }
  return out;
}

/**
 * A failed save no field shows goes to a toast. Someone else saving first (CONFLICT,
 * STALE_VERSION) offers to reload the card.
 */
export function reportSaveError(error: CombinedError | null | undefined, shownAtFields: boolean, reload: () => void): void {
  if (!error) return;
  if (errorCode(error) === "CONFLICT") {
    toast({ tone: "error", message: errorMessage(error), action: { label: t("order.conflictAction"), run: reload }, testid: "order-conflict" });
  } else if (!shownAtFields) {
    toast({ tone: "error", message: errorMessage(error), testid: "order-save-error" });
  }
}
