import { sql } from "drizzle-orm";
import { bigint, check, index, integer, numeric, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, updatedAt } from "./columns.js";
import { invoiceState, orders } from "./orders.js";
import { organizations } from "./organization.js";
import { priceListItems } from "./services.js";
import { employees } from "./staff.js";

/**
 * Счёт на оплату (§22–§23): one per order. `state` is never NONE here (NONE is the order's «no
 * invoice»); `orders.invoice_state` mirrors it in the same transaction (labels and list filters
 * read the order's column), and a deferred trigger (migration) refuses a commit where the mirror or
 * `total_kopecks` = sum of the lines' totals does not hold. The online payment part adds its own
 * `payments`/`refunds` tables pointing here and sets PAID/`paid_at`.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    state: invoiceState("state").notNull().default("DRAFT"),
    /** Kopecks: the sum of the lines' totals. */
    totalKopecks: bigint("total_kopecks", { mode: "bigint" }).notNull().default(sql`0`),
    createdByEmployeeId: uuid("created_by_employee_id").references(() => employees.id),
    /** The last «Активировать в ЛК» (kept through «Сделать неоплаченным» until the next issue). */
    issuedAt: timestamp("issued_at", { withTimezone: true, mode: "date" }),
    issuedByEmployeeId: uuid("issued_by_employee_id").references(() => employees.id),
    markedPaidAt: timestamp("marked_paid_at", { withTimezone: true, mode: "date" }),
    markedPaidByEmployeeId: uuid("marked_paid_by_employee_id").references(() => employees.id),
    /** Paid online (set by the payment part). */
    paidAt: timestamp("paid_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Optimistic concurrency: every change bumps it; a change carrying an older one is a conflict. */
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("invoices_order_uq").on(t.orderId),
    index("invoices_org_state_idx").on(t.organizationId, t.state),
    check("invoices_state_not_none", sql`${t.state} <> 'NONE'`),
    check("invoices_total_nonneg", sql`${t.totalKopecks} >= 0`),
    check("invoices_issued_has_when", sql`${t.state} = 'DRAFT' or ${t.issuedAt} is not null`),
    check("invoices_marked_paid_has_who", sql`${t.state} <> 'MARKED_PAID' or (${t.markedPaidAt} is not null and ${t.markedPaidByEmployeeId} is not null)`),
    check("invoices_paid_has_when", sql`${t.state} <> 'PAID' or ${t.paidAt} is not null`),
  ],
);

/**
 * A line of an invoice: a copy of the price-list item's name, unit and price when it was added
 * (a later price change does not move an invoice), the quantity, the discount and the total.
 * The CHECK constraints are the money rules of @domovoy/domain (invoices/money.ts) in SQL.
 */
export const invoiceLines = pgTable(
  "invoice_lines",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    priceListItemId: uuid("price_list_item_id").references(() => priceListItems.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    /** Kopecks per unit. */
    unitPriceKopecks: bigint("unit_price_kopecks", { mode: "bigint" }).notNull(),
    /** Up to 3 fraction digits (1.5 hours); whole for counted units (checked in code). */
    quantity: numeric("quantity", { precision: 12, scale: 3 }).notNull(),
    discountPercent: smallint("discount_percent").notNull().default(0),
    /** Kopecks: round half up (unit price × quantity × (100 − discount) / 100). */
    totalKopecks: bigint("total_kopecks", { mode: "bigint" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("invoice_lines_invoice_idx").on(t.invoiceId, t.position),
    check("invoice_lines_price_range", sql`${t.unitPriceKopecks} between 0 and 10000000000`),
    check("invoice_lines_quantity_range", sql`${t.quantity} > 0 and ${t.quantity} <= 100000`),
    check("invoice_lines_discount_range", sql`${t.discountPercent} between 0 and 100`),
    check(
      "invoice_lines_total_rule",
      sql`${t.totalKopecks} = floor(${t.unitPriceKopecks}::numeric * ${t.quantity} * (100 - ${t.discountPercent}) / 100 + 0.5)`,
    ),
  ],
);
