import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, updatedAt } from "./columns.js";
import { integrationTokens } from "./auth.js";
import { storedFiles } from "./files.js";
import { orders } from "./orders.js";
import { organizations } from "./organization.js";
import { employees } from "./staff.js";

export const callDirection = pgEnum("call_direction", ["INCOMING", "OUTGOING"]);
export const callStatus = pgEnum("call_status", ["RINGING", "ANSWERED", "ENDED", "MISSED"]);

/**
 * Calls reported by telephony through the partner API (issue #12). One row per call, idempotent by
 * (organization, source, externalCallId); the row holds the facts the events told (packages/domain
 * calls/status.ts) and the status derived from them.
 */
export const calls = pgTable(
  "calls",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    /** The telephony system (the integration's name unless it says otherwise). */
    source: text("source").notNull(),
    externalCallId: text("external_call_id").notNull(),
    integrationTokenId: uuid("integration_token_id").references(() => integrationTokens.id),
    direction: callDirection("direction").notNull(),
    /** As the provider sent them (a PBX may send extensions or odd formats). */
    callerNumber: text("caller_number").notNull(),
    calleeNumber: text("callee_number").notNull(),
    /** The outside party's number in E.164 (caller for incoming, callee for outgoing); null when it is no phone number. */
    clientNumber: text("client_number"),
    /** The staff extension the PBX routed the call to, and the employee when known. */
    extension: text("extension"),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "set null" }),
    status: callStatus("status").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true, mode: "date" }),
    endedAt: timestamp("ended_at", { withTimezone: true, mode: "date" }),
    missedReported: boolean("missed_reported").notNull().default(false),
    reportedDuration: integer("reported_duration"),
    /** Seconds of conversation once the call ended (derived; 0 when unanswered). */
    durationSeconds: integer("duration_seconds"),
    /** The conversation's recording (a CALL_RECORDING stored file); dropped after the organization's retention period. */
    recordingFileId: uuid("recording_file_id").references(() => storedFiles.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("calls_external_uq").on(t.organizationId, t.source, t.externalCallId),
    index("calls_org_started_idx").on(t.organizationId, t.startedAt, t.id),
    index("calls_org_number_idx").on(t.organizationId, t.clientNumber),
    /** «Поиск по номеру»: any run of 3+ digits of the outside number (`like '%digits%'`). */
    index("calls_client_number_trgm_idx").using("gin", sql`${t.clientNumber} gin_trgm_ops`),
    /** The retention sweep: calls that still hold a recording, oldest first. */
    index("calls_recording_started_idx")
      .on(t.startedAt)
      .where(sql`${t.recordingFileId} is not null`),
    index("calls_live_idx")
      .on(t.organizationId, t.startedAt)
      .where(sql`${t.status} in ('RINGING', 'ANSWERED')`),
  ],
);

/** Orders a call is about (a call may concern several orders, an order may have several calls). */
export const orderCalls = pgTable(
  "order_calls",
  {
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    callId: uuid("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    linkedByEmployeeId: uuid("linked_by_employee_id").references(() => employees.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.orderId] }), index("order_calls_order_idx").on(t.orderId, t.callId)],
);
