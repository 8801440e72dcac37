import { graphql } from "$lib/graphql/generated";

// The resident app (/r) reads explicit resident types only (Resident*, StaffMemberPublic):
// nothing here may ask for a staff field; the API would refuse it anyway.

export const ResidentCodeRequestMutation = graphql(`
  mutation ResidentCodeRequest($phone: String!) {
    residentCodeRequest(phone: $phone) {
      phone
      resendAfter
    }
  }
`);

export const ResidentLoginMutation = graphql(`
  mutation ResidentLogin($phone: String!, $code: String!, $organizationId: ID) {
    residentLogin(phone: $phone, code: $code, organizationId: $organizationId) {
      expiresAt
      me {
        kind
      }
    }
  }
`);

export const ResidentMeQuery = graphql(`
  query ResidentMe {
    me {
      kind
      organization {
        id
        name
        timeZone
      }
      client {
        id
        fullName
        phone
        email
        premises {
          isOwner
          premise {
            id
            number
            personalAccount
            utilityBalance
            building {
              id
              address
            }
          }
        }
      }
    }
  }
`);

export const ResidentServiceItemFragment = graphql(`
  fragment ResidentServiceItem on ResidentService {
    id
    name
    description
    kind
    residentMayReopen
    refundsAllowed
    orderForm {
      key
      label
      type
      required
      options
    }
  }
`);

export const ResidentServicesQuery = graphql(`
  query ResidentServices($search: String, $after: String) {
    residentServices(search: $search, first: 100, after: $after) {
      nodes {
        ...ResidentServiceItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ResidentOrderRowFragment = graphql(`
  fragment ResidentOrderRow on ResidentOrder {
    id
    number
    status
    createdAt
    updatedAt
    revision
    chatUnreadCount
    canRate
    service {
      id
      name
    }
    premise {
      id
      number
    }
    building {
      id
      address
    }
    executors {
      id
      firstName
    }
    rating {
      score
    }
  }
`);

export const ResidentOrdersQuery = graphql(`
  query ResidentOrders($after: String) {
    residentOrders(first: 25, after: $after) {
      nodes {
        ...ResidentOrderRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ResidentOrderChangedSubscription = graphql(`
  subscription ResidentOrderChanged {
    residentOrderChanged {
      ...ResidentOrderRow
    }
  }
`);

export const ResidentIncidentNoticesQuery = graphql(`
  query ResidentIncidentNotices {
    residentIncidentNotices {
      id
      title
      plannedEndAt
    }
  }
`);

export const ResidentOrderCardFragment = graphql(`
  fragment ResidentOrderCard on ResidentOrder {
    ...ResidentOrderRow
    version
    description
    doneAt
    channel
    allowedStatuses
    chatAvailable
    service {
      id
      name
      kind
      residentMayReopen
      refundsAllowed
    }
    responsible {
      id
      firstName
    }
    formAnswers {
      key
      label
      type
      value
    }
    rating {
      score
      comment
      ratedAt
      forLastCompletion
    }
    invoice {
      id
      state
      total
      issuedAt
      paidAt
      lines {
        id
        name
        quantity
        unit
        unitPrice
        discountPercent
        total
        refundableQuantity
      }
      payment {
        id
        state
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
        createdAt
        settledAt
      }
    }
  }
`);

export const ResidentOrderByNumberQuery = graphql(`
  query ResidentOrderByNumber($number: Int!) {
    residentOrderByNumber(number: $number) {
      ...ResidentOrderCard
    }
  }
`);

export const ResidentOrderUpdatedSubscription = graphql(`
  subscription ResidentOrderUpdated($id: ID!) {
    residentOrderUpdated(id: $id) {
      ...ResidentOrderCard
    }
  }
`);

export const ResidentOrderCreateMutation = graphql(`
  mutation ResidentOrderCreate($input: ResidentOrderCreateInput!) {
    residentOrderCreate(input: $input) {
      ...ResidentOrderRow
    }
  }
`);

export const ResidentOrderStatusChangeMutation = graphql(`
  mutation ResidentOrderStatusChange($input: ResidentOrderStatusInput!) {
    residentOrderStatusChange(input: $input) {
      ...ResidentOrderCard
    }
  }
`);

export const ResidentOrderRateMutation = graphql(`
  mutation ResidentOrderRate($input: OrderRateInput!) {
    orderRate(input: $input) {
      ...ResidentOrderCard
    }
  }
`);

// ---------- Payment and refunds ----------

export const ResidentInvoicePayMutation = graphql(`
  mutation ResidentInvoicePay($orderId: ID!, $returnPath: String) {
    residentInvoicePay(orderId: $orderId, returnPath: $returnPath) {
      id
      state
      confirmationUrl
    }
  }
`);

export const ResidentRefundRequestMutation = graphql(`
  mutation ResidentRefundRequest($input: ResidentRefundRequestInput!) {
    residentRefundRequest(input: $input) {
      id
      decision
      amount
    }
  }
`);

// ---------- Chat ----------

export const ResidentChatMessageFragment = graphql(`
  fragment ResidentChatMessageItem on ResidentChatMessage {
    id
    orderId
    text
    deleted
    state
    mine
    ourSide
    createdAt
    editedAt
    editableUntil
    revision
    author {
      kind
      name
    }
    file {
      id
      fileName
      contentType
      size
      url
    }
  }
`);

export const ResidentChatQuery = graphql(`
  query ResidentChat($id: ID!) {
    residentOrder(id: $id) {
      id
      chatAvailable
      chatMessages {
        ...ResidentChatMessageItem
      }
    }
  }
`);

export const ResidentChatMessageChangedSubscription = graphql(`
  subscription ResidentChatMessageChanged($orderId: ID!) {
    residentChatMessageChanged(orderId: $orderId) {
      kind
      orderId
      messages {
        ...ResidentChatMessageItem
      }
    }
  }
`);

export const ResidentChatMessageSendMutation = graphql(`
  mutation ResidentChatMessageSend($orderId: ID!, $text: String, $fileId: ID, $idempotencyKey: String) {
    residentChatMessageSend(orderId: $orderId, text: $text, fileId: $fileId, idempotencyKey: $idempotencyKey) {
      ...ResidentChatMessageItem
    }
  }
`);

export const ResidentChatMessageEditMutation = graphql(`
  mutation ResidentChatMessageEdit($id: ID!, $text: String!) {
    residentChatMessageEdit(id: $id, text: $text) {
      ...ResidentChatMessageItem
    }
  }
`);

export const ResidentChatMessageDeleteMutation = graphql(`
  mutation ResidentChatMessageDelete($id: ID!) {
    residentChatMessageDelete(id: $id) {
      ...ResidentChatMessageItem
    }
  }
`);

export const ResidentChatMarkReadMutation = graphql(`
  mutation ResidentChatMarkRead($orderId: ID!, $upToMessageId: ID) {
    residentChatMarkRead(orderId: $orderId, upToMessageId: $upToMessageId) {
      id
      chatUnreadCount
    }
  }
`);
