import { client } from "$lib/graphql/client";
import type { NotificationItemFragment } from "$lib/graphql/generated/graphql";
import { NotificationAddedSubscription } from "./queries";

/**
 * Calls `onadded` for each new notification of the signed-in employee (the server sends each
 * subscriber only their own), with their unread count after it. Returns the unsubscribe.
 */
export function watchNotifications(onadded: (notification: NotificationItemFragment, unreadCount: number) => void): () => void {
  const { unsubscribe } = client.subscription(NotificationAddedSubscription, {}).subscribe((result) => {
    const added = result.data?.notificationAdded;
    if (added) onadded(added.notification as NotificationItemFragment, added.unreadCount);
  });
  return unsubscribe;
}
