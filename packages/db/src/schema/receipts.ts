import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { actorKind } from "./actor.js";
import { id, organizationId } from "./columns.js";
import { organizations } from "./organization.js";

/**
 * What a create made with a client's idempotency key came to (the field apps replay a request
 * whose answer was lost). Written in the mutation's own transaction, so a receipt exists exactly
 * when its result does; the key is the actor's own (another user's equal key is another receipt).
 * Deleted after a week by the receipts sweep: a device replays within minutes or hours.
 */
export const mutationReceipts = pgTable(
  "mutation_receipts",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    actorKind: actorKind("actor_kind").notNull(),
    /** The employee's or the resident client's id (which one by actor_kind). */
    actorId: uuid("actor_id").notNull(),
    key: text("key").notNull(),
    /** The root field, e.g. "orderCreate": the same key for another mutation is refused. */
    mutation: text("mutation").notNull(),
    /** SHA-256 of the request's input (canonical JSON, the key left out): the same key with other input is refused. */
    requestHash: text("request_hash").notNull(),
    /** The created row; set before the transaction that claimed the key commits. */
    resultId: uuid("result_id"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("mutation_receipts_key_uq").on(t.organizationId, t.actorKind, t.actorId, t.key), index("mutation_receipts_created_idx").on(t.createdAt)],
);
