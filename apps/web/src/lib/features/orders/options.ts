import { graphql } from "$lib/graphql/generated";

// The new-order form and base-data editing: choosing a place, a client and a service; creating the order.

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
