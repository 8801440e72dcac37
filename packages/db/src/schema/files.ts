import { sql } from "drizzle-orm";
import { bigint, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId } from "./columns.js";
import { clients, organizations } from "./organization.js";
import { actorKind } from "./orders.js";
import { employees } from "./staff.js";

/** What a stored file is for; decides who may attach and download it. */
export const filePurpose = pgEnum("file_purpose", ["ORDER_DOCUMENT", "CHAT_ATTACHMENT", "REPORT", "CALL_RECORDING", "INVOICE_DOCUMENT", "PREMISES_IMPORT"]);

/**
 * Every file the product keeps. The bytes live in the storage backend under `storageKey`; this row
 * is written only after the bytes are safely stored. An upload not yet used by a mutation has
 * `attachedAt` null and is swept after a while.
 */
export const storedFiles = pgTable(
  "stored_files",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    purpose: filePurpose("purpose").notNull(),
    storageKey: text("storage_key").notNull().unique(),
    /** The original name as the uploader's device had it (Cyrillic kept). */
    fileName: text("file_name").notNull(),
    /** Sniffed from the bytes, never the client's claim. */
    contentType: text("content_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    uploadedByKind: actorKind("uploaded_by_kind").notNull(),
    uploadedByEmployeeId: uuid("uploaded_by_employee_id").references(() => employees.id),
    uploadedByClientId: uuid("uploaded_by_client_id").references(() => clients.id),
    /** For uploads bound to one order from the start (documents, chat). */
    orderId: uuid("order_id"),
    attachedAt: timestamp("attached_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index("stored_files_org_idx").on(t.organizationId, t.createdAt), index("stored_files_unattached_idx").on(t.createdAt).where(sql`${t.attachedAt} is null`)],
);
