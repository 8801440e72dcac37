import { client } from "$lib/graphql/client";
import { mapOutcome, mutate } from "$lib/graphql/mutate";
import type { OrderFormAnswerInput, OrderStatus, ResidentRefundRequestInput } from "$lib/graphql/generated/graphql";
import { t } from "$lib/i18n";
import {
  ResidentChatMarkReadMutation,
  ResidentChatMessageDeleteMutation,
  ResidentChatMessageEditMutation,
  ResidentChatMessageSendMutation,
  ResidentInvoicePayMutation,
  ResidentOrderByNumberQuery,
  ResidentOrderCreateMutation,
  ResidentOrderRateMutation,
  ResidentOrderStatusChangeMutation,
  ResidentRefundRequestMutation,
} from "./queries";

export async function createResidentOrder(input: { premiseId: string; serviceId: string; description: string | null; formAnswers: OrderFormAnswerInput[] }) {
  const result = await mutate(ResidentOrderCreateMutation, { input }, { failure: { shownAt: "any" } });
  return { ...result, order: result.ok ? result.data.residentOrderCreate : null };
}

const statusDone: Partial<Record<OrderStatus, () => string>> = {
  CANCELLED: () => t("resident.cancel.done"),
  REOPENED: () => t("resident.reopen.done"),
  APPROVAL: () => t("resident.clarify.done"),
};

/** Cancel (a pending order), reopen (a done one) or answer a clarification (back to APPROVAL). */
export async function changeResidentOrderStatus(id: string, status: OrderStatus, comment: string | null) {
  const message = statusDone[status]?.() ?? t("common.saved");
  const result = await mutate(ResidentOrderStatusChangeMutation, { input: { id, status, comment } }, { success: { message, testid: "resident-status-changed" } });
  return mapOutcome(result, (data) => data.residentOrderStatusChange);
}

export async function rateResidentOrder(orderId: string, score: number, comment: string | null) {
  const result = await mutate(
    ResidentOrderRateMutation,
    { input: { orderId, score, comment } },
    { failure: { shownAt: ["input.comment", "comment"] }, success: { message: t("resident.rating.saved"), testid: "resident-rated" } },
  );
  return result;
}

export async function sendResidentChatMessage(orderId: string, text: string | null, fileId: string | null) {
  const result = await mutate(ResidentChatMessageSendMutation, { orderId, text, fileId });
  return mapOutcome(result, (data) => data.residentChatMessageSend);
}

export async function editResidentChatMessage(id: string, text: string) {
  const result = await mutate(ResidentChatMessageEditMutation, { id, text });
  return mapOutcome(result, (data) => data.residentChatMessageEdit);
}

export async function deleteResidentChatMessage(id: string) {
  const result = await mutate(ResidentChatMessageDeleteMutation, { id });
  return mapOutcome(result, (data) => data.residentChatMessageDelete);
}

export async function markResidentChatRead(orderId: string, upToMessageId: string) {
  const result = await mutate(ResidentChatMarkReadMutation, { orderId, upToMessageId }, { failure: false });
  return mapOutcome(result, (data) => data.residentChatMarkRead);
}

/**
 * «Оплатить»: the payment of the order's issued invoice at the acquirer, then the browser goes to its
 * page, which sends the resident back to `returnPath` with `?payment=succeeded|canceled`. A second
 * press while that payment is pending answers the same one, so a double click never makes two.
 */
export async function payResidentInvoice(orderId: string, returnPath: string) {
  const result = await mutate(ResidentInvoicePayMutation, { orderId, returnPath }, { failure: { testid: "resident-pay-error" } });
  const url = result.ok ? result.data.residentInvoicePay.confirmationUrl : null;
  if (url) window.location.assign(url);
  return result;
}

/** «Запросить возврат»: staff decide; the card shows the request live. The reason's and lines' refusals show at the form. */
export async function requestResidentRefund(input: ResidentRefundRequestInput) {
  const result = await mutate(
    ResidentRefundRequestMutation,
    { input },
    { failure: { shownAt: ["input.reason"] }, success: { message: t("resident.refund.sent"), testid: "resident-refund-sent" } },
  );
  return mapOutcome(result, (data) => data.residentRefundRequest);
}

/** The card re-read after a change whose answer is not the order (a refund request); null when it cannot be read now (the live update follows). */
export async function reloadResidentOrder(number: number) {
  const result = await client.query(ResidentOrderByNumberQuery, { number }, { requestPolicy: "network-only" }).toPromise();
  return result.data?.residentOrderByNumber ?? null;
}
