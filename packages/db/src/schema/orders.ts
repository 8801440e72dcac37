import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { actorKind } from "./actor.js";
import { createdAt, id, organizationId, updatedAt } from "./columns.js";
import { incidents } from "./incidents.js";
import { buildings, clients, organizations, premises } from "./organization.js";
import { services } from "./services.js";
import { departments, employees } from "./staff.js";

export const orderStatus = pgEnum("order_status", ["PENDING", "IN_PROGRESS", "DONE", "PAUSED", "CANCELLED", "REOPENED", "APPROVAL", "NEEDS_CLARIFICATION"]);
export const orderChannel = pgEnum("order_channel", ["INCOMING_CALL", "OUTGOING_CALL", "VISIT", "EMAIL", "MESSENGER", "INTERNAL", "RESIDENT_APP", "OTHER"]);
export const slaOutcome = pgEnum("sla_outcome", ["KEPT", "BREACHED"]);
export const invoiceState = pgEnum("invoice_state", ["NONE", "DRAFT", "ISSUED", "MARKED_PAID", "PAID"]);
export const refundState = pgEnum("refund_state", ["NONE", "REQUESTED", "CONFIRMED", "REJECTED"]);

export { actorKind };

export type FormAnswers = Record<string, string | number | boolean | null>;

/** Per-organization counter behind the human order number. */
export const orderCounters = pgTable("order_counters", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  lastNumber: integer("last_number").notNull().default(0),
});

export const orders = pgTable(
  "orders",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    channel: orderChannel("channel").notNull(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    departmentId: uuid("department_id").references(() => departments.id),
    buildingId: uuid("building_id")
      .notNull()
      .references(() => buildings.id),
    premiseId: uuid("premise_id").references(() => premises.id),
    clientId: uuid("client_id").references(() => clients.id),
    description: text("description"),
    formAnswers: jsonb("form_answers").$type<FormAnswers>().notNull().default(sql`'{}'::jsonb`),
    status: orderStatus("status").notNull(),
    /** Staff-only; sticky across status changes until someone clears it. */
    statusComment: text("status_comment"),
    resumeBy: timestamp("resume_by", { withTimezone: true, mode: "date" }),
    incidentId: uuid("incident_id").references(() => incidents.id, { onDelete: "set null" }),
    /**
     * A resident's order made while an open incident covered its building and service: the
     * dispatcher sees «возможно, относится к инциденту №N» (when the organization does not attach such orders itself).
     */
    suggestedIncidentId: uuid("suggested_incident_id").references(() => incidents.id, { onDelete: "set null" }),
    createdByKind: actorKind("created_by_kind").notNull(),
    createdByEmployeeId: uuid("created_by_employee_id").references(() => employees.id),
    createdByClientId: uuid("created_by_client_id").references(() => clients.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    firstInProgressAt: timestamp("first_in_progress_at", { withTimezone: true, mode: "date" }),
    doneAt: timestamp("done_at", { withTimezone: true, mode: "date" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true, mode: "date" }),
    /** SLA limits copied from the service when the order is created: later edits do not move deadlines. */
    slaReactionMinutes: integer("sla_reaction_minutes"),
    slaExecutionMinutes: integer("sla_execution_minutes"),
    reactionDueAt: timestamp("reaction_due_at", { withTimezone: true, mode: "date" }),
    executionDueAt: timestamp("execution_due_at", { withTimezone: true, mode: "date" }),
    /** Recorded outcomes (history and the «SLA breached» filter); null while undecided. */
    slaReaction: slaOutcome("sla_reaction"),
    slaExecution: slaOutcome("sla_execution"),
    importantCommentUnseen: boolean("important_comment_unseen").notNull().default(false),
    invoiceState: invoiceState("invoice_state").notNull().default("NONE"),
    /** The resident's current rating 1–5 (§14); every rating given is kept in `order_ratings`. */
    rating: smallint("rating"),
    /** How many times the order reached DONE; a rating belongs to one completion. */
    completions: integer("completions").notNull().default(0),
    refundState: refundState("refund_state").notNull().default("NONE"),
    /** Optimistic concurrency: every edit bumps it; a save carrying an older one is a conflict. */
    version: integer("version").notNull().default(1),
    /**
     * Bumped by every change, also those that are not edits (SLA outcomes, «seen», important
     * comments), so clients can tell which of two snapshots is newer.
     */
    revision: integer("revision").notNull().default(1),
  },
  (t) => [
    uniqueIndex("orders_org_number_uq").on(t.organizationId, t.number),
    // Lists sort by (important comment first, sort column, id): these indexes serve that order directly.
    index("orders_org_updated_idx").on(t.organizationId, t.importantCommentUnseen, t.updatedAt, t.id),
    index("orders_org_created_idx").on(t.organizationId, t.importantCommentUnseen, t.createdAt, t.id),
    index("orders_org_new_idx")
      .on(t.organizationId, t.importantCommentUnseen, t.updatedAt, t.id)
      .where(sql`${t.status} in ('PENDING', 'REOPENED') and ${t.incidentId} is null`),
    // A status tab's page and its count from the index alone: incident_id is in the predicate, so
    // neither reads heap pages to drop orders attached to an incident.
    index("orders_org_status_idx")
      .on(t.organizationId, t.status, t.importantCommentUnseen, t.updatedAt, t.id)
      .where(sql`${t.incidentId} is null`),
    // A service + status filter's count from the index alone too: with incident_id at its end, «not
    // attached to an incident» is checked in the index (1M orders: 2,061 buffers → 47 for 4k orders).
    index("orders_org_service_status_idx").on(t.organizationId, t.serviceId, t.status, t.updatedAt, t.incidentId),
    index("orders_org_number_text_idx").on(t.organizationId, sql`(${t.number}::text) text_pattern_ops`),
    // The search box finds services, buildings and clients by their trigram indexes, then their orders
    // here: the first page in the list's order (important first, newest change first) read straight off
    // the index, and the count index-only (organization and incident are in the index too).
    index("orders_building_idx").on(t.buildingId, t.importantCommentUnseen, t.updatedAt, t.id, t.organizationId, t.incidentId),
    index("orders_client_idx").on(t.clientId, t.importantCommentUnseen, t.updatedAt, t.id, t.organizationId, t.incidentId),
    // The premise card's orders, newest first (keyset on created_at, id).
    index("orders_premise_created_idx").on(t.premiseId, t.createdAt, t.id),
    index("orders_department_idx").on(t.departmentId),
    // An employee's own orders (OrderScope OWN) are those they execute and those they created.
    index("orders_created_by_employee_idx").on(t.createdByEmployeeId).where(sql`${t.createdByEmployeeId} is not null`),
    index("orders_incident_idx").on(t.incidentId),
    index("orders_org_rating_idx").on(t.organizationId, t.rating),
    index("orders_org_done_idx").on(t.organizationId, t.doneAt),
    // «Сводка» reads whole days from its rollups and only the period's partial edge days from orders.
    index("orders_org_created_at_idx").on(t.organizationId, t.createdAt),
    index("orders_reaction_due_idx").on(t.reactionDueAt).where(sql`${t.slaReaction} is null`),
  ],
);

/** Ordered executors; position 0 is the responsible one. */
export const orderExecutors = pgTable(
  "order_executors",
  {
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id),
    position: smallint("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.employeeId] }),
    uniqueIndex("order_executors_position_uq").on(t.orderId, t.position),
    index("order_executors_employee_idx").on(t.employeeId, t.orderId),
  ],
);

/** Append-only history of an order. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    actorKind: actorKind("actor_kind").notNull(),
    actorEmployeeId: uuid("actor_employee_id").references(() => employees.id),
    /** Set when the change came through an incident. */
    viaIncidentId: uuid("via_incident_id"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId, t.id)],
);

/** Per employee and list: saved filters and columns (§3, §5, §6). */
export const listPreferences = pgTable(
  "list_preferences",
  {
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    list: text("list").notNull(),
    filters: jsonb("filters").$type<Record<string, unknown>>(),
    columns: jsonb("columns").$type<string[]>(),
    reportFields: jsonb("report_fields").$type<string[]>(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.employeeId, t.list] })],
);

/** Comments for colleagues (§20): staff-only, never edited or deleted. */
export const orderComments = pgTable(
  "order_comments",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    authorEmployeeId: uuid("author_employee_id")
      .notNull()
      .references(() => employees.id),
    text: text("text").notNull(),
    important: boolean("important").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("order_comments_order_idx").on(t.orderId, t.createdAt)],
);
