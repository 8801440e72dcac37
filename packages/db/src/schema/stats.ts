import { date, index, integer, numeric, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { orderStatus } from "./orders.js";
import { organizations } from "./organization.js";

/**
 * «Сводка» rollups, kept by triggers on orders and order_executors in the same transaction as the
 * change (migration 0006 holds the triggers and `order_stats_rebuild(organization)`), so the
 * dashboard reads days and counters instead of scanning orders. Rows without a department use the
 * zero uuid (a primary key cannot hold null).
 */
export const NO_DEPARTMENT = "00000000-0000-0000-0000-000000000000";

const organizationColumn = () => ({
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
});

/** The figures every rollup keeps for its orders (fresh builders per table). `done`: DONE orders whose done_at falls in the row's period. */
const figureColumns = () => ({
  created: integer("created").notNull().default(0),
  done: integer("done").notNull().default(0),
  reactionN: integer("reaction_n").notNull().default(0),
  reactionSeconds: numeric("reaction_seconds").notNull().default("0"),
  executionN: integer("execution_n").notNull().default(0),
  executionSeconds: numeric("execution_seconds").notNull().default("0"),
  rating1: integer("rating_1").notNull().default(0),
  rating2: integer("rating_2").notNull().default(0),
  rating3: integer("rating_3").notNull().default(0),
  rating4: integer("rating_4").notNull().default(0),
  rating5: integer("rating_5").notNull().default(0),
});

/** SLA outcomes per clock: decided, and of those kept. */
const slaOutcomeColumns = () => ({
  reactionKept: integer("reaction_kept").notNull().default(0),
  reactionDecided: integer("reaction_decided").notNull().default(0),
  executionKept: integer("execution_kept").notNull().default(0),
  executionDecided: integer("execution_decided").notNull().default(0),
});

/** Per day of the organization's calendar, service and department: orders created that day and their figures, and orders done that day. */
export const orderDailyStats = pgTable(
  "order_daily_stats",
  {
    ...organizationColumn(),
    day: date("day", { mode: "string" }).notNull(),
    serviceId: uuid("service_id").notNull(),
    departmentId: uuid("department_id").notNull(),
    ...figureColumns(),
    ...slaOutcomeColumns(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.day, t.serviceId, t.departmentId] })],
);

/**
 * Per day of the organization's calendar, the whole organization: order_daily_stats summed over
 * services and departments (kept by the same trigger functions, migration 0020), so a year of the
 * «Сводка» without a department or service reads 365 rows instead of ~7,000.
 */
export const orderOrgDailyStats = pgTable(
  "order_org_daily_stats",
  {
    ...organizationColumn(),
    day: date("day", { mode: "string" }).notNull(),
    ...figureColumns(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.day] })],
);

/**
 * Per month of the organization's calendar (its first day), service and department: order_daily_stats
 * summed per month (kept by the same trigger functions, migration 0027), so a long period of the
 * «Сводка» grouped by service or department reads a dozen months instead of every day.
 */
export const orderMonthlyStats = pgTable(
  "order_monthly_stats",
  {
    ...organizationColumn(),
    month: date("month", { mode: "string" }).notNull(),
    serviceId: uuid("service_id").notNull(),
    departmentId: uuid("department_id").notNull(),
    ...figureColumns(),
    ...slaOutcomeColumns(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.month, t.serviceId, t.departmentId] })],
);

/** Orders now per status, service and department. */
export const orderStatusCounts = pgTable(
  "order_status_counts",
  {
    ...organizationColumn(),
    serviceId: uuid("service_id").notNull(),
    departmentId: uuid("department_id").notNull(),
    status: orderStatus("status").notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.serviceId, t.departmentId, t.status] })],
);

/** Open orders (not DONE/CANCELLED) each employee executes now. */
export const employeeOpenOrders = pgTable(
  "employee_open_orders",
  {
    employeeId: uuid("employee_id").primaryKey(),
    ...organizationColumn(),
    n: integer("n").notNull().default(0),
  },
  (t) => [index("employee_open_orders_org_idx").on(t.organizationId)],
);
