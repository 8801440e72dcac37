import { graphql } from "$lib/graphql/generated";

/** What a row of the orders lists shows; the live subscription selects the same fields. */
export const OrderListItemFragment = graphql(`
  fragment OrderListItem on Order {
    id
    number
    status
    channel
    labels
    createdAt
    updatedAt
    executionDueAt
    version
    revision
    service {
      id
      name
    }
    building {
      id
      address
    }
    premise {
      id
      number
    }
    client {
      id
      fullName
      phone
    }
    executors {
      id
      fullName
    }
    department {
      id
      name
    }
    rating {
      score
      comment
    }
  }
`);

export const OrdersQuery = graphql(`
  query Orders($tab: OrderTab, $search: String, $filter: OrderFilterInput, $sort: OrderSortInput, $first: Int, $after: String) {
    orders(tab: $tab, search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...OrderListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OrderChangedSubscription = graphql(`
  subscription OrderChanged {
    orderChanged {
      ...OrderListItem
    }
  }
`);

export const OrdersNewCountQuery = graphql(`
  query OrdersNewCount {
    ordersNewCount
  }
`);

export const OrdersNewCountChangedSubscription = graphql(`
  subscription OrdersNewCountChanged {
    ordersNewCountChanged
  }
`);

export const OrderFilterFieldsFragment = graphql(`
  fragment OrderFilterFields on OrderFilter {
    statuses
    serviceIds
    departmentIds
    executorIds
    channels
    buildingIds
    quarterIds
    objectGroupIds
    createdFrom
    createdTo
    updatedFrom
    updatedTo
    slaBreached
    labels
    ratingScores
    unrated
    incident
  }
`);

export const OrderListPreferencesQuery = graphql(`
  query OrderListPreferences($list: OrderList!) {
    orderListPreferences(list: $list) {
      activeFilterCount
      columns
      filter {
        ...OrderFilterFields
      }
    }
  }
`);

export const OrderListPreferencesSaveMutation = graphql(`
  mutation OrderListPreferencesSave($list: OrderList!, $filter: OrderFilterInput, $columns: [OrderColumn!]) {
    orderListPreferencesSave(list: $list, filter: $filter, columns: $columns) {
      activeFilterCount
      columns
      filter {
        ...OrderFilterFields
      }
    }
  }
`);

/** Everything the filter panel chooses from; the directories of one organization are small. */
export const OrderFilterOptionsQuery = graphql(`
  query OrderFilterOptions {
    services(first: 100) {
      edges {
        node {
          id
          name
          active
        }
      }
    }
    departments(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    employees(first: 100) {
      edges {
        node {
          id
          fullName
          active
        }
      }
    }
    buildings(first: 100) {
      edges {
        node {
          id
          address
        }
      }
    }
    quarters {
      id
      name
    }
    objectGroups {
      id
      name
    }
  }
`);

// ---------- Choosing a place, a client and a service (new order, editing base data) ----------

export const BuildingOptionFragment = graphql(`
  fragment BuildingOption on Building {
    id
    address
    quarter {
      id
      name
    }
    objectGroup {
      id
      name
    }
    legalEntity {
      id
      name
    }
  }
`);

export const PremiseOptionFragment = graphql(`
  fragment PremiseOption on Premise {
    id
    number
    personalAccount
    tags
    note
    utilityBalance
  }
`);

export const ClientOptionFragment = graphql(`
  fragment ClientOption on Client {
    id
    fullName
    phone
    tags
    note
    premises {
      premise {
        ...PremiseOption
        building {
          ...BuildingOption
        }
      }
    }
  }
`);

export const ServiceOptionFragment = graphql(`
  fragment ServiceOption on Service {
    id
    name
    kind
    maxExecutors
    slaReactionMinutes
    slaExecutionMinutes
    department {
      id
      name
    }
    orderForm {
      key
      label
      type
      required
      options
    }
  }
`);

export const BuildingOptionsQuery = graphql(`
  query BuildingOptions($search: String) {
    buildings(search: $search, first: 30) {
      edges {
        node {
          ...BuildingOption
        }
      }
    }
  }
`);

export const PremiseOptionsQuery = graphql(`
  query PremiseOptions($buildingId: ID!, $search: String) {
    premises(buildingId: $buildingId, search: $search, first: 30) {
      edges {
        node {
          ...PremiseOption
        }
      }
    }
  }
`);

export const PremiseClientsQuery = graphql(`
  query PremiseClients($id: ID!) {
    premise(id: $id) {
      id
      clients {
        ...ClientOption
      }
    }
  }
`);

export const ClientOptionsQuery = graphql(`
  query ClientOptions($search: String) {
    clients(search: $search, first: 30) {
      edges {
        node {
          ...ClientOption
        }
      }
    }
  }
`);

export const ServiceOptionsQuery = graphql(`
  query ServiceOptions($search: String) {
    services(search: $search, active: true, first: 30) {
      edges {
        node {
          ...ServiceOption
        }
      }
    }
  }
`);

export const OrderCreateMutation = graphql(`
  mutation OrderCreate($input: OrderCreateInput!) {
    orderCreate(input: $input) {
      id
      number
    }
  }
`);

// ---------- The order card ----------

/**
 * The card as one document: the list row's fields, what each block reads (its own fragment, in
 * `card.ts`) and what the page itself shows (title, status, labels, tabs).
 */
export const OrderCardFragment = graphql(`
  fragment OrderCard on Order {
    ...OrderListItem
    incidentId
    doneAt
    slaReaction
    slaExecution
    importantCommentUnseen
    ...OrderInfoBlock
    ...OrderClientBlock
    ...OrderChatBlock
    ...OrderDocumentsBlock
    ...OrderManageBlock
    ...OrderOrganizationBlock
    ...OrderRatingBlock
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

// ---------- Comments for colleagues (§20) ----------

export const OrderCommentFragment = graphql(`
  fragment OrderComment on OrderComment {
    id
    text
    important
    createdAt
    author {
      id
      fullName
      position
      avatarUrl
    }
  }
`);

/** The thread, oldest first; fetched apart from the card so live card versions do not resend it. */
export const OrderCommentsQuery = graphql(`
  query OrderComments($id: ID!) {
    order(id: $id) {
      id
      comments {
        ...OrderComment
      }
    }
  }
`);

export const OrderCommentCreateMutation = graphql(`
  mutation OrderCommentCreate($input: OrderCommentCreateInput!) {
    orderCommentCreate(input: $input) {
      ...OrderComment
    }
  }
`);

export const OrderCommentAddedSubscription = graphql(`
  subscription OrderCommentAdded($orderId: ID!) {
    orderCommentAdded(orderId: $orderId) {
      ...OrderComment
    }
  }
`);
