import { graphql } from "$lib/graphql/generated";

/** An order as the short lists of the client's page and the premise and building cards show it. */
export const OrderBriefFragment = graphql(`
  fragment OrderBrief on Order {
    id
    number
    status
    createdAt
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
  }
`);
