import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, updatedAt } from "./columns.js";

/** Bumped by every edit; an edit made on an older version is refused (CONFLICT). */
const version = () => integer("version").notNull().default(1);

export const organizations = pgTable("organizations", {
  id: id(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  timeZone: text("time_zone").notNull().default("Europe/Moscow"),
  phone: text("phone"),
  email: text("email"),
  address: text("address"),
  /** A resident's new order for the building and service of an open incident is attached to it at once (off: only flagged). */
  incidentAutoAttach: boolean("incident_auto_attach").notNull().default(false),
  /** Call recordings (personal data) are deleted this many days after the call started. */
  callRecordingRetentionDays: integer("call_recording_retention_days").notNull().default(365),
  createdAt: createdAt(),
});

export const legalEntities = pgTable(
  "legal_entities",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    inn: text("inn"),
    kpp: text("kpp"),
    ogrn: text("ogrn"),
    address: text("address"),
    phone: text("phone"),
    email: text("email"),
    /** Bank requisites printed on the contract and the act (§22 «Скачать документы»). */
    bankName: text("bank_name"),
    /** БИК: 9 digits. */
    bik: text("bik"),
    /** Расчётный счёт: 20 digits. */
    settlementAccount: text("settlement_account"),
    /** Корреспондентский счёт: 20 digits. */
    correspondentAccount: text("correspondent_account"),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index("legal_entities_org_name_idx").on(t.organizationId, t.name, t.id)],
);

export const quarters = pgTable(
  "quarters",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index("quarters_org_name_idx").on(t.organizationId, t.name, t.id)],
);

export const objectGroups = pgTable(
  "object_groups",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index("object_groups_org_name_idx").on(t.organizationId, t.name, t.id)],
);

export const buildings = pgTable(
  "buildings",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    address: text("address").notNull(),
    quarterId: uuid("quarter_id").references(() => quarters.id),
    objectGroupId: uuid("object_group_id").references(() => objectGroups.id),
    legalEntityId: uuid("legal_entity_id").references(() => legalEntities.id),
    /** Archived: kept for the orders that name it, hidden from pickers, closed to new orders. */
    archivedAt: timestamp("archived_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("buildings_org_address_idx").on(t.organizationId, t.address, t.id),
    // search_fold (lower case, ё as е): the search box matches folded text on both sides.
    index("buildings_address_fold_trgm_idx").using("gin", sql`search_fold(${t.address}) gin_trgm_ops`),
    index("buildings_quarter_idx").on(t.quarterId),
    index("buildings_object_group_idx").on(t.objectGroupId),
  ],
);

export const premises = pgTable(
  "premises",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    buildingId: uuid("building_id")
      .notNull()
      .references(() => buildings.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    /** Sort key that orders «2» before «10». */
    sortKey: text("sort_key").notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    personalAccount: text("personal_account"),
    note: text("note"),
    /** Utility balance in kopecks: negative is a debt, positive an advance. */
    utilityBalance: bigint("utility_balance", { mode: "bigint" }).notNull().default(sql`0`),
    /** Archived: kept for the orders that name it, hidden from pickers, closed to new orders. */
    archivedAt: timestamp("archived_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("premises_building_number_uq").on(t.buildingId, t.number),
    index("premises_org_building_sort_idx").on(t.organizationId, t.buildingId, t.sortKey, t.id),
    index("premises_account_idx").on(t.organizationId, t.personalAccount),
  ],
);

export const clients = pgTable(
  "clients",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    fullName: text("full_name").notNull(),
    /** E.164 without spaces, e.g. +79161234567. */
    phone: text("phone").notNull(),
    email: text("email"),
    avatarUrl: text("avatar_url"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    note: text("note"),
    lastAppLoginAt: timestamp("last_app_login_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("clients_org_phone_uq").on(t.organizationId, t.phone),
    index("clients_phone_idx").on(t.phone),
    index("clients_org_name_idx").on(t.organizationId, t.fullName, t.id),
    index("clients_name_fold_trgm_idx").using("gin", sql`search_fold(${t.fullName}) gin_trgm_ops`),
    index("clients_phone_trgm_idx").using("gin", sql`${t.phone} gin_trgm_ops`),
  ],
);

export const clientPremises = pgTable(
  "client_premises",
  {
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    premiseId: uuid("premise_id")
      .notNull()
      .references(() => premises.id, { onDelete: "cascade" }),
    isOwner: boolean("is_owner").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.premiseId] }), index("client_premises_premise_idx").on(t.premiseId)],
);
