import { graphql } from "$lib/graphql/generated";

export const PushPublicKeyQuery = graphql(`
  query PushPublicKey {
    pushPublicKey
  }
`);

export const PushSubscriptionRegisterMutation = graphql(`
  mutation PushSubscriptionRegister($input: PushSubscriptionInput!) {
    pushSubscriptionRegister(input: $input) {
      id
    }
  }
`);

export const PushSubscriptionUnregisterMutation = graphql(`
  mutation PushSubscriptionUnregister($endpoint: String!) {
    pushSubscriptionUnregister(endpoint: $endpoint)
  }
`);

export const ResidentPushSubscriptionRegisterMutation = graphql(`
  mutation ResidentPushSubscriptionRegister($input: PushSubscriptionInput!) {
    residentPushSubscriptionRegister(input: $input) {
      id
    }
  }
`);

export const ResidentPushSubscriptionUnregisterMutation = graphql(`
  mutation ResidentPushSubscriptionUnregister($endpoint: String!) {
    residentPushSubscriptionUnregister(endpoint: $endpoint)
  }
`);
