import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, updatedAt } from "./columns.js";
import { actorKind } from "./actor.js";
import { buildings, organizations, premises } from "./organization.js";
import { services } from "./services.js";
import { departments, employees } from "./staff.js";

export const incidentStatus = pgEnum("incident_status", ["OPEN", "IN_PROGRESS", "PAUSED", "DONE", "CANCELLED"]);

/** Per-organization counter behind the human incident number (its own sequence, not the orders'). */
export const incidentCounters = pgTable("incident_counters", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  lastNumber: integer("last_number").notNull().default(0),
});

/** A mass problem («нет горячей воды во всём доме»); orders attach to it through `orders.incident_id`. */
export const incidents = pgTable(
  "incidents",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    departmentId: uuid("department_id").references(() => departments.id),
    status: incidentStatus("status").notNull().default("OPEN"),
    /** Staff-only; sticky across status changes until someone clears it (as on orders). */
    statusComment: text("status_comment"),
    plannedStartAt: timestamp("planned_start_at", { withTimezone: true, mode: "date" }),
    plannedEndAt: timestamp("planned_end_at", { withTimezone: true, mode: "date" }),
    createdByEmployeeId: uuid("created_by_employee_id").references(() => employees.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: timestamp("closed_at", { withTimezone: true, mode: "date" }),
    /** Optimistic concurrency, as on orders: a save carrying an older one is a conflict. */
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("incidents_org_number_uq").on(t.organizationId, t.number),
    index("incidents_org_status_updated_idx").on(t.organizationId, t.status, t.updatedAt, t.id),
    index("incidents_org_updated_idx").on(t.organizationId, t.updatedAt, t.id),
    index("incidents_org_service_idx").on(t.organizationId, t.serviceId).where(sql`${t.status} in ('OPEN', 'IN_PROGRESS', 'PAUSED')`),
  ],
);

/** Buildings an incident covers; a row per named premise, or one with no premise for the whole building. */
export const incidentScope = pgTable(
  "incident_scope",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    buildingId: uuid("building_id")
      .notNull()
      .references(() => buildings.id),
    premiseId: uuid("premise_id").references(() => premises.id),
  },
  (t) => [
    index("incident_scope_incident_idx").on(t.incidentId),
    index("incident_scope_building_idx").on(t.buildingId, t.incidentId),
    uniqueIndex("incident_scope_uq").on(t.incidentId, t.buildingId, sql`coalesce(${t.premiseId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
  ],
);

/** Ordered responsible employees; position 0 is the main one. */
export const incidentResponsibles = pgTable(
  "incident_responsibles",
  {
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id),
    position: smallint("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.employeeId] }), uniqueIndex("incident_responsibles_position_uq").on(t.incidentId, t.position)],
);

/** Append-only history of an incident. */
export const incidentEvents = pgTable(
  "incident_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    incidentId: uuid("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    actorKind: actorKind("actor_kind").notNull(),
    actorEmployeeId: uuid("actor_employee_id").references(() => employees.id),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [index("incident_events_incident_idx").on(t.incidentId, t.id)],
);
