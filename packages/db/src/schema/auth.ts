import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId } from "./columns.js";
import { clients, organizations } from "./organization.js";
import { employees } from "./staff.js";

export const sessionKind = pgEnum("session_kind", ["EMPLOYEE", "RESIDENT"]);

/** Opaque bearer sessions: only the SHA-256 of the token is stored. */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    kind: sessionKind("kind").notNull(),
    employeeId: uuid("employee_id").references(() => employees.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("sessions_expires_idx").on(t.expiresAt), index("sessions_employee_idx").on(t.employeeId), index("sessions_client_idx").on(t.clientId)],
);

/**
 * One-time sign-in codes for residents, hashed; a phone may belong to clients of several
 * organizations. Every request makes a row, for unknown phones too (their code is never sent), so
 * the limits answer the same for every phone; `requested_from` (the client address) limits how
 * many phones one address asks codes for.
 */
export const residentCodes = pgTable(
  "resident_codes",
  {
    id: id(),
    phone: text("phone").notNull(),
    codeHash: text("code_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true, mode: "date" }),
    requestedFrom: text("requested_from"),
  },
  (t) => [index("resident_codes_phone_idx").on(t.phone, t.createdAt), index("resident_codes_requested_from_idx").on(t.requestedFrom, t.createdAt)],
);

/**
 * Counters of rate-limiter-flexible's Drizzle store (staff sign-in throttling, per account and per
 * client address) when no Redis is configured; the columns are the ones the library reads.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    points: integer("points").notNull().default(0),
    expire: timestamp("expire", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("rate_limits_expire_idx").on(t.expire)],
);

/** Partner integrations (telephony, billing) authenticate with a long-lived token, scoped to one organization. */
export const integrationTokens = pgTable("integration_tokens", {
  id: id(),
  organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
  revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
});
