import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import { CallOrderLinkMutation, CallOrderUnlinkMutation } from "./queries";

/** «Привязать заявку». */
export async function linkCallOrder(callId: string, orderId: string) {
  const result = await mutate(CallOrderLinkMutation, { callId, orderId }, { success: { message: t("calls.linked"), testid: "call-linked" } });
  return mapOutcome(result, (data) => data.callOrderLink);
}

/** «Отвязать». */
export async function unlinkCallOrder(callId: string, orderId: string) {
  const result = await mutate(CallOrderUnlinkMutation, { callId, orderId }, { success: { message: t("calls.unlinked"), testid: "call-unlinked" } });
  return mapOutcome(result, (data) => data.callOrderUnlink);
}
