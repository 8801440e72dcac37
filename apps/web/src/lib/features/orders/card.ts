import { graphql } from "$lib/graphql/generated";

// What each block of the order card reads, one fragment per block (spread into `OrderCard` in
// this file). A block's `order` prop is its fragment's type, so it cannot read what it did not ask for.

/** «Информация»: base data as shown and as the edit form starts from. */
export const OrderInfoBlockFragment = graphql(`
  fragment OrderInfoBlock on Order {
    id
    version
    status
    baseDataLocked
    channel
    description
    createdAt
    reactionDueAt
    firstInProgressAt
    executionDueAt
    service {
      ...ServiceOption
    }
    building {
      ...BuildingOption
    }
    premise {
      ...PremiseOption
    }
    client {
      id
      fullName
      phone
      tags
      note
    }
    formAnswers {
      key
      label
      type
      value
    }
    createdBy {
      kind
      employee {
        id
        fullName
      }
    }
  }
`);

/** «Клиент»: who asked, their premise's balance and app activity. */
export const OrderClientBlockFragment = graphql(`
  fragment OrderClientBlock on Order {
    client {
      id
      fullName
      phone
      avatarUrl
      tags
      note
      lastAppLoginAt
    }
    premise {
      ...PremiseOption
    }
  }
`);

/** «Переписка с клиентом»: the thread is its own query; the block needs the order only. */
export const OrderChatBlockFragment = graphql(`
  fragment OrderChatBlock on Order {
    id
  }
`);

/** «Документы»: its own query, fetched again when the order's revision moves. */
export const OrderDocumentsBlockFragment = graphql(`
  fragment OrderDocumentsBlock on Order {
    id
    revision
  }
`);

/** «Управление»: status, department and executors, saved against the version. */
export const OrderManageBlockFragment = graphql(`
  fragment OrderManageBlock on Order {
    id
    version
    status
    statusComment
    resumeBy
    allowedStatuses
    service {
      id
      maxExecutors
    }
    department {
      id
      name
    }
    executors {
      id
      fullName
      position
    }
  }
`);

/** «Организация»: its own query, fetched again when the order moves to another building. */
export const OrderOrganizationBlockFragment = graphql(`
  fragment OrderOrganizationBlock on Order {
    id
    building {
      id
    }
  }
`);

/** «Оценка качества»: the current rating, earlier ones, and whether the order is done. */
export const OrderRatingBlockFragment = graphql(`
  fragment OrderRatingBlock on Order {
    status
    rating {
      score
      comment
      ratedAt
      cycle
      forLastCompletion
    }
    ratings {
      score
      comment
      ratedAt
      cycle
    }
  }
`);

/** «Чек-лист»: read-only on the desktop card, with who ticked what and when. */
export const OrderChecklistBlockFragment = graphql(`
  fragment OrderChecklistBlock on Order {
    id
    status
    service {
      id
      checklistRequiredToClose
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
  }
`);

/** «История изменений»: the events, newest first, and the form's labels for `form:<key>` changes. */
export const OrderHistoryBlockFragment = graphql(`
  fragment OrderHistoryBlock on Order {
    formAnswers {
      key
      label
    }
    history {
      id
      kind
      createdAt
      viaIncidentId
      fromStatus
      toStatus
      statusComment
      dueAt
      score
      ratingComment
      fileName
      checklistItemTitle
      checklistNote
      invoiceAction
      invoiceTotal
      invoiceLineName
      refundAction
      refundAmount
      refundSettlement
      refundReason
      actor {
        kind
        employee {
          id
          fullName
        }
      }
      executors {
        id
        fullName
      }
      changes {
        field
        from
        to
      }
    }
  }
`);

/**
 * The card as one document: the list row's fields, what each block reads (its own fragment, in
 * `card.ts`) and what the page itself shows (title, status, labels, tabs).
 */
export const OrderCardFragment = graphql(`
  fragment OrderCard on Order {
    ...OrderListItem
    incidentId
    incident {
      id
      number
      title
    }
    suggestedIncident {
      id
      number
      title
    }
    doneAt
    slaReaction
    slaExecution
    importantCommentUnseen
    ...OrderInfoBlock
    ...OrderClientBlock
    ...OrderChatBlock
    ...OrderDocumentsBlock
    ...OrderInvoiceBlock
    ...OrderManageBlock
    ...OrderOrganizationBlock
    ...OrderRatingBlock
    ...OrderChecklistBlock
    ...OrderHistoryBlock
  }
`);

export const OrderByNumberQuery = graphql(`
  query OrderByNumber($number: Int!) {
    orderByNumber(number: $number) {
      ...OrderCard
    }
  }
`);

export const OrderUpdatedSubscription = graphql(`
  subscription OrderUpdated($id: ID!) {
    orderUpdated(id: $id) {
      ...OrderCard
    }
  }
`);

export const OrderMarkSeenMutation = graphql(`
  mutation OrderMarkSeen($id: ID!) {
    orderMarkSeen(id: $id) {
      ...OrderCard
    }
  }
`);

export const OrderManageMutation = graphql(`
  mutation OrderManage($input: OrderManageInput!) {
    orderManage(input: $input) {
      ...OrderCard
    }
  }
`);

export const OrderUpdateMutation = graphql(`
  mutation OrderUpdate($input: OrderUpdateInput!) {
    orderUpdate(input: $input) {
      ...OrderCard
    }
  }
`);

export const OrderExecutorCandidatesQuery = graphql(`
  query OrderExecutorCandidates($departmentId: ID!) {
    orderExecutorCandidates(departmentId: $departmentId) {
      openOrders
      workload
      employee {
        id
        fullName
        position
      }
    }
  }
`);

export const OrderDepartmentsQuery = graphql(`
  query OrderDepartments {
    departments(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
