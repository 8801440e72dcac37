import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, updatedAt } from "./columns.js";
import { storedFiles } from "./files.js";
import { clients, organizations } from "./organization.js";
import { actorKind, orders } from "./orders.js";
import { employees } from "./staff.js";

/** Documents of an order (§18): staff-only files, at most 15 per order. */
export const orderDocuments = pgTable(
  "order_documents",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fileId: uuid("file_id")
      .notNull()
      .unique()
      .references(() => storedFiles.id),
    uploadedByEmployeeId: uuid("uploaded_by_employee_id")
      .notNull()
      .references(() => employees.id),
    createdAt: createdAt(),
  },
  (t) => [index("order_documents_order_idx").on(t.orderId, t.createdAt)],
);

/**
 * Chat with the client (§19): the one thread of an order that the resident sees. A message is
 * written by staff or by the order's resident; the other side reading it sets `readAt`.
 */
export const chatMessages = pgTable(
  "chat_messages",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    authorKind: actorKind("author_kind").notNull(),
    authorEmployeeId: uuid("author_employee_id").references(() => employees.id),
    authorClientId: uuid("author_client_id").references(() => clients.id),
    text: text("text").notNull().default(""),
    fileId: uuid("file_id").references(() => storedFiles.id),
    /** Set when a scheduled message was delivered as this one; unique, so it is delivered once. */
    scheduledMessageId: uuid("scheduled_message_id").unique(),
    createdAt: createdAt(),
    editedAt: timestamp("edited_at", { withTimezone: true, mode: "date" }),
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }),
    /** When the other side (staff for a resident's message, the resident for staff's) saw it. */
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }),
    revision: integer("revision").notNull().default(1),
  },
  (t) => [
    index("chat_messages_order_idx").on(t.orderId, t.createdAt, t.id),
    index("chat_messages_unread_idx").on(t.orderId, t.authorKind).where(sql`${t.readAt} is null and ${t.deletedAt} is null`),
  ],
);

/** Messages written now and delivered later by the job queue, exactly once. */
export const scheduledMessages = pgTable(
  "scheduled_messages",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    authorEmployeeId: uuid("author_employee_id")
      .notNull()
      .references(() => employees.id),
    text: text("text").notNull().default(""),
    fileId: uuid("file_id").references(() => storedFiles.id),
    sendAt: timestamp("send_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The delivered chat message; null while pending. */
    sentMessageId: uuid("sent_message_id"),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("scheduled_messages_order_idx").on(t.orderId, t.sendAt).where(sql`${t.sentMessageId} is null`)],
);

/** Reply templates of an organization (§19), managed in «Справочники». */
export const replyTemplates = pgTable(
  "reply_templates",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    text: text("text").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("reply_templates_org_title_idx").on(t.organizationId, t.title, t.id)],
);

export const notificationRecipient = pgEnum("notification_recipient", ["EMPLOYEE", "RESIDENT"]);

/**
 * Notifications: the staff notification centre and the residents' outbox. `deliveredAt` is set once
 * the notification was fanned out to its recipient's push subscriptions (one `push_deliveries` row
 * per device), or at once for a kind that is never pushed.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    recipientKind: notificationRecipient("recipient_kind").notNull(),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "cascade" }),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true, mode: "date" }),
    /** Collapses duplicates from retried jobs. */
    dedupeKey: text("dedupe_key"),
  },
  (t) => [
    index("notifications_employee_idx").on(t.employeeId, t.createdAt, t.id),
    index("notifications_employee_unread_idx").on(t.employeeId).where(sql`${t.readAt} is null`),
    index("notifications_client_idx").on(t.clientId, t.createdAt, t.id),
    index("notifications_undelivered_idx").on(t.organizationId, t.createdAt).where(sql`${t.deliveredAt} is null`),
    uniqueIndex("notifications_dedupe_uq").on(t.dedupeKey),
  ],
);

