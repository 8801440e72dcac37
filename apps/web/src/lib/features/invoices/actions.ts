import type { InvoiceLineAddInput, InvoiceLineUpdateInput } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import {
  InvoiceCreateMutation,
  InvoiceIssueMutation,
  InvoiceLineAddMutation,
  InvoiceLineRemoveMutation,
  InvoiceLineUpdateMutation,
  InvoiceMakeUnpaidMutation,
  InvoiceMarkPaidMutation,
} from "./queries";

/** Every invoice change; failures toast the API's Russian message unless the form shows it at a field. */
export async function createInvoice(orderId: string) {
  return mapOutcome(await mutate(InvoiceCreateMutation, { orderId }, { failure: { testid: "invoice-error" } }), (d) => d.invoiceCreate);
}

export async function addInvoiceLine(input: InvoiceLineAddInput) {
  const result = await mutate(
    InvoiceLineAddMutation,
    { input },
    { failure: { testid: "invoice-error", shownAt: "any" }, success: { message: t("invoice.line.added"), testid: "invoice-line-added" } },
  );
  return mapOutcome(result, (d) => d.invoiceLineAdd);
}

export async function updateInvoiceLine(input: InvoiceLineUpdateInput) {
  return mapOutcome(await mutate(InvoiceLineUpdateMutation, { input }, { failure: { testid: "invoice-error", shownAt: "any" } }), (d) => d.invoiceLineUpdate);
}

export async function removeInvoiceLine(lineId: string, version: number) {
  return mapOutcome(await mutate(InvoiceLineRemoveMutation, { lineId, version }, { failure: { testid: "invoice-error" } }), (d) => d.invoiceLineRemove);
}

export async function issueInvoice(id: string, version: number) {
  const result = await mutate(InvoiceIssueMutation, { id, version }, { failure: { testid: "invoice-error" }, success: { message: t("invoice.issued"), testid: "invoice-issued" } });
  return mapOutcome(result, (d) => d.invoiceIssue);
}

export async function markInvoicePaid(id: string, version: number) {
  const result = await mutate(
    InvoiceMarkPaidMutation,
    { id, version },
    { failure: { testid: "invoice-error" }, success: { message: t("invoice.markedPaid"), testid: "invoice-marked-paid" } },
  );
  return mapOutcome(result, (d) => d.invoiceMarkPaid);
}

export async function makeInvoiceUnpaid(id: string, version: number) {
  const result = await mutate(
    InvoiceMakeUnpaidMutation,
    { id, version },
    { failure: { testid: "invoice-error" }, success: { message: t("invoice.madeUnpaid"), testid: "invoice-made-unpaid" } },
  );
  return mapOutcome(result, (d) => d.invoiceMakeUnpaid);
}
