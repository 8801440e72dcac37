import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, updatedAt } from "./columns.js";
import { objectGroups, organizations, quarters } from "./organization.js";

export type RoleNotificationSettings = {
  /** New orders: none, all, or only those of the listed services/departments (empty lists = all). */
  newOrders: boolean;
  serviceIds: string[];
  departmentIds: string[];
  /** Resident chat messages on orders the employee executes. */
  chatMessages: boolean;
  /** Important comments on orders the employee executes. */
  importantComments: boolean;
  /** Refund requests (only meaningful with the REFUNDS_MANAGE permission). */
  refundRequests: boolean;
};

export const roles = pgTable(
  "roles",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    permissions: text("permissions").array().notNull().default(sql`'{}'::text[]`),
    notificationSettings: jsonb("notification_settings").$type<RoleNotificationSettings>().notNull(),
    /** Grows with every edit: an editor that started from an older one is refused (CONFLICT). */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("roles_org_name_uq").on(t.organizationId, t.name), index("roles_org_name_idx").on(t.organizationId, t.name, t.id)],
);

export const employees = pgTable(
  "employees",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    roleId: uuid("role_id")
      .notNull()
      .references(() => roles.id),
    fullName: text("full_name").notNull(),
    /** Stored lower-case; staff sign in with it, so it is unique across organizations. */
    email: text("email").notNull(),
    phone: text("phone"),
    position: text("position"),
    /** The employee's PBX extension: telephony routes a call's screen-pop to it. Unique in the organization. */
    extension: text("extension"),
    avatarUrl: text("avatar_url"),
    active: boolean("active").notNull().default(true),
    passwordHash: text("password_hash"),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("employees_email_uq").on(t.email),
    uniqueIndex("employees_org_extension_uq").on(t.organizationId, t.extension),
    index("employees_org_name_idx").on(t.organizationId, t.fullName, t.id),
    index("employees_name_fold_trgm_idx").using("gin", sql`search_fold(${t.fullName}) gin_trgm_ops`),
    /** A role's holders by name (the role page's list, keyset-paginated) and the per-role counts. */
    index("employees_role_name_idx").on(t.roleId, t.fullName, t.id),
  ],
);

export const departments = pgTable(
  "departments",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Grows with every edit (name or members): an editor that started from an older one is refused. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("departments_org_name_uq").on(t.organizationId, t.name), index("departments_org_name_idx").on(t.organizationId, t.name, t.id)],
);

export const departmentEmployees = pgTable(
  "department_employees",
  {
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.departmentId, t.employeeId] }), index("department_employees_employee_idx").on(t.employeeId)],
);

export const quarterAdministrators = pgTable(
  "quarter_administrators",
  {
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    quarterId: uuid("quarter_id")
      .notNull()
      .references(() => quarters.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.quarterId, t.employeeId] })],
);

export const objectGroupAdministrators = pgTable(
  "object_group_administrators",
  {
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    objectGroupId: uuid("object_group_id")
      .notNull()
      .references(() => objectGroups.id, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.objectGroupId, t.employeeId] })],
);
