import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import { OrderDocumentAddMutation, OrderDocumentDeleteMutation } from "./queries";

/**
 * Claims an upload as a document of the order (§18). A failure names the file as the user chose it,
 * a success as it was stored.
 */
export async function addOrderDocument(orderId: string, upload: { id: string; fileName: string }, chosenName: string) {
  const result = await mutate(
    OrderDocumentAddMutation,
    { orderId, fileId: upload.id },
    {
      failure: { testid: "document-upload-error", message: (message) => t("order.documents.failed", { name: chosenName, message }) },
      success: { message: t("order.documents.uploaded", { name: upload.fileName }), testid: "document-uploaded" },
    },
  );
  return mapOutcome(result, (data) => data.orderDocumentAdd);
}

export async function deleteOrderDocument(id: string) {
  const result = await mutate(
    OrderDocumentDeleteMutation,
    { id },
    { failure: { testid: "document-delete-error" }, success: { message: t("order.documents.deleted"), testid: "document-deleted" } },
  );
  return mapOutcome(result, (data) => data.orderDocumentDelete);
}
