import { graphql } from "$lib/graphql/generated";

export const IncidentListItemFragment = graphql(`
  fragment IncidentListItem on Incident {
    id
    number
    title
    status
    updatedAt
    plannedEndAt
    orderCount
    openOrderCount
    service {
      id
      name
    }
    responsible {
      id
      fullName
    }
    scope {
      building {
        id
        address
      }
    }
  }
`);

export const IncidentsQuery = graphql(`
  query Incidents($statuses: [IncidentStatus!], $search: String, $first: Int, $after: String) {
    incidents(statuses: $statuses, search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...IncidentListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    incidentCounts(search: $search) {
      status
      count
    }
  }
`);

export const IncidentCardQuery = graphql(`
  query IncidentCard($id: ID!) {
    incident(id: $id) {
      ...IncidentListItem
      description
      statusComment
      version
      plannedStartAt
      createdAt
      closedAt
      allowedStatuses
      open
      department {
        id
        name
      }
      scope {
        building {
          id
          address
        }
        premises {
          id
          number
        }
      }
      orders(first: 100) {
        totalCount
        nodes {
          id
          number
          status
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
          }
        }
      }
      history {
        id
        kind
        createdAt
        fromStatus
        toStatus
        statusComment
        ordersMoved
        orderNumbers
        automatic
        actor {
          kind
          employee {
            id
            fullName
          }
        }
      }
    }
  }
`);

export const IncidentFormOptionsQuery = graphql(`
  query IncidentFormOptions {
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
  }
`);

/** Every premise of a building, 100 a page: the edit form resolves typed ranges against them. */
export const IncidentScopePremisesQuery = graphql(`
  query IncidentScopePremises($buildingId: ID!, $after: String) {
    premises(buildingId: $buildingId, first: 100, after: $after) {
      nodes {
        id
        number
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const IncidentUpdateMutation = graphql(`
  mutation IncidentUpdate($input: IncidentUpdateInput!) {
    incidentUpdate(input: $input) {
      id
      version
      updatedAt
    }
  }
`);

export const OpenIncidentsQuery = graphql(`
  query OpenIncidents {
    incidents(statuses: [OPEN, IN_PROGRESS, PAUSED], first: 100) {
      edges {
        node {
          id
          number
          title
          service {
            id
          }
          scope {
            building {
              id
            }
          }
        }
      }
    }
  }
`);

export const IncidentCreateMutation = graphql(`
  mutation IncidentCreate($input: IncidentCreateInput!) {
    incidentCreate(input: $input) {
      id
      number
    }
  }
`);

export const IncidentManageMutation = graphql(`
  mutation IncidentManage($input: IncidentManageInput!) {
    incidentManage(input: $input) {
      id
      status
      statusComment
      version
      updatedAt
    }
  }
`);

export const OrderIncidentAttachMutation = graphql(`
  mutation OrderIncidentAttach($incidentId: ID!, $orderIds: [ID!]!) {
    orderIncidentAttach(incidentId: $incidentId, orderIds: $orderIds) {
      id
      incidentId
    }
  }
`);

export const OrderIncidentDetachMutation = graphql(`
  mutation OrderIncidentDetach($incidentId: ID!, $orderIds: [ID!]!) {
    orderIncidentDetach(incidentId: $incidentId, orderIds: $orderIds) {
      id
      incidentId
    }
  }
`);

export const IncidentChangedSubscription = graphql(`
  subscription IncidentChanged {
    incidentChanged {
      ...IncidentListItem
    }
  }
`);

export const IncidentCountsChangedSubscription = graphql(`
  subscription IncidentCountsChanged {
    incidentCountsChanged {
      status
      count
    }
  }
`);
