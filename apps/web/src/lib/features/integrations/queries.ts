import { graphql } from "$lib/graphql/generated";

export const IntegrationTokenItemFragment = graphql(`
  fragment IntegrationTokenItem on IntegrationToken {
    id
    name
    createdAt
    revokedAt
  }
`);

export const IntegrationTokensQuery = graphql(`
  query IntegrationTokens {
    integrationTokens {
      ...IntegrationTokenItem
    }
  }
`);

export const IntegrationTokenCreateMutation = graphql(`
  mutation IntegrationTokenCreate($name: String!) {
    integrationTokenCreate(name: $name) {
      token
      integrationToken {
        ...IntegrationTokenItem
      }
    }
  }
`);

export const IntegrationTokenRevokeMutation = graphql(`
  mutation IntegrationTokenRevoke($id: ID!) {
    integrationTokenRevoke(id: $id) {
      ...IntegrationTokenItem
    }
  }
`);
