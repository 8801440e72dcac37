import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";
import type { NotificationData, NotificationKind } from "./render.js";

const { notifications } = schema;

export type NotificationRow = typeof notifications.$inferSelect;
export type Recipient = { kind: "EMPLOYEE"; employeeId: string } | { kind: "RESIDENT"; clientId: string };
export type NotificationCursor = [string, string];
/** What a fan-out wrote: one row per recipient that did not have it yet. */
export type Written = { id: string; employeeId: string | null; clientId: string | null };

/** The role setting (a boolean in `roles.notification_settings`) that lets an employee receive a kind. */
export type RoleSwitch = "newOrders" | "chatMessages" | "importantComments" | "refundRequests";

/** All SQL of notifications; every statement is scoped to one organization. */
export class NotificationsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  private recipientIs(recipient: Recipient): SQL {
    return recipient.kind === "EMPLOYEE"
      ? and(eq(notifications.organizationId, this.organizationId), eq(notifications.employeeId, recipient.employeeId))!
      : and(eq(notifications.organizationId, this.organizationId), eq(notifications.clientId, recipient.clientId))!;
  }

  /**
   * One set-based INSERT … SELECT for every active employee of the organization whose role has
   * `roleSwitch` on and who passes `filter` (a condition over `e` = employees, `r` = roles).
   * Duplicates (same dedupe key) are skipped, so a repeated call writes nothing new.
   */
  async fanOutToEmployees(args: {
    kind: NotificationKind;
    orderId: string | null;
    data: NotificationData;
    /** Each row's dedupe key is `${dedupePrefix}:e:${employeeId}`. */
    dedupePrefix: string;
    roleSwitch: RoleSwitch;
    filter: SQL;
    now: Date;
  }): Promise<Written[]> {
    const rows = await this.db.execute<{ id: string; employee_id: string }>(sql`
      insert into notifications (organization_id, recipient_kind, employee_id, kind, order_id, data, created_at, dedupe_key)
      select ${this.organizationId}::uuid, 'EMPLOYEE', e.id, ${args.kind}, ${args.orderId}::uuid, ${JSON.stringify(args.data)}::jsonb,
             ${args.now.toISOString()}::timestamptz, ${args.dedupePrefix} || ':e:' || e.id::text
        from employees e
        join roles r on r.id = e.role_id and r.organization_id = e.organization_id
       where e.organization_id = ${this.organizationId}::uuid
         and e.active
         and coalesce((r.notification_settings ->> ${args.roleSwitch})::boolean, false)
         and (${args.filter})
      on conflict (dedupe_key) do nothing
      returning id, employee_id`);
    return [...rows].map((r) => ({ id: r.id, employeeId: r.employee_id, clientId: null }));
  }

  /** One notification into a resident's outbox; nothing when its dedupe key was written before. */
  async insertForClient(args: { clientId: string; kind: NotificationKind; orderId: string | null; data: NotificationData; dedupeKey: string; now: Date }): Promise<Written[]> {
    const rows = await this.db
      .insert(notifications)
      .values({
        organizationId: this.organizationId,
        recipientKind: "RESIDENT",
        clientId: args.clientId,
        kind: args.kind,
        orderId: args.orderId,
        data: args.data,
        createdAt: args.now,
        dedupeKey: args.dedupeKey,
      })
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .returning({ id: notifications.id });
    return rows.map((r) => ({ id: r.id, employeeId: null, clientId: args.clientId }));
  }

  /** Newest first, keyset on (created_at, id). */
  list(recipient: Recipient, args: { limit: number; after: NotificationCursor | null; unreadOnly: boolean }): Promise<NotificationRow[]> {
    const conditions = [this.recipientIs(recipient)];
    if (args.unreadOnly) conditions.push(isNull(notifications.readAt));
    if (args.after) conditions.push(sql`(${notifications.createdAt}, ${notifications.id}) < (${args.after[0]}::timestamptz, ${args.after[1]}::uuid)`);
    return this.db
      .select()
      .from(notifications)
      .where(and(...conditions))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(args.limit + 1);
  }

  async count(recipient: Recipient, unreadOnly: boolean): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(this.recipientIs(recipient), unreadOnly ? isNull(notifications.readAt) : undefined));
    return row?.n ?? 0;
  }

  async byId(recipient: Recipient, id: string): Promise<NotificationRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(notifications)
      .where(and(this.recipientIs(recipient), eq(notifications.id, id)));
    return row;
  }

  /** Marks one read (keeps the first read time); undefined when it is not the recipient's. */
  async markRead(recipient: Recipient, id: string, now: Date): Promise<NotificationRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
      .where(and(this.recipientIs(recipient), eq(notifications.id, id)))
      .returning();
    return row;
  }

  /** Marks the recipient's unread notifications about one order read. */
  async markOrderRead(recipient: Recipient, orderId: string, now: Date): Promise<number> {
    const rows = await this.db
      .update(notifications)
      .set({ readAt: now })
      .where(and(this.recipientIs(recipient), eq(notifications.orderId, orderId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return rows.length;
  }

  async markAllRead(recipient: Recipient, now: Date): Promise<number> {
    const rows = await this.db
      .update(notifications)
      .set({ readAt: now })
      .where(and(this.recipientIs(recipient), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return rows.length;
  }

  byIds(ids: string[]): Promise<Pick<NotificationRow, "id" | "employeeId" | "clientId">[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .select({ id: notifications.id, employeeId: notifications.employeeId, clientId: notifications.clientId })
      .from(notifications)
      .where(and(eq(notifications.organizationId, this.organizationId), inArray(notifications.id, ids)));
  }

  /** Residents' notifications not yet handed to the push service, oldest first, locked for this transaction. */
  undelivered(limit: number): Promise<NotificationRow[]> {
    return this.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.organizationId, this.organizationId), eq(notifications.recipientKind, "RESIDENT"), isNull(notifications.deliveredAt)))
      .orderBy(notifications.createdAt, notifications.id)
      .limit(limit)
      .for("update", { skipLocked: true });
  }

  /** Sets delivered_at once: a row already delivered keeps its time. */
  async markDelivered(ids: string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await this.db
      .update(notifications)
      .set({ deliveredAt: now })
      .where(and(eq(notifications.organizationId, this.organizationId), inArray(notifications.id, ids), isNull(notifications.deliveredAt)))
      .returning({ id: notifications.id });
    return rows.length;
  }
}
