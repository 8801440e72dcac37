import { mapOutcome, mutate } from "$lib/graphql/mutate";
import type { RefundCreateInput } from "$lib/graphql/generated/graphql";
import { t } from "$lib/i18n";
import { InvoiceDocumentsMutation, RefundConfirmMutation, RefundCreateMutation, RefundRejectMutation } from "./queries";

/** «Возврат»: full or partial; the reason and quantities are shown at their fields when refused. */
export async function createRefund(input: RefundCreateInput) {
  const result = await mutate(RefundCreateMutation, { input }, { failure: { testid: "refund-error" }, success: { message: t("payments.refund.done"), testid: "refund-done" } });
  return mapOutcome(result, (data) => data.refundCreate);
}

export async function confirmRefund(id: string) {
  const result = await mutate(RefundConfirmMutation, { id }, { failure: { testid: "refund-error" }, success: { message: t("payments.refund.confirmed"), testid: "refund-confirmed" } });
  return mapOutcome(result, (data) => data.refundConfirm);
}

export async function rejectRefund(id: string, reason: string) {
  const result = await mutate(RefundRejectMutation, { id, reason }, { failure: { testid: "refund-error" }, success: { message: t("payments.refund.rejected"), testid: "refund-rejected" } });
  return mapOutcome(result, (data) => data.refundReject);
}

/** «Скачать документы»: builds the contract and the act, then the browser downloads both. */
export async function downloadInvoiceDocuments(orderId: string) {
  const result = await mutate(InvoiceDocumentsMutation, { orderId }, { failure: { testid: "documents-error" } });
  if (!result.ok) return result;
  for (const url of [result.data.invoiceDocuments.contractUrl, result.data.invoiceDocuments.actUrl]) {
    const link = document.createElement("a");
    link.href = url;
    link.download = "";
    link.rel = "noopener";
    document.body.append(link);
    link.click();
    link.remove();
  }
  return result;
}
