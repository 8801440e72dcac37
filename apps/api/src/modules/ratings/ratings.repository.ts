import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, asc, eq, inArray } from "drizzle-orm";

const { orderRatings } = schema;

export type OrderRatingRow = typeof orderRatings.$inferSelect;

export class RatingsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  async insert(values: Omit<typeof orderRatings.$inferInsert, "organizationId">): Promise<OrderRatingRow> {
    const [row] = await this.db
      .insert(orderRatings)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  /** Every rating of these orders, oldest first (the last one of an order is its current rating). */
  ofOrders(orderIds: readonly string[]): Promise<OrderRatingRow[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(orderRatings)
      .where(and(eq(orderRatings.organizationId, this.organizationId), inArray(orderRatings.orderId, orderIds as string[])))
      .orderBy(asc(orderRatings.orderId), asc(orderRatings.createdAt), asc(orderRatings.id));
  }
}
