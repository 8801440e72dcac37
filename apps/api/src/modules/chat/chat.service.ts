import { CHAT_MESSAGE_MAX_TEXT, chatEditableUntil, chatEditWindowOpen } from "@domovoy/domain";
import type { DbOrTx } from "@domovoy/db";
import type { AppDeps } from "../../deps.js";
import { cancelJob, enqueueJob } from "../../jobs/queue.js";
import { CHAT_SCHEDULED_JOB } from "../../jobs/kinds.js";
import type { JobContext } from "../../jobs/runner.js";
import { Topic, type TopicPayloads } from "../../pubsub.js";
import { requireAuthenticated, requireEmployee } from "../../shared/auth/policy.js";
import type { EmployeeViewer, ResidentViewer, Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from "../../shared/errors.js";
import { filtered } from "../../shared/filtered.js";
import { idempotencyKeyOf, once } from "../idempotency/idempotency.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import { tooLong } from "../../shared/validate.js";
import type { FilesService } from "../files/files.service.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import { OrdersRepository, type OrderRow } from "../orders/orders.repository.js";
import type { OrdersService } from "../orders/orders.service.js";
import { ChatRepository, type ChatMessageRow, type ChatSide, type ScheduledMessageRow } from "./chat.repository.js";
import { ChatChangeKind, ChatMessageState } from "./chat.type.js";

const scheduledJobKey = (id: string) => `chat.scheduled:${id}`;

type ChatViewer = EmployeeViewer | ResidentViewer;
type ChatChange = TopicPayloads["CHAT_MESSAGE_CHANGED"];

/** The files module's part the chat uses: attachments are claimed in, and removed with, our transactions. */
export type ChatFiles = Pick<FilesService, "claim" | "remove">;

/** Notified inside the transaction that posted a message. */
export type ChatNotifications = Pick<NotificationsService, "chatMessagePosted">;

function chatViewer(viewer: Viewer): ChatViewer {
  const v = requireAuthenticated(viewer);
  if (v.kind !== "EMPLOYEE" && v.kind !== "RESIDENT") throw forbidden();
  return v;
}

const sideOf = (viewer: ChatViewer): ChatSide => (viewer.kind === "EMPLOYEE" ? "EMPLOYEE" : "RESIDENT");

function isAuthor(viewer: ChatViewer, message: Pick<ChatMessageRow, "authorKind" | "authorEmployeeId" | "authorClientId">): boolean {
  return viewer.kind === "EMPLOYEE"
    ? message.authorKind === "EMPLOYEE" && message.authorEmployeeId === viewer.employeeId
    : message.authorKind === "RESIDENT" && message.authorClientId === viewer.clientId;
}

/**
 * «Переписка с клиентом» (§19): staff who may see an order and the order's resident write to each
 * other; staff share one side (any employee reading marks the resident's messages read).
 */
export class ChatService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly files: ChatFiles,
    private readonly notifications: ChatNotifications,
  ) {}

  /** Reads outside a unit of work. */
  private repo(organizationId: string) {
    return new ChatRepository(this.deps.database.db, organizationId);
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  /** Both sides of the order's chat hear of the change once the unit of work has committed. */
  private changed(uow: UnitOfWork, order: Pick<OrderRow, "id" | "clientId">, kind: ChatChangeKind, messageIds: string[]): void {
    if (messageIds.length === 0) return;
    uow.publish(Topic.CHAT_MESSAGE_CHANGED, { orderId: order.id, clientId: order.clientId, kind, messageIds });
  }

  /** The order of a chat: visible to the viewer (else NOT_FOUND) and with a client to talk to. */
  private async chatOrder(viewer: ChatViewer, orderId: string): Promise<OrderRow> {
    const order = await this.orders.get(viewer, orderId);
    if (!order.clientId) throw badInput("У заявки нет клиента: переписка недоступна", "orderId", "ORDER_HAS_NO_CLIENT");
    return order;
  }

  private messageText(text: string | null | undefined, field: string): string {
    const clean = text?.trim() ?? "";
    if (clean.length > CHAT_MESSAGE_MAX_TEXT) throw tooLong(field, CHAT_MESSAGE_MAX_TEXT);
    return clean;
  }

  // Reading

  /** Whether a change may reach this subscriber (the order's resident, or staff who see the order). */
  async mayHear(viewer: Viewer, change: ChatChange): Promise<boolean> {
    if (viewer.kind === "RESIDENT") return change.clientId === viewer.clientId;
    return viewer.kind === "EMPLOYEE" && this.orders.visible(viewer, change);
  }

  /**
   * The subscription source: checks the order once (NOT_FOUND for others' orders), then passes on
   * this order's changes that the subscriber may still see.
   */
  async changes(viewer: Viewer, orderId: string): Promise<AsyncIterableIterator<ChatChange>> {
    const v = chatViewer(viewer);
    const order = await this.orders.get(v, orderId);
    const source = this.deps.pubsub.subscribe(Topic.CHAT_MESSAGE_CHANGED, v.organizationId) as AsyncIterable<ChatChange>;
    return filtered(source, async (event) => event.orderId === order.id && (await this.mayHear(v, event)));
  }

  async changeFor(viewer: Viewer, change: ChatChange) {
    const v = chatViewer(viewer);
    const messages = await this.repo(v.organizationId).messagesByIds(change.messageIds);
    return { kind: change.kind, orderId: change.orderId, messages };
  }

  /** Derived fields of a message for the viewer. */
  present(viewer: Viewer, message: ChatMessageRow) {
    const v = chatViewer(viewer);
    const deleted = message.deletedAt !== null;
    const mine = isAuthor(v, message);
    return {
      deleted,
      text: deleted ? null : message.text,
      fileId: deleted ? null : message.fileId,
      state: message.readAt ? ChatMessageState.READ : ChatMessageState.SENT,
      mine,
      editableUntil: mine && !deleted ? chatEditableUntil(message.createdAt) : null,
    };
  }

  // Writing

  async send(viewer: Viewer, input: { orderId: string; text?: string | null; fileId?: string | null; idempotencyKey?: string | null }): Promise<ChatMessageRow> {
    const v = chatViewer(viewer);
    const key = idempotencyKeyOf(input.idempotencyKey, "idempotencyKey");
    const text = this.messageText(input.text, "text");
    if (!text && !input.fileId) throw badInput("Напишите сообщение или прикрепите файл", "text", "REQUIRED");
    const order = await this.chatOrder(v, input.orderId);
    const request = {
      key,
      mutation: v.kind === "EMPLOYEE" ? "chatMessageSend" : "residentChatMessageSend",
      input: { orderId: input.orderId, text: input.text, fileId: input.fileId },
      actor: v.kind === "EMPLOYEE" ? { kind: "EMPLOYEE" as const, id: v.employeeId } : { kind: "RESIDENT" as const, id: v.clientId },
      now: this.now(),
    };
    return unitOfWork(this.deps, v.organizationId, (uow) =>
      once(
        uow,
        request,
        async () => {
          if (input.fileId) await this.files.claim(uow.tx, v, input.fileId, { purpose: "CHAT_ATTACHMENT", orderId: order.id });
          return this.post(uow, order, {
            authorKind: sideOf(v),
            authorEmployeeId: v.kind === "EMPLOYEE" ? v.employeeId : null,
            authorClientId: v.kind === "RESIDENT" ? v.clientId : null,
            text,
            fileId: input.fileId ?? null,
            scheduledMessageId: null,
          });
        },
        async (id) => {
          const message = await uow.repo(ChatRepository).messageById(id);
          if (!message) throw notFound("Сообщение");
          return message;
        },
      ),
    );
  }

  /** A new message in the order's chat, its notifications, and the ADDED change after the commit. */
  private async post(
    uow: UnitOfWork,
    order: OrderRow,
    values: Pick<ChatMessageRow, "authorKind" | "authorEmployeeId" | "authorClientId" | "text" | "fileId" | "scheduledMessageId">,
  ): Promise<ChatMessageRow> {
    const message = await uow.repo(ChatRepository).insertMessage({ ...values, orderId: order.id, createdAt: this.now() });
    await this.notifications.chatMessagePosted(uow.tx, {
      organizationId: order.organizationId,
      orderId: order.id,
      messageId: message.id,
      authorKind: message.authorKind as ChatSide,
    });
    this.changed(uow, order, ChatChangeKind.ADDED, [message.id]);
    return message;
  }

  /** The author's own message, locked, still within the edit window. */
  private async ownMessage(repo: ChatRepository, viewer: ChatViewer, id: string): Promise<{ message: ChatMessageRow; order: OrderRow }> {
    const message = await repo.messageById(id, { lock: true });
    if (!message) throw notFound("Сообщение");
    const order = await this.orders.get(viewer, message.orderId).catch(() => {
      throw notFound("Сообщение");
    });
    if (!isAuthor(viewer, message)) throw new AppError(ErrorCode.FORBIDDEN, "Изменить или удалить можно только своё сообщение", { reason: "NOT_AUTHOR" });
    if (message.deletedAt) throw conflict("Сообщение уже удалено", { reason: "MESSAGE_DELETED" });
    if (!chatEditWindowOpen(message.createdAt, this.now())) {
      throw new AppError(ErrorCode.FORBIDDEN, "Сообщение можно изменить или удалить только в течение часа после отправки", { reason: "EDIT_WINDOW_CLOSED" });
    }
    return { message, order };
  }

  async edit(viewer: Viewer, id: string, textInput: string): Promise<ChatMessageRow> {
    const v = chatViewer(viewer);
    const text = this.messageText(textInput, "text");
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(ChatRepository);
      const { message, order } = await this.ownMessage(repo, v, id);
      if (!text && !message.fileId) throw badInput("Напишите сообщение или прикрепите файл", "text", "REQUIRED");
      if (text === message.text) return message;
      const row = await repo.updateMessage(message.id, { text, editedAt: this.now() });
      this.changed(uow, order, ChatChangeKind.EDITED, [row.id]);
      return row;
    });
  }

  /** Leaves a tombstone; an attached file is deleted with the message. */
  async delete(viewer: Viewer, id: string): Promise<ChatMessageRow> {
    const v = chatViewer(viewer);
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(ChatRepository);
      const { message, order } = await this.ownMessage(repo, v, id);
      const row = await repo.updateMessage(message.id, { deletedAt: this.now(), fileId: null });
      if (message.fileId) await this.files.remove(uow.tx, message.fileId, v.organizationId);
      this.changed(uow, order, ChatChangeKind.DELETED, [row.id]);
      return row;
    });
  }

  /** The viewer's side has seen the other side's messages up to `upToMessageId` (or all of them). */
  async markRead(viewer: Viewer, orderId: string, upToMessageId?: string | null): Promise<OrderRow> {
    const v = chatViewer(viewer);
    const order = await this.orders.get(v, orderId);
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(ChatRepository);
      let upTo: ChatMessageRow | null = null;
      if (upToMessageId) {
        upTo = (await repo.messageById(upToMessageId)) ?? null;
        if (!upTo || upTo.orderId !== order.id) throw badInput("Сообщение не найдено в этой переписке", "upToMessageId", "MESSAGE_NOT_FOUND");
      }
      this.changed(uow, order, ChatChangeKind.READ, await repo.markRead(order.id, sideOf(v), this.now(), upTo));
      return order;
    });
  }

  // Scheduled messages (staff only)

  async scheduledOf(viewer: Viewer, orderIds: readonly string[]): Promise<ScheduledMessageRow[]> {
    const v = requireEmployee(viewer);
    return this.repo(v.organizationId).pendingScheduledOf(orderIds);
  }

  private futureSendAt(sendAt: Date): Date {
    if (!(sendAt instanceof Date) || Number.isNaN(sendAt.getTime())) throw badInput("Укажите дату и время отправки", "sendAt", "REQUIRED");
    if (sendAt.getTime() <= this.now().getTime()) throw badInput("Время отправки должно быть в будущем", "sendAt", "SEND_AT_IN_PAST");
    if (sendAt.getTime() > this.now().getTime() + 366 * 24 * 3600_000) throw badInput("Не позже чем через год", "sendAt", "SEND_AT_TOO_FAR");
    return sendAt;
  }

  private enqueueDelivery(tx: DbOrTx, scheduled: Pick<ScheduledMessageRow, "id" | "organizationId" | "sendAt">) {
    return enqueueJob(tx, {
      kind: CHAT_SCHEDULED_JOB,
      organizationId: scheduled.organizationId,
      payload: { scheduledMessageId: scheduled.id },
      runAt: scheduled.sendAt,
      dedupeKey: scheduledJobKey(scheduled.id),
    });
  }

  async schedule(viewer: Viewer, input: { orderId: string; text?: string | null; fileId?: string | null; sendAt: Date }): Promise<ScheduledMessageRow> {
    const v = requireEmployee(viewer);
    const text = this.messageText(input.text, "text");
    if (!text && !input.fileId) throw badInput("Напишите сообщение или прикрепите файл", "text", "REQUIRED");
    const sendAt = this.futureSendAt(input.sendAt);
    const order = await this.chatOrder(v, input.orderId);
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      if (input.fileId) await this.files.claim(uow.tx, v, input.fileId, { purpose: "CHAT_ATTACHMENT", orderId: order.id });
      const scheduled = await uow.repo(ChatRepository).insertScheduled({
        orderId: order.id,
        authorEmployeeId: v.employeeId,
        text,
        fileId: input.fileId ?? null,
        sendAt,
        createdAt: this.now(),
        updatedAt: this.now(),
      });
      await this.enqueueDelivery(uow.tx, scheduled);
      return scheduled;
    });
  }

  /** A pending scheduled message of an order the employee sees, locked. */
  private async pendingScheduled(uow: UnitOfWork, viewer: EmployeeViewer, id: string): Promise<{ scheduled: ScheduledMessageRow; order: OrderRow }> {
    const scheduled = await uow.repo(ChatRepository).scheduledById(id, { lock: true });
    if (!scheduled) throw notFound("Запланированное сообщение");
    const order = await this.orders.get(viewer, scheduled.orderId).catch(() => {
      throw notFound("Запланированное сообщение");
    });
    if (scheduled.sentMessageId) throw conflict("Сообщение уже отправлено", { reason: "ALREADY_SENT" });
    return { scheduled, order };
  }

  async reschedule(viewer: Viewer, id: string, sendAtInput: Date): Promise<ScheduledMessageRow> {
    const v = requireEmployee(viewer);
    const sendAt = this.futureSendAt(sendAtInput);
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(ChatRepository);
      // The job row first, then the message: the delivery handler locks in the same order.
      const found = await repo.scheduledById(id);
      if (found) await this.enqueueDelivery(uow.tx, { ...found, sendAt });
      const { scheduled } = await this.pendingScheduled(uow, v, id);
      return repo.updateScheduled(scheduled.id, { sendAt }, this.now());
    });
  }

  async unschedule(viewer: Viewer, id: string): Promise<boolean> {
    const v = requireEmployee(viewer);
    await unitOfWork(this.deps, v.organizationId, async (uow) => {
      await cancelJob(uow.tx, scheduledJobKey(id));
      const { scheduled } = await this.pendingScheduled(uow, v, id);
      await uow.repo(ChatRepository).deleteScheduled(scheduled.id);
      if (scheduled.fileId) await this.files.remove(uow.tx, scheduled.fileId, v.organizationId);
    });
    return true;
  }

  /** «Отправить сейчас»: delivered now, as its author; the pending job is cancelled in the same transaction. */
  async sendNow(viewer: Viewer, id: string): Promise<ChatMessageRow> {
    const v = requireEmployee(viewer);
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      await cancelJob(uow.tx, scheduledJobKey(id));
      const { scheduled, order } = await this.pendingScheduled(uow, v, id);
      if (!order.clientId) throw badInput("У заявки нет клиента: переписка недоступна", "orderId", "ORDER_HAS_NO_CLIENT");
      return this.deliver(uow, scheduled, order);
    });
  }

  private async deliver(uow: UnitOfWork, scheduled: ScheduledMessageRow, order: OrderRow): Promise<ChatMessageRow> {
    const message = await this.post(uow, order, {
      authorKind: "EMPLOYEE",
      authorEmployeeId: scheduled.authorEmployeeId,
      authorClientId: null,
      text: scheduled.text,
      fileId: scheduled.fileId,
      scheduledMessageId: scheduled.id,
    });
    await uow.repo(ChatRepository).updateScheduled(scheduled.id, { sentMessageId: message.id, sentAt: message.createdAt }, this.now());
    return message;
  }

  /**
   * Job: delivers a scheduled message exactly once. The job row is locked and deleted first
   * (complete), then the message row; the chat message, the «sent» mark and the job's removal
   * commit together. A message deleted or sent by hand meanwhile is simply not delivered.
   */
  async deliverScheduled(organizationId: string, id: string, context: JobContext): Promise<void> {
    await unitOfWork(this.deps, organizationId, async (uow) => {
      await context.complete(uow.tx);
      const scheduled = await uow.repo(ChatRepository).scheduledById(id, { lock: true });
      if (!scheduled || scheduled.sentMessageId) return;
      const order = await uow.repo(OrdersRepository).byId(scheduled.orderId);
      // The client was removed from the order since: nobody to send to; it stays listed as pending.
      if (!order?.clientId) return;
      await this.deliver(uow, scheduled, order);
    });
  }
}
