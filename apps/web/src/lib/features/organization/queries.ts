import { graphql } from "$lib/graphql/generated";

export const AdministratorFragment = graphql(`
  fragment Administrator on Employee {
    id
    fullName
    position
    phone
    email
  }
`);

/** The card's «Организация» block (§12): the organization and who administers the order's building. */
export const OrderOrganizationQuery = graphql(`
  query OrderOrganization($orderId: ID!) {
    organization {
      id
      name
      phone
      email
      address
    }
    order(id: $orderId) {
      id
      building {
        id
        quarter {
          id
          name
          administrators {
            ...Administrator
          }
        }
        objectGroup {
          id
          name
          administrators {
            ...Administrator
          }
        }
      }
    }
  }
`);
