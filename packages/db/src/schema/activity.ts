import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId } from "./columns.js";
import { integrationTokens } from "./auth.js";
import { clients, organizations, premises } from "./organization.js";
import { orders } from "./orders.js";

/**
 * Kinds of client activity that come from other systems (§11). Orders, chat messages and calls
 * are read from their own tables; these arrive through the partner API.
 */
export const clientActivityKind = pgEnum("client_activity_kind", ["PAYMENT", "PASS", "SURVEY", "MEETING", "METER_READING", "CALL", "OTHER"]);

export const clientActivities = pgTable(
  "client_activities",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    premiseId: uuid("premise_id").references(() => premises.id, { onDelete: "set null" }),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "set null" }),
    kind: clientActivityKind("kind").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull(),
    title: text("title").notNull(),
    details: text("details"),
    /** Kopecks, for payments. */
    amount: bigint("amount", { mode: "bigint" }),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** The partner's id: ingestion is idempotent by (organization, source, externalId). */
    source: text("source").notNull(),
    externalId: text("external_id").notNull(),
    integrationTokenId: uuid("integration_token_id").references(() => integrationTokens.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("client_activities_external_uq").on(t.organizationId, t.source, t.externalId),
    index("client_activities_client_idx").on(t.clientId, t.occurredAt, t.id),
    index("client_activities_order_idx").on(t.orderId, t.occurredAt),
    // The premise card's activity: partner entries tied to the premise, newest first.
    index("client_activities_premise_idx").on(t.premiseId, t.occurredAt, t.id),
  ],
);
