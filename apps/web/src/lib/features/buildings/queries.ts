import { graphql } from "$lib/graphql/generated";

export const BuildingsQuery = graphql(`
  query Buildings($search: String, $first: Int, $after: String) {
    buildings(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          address
          premisesCount
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
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
