import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, desc, eq, sql } from "drizzle-orm";
import type { NotificationLocale } from "@domovoy/domain";
import type { Recipient } from "../notifications/notifications.repository.js";

const { pushSubscriptions, pushDeliveries, pushVapidKeys, notifications } = schema;

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/** What sending one delivery needs: the device, the notification, and whether it went already. */
export type DeliveryToSend = {
  id: string;
  sentAt: Date | null;
  droppedReason: string | null;
  subscriptionId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  /** The device's locale (push_subscriptions_locale_ck: ru or en). */
  locale: string;
  notificationId: string;
  recipientKind: "EMPLOYEE" | "RESIDENT";
  kind: string;
  data: Record<string, unknown>;
};

/** Most subscriptions one person keeps (devices × apps); registering one more forgets the oldest. */
export const MAX_SUBSCRIPTIONS_PER_OWNER = 10;

/** All SQL of push subscriptions and deliveries; every statement is scoped to one organization. */
export class PushRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  private ownedBy(owner: Recipient) {
    return and(
      eq(pushSubscriptions.organizationId, this.organizationId),
      owner.kind === "EMPLOYEE" ? eq(pushSubscriptions.employeeId, owner.employeeId) : eq(pushSubscriptions.clientId, owner.clientId),
    )!;
  }

  /**
   * Stores the device's subscription for `owner`. The same endpoint registered again (new keys
   * after a resubscribe, or another person signed in on that browser) updates the one row.
   */
  async upsert(owner: Recipient, input: { endpoint: string; p256dh: string; auth: string; userAgent: string | null; locale: NotificationLocale }, now: Date): Promise<PushSubscriptionRow> {
    const ownerColumns = {
      recipientKind: owner.kind,
      employeeId: owner.kind === "EMPLOYEE" ? owner.employeeId : null,
      clientId: owner.kind === "RESIDENT" ? owner.clientId : null,
    };
    const [row] = await this.db
      .insert(pushSubscriptions)
      .values({ organizationId: this.organizationId, ...ownerColumns, ...input, createdAt: now })
      .onConflictDoUpdate({
        target: [pushSubscriptions.organizationId, pushSubscriptions.endpoint],
        set: { ...ownerColumns, p256dh: input.p256dh, auth: input.auth, userAgent: input.userAgent, locale: input.locale, createdAt: now, failureCount: 0, lastFailureAt: null },
      })
      .returning();
    return row!;
  }

  /** Forgets the owner's subscriptions beyond the newest `keep`; returns how many. */
  async trim(owner: Recipient, keep = MAX_SUBSCRIPTIONS_PER_OWNER): Promise<number> {
    const older = this.db
      .select({ id: pushSubscriptions.id })
      .from(pushSubscriptions)
      .where(this.ownedBy(owner))
      .orderBy(desc(pushSubscriptions.createdAt), desc(pushSubscriptions.id))
      .offset(keep);
    const deleted = await this.db
      .delete(pushSubscriptions)
      .where(and(eq(pushSubscriptions.organizationId, this.organizationId), sql`${pushSubscriptions.id} in ${older}`))
      .returning({ id: pushSubscriptions.id });
    return deleted.length;
  }

  /** Deletes the owner's subscription with this endpoint; false when they have none. */
  async remove(owner: Recipient, endpoint: string): Promise<boolean> {
    const deleted = await this.db
      .delete(pushSubscriptions)
      .where(and(this.ownedBy(owner), eq(pushSubscriptions.endpoint, endpoint)))
      .returning({ id: pushSubscriptions.id });
    return deleted.length > 0;
  }

  /** Undelivered notifications (oldest first), locked for this transaction, skipping ones another runner holds. */
  undelivered(limit: number): Promise<{ id: string }[]> {
    return this.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.organizationId, this.organizationId), sql`${notifications.deliveredAt} is null`))
      .orderBy(notifications.createdAt, notifications.id)
      .limit(limit)
      .for("update", { skipLocked: true });
  }

  /**
   * One delivery per notification and current subscription of its recipient, in one statement; a
   * pair that exists already is skipped. Returns the new deliveries' ids.
   */
  async fanOut(notificationIds: string[]): Promise<string[]> {
    if (notificationIds.length === 0) return [];
    const rows = await this.db.execute<{ id: string }>(sql`
      insert into push_deliveries (organization_id, notification_id, subscription_id)
      select n.organization_id, n.id, s.id
        from notifications n
        join push_subscriptions s
          on s.organization_id = n.organization_id
         and (s.employee_id = n.employee_id or s.client_id = n.client_id)
       where n.organization_id = ${this.organizationId}::uuid
         and n.id in (select unnest(${`{${notificationIds.join(",")}}`}::uuid[]))
      on conflict (notification_id, subscription_id) do nothing
      returning id`);
    return [...rows].map((r) => r.id);
  }

  async markFannedOut(notificationIds: string[], now: Date): Promise<void> {
    if (notificationIds.length === 0) return;
    await this.db.execute(sql`
      update notifications set delivered_at = ${now.toISOString()}::timestamptz
       where organization_id = ${this.organizationId}::uuid and delivered_at is null
         and id in (select unnest(${`{${notificationIds.join(",")}}`}::uuid[]))`);
  }

  /** The delivery with its device and notification, its row locked until the transaction ends. */
  async deliveryToSend(deliveryId: string): Promise<DeliveryToSend | undefined> {
    const [row] = await this.db
      .select({
        id: pushDeliveries.id,
        sentAt: pushDeliveries.sentAt,
        droppedReason: pushDeliveries.droppedReason,
        subscriptionId: pushSubscriptions.id,
        endpoint: pushSubscriptions.endpoint,
        p256dh: pushSubscriptions.p256dh,
        auth: pushSubscriptions.auth,
        locale: pushSubscriptions.locale,
        notificationId: notifications.id,
        recipientKind: notifications.recipientKind,
        kind: notifications.kind,
        data: notifications.data,
      })
      .from(pushDeliveries)
      .innerJoin(pushSubscriptions, eq(pushSubscriptions.id, pushDeliveries.subscriptionId))
      .innerJoin(notifications, eq(notifications.id, pushDeliveries.notificationId))
      .where(and(eq(pushDeliveries.organizationId, this.organizationId), eq(pushDeliveries.id, deliveryId)))
      .for("update", { of: pushDeliveries });
    return row;
  }

  async markSent(deliveryId: string, subscriptionId: string, now: Date): Promise<void> {
    await this.db.update(pushDeliveries).set({ sentAt: now }).where(and(eq(pushDeliveries.organizationId, this.organizationId), eq(pushDeliveries.id, deliveryId)));
    await this.db
      .update(pushSubscriptions)
      .set({ lastSuccessAt: now, failureCount: 0 })
      .where(and(eq(pushSubscriptions.organizationId, this.organizationId), eq(pushSubscriptions.id, subscriptionId)));
  }

  async markDropped(deliveryId: string, reason: string): Promise<void> {
    await this.db
      .update(pushDeliveries)
      .set({ droppedReason: reason.slice(0, 500) })
      .where(and(eq(pushDeliveries.organizationId, this.organizationId), eq(pushDeliveries.id, deliveryId)));
  }

  async subscriptionFailed(subscriptionId: string, now: Date): Promise<void> {
    await this.db
      .update(pushSubscriptions)
      .set({ lastFailureAt: now, failureCount: sql`${pushSubscriptions.failureCount} + 1` })
      .where(and(eq(pushSubscriptions.organizationId, this.organizationId), eq(pushSubscriptions.id, subscriptionId)));
  }

  /** The push service said the subscription is gone: it and its pending deliveries go. */
  async deleteSubscription(subscriptionId: string): Promise<void> {
    await this.db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.organizationId, this.organizationId), eq(pushSubscriptions.id, subscriptionId)));
  }
}

/**
 * Deletes up to `limit` deliveries created before `cutoff`, of every organization (the periodic
 * clean-up); returns how many.
 */
export async function deleteOldDeliveries(db: DbOrTx, cutoff: Date, limit: number): Promise<number> {
  const rows = await db.execute<{ id: string }>(sql`
    delete from push_deliveries
     where id in (select id from push_deliveries where created_at < ${cutoff.toISOString()}::timestamptz limit ${limit})
    returning id`);
  return [...rows].length;
}

/** The installation's stored VAPID pair (not per organization). */
export class VapidKeysRepository {
  constructor(private readonly db: DbOrTx) {}

  async get(): Promise<{ publicKey: string; privateKey: string } | undefined> {
    const [row] = await this.db.select({ publicKey: pushVapidKeys.publicKey, privateKey: pushVapidKeys.privateKey }).from(pushVapidKeys).where(eq(pushVapidKeys.id, 1));
    return row;
  }

  /** Stores the pair unless another instance stored one first; returns the pair that is kept. */
  async keep(keys: { publicKey: string; privateKey: string }): Promise<{ publicKey: string; privateKey: string }> {
    await this.db.insert(pushVapidKeys).values({ id: 1, ...keys }).onConflictDoNothing();
    return (await this.get())!;
  }
}
