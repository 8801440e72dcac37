import { graphql } from "$lib/graphql/generated";

// The employee app (/m): what its cards and lists read. The list reuses OrdersQuery (keyset pages).

export const FieldOrderCardFragment = graphql(`
  fragment FieldOrderCard on Order {
    ...OrderListItem
    description
    statusComment
    allowedStatuses
    documentCount
    formAnswers {
      key
      label
      value
    }
    client {
      id
      fullName
      phone
      tags
    }
    checklist {
      id
      position
      title
      required
      photoRequired
      noteRequired
      done
      doneAt
      note
      version
      doneBy {
        id
        fullName
      }
      photo {
        id
        file {
          id
          url
          fileName
        }
      }
    }
    documents {
      id
      file {
        id
        url
        fileName
        contentType
      }
    }
  }
`);

export const FieldOrderQuery = graphql(`
  query FieldOrder($number: Int!) {
    orderByNumber(number: $number) {
      ...FieldOrderCard
    }
  }
`);

export const FieldOrderUpdatedSubscription = graphql(`
  subscription FieldOrderUpdated($id: ID!) {
    orderUpdated(id: $id) {
      ...FieldOrderCard
    }
  }
`);

export const FieldOrderManageMutation = graphql(`
  mutation FieldOrderManage($input: OrderManageInput!) {
    orderManage(input: $input) {
      ...FieldOrderCard
    }
  }
`);

export const FieldChecklistItemSetMutation = graphql(`
  mutation FieldChecklistItemSet($input: OrderChecklistItemSetInput!) {
    orderChecklistItemSet(input: $input) {
      ...FieldOrderCard
    }
  }
`);

export const FieldOrderDocumentAddMutation = graphql(`
  mutation FieldOrderDocumentAdd($orderId: ID!, $fileId: ID!, $idempotencyKey: String) {
    orderDocumentAdd(orderId: $orderId, fileId: $fileId, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);
