import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, asc, count, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";

const { chatMessages, scheduledMessages, replyTemplates } = schema;

export type ChatMessageRow = typeof chatMessages.$inferSelect;
export type ScheduledMessageRow = typeof scheduledMessages.$inferSelect;
export type ReplyTemplateRow = typeof replyTemplates.$inferSelect;
/** Which side of the chat: staff share one side, the order's resident is the other. */
export type ChatSide = "EMPLOYEE" | "RESIDENT";

export class ChatRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  // Messages

  /** Oldest first, for many orders at once. */
  messagesOf(orderIds: readonly string[]): Promise<ChatMessageRow[]> {
    return this.db
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.organizationId, this.organizationId), inArray(chatMessages.orderId, orderIds as string[])))
      .orderBy(asc(chatMessages.createdAt), asc(chatMessages.id));
  }

  /** Messages of the other side that `side` has not read yet, per order. */
  async unreadCounts(orderIds: readonly string[], side: ChatSide): Promise<Map<string, number>> {
    const rows = await this.db
      .select({ orderId: chatMessages.orderId, n: count() })
      .from(chatMessages)
      .where(
        and(
          eq(chatMessages.organizationId, this.organizationId),
          inArray(chatMessages.orderId, orderIds as string[]),
          ne(chatMessages.authorKind, side),
          isNull(chatMessages.readAt),
          isNull(chatMessages.deletedAt),
        ),
      )
      .groupBy(chatMessages.orderId);
    return new Map(rows.map((r) => [r.orderId, r.n]));
  }

  async messageById(id: string, options: { lock?: boolean } = {}): Promise<ChatMessageRow | undefined> {
    if (!isUuid(id)) return undefined;
    const query = this.db
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.organizationId, this.organizationId), eq(chatMessages.id, id)));
    const [row] = options.lock ? await query.for("update") : await query;
    return row;
  }

  messagesByIds(ids: readonly string[]): Promise<ChatMessageRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.organizationId, this.organizationId), inArray(chatMessages.id, valid)))
      .orderBy(asc(chatMessages.createdAt), asc(chatMessages.id));
  }

  async insertMessage(values: Omit<typeof chatMessages.$inferInsert, "organizationId">): Promise<ChatMessageRow> {
    const [row] = await this.db
      .insert(chatMessages)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  async updateMessage(id: string, values: Partial<Pick<ChatMessageRow, "text" | "editedAt" | "deletedAt" | "fileId">>): Promise<ChatMessageRow> {
    const [row] = await this.db
      .update(chatMessages)
      .set({ ...values, revision: sql`${chatMessages.revision} + 1` })
      .where(and(eq(chatMessages.organizationId, this.organizationId), eq(chatMessages.id, id)))
      .returning();
    return row!;
  }

  /**
   * Marks the other side's unread messages of an order read, up to and including `upTo` (by time,
   * then id), or all of them. Returns the ids it marked.
   */
  async markRead(orderId: string, side: ChatSide, now: Date, upTo: Pick<ChatMessageRow, "createdAt" | "id"> | null): Promise<string[]> {
    const rows = await this.db
      .update(chatMessages)
      .set({ readAt: now, revision: sql`${chatMessages.revision} + 1` })
      .where(
        and(
          eq(chatMessages.organizationId, this.organizationId),
          eq(chatMessages.orderId, orderId),
          ne(chatMessages.authorKind, side),
          isNull(chatMessages.readAt),
          isNull(chatMessages.deletedAt),
          upTo ? sql`(${chatMessages.createdAt}, ${chatMessages.id}) <= (${upTo.createdAt.toISOString()}::timestamptz, ${upTo.id}::uuid)` : undefined,
        ),
      )
      .returning({ id: chatMessages.id });
    return rows.map((r) => r.id);
  }

  // Scheduled messages

  /** Pending (not yet delivered) scheduled messages, soonest first. */
  pendingScheduledOf(orderIds: readonly string[]): Promise<ScheduledMessageRow[]> {
    return this.db
      .select()
      .from(scheduledMessages)
      .where(
        and(
          eq(scheduledMessages.organizationId, this.organizationId),
          inArray(scheduledMessages.orderId, orderIds as string[]),
          isNull(scheduledMessages.sentMessageId),
        ),
      )
      .orderBy(asc(scheduledMessages.sendAt), asc(scheduledMessages.id));
  }

  async scheduledById(id: string, options: { lock?: boolean } = {}): Promise<ScheduledMessageRow | undefined> {
    if (!isUuid(id)) return undefined;
    const query = this.db
      .select()
      .from(scheduledMessages)
      .where(and(eq(scheduledMessages.organizationId, this.organizationId), eq(scheduledMessages.id, id)));
    const [row] = options.lock ? await query.for("update") : await query;
    return row;
  }

  async insertScheduled(values: Omit<typeof scheduledMessages.$inferInsert, "organizationId">): Promise<ScheduledMessageRow> {
    const [row] = await this.db
      .insert(scheduledMessages)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  async updateScheduled(id: string, values: Partial<Pick<ScheduledMessageRow, "sendAt" | "sentMessageId" | "sentAt">>, now: Date): Promise<ScheduledMessageRow> {
    const [row] = await this.db
      .update(scheduledMessages)
      .set({ ...values, updatedAt: now })
      .where(and(eq(scheduledMessages.organizationId, this.organizationId), eq(scheduledMessages.id, id)))
      .returning();
    return row!;
  }

  async deleteScheduled(id: string): Promise<void> {
    await this.db.delete(scheduledMessages).where(and(eq(scheduledMessages.organizationId, this.organizationId), eq(scheduledMessages.id, id)));
  }

  // Reply templates

  templates(): Promise<ReplyTemplateRow[]> {
    return this.db
      .select()
      .from(replyTemplates)
      .where(eq(replyTemplates.organizationId, this.organizationId))
      .orderBy(asc(replyTemplates.title), asc(replyTemplates.id));
  }

  async templateById(id: string): Promise<ReplyTemplateRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(replyTemplates)
      .where(and(eq(replyTemplates.organizationId, this.organizationId), eq(replyTemplates.id, id)));
    return row;
  }

  async insertTemplate(values: { title: string; text: string; createdAt: Date }): Promise<ReplyTemplateRow> {
    const [row] = await this.db
      .insert(replyTemplates)
      .values({ ...values, updatedAt: values.createdAt, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  async updateTemplate(id: string, values: { title?: string; text?: string; updatedAt: Date }): Promise<ReplyTemplateRow | undefined> {
    const [row] = await this.db
      .update(replyTemplates)
      .set(values)
      .where(and(eq(replyTemplates.organizationId, this.organizationId), eq(replyTemplates.id, id)))
      .returning();
    return row;
  }

  async deleteTemplate(id: string): Promise<boolean> {
    const rows = await this.db
      .delete(replyTemplates)
      .where(and(eq(replyTemplates.organizationId, this.organizationId), eq(replyTemplates.id, id)))
      .returning({ id: replyTemplates.id });
    return rows.length > 0;
  }
}

const { orders, clients, services, buildings, premises, organizations } = schema;

/** What a reply template is rendered from, for one order. */
export async function templateContextOf(db: DbOrTx, organizationId: string, orderId: string) {
  const [row] = await db
    .select({
      orderNumber: orders.number,
      clientName: clients.fullName,
      serviceName: services.name,
      buildingAddress: buildings.address,
      premiseNumber: premises.number,
      organizationName: organizations.name,
    })
    .from(orders)
    .innerJoin(organizations, eq(organizations.id, orders.organizationId))
    .innerJoin(services, eq(services.id, orders.serviceId))
    .innerJoin(buildings, eq(buildings.id, orders.buildingId))
    .leftJoin(premises, eq(premises.id, orders.premiseId))
    .leftJoin(clients, eq(clients.id, orders.clientId))
    .where(and(eq(orders.organizationId, organizationId), eq(orders.id, orderId)));
  return row;
}
