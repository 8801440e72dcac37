import { graphql } from "$lib/graphql/generated";

/** What a row of the orders lists shows; the live subscription selects the same fields. */
export const OrderListItemFragment = graphql(`
  fragment OrderListItem on Order {
    id
    number
    status
    channel
    labels
    refundSummary {
      decision
      settlement
      amount
    }
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
    incident {
      id
      number
    }
    invoice {
      id
      state
      total
    }
  }
`);

export const OrdersQuery = graphql(`
  query Orders($tab: OrderTab, $search: String, $filter: OrderFilterInput, $sort: OrderSortInput, $first: Int, $after: String) {
    orders(tab: $tab, search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountExact
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

export const OrderTabCountsChangedSubscription = graphql(`
  subscription OrderTabCountsChanged {
    orderTabCountsChanged {
      new
      all
      allExact
    }
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
