import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";
import { isPushed, type Permission } from "@domovoy/domain";
import type { NotificationData, NotificationKind } from "./render.js";

const { notifications, orders, services, buildings, premises, employees } = schema;

export type NotificationRow = typeof notifications.$inferSelect;
export type Recipient = { kind: "EMPLOYEE"; employeeId: string } | { kind: "RESIDENT"; clientId: string };
export type NotificationCursor = [string, string];
/** What a fan-out wrote: one row per recipient that did not have it yet; `pushed` when it waits for the push fan-out. */
export type Written = { id: string; employeeId: string | null; clientId: string | null; pushed: boolean };

/** The role setting (a boolean in `roles.notification_settings`) that lets an employee receive a kind. */
export type RoleSwitch = "newOrders" | "chatMessages" | "importantComments" | "refundRequests";

/** A kind that is never pushed is written delivered: the push fan-out has nothing to do for it. */
const deliveredAtWrite = (kind: NotificationKind, recipient: "EMPLOYEE" | "RESIDENT", now: Date): Date | null => (isPushed(kind, recipient) ? null : now);

/**
 * Which employees a fan-out considers (besides the role switch): those whose role's lists of
 * services and departments take a new order (empty = all), the order's executors, or those whose
 * role has a permission; optionally without one employee (the author of what happened).
 */
export type EmployeeAudience =
  | { kind: "NEW_ORDER_WATCHERS"; serviceId: string; departmentId: string | null; except: string | null }
  | { kind: "EXECUTORS"; orderId: string; except?: string }
  | { kind: "PERMITTED"; permission: Permission }
  | { kind: "EMPLOYEES"; ids: string[] };

function audienceCondition(audience: EmployeeAudience): SQL {
  switch (audience.kind) {
    case "NEW_ORDER_WATCHERS": {
      const settings = sql`r.notification_settings`;
      const listAllows = (key: string, id: string | null) =>
        sql`(coalesce(jsonb_array_length(${settings} -> ${key}), 0) = 0 or (${id}::text is not null and ${settings} -> ${key} @> to_jsonb(${id}::text)))`;
      return sql`e.id is distinct from ${audience.except}::uuid and ${listAllows("serviceIds", audience.serviceId)} and ${listAllows("departmentIds", audience.departmentId)}`;
    }
    case "EXECUTORS": {
      const executes = sql`exists (select 1 from order_executors x where x.order_id = ${audience.orderId}::uuid and x.employee_id = e.id)`;
      return audience.except ? sql`e.id <> ${audience.except}::uuid and ${executes}` : executes;
    }
    case "PERMITTED":
      return sql`${audience.permission} = any(r.permissions)`;
    case "EMPLOYEES":
      return sql`e.id in (select unnest(${`{${audience.ids.join(",")}}`}::uuid[]))`;
  }
}

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
   * `roleSwitch` on and who is in the audience.
   * Duplicates (same dedupe key) are skipped, so a repeated call writes nothing new.
   */
  async fanOutToEmployees(args: {
    kind: NotificationKind;
    orderId: string | null;
    data: NotificationData;
    /** Each row's dedupe key is `${dedupePrefix}:e:${employeeId}`. */
    dedupePrefix: string;
    /** The role setting that must be on; null: the employee hears of it whatever their role (it names them). */
    roleSwitch: RoleSwitch | null;
    audience: EmployeeAudience;
    now: Date;
  }): Promise<Written[]> {
    const deliveredAt = deliveredAtWrite(args.kind, "EMPLOYEE", args.now);
    const wanted = args.roleSwitch ? sql`coalesce((r.notification_settings ->> ${args.roleSwitch})::boolean, false)` : sql`true`;
    const rows = await this.db.execute<{ id: string; employee_id: string }>(sql`
      insert into notifications (organization_id, recipient_kind, employee_id, kind, order_id, data, created_at, dedupe_key, delivered_at)
      select ${this.organizationId}::uuid, 'EMPLOYEE', e.id, ${args.kind}, ${args.orderId}::uuid, ${JSON.stringify(args.data)}::jsonb,
             ${args.now.toISOString()}::timestamptz, ${args.dedupePrefix} || ':e:' || e.id::text, ${deliveredAt?.toISOString() ?? null}::timestamptz
        from employees e
        join roles r on r.id = e.role_id and r.organization_id = e.organization_id
       where e.organization_id = ${this.organizationId}::uuid
         and e.active
         and ${wanted}
         and (${audienceCondition(args.audience)})
      on conflict (dedupe_key) do nothing
      returning id, employee_id`);
    return [...rows].map((r) => ({ id: r.id, employeeId: r.employee_id, clientId: null, pushed: deliveredAt === null }));
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
        deliveredAt: deliveredAtWrite(args.kind, "RESIDENT", args.now),
      })
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .returning({ id: notifications.id, deliveredAt: notifications.deliveredAt });
    return rows.map((r) => ({ id: r.id, employeeId: null, clientId: args.clientId, pushed: r.deliveredAt === null }));
  }

  /** Many residents' notifications in one statement (an incident's cascade); rows whose dedupe key exists are skipped. */
  async insertManyForClients(rows: { clientId: string; kind: NotificationKind; orderId: string; data: NotificationData; dedupeKey: string }[], now: Date): Promise<Written[]> {
    if (rows.length === 0) return [];
    const written = await this.db
      .insert(notifications)
      .values(
        rows.map((row) => ({
          organizationId: this.organizationId,
          recipientKind: "RESIDENT" as const,
          clientId: row.clientId,
          kind: row.kind,
          orderId: row.orderId,
          data: row.data,
          createdAt: now,
          dedupeKey: row.dedupeKey,
          deliveredAt: deliveredAtWrite(row.kind, "RESIDENT", now),
        })),
      )
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .returning({ id: notifications.id, clientId: notifications.clientId, deliveredAt: notifications.deliveredAt });
    return written.map((r) => ({ id: r.id, employeeId: null, clientId: r.clientId, pushed: r.deliveredAt === null }));
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

  /** What a new-order notification names: the service, the address and the premise. */
  async orderPlace(order: { serviceId: string; buildingId: string; premiseId: string | null }) {
    const [place] = await this.db
      .select({ service: services.name, address: buildings.address, premise: premises.number })
      .from(services)
      .innerJoin(buildings, eq(buildings.id, order.buildingId))
      .leftJoin(premises, order.premiseId ? eq(premises.id, order.premiseId) : sql`false`)
      .where(eq(services.id, order.serviceId));
    return place;
  }

  async orderRef(orderId: string): Promise<{ number: number; clientId: string | null } | undefined> {
    const [order] = await this.db
      .select({ number: orders.number, clientId: orders.clientId })
      .from(orders)
      .where(and(eq(orders.organizationId, this.organizationId), eq(orders.id, orderId)));
    return order;
  }

  async employeeName(employeeId: string): Promise<string | undefined> {
    const [author] = await this.db.select({ fullName: employees.fullName }).from(employees).where(eq(employees.id, employeeId));
    return author?.fullName;
  }
}
