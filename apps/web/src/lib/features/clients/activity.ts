import { subscriptionStore } from "@urql/svelte";
import type { IconName } from "$lib/components/icons";
import { client } from "$lib/graphql/client";
import { graphql } from "$lib/graphql/generated";
import type { ClientActivityKind, ClientDetailsFragment } from "$lib/graphql/generated/graphql";

export const ClientActivityEntryFragment = graphql(`
  fragment ClientActivityEntry on ClientActivity {
    id
    kind
    occurredAt
    title
    details
    amount
    order {
      id
      number
      status
    }
    call {
      id
      recording {
        id
        url
      }
    }
  }
`);

/** «Активность клиента» (§11): newest first; with orderId only that order's entries. */
export const ClientActivityQuery = graphql(`
  query ClientActivity($clientId: ID!, $orderId: ID, $first: Int, $after: String) {
    client(id: $clientId) {
      id
      activity(orderId: $orderId, first: $first, after: $after) {
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

export const ClientOrdersQuery = graphql(`
  query ClientOrders($clientId: ID!, $first: Int, $after: String) {
    client(id: $clientId) {
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

/** Any change of one client (profile, billing data of their premises, new activity). */
export const ClientChangedSubscription = graphql(`
  subscription ClientChanged($id: ID) {
    clientUpdated(id: $id) {
      ...ClientDetails
    }
  }
`);

export const ACTIVITY_ICONS: Record<ClientActivityKind, IconName> = {
  ORDER: "inbox",
  CHAT_MESSAGE: "message-square",
  CALL: "phone",
  PAYMENT: "banknote",
  PASS: "id-card",
  SURVEY: "bar-chart",
  MEETING: "users",
  METER_READING: "activity",
  OTHER: "file-text",
};

/** Live changes of one client: the latest version pushed, and how many pushes so far (to refetch lists). */
export function clientChangesStore(id: string) {
  return subscriptionStore(
    { client, query: ClientChangedSubscription, variables: { id } },
    (seen: { count: number; client: ClientDetailsFragment } | undefined, data) => ({ count: (seen?.count ?? 0) + 1, client: data.clientUpdated }),
  );
}
