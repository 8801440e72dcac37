import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context.js";
import type { TopicPayloads } from "../../pubsub.js";
import { Employee } from "../staff/staff.type.js";
import { OrderComment, OrderCommentCreateInput } from "./comment.type.js";
import type { OrderCommentRow } from "./comments.repository.js";
import { Order } from "./order.type.js";
import type { OrderRow } from "./orders.repository.js";

@Resolver(() => OrderComment)
export class CommentsResolver {
  @Authorized("EMPLOYEE")
  @Mutation(() => OrderComment, { description: "Adds a comment for colleagues; important ones flag the order." })
  orderCommentCreate(@Arg("input", () => OrderCommentCreateInput) input: OrderCommentCreateInput, @Ctx() ctx: Context) {
    return ctx.services.comments.create(ctx.viewer, input);
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => OrderComment, {
    description: "A comment was added to the order.",
    subscribe: ({ args, context }) => (context as Context).services.comments.added((context as Context).viewer, (args as { orderId: string }).orderId),
  })
  orderCommentAdded(@Arg("orderId", () => ID) _orderId: string, @Root() event: TopicPayloads["ORDER_COMMENT_ADDED"], @Ctx() ctx: Context) {
    return ctx.services.comments.get(ctx.viewer, event.commentId);
  }

  @FieldResolver(() => Employee)
  author(@Root() comment: OrderCommentRow, @Ctx() ctx: Context) {
    return ctx.loaders.employee.load(comment.authorEmployeeId);
  }
}

@Resolver(() => Order)
export class OrderCommentsFieldResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => [OrderComment], { description: "Comments for colleagues, oldest first (staff only)." })
  comments(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return ctx.loaders.commentsOfOrder.load(order.id);
  }
}
