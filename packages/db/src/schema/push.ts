import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId } from "./columns.js";
import { notificationRecipient, notifications } from "./conversations.js";
import { clients, organizations } from "./organization.js";
import { employees } from "./staff.js";

/**
 * Web Push subscriptions: one per device (browser) and app of an employee (/m) or a resident (/r).
 * The endpoint is unique within an organization: the same browser registering again, or for
 * someone else after a sign-out, takes the row over instead of adding a second one.
 */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    recipientKind: notificationRecipient("recipient_kind").notNull(),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull(),
    /** The device's P-256 public key and authentication secret (base64url), which encrypt every payload. */
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    userAgent: text("user_agent"),
    /** The app's locale when the device registered (ru, en): its pushes are written in it. */
    locale: text("locale").notNull().default("ru"),
    createdAt: createdAt(),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true, mode: "date" }),
    lastFailureAt: timestamp("last_failure_at", { withTimezone: true, mode: "date" }),
    /** Failed sends since the last success (time-outs, 5xx, refusals); 404/410 delete the row instead. */
    failureCount: integer("failure_count").notNull().default(0),
  },
  (t) => [
    uniqueIndex("push_subscriptions_endpoint_uq").on(t.organizationId, t.endpoint),
    index("push_subscriptions_employee_idx").on(t.employeeId, t.createdAt),
    index("push_subscriptions_client_idx").on(t.clientId, t.createdAt),
    check("push_subscriptions_locale_ck", sql`${t.locale} in ('ru', 'en')`),
    check(
      "push_subscriptions_owner_ck",
      sql`(${t.recipientKind} = 'EMPLOYEE' and ${t.employeeId} is not null and ${t.clientId} is null) or (${t.recipientKind} = 'RESIDENT' and ${t.clientId} is not null and ${t.employeeId} is null)`,
    ),
  ],
);

/**
 * One notification for one device: written once when the notification is fanned out (the pair is
 * unique), sent by its own job, `sent_at` set in the transaction that saw the push service accept it.
 */
export const pushDeliveries = pgTable(
  "push_deliveries",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    notificationId: uuid("notification_id")
      .notNull()
      .references(() => notifications.id, { onDelete: "cascade" }),
    subscriptionId: uuid("subscription_id")
      .notNull()
      .references(() => pushSubscriptions.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    /** Why it was never sent: the push service refused it for good (a 4xx other than 404/410), or its retries ran out. */
    droppedReason: text("dropped_reason"),
  },
  (t) => [
    uniqueIndex("push_deliveries_uq").on(t.notificationId, t.subscriptionId),
    index("push_deliveries_subscription_idx").on(t.subscriptionId),
    // The periodic clean-up deletes the oldest.
    index("push_deliveries_created_idx").on(t.createdAt),
  ],
);

/**
 * The installation's VAPID key pair when none is configured (VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY):
 * made by the first instance that needs it and kept, since every subscription is bound to the
 * public key it was made with. At most one row.
 */
export const pushVapidKeys = pgTable(
  "push_vapid_keys",
  {
    id: smallint("id").primaryKey().default(1),
    publicKey: text("public_key").notNull(),
    privateKey: text("private_key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [check("push_vapid_keys_single_ck", sql`${t.id} = 1`)],
);
