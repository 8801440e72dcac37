import { graphql } from "$lib/graphql/generated";

export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    orderId
    orderNumber
    title
    body
    createdAt
    read
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      nodes {
        ...NotificationItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    notificationsUnreadCount
  }
`);

export const NotificationsUnreadCountQuery = graphql(`
  query NotificationsUnreadCount {
    notificationsUnreadCount
  }
`);

export const NotificationMarkReadMutation = graphql(`
  mutation NotificationMarkRead($id: ID!) {
    notificationMarkRead(id: $id) {
      ...NotificationItem
    }
  }
`);

export const NotificationsMarkAllReadMutation = graphql(`
  mutation NotificationsMarkAllRead {
    notificationsMarkAllRead
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      unreadCount
      notification {
        ...NotificationItem
      }
    }
  }
`);
