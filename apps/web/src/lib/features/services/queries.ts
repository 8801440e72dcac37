import { graphql } from "$lib/graphql/generated";

export const ServiceListItemFragment = graphql(`
  fragment ServiceListItem on Service {
    id
    name
    kind
    active
    maxExecutors
    slaReactionMinutes
    slaExecutionMinutes
    updatedAt
    department {
      id
      name
    }
    orderForm {
      key
    }
  }
`);

export const PriceListItemRowFragment = graphql(`
  fragment PriceListItemRow on PriceListItem {
    id
    name
    unit
    unitPrice
    active
    position
  }
`);

export const ServiceDetailsFragment = graphql(`
  fragment ServiceDetails on Service {
    ...ServiceListItem
    description
    residentMayReopen
    documentRequiredToClose
    checklistRequiredToClose
    refundsAllowed
    routingEnabled
    orderForm {
      key
      label
      type
      required
      options
    }
    checklistTemplate {
      title
      required
      photoRequired
      noteRequired
    }
    priceList {
      ...PriceListItemRow
    }
  }
`);

export const ServicesQuery = graphql(`
  query Services($search: String, $kind: ServiceKind, $first: Int, $after: String) {
    services(search: $search, kind: $kind, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ServiceListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ServiceQuery = graphql(`
  query Service($id: ID!) {
    service(id: $id) {
      ...ServiceDetails
    }
  }
`);

export const ServiceFormOptionsQuery = graphql(`
  query ServiceFormOptions {
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

export const ServiceUpdatedSubscription = graphql(`
  subscription ServiceUpdated {
    serviceUpdated {
      ...ServiceListItem
    }
  }
`);

export const ServiceCreateMutation = graphql(`
  mutation ServiceCreate($input: ServiceCreateInput!) {
    serviceCreate(input: $input) {
      ...ServiceDetails
    }
  }
`);

export const ServiceUpdateMutation = graphql(`
  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {
    serviceUpdate(id: $id, input: $input) {
      ...ServiceDetails
    }
  }
`);

export const PriceListItemCreateMutation = graphql(`
  mutation PriceListItemCreate($serviceId: ID!, $input: PriceListItemCreateInput!) {
    priceListItemCreate(serviceId: $serviceId, input: $input) {
      ...PriceListItemRow
    }
  }
`);

export const PriceListItemUpdateMutation = graphql(`
  mutation PriceListItemUpdate($id: ID!, $input: PriceListItemUpdateInput!) {
    priceListItemUpdate(id: $id, input: $input) {
      ...PriceListItemRow
    }
  }
`);
