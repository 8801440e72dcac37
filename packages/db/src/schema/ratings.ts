import { index, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId } from "./columns.js";
import { clients, organizations } from "./organization.js";
import { orders } from "./orders.js";

/**
 * Every rating a resident gave (§14), append-only; the order's `rating` column holds the current
 * one. `cycle` counts the order's completions, so a re-rate after a reopen is told apart from a change.
 */
export const orderRatings = pgTable(
  "order_ratings",
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    score: smallint("score").notNull(),
    comment: text("comment"),
    cycle: integer("cycle").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("order_ratings_order_idx").on(t.orderId, t.createdAt)],
);
