import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, updatedAt } from "./columns.js";
import { invoiceLines, invoices } from "./invoices.js";
import { orders } from "./orders.js";
import { clients, organizations } from "./organization.js";
import { employees } from "./staff.js";

/** An online payment's life at the acquirer: PENDING until the resident pays or refuses. */
export const paymentState = pgEnum("payment_state", ["PENDING", "SUCCEEDED", "CANCELED", "FAILED"]);
/** The decision on a refund: residents' requests start REQUESTED; staff refunds start CONFIRMED. */
export const refundDecision = pgEnum("refund_decision", ["REQUESTED", "CONFIRMED", "REJECTED"]);
/**
 * Where the money of a confirmed refund is: NONE before a decision; PENDING → SUCCEEDED / FAILED
 * through the acquirer for online payments; RECORDED for a cash (MARKED_PAID) invoice, where staff
 * hand the money back themselves and the refund only records it.
 */
export const refundSettlement = pgEnum("refund_settlement", ["NONE", "PENDING", "SUCCEEDED", "FAILED", "RECORDED"]);
export const refundKind = pgEnum("refund_kind", ["FULL", "PARTIAL"]);

/**
 * An online payment of an invoice (§22 «оплачен через приложение»): the resident's attempt at the
 * provider. At most one SUCCEEDED payment per invoice (unique index): a notification delivered
 * twice pays once.
 */
export const payments = pgTable(
  "payments",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "set null" }),
    /** The provider's name (`builtin`, `yookassa`, …). */
    provider: text("provider").notNull(),
    /** The provider's id of the payment, once created there. */
    providerPaymentId: text("provider_payment_id"),
    /** The hosted page the resident is sent to. */
    confirmationUrl: text("confirmation_url"),
    /** Kopecks: the invoice's total when the payment was created. */
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
    state: paymentState("state").notNull().default("PENDING"),
    /** The client's key: the same key again returns this payment instead of a second one. */
    idempotencyKey: text("idempotency_key").notNull(),
    returnUrl: text("return_url").notNull(),
    failureReason: text("failure_reason"),
    succeededAt: timestamp("succeeded_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("payments_idempotency_uq").on(t.organizationId, t.idempotencyKey),
    uniqueIndex("payments_provider_id_uq").on(t.provider, t.providerPaymentId),
    uniqueIndex("payments_one_success_per_invoice_uq").on(t.invoiceId).where(sql`${t.state} = 'SUCCEEDED'`),
    index("payments_invoice_idx").on(t.invoiceId, t.createdAt),
    check("payments_amount_positive", sql`${t.amountKopecks} > 0`),
    check("payments_succeeded_has_when", sql`${t.state} <> 'SUCCEEDED' or ${t.succeededAt} is not null`),
  ],
);

/**
 * Every verified notification a provider sent, with what it did: the journal that makes webhooks
 * idempotent (one row per provider event id and organization) and records refused ones (amount
 * mismatch, another organization's payment, unknown payment). Forged notifications (bad signature)
 * never get here: they are refused before anything is written.
 */
export const paymentEvents = pgTable(
  "payment_events",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    eventId: text("event_id").notNull(),
    type: text("type").notNull(),
    providerObjectId: text("provider_object_id").notNull(),
    paymentId: uuid("payment_id").references(() => payments.id, { onDelete: "cascade" }),
    refundId: uuid("refund_id"),
    /** Kopecks the notification states. */
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }),
    /** APPLIED, UNCHANGED (stale or repeated state), AMOUNT_MISMATCH, FOREIGN_ORGANIZATION, UNKNOWN. */
    outcome: text("outcome").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("payment_events_event_uq").on(t.organizationId, t.provider, t.eventId),
    index("payment_events_payment_idx").on(t.paymentId, t.receivedAt),
  ],
);

/**
 * A refund of a paid invoice (§24 «Возврат»): full or partial (chosen lines, partial quantities).
 * Invariant (deferred trigger, see the migration): the refunds that hold money — requested, or
 * confirmed and not failed — never exceed what was paid, in total and per line, and a refund's
 * amount is the sum of its lines.
 */
export const refunds = pgTable(
  "refunds",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    /** The online payment refunded through the provider; null for a cash (MARKED_PAID) invoice. */
    paymentId: uuid("payment_id").references(() => payments.id),
    kind: refundKind("kind").notNull(),
    decision: refundDecision("decision").notNull(),
    settlement: refundSettlement("settlement").notNull().default("NONE"),
    /** Kopecks: the sum of the lines. */
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
    reason: text("reason").notNull(),
    /** Why staff rejected a request (or a note on confirming it). */
    decisionReason: text("decision_reason"),
    requestedByClientId: uuid("requested_by_client_id").references(() => clients.id, { onDelete: "set null" }),
    createdByEmployeeId: uuid("created_by_employee_id").references(() => employees.id),
    decidedByEmployeeId: uuid("decided_by_employee_id").references(() => employees.id),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }),
    providerRefundId: text("provider_refund_id"),
    /** Calls made to the provider for this refund (the first and at most one retry after a timeout). */
    providerAttempts: integer("provider_attempts").notNull().default(0),
    failureReason: text("failure_reason"),
    settledAt: timestamp("settled_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("refunds_invoice_idx").on(t.invoiceId, t.createdAt),
    index("refunds_org_order_idx").on(t.organizationId, t.orderId),
    check("refunds_amount_positive", sql`${t.amountKopecks} > 0`),
    check("refunds_reason_present", sql`length(btrim(${t.reason})) > 0`),
    check(
      "refunds_settlement_follows_decision",
      sql`(${t.decision} = 'CONFIRMED') = (${t.settlement} <> 'NONE')`,
    ),
  ],
);

/** What a refund gives back per invoice line: a quantity (up to the line's) and its kopecks. */
export const refundLines = pgTable(
  "refund_lines",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    refundId: uuid("refund_id")
      .notNull()
      .references(() => refunds.id, { onDelete: "cascade" }),
    invoiceLineId: uuid("invoice_line_id")
      .notNull()
      .references(() => invoiceLines.id, { onDelete: "cascade" }),
    quantity: numeric("quantity", { precision: 12, scale: 3 }).notNull(),
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
  },
  (t) => [
    uniqueIndex("refund_lines_refund_line_uq").on(t.refundId, t.invoiceLineId),
    index("refund_lines_line_idx").on(t.invoiceLineId),
    check("refund_lines_quantity_positive", sql`${t.quantity} > 0`),
    check("refund_lines_amount_nonneg", sql`${t.amountKopecks} >= 0`),
  ],
);

/**
 * The built-in acquirer's own books (development and demos): what a real acquirer keeps on its
 * side. Domovoy's `payments` never read these; the acquirer talks to Domovoy only through its API
 * calls and its signed notifications.
 */
export const demoAcquirerPayments = pgTable(
  "demo_acquirer_payments",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull(),
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
    description: text("description").notNull(),
    merchantName: text("merchant_name").notNull(),
    returnUrl: text("return_url").notNull(),
    metadata: jsonb("metadata").$type<Record<string, string>>().notNull(),
    /** pending → succeeded / canceled. */
    status: text("status").notNull().default("pending"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("demo_acquirer_payments_key_uq").on(t.organizationId, t.idempotencyKey), check("demo_acquirer_payments_amount_positive", sql`${t.amountKopecks} > 0`)],
);

export const demoAcquirerRefunds = pgTable(
  "demo_acquirer_refunds",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => demoAcquirerPayments.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull(),
    amountKopecks: bigint("amount_kopecks", { mode: "bigint" }).notNull(),
    status: text("status").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("demo_acquirer_refunds_key_uq").on(t.organizationId, t.idempotencyKey), check("demo_acquirer_refunds_amount_positive", sql`${t.amountKopecks} > 0`)],
);
