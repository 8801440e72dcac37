import { graphql } from "$lib/graphql/generated";

/** What the address popover shows (§15): the premise's tags, note, personal account and balance. */
export const PremisePopoverQuery = graphql(`
  query PremisePopover($id: ID!) {
    premise(id: $id) {
      id
      number
      tags
      note
      personalAccount
      utilityBalance
      building {
        id
        address
      }
    }
  }
`);

/** The premise card: its facts and residents; orders and activity come page by page. */
export const PremiseCardQuery = graphql(`
  query PremiseCard($id: ID!) {
    premise(id: $id) {
      id
      number
      tags
      note
      personalAccount
      utilityBalance
      building {
        id
        address
      }
      clients {
        id
        fullName
        phone
        tags
      }
    }
  }
`);

export const PremiseOrdersQuery = graphql(`
  query PremiseOrders($premiseId: ID!, $first: Int, $after: String) {
    premise(id: $premiseId) {
      id
      orders(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...OrderBrief
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const PremiseActivityQuery = graphql(`
  query PremiseActivity($premiseId: ID!, $first: Int, $after: String) {
    premise(id: $premiseId) {
      id
      activity(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...ClientActivityEntry
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** The building card: its groupings and their administrators. */
export const BuildingCardQuery = graphql(`
  query BuildingCard($id: ID!) {
    building(id: $id) {
      id
      address
      premisesCount
      quarter {
        id
        name
        administrators {
          id
          fullName
          position
          phone
          email
        }
      }
      objectGroup {
        id
        name
        administrators {
          id
          fullName
          position
          phone
          email
        }
      }
      legalEntity {
        id
        name
      }
    }
  }
`);

export const BuildingPremisesQuery = graphql(`
  query BuildingPremises($buildingId: ID!, $search: String, $first: Int, $after: String) {
    premises(buildingId: $buildingId, search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          number
          personalAccount
          utilityBalance
          tags
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Open orders of the building, incident ones included. */
export const BuildingOrdersQuery = graphql(`
  query BuildingOrders($filter: OrderFilterInput!, $first: Int, $after: String) {
    orders(tab: ALL, filter: $filter, first: $first, after: $after, sort: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        cursor
        node {
          ...OrderBrief
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BuildingIncidentsQuery = graphql(`
  query BuildingIncidents($buildingId: ID!, $statuses: [IncidentStatus!], $first: Int, $after: String) {
    incidents(buildingId: $buildingId, statuses: $statuses, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          number
          title
          status
          plannedEndAt
          service {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
