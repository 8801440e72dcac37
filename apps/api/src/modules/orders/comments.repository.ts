import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";

const { orderComments } = schema;

export type OrderCommentRow = typeof orderComments.$inferSelect;

export class CommentsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /** Oldest first, for many orders at once. */
  ofOrders(orderIds: readonly string[]): Promise<OrderCommentRow[]> {
    return this.db
      .select()
      .from(orderComments)
      .where(and(eq(orderComments.organizationId, this.organizationId), inArray(orderComments.orderId, orderIds as string[])))
      .orderBy(asc(orderComments.createdAt), asc(orderComments.id));
  }

  async byId(id: string): Promise<OrderCommentRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(orderComments)
      .where(and(eq(orderComments.organizationId, this.organizationId), eq(orderComments.id, id)));
    return row;
  }

  async insert(values: Omit<typeof orderComments.$inferInsert, "organizationId">): Promise<OrderCommentRow> {
    const [row] = await this.db
      .insert(orderComments)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }
}
