import type { DbOrTx } from "@domovoy/db";
import type { AppDeps } from "../../deps.js";
import { ANNOUNCE_JOB, PUSH_JOB } from "../../jobs/kinds.js";
import { enqueueJob } from "../../jobs/queue.js";
import { Topic, type TopicPayloads } from "../../pubsub.js";
import { requireAuthenticated } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, ErrorCode, forbidden } from "../../shared/errors.js";
import { instantCursor, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { NotificationsRepository, type NotificationRow, type Recipient, type Written } from "./notifications.repository.js";
import { preview, type NotificationData, type NotificationKind } from "./render.js";

type OrderRef = { id: string; organizationId: string };

const notificationNotFound = () => new AppError(ErrorCode.NOT_FOUND, "Уведомление не найдено");

/**
 * Notifications: the staff notification centre and the residents' outbox.
 *
 * Hooks (`orderCreated`, `orderStatusChanged`, `importantCommentAdded`, `chatMessagePosted`) run
 * inside the caller's transaction: the rows are written by one set-based statement and commit or
 * roll back with the event itself, each with a dedupe key, so a repeated hook writes nothing
 * twice. The same transaction enqueues a job that, after commit, publishes `notificationAdded`
 * (and, for kinds that are pushed, one that fans them out to the recipients' devices: PushService).
 */
export class NotificationsService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string, db: DbOrTx = this.deps.database.db) {
    return new NotificationsRepository(db, organizationId);
  }

  // Hooks (called inside the event's transaction)

  /** A new order: employees whose role wants new orders of its service and department, except its creator. */
  async orderCreated(
    tx: DbOrTx,
    order: OrderRef & { number: number; serviceId: string; departmentId: string | null; buildingId: string; premiseId: string | null; createdByEmployeeId: string | null; createdByKind: string },
  ): Promise<void> {
    const repo = this.repo(order.organizationId, tx);
    const place = await repo.orderPlace(order);
    const data: NotificationData = {
      number: order.number,
      service: place?.service,
      address: place?.address,
      premise: place?.premise ?? null,
      fromResident: order.createdByKind === "RESIDENT",
    };
    const written = await repo.fanOutToEmployees({
      kind: "NEW_ORDER",
      orderId: order.id,
      data,
      dedupePrefix: `order-created:${order.id}`,
      roleSwitch: "newOrders",
      audience: { kind: "NEW_ORDER_WATCHERS", serviceId: order.serviceId, departmentId: order.departmentId, except: order.createdByEmployeeId },
      now: this.deps.clock.now(),
    });
    await this.announce(tx, order.organizationId, written);
  }

  /**
   * A status change: the order's resident hears of it unless they made it. DONE asks them to rate
   * the work instead (once per completion; the number of completions is part of the key).
   */
  async orderStatusChanged(
    tx: DbOrTx,
    order: OrderRef & { number: number; clientId: string | null; version: number; completions: number },
    change: { to: string; actorKind: "EMPLOYEE" | "RESIDENT" | "SYSTEM" | "INTEGRATION" },
  ): Promise<void> {
    if (change.actorKind === "RESIDENT" || !order.clientId) return;
    const done = change.to === "DONE";
    const written = await this.repo(order.organizationId, tx).insertForClient({
      clientId: order.clientId,
      kind: done ? "RATE_REQUEST" : "STATUS_CHANGED",
      orderId: order.id,
      data: { number: order.number, status: change.to },
      dedupeKey: done ? `rate:${order.id}:${order.completions}:c:${order.clientId}` : `status:${order.id}:${order.version}:c:${order.clientId}`,
      now: this.deps.clock.now(),
    });
    await this.announce(tx, order.organizationId, written);
  }

  /**
   * Many orders changed status at once by the system (an incident's cascade): each order's resident
   * hears of their order once, as `orderStatusChanged` would tell them, in one statement and one
   * announcement for all.
   */
  async ordersStatusChanged(
    tx: DbOrTx,
    organizationId: string,
    orders: readonly { id: string; number: number; clientId: string | null; version: number; completions: number }[],
    to: string,
  ): Promise<void> {
    const done = to === "DONE";
    const rows = orders.flatMap((order) =>
      order.clientId
        ? [
            {
              clientId: order.clientId,
              kind: (done ? "RATE_REQUEST" : "STATUS_CHANGED") as NotificationKind,
              orderId: order.id,
              data: { number: order.number, status: to },
              dedupeKey: done ? `rate:${order.id}:${order.completions}:c:${order.clientId}` : `status:${order.id}:${order.version}:c:${order.clientId}`,
            },
          ]
        : [],
    );
    const written = await this.repo(organizationId, tx).insertManyForClients(rows, this.deps.clock.now());
    await this.announce(tx, organizationId, written);
  }

  /**
   * Employees made executors of an order (not those who were already, nor one who assigned
   * themselves): each hears of it whatever their role's settings, since it names them.
   */
  async executorsAssigned(tx: DbOrTx, order: OrderRef & { number: number; serviceId: string; buildingId: string; premiseId: string | null; version: number }, assigned: { employeeIds: string[]; by: string }): Promise<void> {
    const ids = assigned.employeeIds.filter((id) => id !== assigned.by);
    if (ids.length === 0) return;
    const repo = this.repo(order.organizationId, tx);
    const place = await repo.orderPlace(order);
    const written = await repo.fanOutToEmployees({
      kind: "ASSIGNED",
      orderId: order.id,
      data: { number: order.number, service: place?.service, address: place?.address, premise: place?.premise ?? null },
      dedupePrefix: `assigned:${order.id}:${order.version}`,
      roleSwitch: null,
      audience: { kind: "EMPLOYEES", ids },
      now: this.deps.clock.now(),
    });
    await this.announce(tx, order.organizationId, written);
  }

  /** An important comment: the order's executors whose role wants them, except its author. */
  async importantCommentAdded(tx: DbOrTx, comment: { organizationId: string; orderId: string; commentId: string; authorEmployeeId: string; text: string }): Promise<void> {
    const repo = this.repo(comment.organizationId, tx);
    const order = await repo.orderRef(comment.orderId);
    if (!order) return;
    const author = await repo.employeeName(comment.authorEmployeeId);
    const written = await repo.fanOutToEmployees({
      kind: "IMPORTANT_COMMENT",
      orderId: comment.orderId,
      data: { number: order.number, author, text: preview(comment.text) },
      dedupePrefix: `comment:${comment.commentId}`,
      roleSwitch: "importantComments",
      audience: { kind: "EXECUTORS", orderId: comment.orderId, except: comment.authorEmployeeId },
      now: this.deps.clock.now(),
    });
    await this.announce(tx, comment.organizationId, written);
  }

  /**
   * A chat message: from the resident, the order's executors whose role wants chat messages; from
   * staff (or a scheduled staff message), the order's resident. The message text is not copied:
   * a message may later be edited or deleted.
   */
  async chatMessagePosted(tx: DbOrTx, message: { organizationId: string; orderId: string; messageId: string; authorKind: string }): Promise<void> {
    const repo = this.repo(message.organizationId, tx);
    const order = await repo.orderRef(message.orderId);
    if (!order) return;
    const now = this.deps.clock.now();
    let written: Written[] = [];
    if (message.authorKind === "RESIDENT") {
      written = await repo.fanOutToEmployees({
        kind: "CHAT_MESSAGE",
        orderId: message.orderId,
        data: { number: order.number },
        dedupePrefix: `chat:${message.messageId}`,
        roleSwitch: "chatMessages",
        audience: { kind: "EXECUTORS", orderId: message.orderId },
        now,
      });
    } else if (order.clientId) {
      written = await repo.insertForClient({
        clientId: order.clientId,
        kind: "CHAT_MESSAGE",
        orderId: message.orderId,
        data: { number: order.number },
        dedupeKey: `chat:${message.messageId}:c:${order.clientId}`,
        now,
      });
    }
    await this.announce(tx, message.organizationId, written);
  }

  /**
   * A resident asked for a refund: employees whose role has the refund
   * permission and «Возврат денежных средств» on in its notification settings.
   */
  async refundRequested(tx: DbOrTx, refund: { organizationId: string; orderId: string; refundId: string }): Promise<void> {
    const repo = this.repo(refund.organizationId, tx);
    const order = await repo.orderRef(refund.orderId);
    if (!order) return;
    const written = await repo.fanOutToEmployees({
      kind: "REFUND_REQUEST",
      orderId: refund.orderId,
      data: { number: order.number },
      dedupePrefix: `refund:${refund.refundId}`,
      roleSwitch: "refundRequests",
      audience: { kind: "PERMITTED", permission: "REFUNDS_MANAGE" },
      now: this.deps.clock.now(),
    });
    await this.announce(tx, refund.organizationId, written);
  }

  /** Staff decided a resident's refund request: the resident hears the outcome (and the reason of a rejection). */
  async refundDecided(
    tx: DbOrTx,
    refund: { organizationId: string; orderId: string; refundId: string; clientId: string; number: number; decision: "CONFIRMED" | "REJECTED"; reason: string | null; settlement: string; amountKopecks: bigint },
  ): Promise<void> {
    const written = await this.repo(refund.organizationId, tx).insertForClient({
      clientId: refund.clientId,
      kind: "REFUND_DECIDED",
      orderId: refund.orderId,
      data: {
        number: refund.number,
        decision: refund.decision,
        reason: refund.decision === "REJECTED" ? refund.reason : null,
        settlement: refund.settlement,
        amountKopecks: refund.amountKopecks.toString(),
      },
      dedupeKey: `refund-decided:${refund.refundId}:c:${refund.clientId}`,
      now: this.deps.clock.now(),
    });
    await this.announce(tx, refund.organizationId, written);
  }

  /**
   * «Активировать в ЛК»: the order's resident hears that an invoice waits for payment, with its
   * total. Once per issue: an invoice made unpaid and issued again (a new version) tells them again.
   */
  async invoiceIssued(tx: DbOrTx, invoice: { organizationId: string; orderId: string; invoiceId: string; version: number; clientId: string | null; number: number; totalKopecks: bigint }): Promise<void> {
    if (!invoice.clientId) return;
    const written = await this.repo(invoice.organizationId, tx).insertForClient({
      clientId: invoice.clientId,
      kind: "INVOICE_ISSUED",
      orderId: invoice.orderId,
      data: { number: invoice.number, amountKopecks: invoice.totalKopecks.toString() },
      dedupeKey: `invoice-issued:${invoice.invoiceId}:${invoice.version}:c:${invoice.clientId}`,
      now: this.deps.clock.now(),
    });
    await this.announce(tx, invoice.organizationId, written);
  }

  /** The acquirer returned a refund's money: the order's resident (or the one who asked for it) hears it, once. */
  async refundSucceeded(tx: DbOrTx, refund: { organizationId: string; orderId: string; refundId: string; clientId: string; number: number; amountKopecks: bigint }): Promise<void> {
    const written = await this.repo(refund.organizationId, tx).insertForClient({
      clientId: refund.clientId,
      kind: "REFUND_SUCCEEDED",
      orderId: refund.orderId,
      data: { number: refund.number, amountKopecks: refund.amountKopecks.toString() },
      dedupeKey: `refund-succeeded:${refund.refundId}:c:${refund.clientId}`,
      now: this.deps.clock.now(),
    });
    await this.announce(tx, refund.organizationId, written);
  }

  /** A payment notification was refused and needs a person (amount mismatch…): staff with the refund permission and switch. */
  async paymentAlert(tx: DbOrTx, alert: { organizationId: string; orderId: string; key: string; text: string }): Promise<void> {
    const repo = this.repo(alert.organizationId, tx);
    const order = await repo.orderRef(alert.orderId);
    if (!order) return;
    const written = await repo.fanOutToEmployees({
      kind: "PAYMENT_ALERT",
      orderId: alert.orderId,
      data: { number: order.number, text: alert.text },
      dedupePrefix: `payment-alert:${alert.key}`,
      roleSwitch: "refundRequests",
      audience: { kind: "PERMITTED", permission: "REFUNDS_MANAGE" },
      now: this.deps.clock.now(),
    });
    await this.announce(tx, alert.organizationId, written);
  }

  /** Enqueues (in the caller's transaction) the live announcement and, for pushed kinds, the push fan-out. */
  private async announce(tx: DbOrTx, organizationId: string, written: Written[]): Promise<void> {
    if (written.length === 0) return;
    const runAt = this.deps.clock.now();
    await enqueueJob(tx, { kind: ANNOUNCE_JOB, organizationId, payload: { ids: written.map((w) => w.id) }, runAt });
    if (written.some((w) => w.pushed)) {
      await enqueueJob(tx, { kind: PUSH_JOB, organizationId, payload: {}, runAt, dedupeKey: `${PUSH_JOB}:${organizationId}` });
    }
  }

  // Jobs

  /** Job: publishes `notificationAdded` for written rows (at least once; the event carries ids only). */
  async announceWritten(organizationId: string, ids: string[]): Promise<void> {
    const rows = await this.repo(organizationId).byIds(ids);
    const payload: TopicPayloads["NOTIFICATION_ADDED"] = { employees: {}, clients: {} };
    for (const row of rows) {
      if (row.employeeId) payload.employees[row.employeeId] = row.id;
      if (row.clientId) payload.clients[row.clientId] = row.id;
    }
    if (rows.length > 0) this.deps.pubsub.publish(Topic.NOTIFICATION_ADDED, organizationId, payload);
  }

  // Reading

  private recipientOf(viewer: Viewer): { organizationId: string; recipient: Recipient } {
    const v = requireAuthenticated(viewer);
    if (v.kind === "EMPLOYEE") return { organizationId: v.organizationId, recipient: { kind: "EMPLOYEE", employeeId: v.employeeId } };
    if (v.kind === "RESIDENT") return { organizationId: v.organizationId, recipient: { kind: "RESIDENT", clientId: v.clientId } };
    throw forbidden();
  }

  async list(viewer: Viewer, args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }): Promise<Page<NotificationRow>> {
    const { organizationId, recipient } = this.recipientOf(viewer);
    const limit = pageSize(args.first);
    const after = instantCursor.decode(args.after);
    const repo = this.repo(organizationId);
    const unreadOnly = Boolean(args.unreadOnly);
    const rows = await repo.list(recipient, { limit, after, unreadOnly });
    return toPage(rows, limit, (n) => [n.createdAt.toISOString(), n.id], () => repo.count(recipient, unreadOnly));
  }

  unreadCount(viewer: Viewer): Promise<number> {
    const { organizationId, recipient } = this.recipientOf(viewer);
    return this.repo(organizationId).count(recipient, true);
  }

  async markRead(viewer: Viewer, id: string): Promise<NotificationRow> {
    const { organizationId, recipient } = this.recipientOf(viewer);
    const row = await this.repo(organizationId).markRead(recipient, id, this.deps.clock.now());
    if (!row) throw notificationNotFound();
    return row;
  }

  /** Opening an order's card reads the viewer's notifications about it. */
  markOrderRead(viewer: Viewer, orderId: string): Promise<number> {
    const { organizationId, recipient } = this.recipientOf(viewer);
    return this.repo(organizationId).markOrderRead(recipient, orderId, this.deps.clock.now());
  }

  /** Marks every unread notification of the viewer read; returns how many it marked. */
  markAllRead(viewer: Viewer): Promise<number> {
    const { organizationId, recipient } = this.recipientOf(viewer);
    return this.repo(organizationId).markAllRead(recipient, this.deps.clock.now());
  }

  /** The subscriber's own notification from an event, with their unread count; null when the event is not theirs. */
  async forSubscriber(viewer: Viewer, event: TopicPayloads["NOTIFICATION_ADDED"]): Promise<{ notification: NotificationRow; unreadCount: number } | null> {
    const id = addressedTo(viewer, event);
    if (!id) return null;
    const { organizationId, recipient } = this.recipientOf(viewer);
    const repo = this.repo(organizationId);
    const notification = await repo.byId(recipient, id);
    if (!notification) return null;
    return { notification, unreadCount: await repo.count(recipient, true) };
  }
}

/** The notification id an event holds for this viewer, if any (cheap: used as the subscription filter). */
export function addressedTo(viewer: Viewer, event: TopicPayloads["NOTIFICATION_ADDED"]): string | undefined {
  if (viewer.kind === "EMPLOYEE") return event.employees[viewer.employeeId];
  if (viewer.kind === "RESIDENT") return event.clients[viewer.clientId];
  return undefined;
}
