import { graphql } from "$lib/graphql/generated";

/** The «Оплата и возврат» block: the invoice's state, lines, payments and refunds. */
export const OrderPaymentsQuery = graphql(`
  query OrderPayments($id: ID!) {
    order(id: $id) {
      id
      revision
      invoice {
        id
        state
        total
        paidAt
        markedPaidAt
        lines {
          id
          name
          unit
          quantity
          total
        }
        payments {
          id
          state
          amount
          succeededAt
        }
        refunds {
          id
          kind
          decision
          settlement
          amount
          reason
          decisionReason
          requestedByResident
          failureReason
          createdAt
          lines {
            invoiceLineId
            name
            unit
            quantity
            amount
          }
          createdBy {
            id
            fullName
          }
          decidedBy {
            id
            fullName
          }
        }
      }
    }
  }
`);

export const RefundCreateMutation = graphql(`
  mutation RefundCreate($input: RefundCreateInput!) {
    refundCreate(input: $input) {
      id
      settlement
      amount
    }
  }
`);

export const RefundConfirmMutation = graphql(`
  mutation RefundConfirm($id: ID!) {
    refundConfirm(id: $id) {
      id
      decision
      settlement
    }
  }
`);

export const RefundRejectMutation = graphql(`
  mutation RefundReject($id: ID!, $reason: String!) {
    refundReject(id: $id, reason: $reason) {
      id
      decision
    }
  }
`);

export const InvoiceDocumentsMutation = graphql(`
  mutation InvoiceDocuments($orderId: ID!) {
    invoiceDocuments(orderId: $orderId) {
      contractUrl
      actUrl
    }
  }
`);
