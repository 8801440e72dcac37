import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import { NotificationMarkReadMutation, NotificationsMarkAllReadMutation } from "./queries";

/** The bell already shows it read; on a failure the caller fetches the count again. */
export async function markNotificationRead(id: string) {
  return mapOutcome(await mutate(NotificationMarkReadMutation, { id }, { failure: false }), (data) => data.notificationMarkRead);
}

export async function markAllNotificationsRead() {
  const result = await mutate(NotificationsMarkAllReadMutation, {}, { failure: { message: () => t("notifications.markFailed") } });
  return mapOutcome(result, (data) => data.notificationsMarkAllRead);
}
