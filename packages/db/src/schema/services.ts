import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgEnum, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, updatedAt } from "./columns.js";
import { organizations } from "./organization.js";
import { departments } from "./staff.js";

export const serviceKind = pgEnum("service_kind", ["STANDARD", "APPOINTMENT", "PAID"]);

export type OrderFormFieldType = "TEXT" | "NUMBER" | "DATE" | "SELECT" | "CHECKBOX";

export type OrderFormField = {
  /** Stable key the order's answers are stored under. */
  key: string;
  label: string;
  type: OrderFormFieldType;
  required: boolean;
  /** Choices of a SELECT field. */
  options: string[];
};

/** An item of a service's checklist template; the flags default as shown when absent (older templates). */
export type ChecklistTemplateItem = { title: string; required?: boolean; photoRequired?: boolean; noteRequired?: boolean };

export const services = pgTable(
  "services",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    kind: serviceKind("kind").notNull().default("STANDARD"),
    departmentId: uuid("department_id").references(() => departments.id),
    /** SLA limits in minutes; null means the service sets no limit. */
    slaReactionMinutes: integer("sla_reaction_minutes"),
    slaExecutionMinutes: integer("sla_execution_minutes"),
    maxExecutors: smallint("max_executors").notNull().default(1),
    residentMayReopen: boolean("resident_may_reopen").notNull().default(true),
    documentRequiredToClose: boolean("document_required_to_close").notNull().default(false),
    /** «Нельзя закрыть без чек-листа»: DONE waits until every required checklist item is done. */
    checklistRequiredToClose: boolean("checklist_required_to_close").notNull().default(false),
    refundsAllowed: boolean("refunds_allowed").notNull().default(false),
    routingEnabled: boolean("routing_enabled").notNull().default(false),
    orderForm: jsonb("order_form").$type<OrderFormField[]>().notNull().default(sql`'[]'::jsonb`),
    checklistTemplate: jsonb("checklist_template").$type<ChecklistTemplateItem[]>().notNull().default(sql`'[]'::jsonb`),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("services_max_executors_range", sql`${t.maxExecutors} between 1 and 4`),
    check("services_sla_positive", sql`coalesce(${t.slaReactionMinutes}, 1) > 0 and coalesce(${t.slaExecutionMinutes}, 1) > 0`),
    index("services_org_name_idx").on(t.organizationId, t.name, t.id),
    index("services_name_fold_trgm_idx").using("gin", sql`search_fold(${t.name}) gin_trgm_ops`),
    index("services_department_idx").on(t.departmentId),
  ],
);

export const priceListItems = pgTable(
  "price_list_items",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit").notNull().default("шт."),
    /** Kopecks. */
    unitPrice: bigint("unit_price", { mode: "bigint" }).notNull(),
    active: boolean("active").notNull().default(true),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("price_list_items_price_nonneg", sql`${t.unitPrice} >= 0`),
    index("price_list_items_service_idx").on(t.organizationId, t.serviceId, t.position),
  ],
);
