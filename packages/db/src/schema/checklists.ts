import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, organizationId, updatedAt } from "./columns.js";
import { orderDocuments } from "./conversations.js";
import { orders } from "./orders.js";
import { organizations } from "./organization.js";
import { employees } from "./staff.js";

/**
 * An order's checklist: the service's template copied when the order is created (a later change of
 * the template leaves existing orders alone). Staff-only. A row per item, so two executors ticking
 * different items never overwrite each other; `version` catches two changes of the same item.
 */
export const orderChecklistItems = pgTable(
  "order_checklist_items",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    title: text("title").notNull(),
    /** Counts for «Нельзя закрыть без чек-листа». */
    required: boolean("required").notNull().default(true),
    photoRequired: boolean("photo_required").notNull().default(false),
    noteRequired: boolean("note_required").notNull().default(false),
    done: boolean("done").notNull().default(false),
    doneAt: timestamp("done_at", { withTimezone: true, mode: "date" }),
    doneByEmployeeId: uuid("done_by_employee_id").references(() => employees.id),
    note: text("note"),
    /** The photo, kept as one of the order's documents. */
    documentId: uuid("document_id").references(() => orderDocuments.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("order_checklist_items_order_position_uq").on(t.orderId, t.position),
    index("order_checklist_items_document_idx").on(t.documentId),
    check("order_checklist_items_done_consistent", sql`${t.done} = (${t.doneAt} is not null)`),
  ],
);
