import { graphql } from "$lib/graphql/generated";

/** What a row of the clients list shows; the live subscription selects the same fields. */
export const ClientListItemFragment = graphql(`
  fragment ClientListItem on Client {
    id
    fullName
    phone
    tags
    lastAppLoginAt
    updatedAt
    premises {
      isOwner
      premise {
        id
        number
        building {
          id
          address
        }
      }
    }
  }
`);

export const ClientsQuery = graphql(`
  query Clients($search: String, $first: Int, $after: String) {
    clients(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ClientListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ClientDetailsFragment = graphql(`
  fragment ClientDetails on Client {
    ...ClientListItem
    email
    avatarUrl
    note
    premises {
      isOwner
      premise {
        id
        number
        personalAccount
        tags
        note
        utilityBalance
      }
    }
  }
`);

export const ClientQuery = graphql(`
  query Client($id: ID!) {
    client(id: $id) {
      ...ClientDetails
    }
  }
`);

export const ClientUpdatedSubscription = graphql(`
  subscription ClientUpdated {
    clientUpdated {
      ...ClientDetails
    }
  }
`);

export const ClientUpdateMutation = graphql(`
  mutation ClientUpdate($id: ID!, $input: ClientUpdateInput!) {
    clientUpdate(id: $id, input: $input) {
      ...ClientDetails
    }
  }
`);
