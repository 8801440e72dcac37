import type { TransitionRefusal } from "@domovoy/domain";
import type { CombinedError } from "@urql/core";
import { errorCode, errorMessage, refusalText } from "$lib/graphql/errors";
import type { OrderColumn, OrderCommentCreateInput, OrderCreateInput, OrderFilterInput, OrderList, OrderManageInput, OrderUpdateInput } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import { toast } from "$lib/toast.svelte";
import { orderFieldErrors } from "./draft";
import { OrderManageMutation, OrderMarkSeenMutation, OrderUpdateMutation } from "./card";
import { OrderCommentCreateMutation } from "./comments";
import { OrderCreateMutation } from "./options";
import { OrderListPreferencesSaveMutation } from "./queries";

/**
 * Status refusals (§16) name `input.status`; the control that can fix them is a better place
 * (null: the status control itself). Exhaustive: a new refusal in @domovoy/domain must be placed here.
 */
const REASON_FIELDS: Record<TransitionRefusal, string | null> = {
  COMMENT_REQUIRED: "input.statusComment",
  RESUME_BY_REQUIRED: "input.resumeBy",
  RESUME_BY_IN_PAST: "input.resumeBy",
  EXECUTOR_REQUIRED: "input.executorIds",
  SAME_STATUS: null,
  NOT_ALLOWED: null,
  DONE_ONLY_FROM_IN_PROGRESS: null,
  DOCUMENT_REQUIRED: null,
  CHECKLIST_REQUIRED: null,
  RESIDENT_MAY_NOT_REOPEN: null,
};

function isTransitionRefusal(reason: unknown): reason is TransitionRefusal {
  return typeof reason === "string" && Object.prototype.hasOwnProperty.call(REASON_FIELDS, reason);
}

/** Messages by input path for a failed save of the card, with status refusals moved to their control. */
export function cardFieldErrors(error: CombinedError | null | undefined): Record<string, string> {
  const out = orderFieldErrors(error);
  for (const e of error?.graphQLErrors ?? []) {
    const reason = e.extensions?.reason;
    const field = isTransitionRefusal(reason) ? REASON_FIELDS[reason] : null;
    if (field && e.extensions?.field === "input.status") {
      delete out["input.status"];
      out[field] = refusalText(e);
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

/** A card save: field refusals stay with the form, the rest goes to a toast (a conflict offers `reload`). */
async function saveCard<Data>(outcome: Promise<import("$lib/graphql/mutate").Outcome<Data>>, reload: () => void) {
  const result = await outcome;
  if (!result.ok) reportSaveError(result.error, Object.keys(cardFieldErrors(result.error)).length > 0, reload);
  return result;
}

/** «Информация»: base data, saved against the version the edit started from. */
export async function updateOrder(input: OrderUpdateInput, reload: () => void) {
  const result = mutate(OrderUpdateMutation, { input }, { failure: false, success: { message: t("order.info.saved"), testid: "order-info-saved" } });
  return mapOutcome(await saveCard(result, reload), (data) => data.orderUpdate);
}

/** «Управление»: status, department and executors, saved against the version the edit started from. */
export async function manageOrder(input: OrderManageInput, reload: () => void) {
  const result = mutate(OrderManageMutation, { input }, { failure: false, success: { message: t("order.manage.saved"), testid: "order-manage-saved" } });
  return mapOutcome(await saveCard(result, reload), (data) => data.orderManage);
}

/** Opening the card counts as seeing it (§4); a failure changes nothing the user sees. */
export async function markOrderSeen(id: string) {
  return mapOutcome(await mutate(OrderMarkSeenMutation, { id }, { failure: false }), (data) => data.orderMarkSeen);
}

/** The new-order form shows every refusal itself (at a field or above the buttons). */
export async function createOrder(input: OrderCreateInput) {
  return mapOutcome(await mutate(OrderCreateMutation, { input }, { failure: false }), (data) => data.orderCreate);
}

export async function saveOrderListPreferences(list: OrderList, filter: OrderFilterInput | null, columns: OrderColumn[] | null) {
  const result = await mutate(
    OrderListPreferencesSaveMutation,
    { list, filter, columns },
    { failure: { testid: "orders-prefs-error", message: (message) => t("orders.prefsSaveFailed", { message }) } },
  );
  return mapOutcome(result, (data) => data.orderListPreferencesSave);
}

/** A comment (§20); a refusal of its text is shown at the text box. */
export async function addOrderComment(input: OrderCommentCreateInput) {
  const result = await mutate(OrderCommentCreateMutation, { input }, { failure: { testid: "comment-send-error", shownAt: ["input.text"] } });
  return mapOutcome(result, (data) => data.orderCommentCreate);
}
