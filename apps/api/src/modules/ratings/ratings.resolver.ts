import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Order } from "../orders/order.type.js";
import { ResidentOrder } from "../orders/resident-order.type.js";
import type { OrderRow } from "../orders/orders.repository.js";
import { OrderRateInput, OrderRating } from "./rating.type.js";
import type { OrderRatingRow } from "./ratings.repository.js";

function toRating(order: OrderRow, row: OrderRatingRow): OrderRating {
  return { score: row.score, comment: row.comment, ratedAt: row.createdAt, cycle: row.cycle, forLastCompletion: row.cycle >= order.completions };
}

/** The rating fields of an order, the same on the staff `Order` and the resident's `ResidentOrder`. */
function ratingFields(orderType: typeof Order | typeof ResidentOrder) {
  @Resolver(() => orderType)
  class OrderRatingFields {
    @FieldResolver(() => OrderRating, { nullable: true, description: "The current rating: the last one given, kept through a reopen until the resident rates again." })
    async rating(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<OrderRating | null> {
      if (order.rating == null) return null;
      const rows = ctx.services.ratings.visibleHistory(ctx.viewer, await ctx.loaders.ratingsOfOrder.load(order.id));
      const last = rows.at(-1);
      return last ? toRating(order, last) : null;
    }

    @FieldResolver(() => [OrderRating], { description: "Every rating, oldest first: staff see all, a resident the ones they gave." })
    async ratings(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<OrderRating[]> {
      const rows = ctx.services.ratings.visibleHistory(ctx.viewer, await ctx.loaders.ratingsOfOrder.load(order.id));
      return rows.map((row) => toRating(order, row));
    }

    @FieldResolver(() => Boolean, { description: "The resident may rate the order now (it is done); staff never may." })
    canRate(@Root() order: OrderRow, @Ctx() ctx: Context): boolean {
      return ctx.viewer.kind === "RESIDENT" && order.status === "DONE" && order.clientId === ctx.viewer.clientId;
    }
  }
  return OrderRatingFields;
}

export const OrderRatingFieldResolver = ratingFields(Order);
export const ResidentOrderRatingFieldResolver = ratingFields(ResidentOrder);

@Resolver(() => ResidentOrder)
export class RatingsResolver {
  @Authorized("RESIDENT")
  @Mutation(() => ResidentOrder, { description: "The order's resident rates it 1–5 (a comment is required below 3), changes the rating, or rates again after a new DONE." })
  orderRate(@Arg("input", () => OrderRateInput) input: OrderRateInput, @Ctx() ctx: Context) {
    return ctx.services.ratings.rate(ctx.viewer, input);
  }
}
