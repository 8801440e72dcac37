import { graphql } from "$lib/graphql/generated";

/** Everything the «Счёт на оплату» block shows of an invoice; every invoice mutation returns it. */
export const InvoiceFieldsFragment = graphql(`
  fragment InvoiceFields on Invoice {
    id
    state
    total
    version
    issuedAt
    markedPaidAt
    paidAt
    actions
    issuedBy {
      id
      fullName
    }
    markedPaidBy {
      id
      fullName
    }
    lines {
      id
      name
      unit
      unitPrice
      quantity
      discountPercent
      total
      priceListItemId
    }
  }
`);

/** «Счёт на оплату» in the order card: the invoice, and whether the service is a paid one. */
export const OrderInvoiceBlockFragment = graphql(`
  fragment OrderInvoiceBlock on Order {
    id
    service {
      id
      kind
    }
    invoice {
      ...InvoiceFields
    }
  }
`);

/** The order's service's price list, read when a line is being added. */
export const InvoicePriceListQuery = graphql(`
  query InvoicePriceList($serviceId: ID!) {
    service(id: $serviceId) {
      id
      priceList {
        id
        name
        unit
        unitPrice
        active
      }
    }
  }
`);

export const InvoiceCreateMutation = graphql(`
  mutation InvoiceCreate($orderId: ID!) {
    invoiceCreate(orderId: $orderId) {
      ...InvoiceFields
    }
  }
`);

export const InvoiceLineAddMutation = graphql(`
  mutation InvoiceLineAdd($input: InvoiceLineAddInput!) {
    invoiceLineAdd(input: $input) {
      ...InvoiceFields
    }
  }
`);

export const InvoiceLineUpdateMutation = graphql(`
  mutation InvoiceLineUpdate($input: InvoiceLineUpdateInput!) {
    invoiceLineUpdate(input: $input) {
      ...InvoiceFields
    }
  }
`);

export const InvoiceLineRemoveMutation = graphql(`
  mutation InvoiceLineRemove($lineId: ID!, $version: Int!) {
    invoiceLineRemove(lineId: $lineId, version: $version) {
      ...InvoiceFields
    }
  }
`);

export const InvoiceIssueMutation = graphql(`
  mutation InvoiceIssue($id: ID!, $version: Int!) {
    invoiceIssue(id: $id, version: $version) {
      ...InvoiceFields
    }
  }
`);

export const InvoiceMarkPaidMutation = graphql(`
  mutation InvoiceMarkPaid($id: ID!, $version: Int!) {
    invoiceMarkPaid(id: $id, version: $version) {
      ...InvoiceFields
    }
  }
`);

export const InvoiceMakeUnpaidMutation = graphql(`
  mutation InvoiceMakeUnpaid($id: ID!, $version: Int!) {
    invoiceMakeUnpaid(id: $id, version: $version) {
      ...InvoiceFields
    }
  }
`);
