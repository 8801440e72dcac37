import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context.js";
import { organizationChannel, Topic, type TopicPayloads } from "../../pubsub.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { Connection } from "../../shared/pagination.js";
import { Order } from "../orders/order.type.js";
import type { CallRow } from "./calls.repository.js";
import { callRoutedTo } from "./calls.service.js";
import { Call, CallChanged, CallClient, CallEventInput, CallEventResult, CallsArgs } from "./calls.type.js";

const CallConnection = Connection(Call);

@Resolver()
export class PartnerCallsResolver {
  @Authorized("INTEGRATION")
  @Mutation(() => CallEventResult, {
    description:
      "Telephony (integration token): one event of one call, idempotent by (source, externalCallId). Events may come twice or out of order; " +
      "the call converges to the same row. Contradictions (a second ANSWERED at another time, MISSED for an answered call…) are CONFLICT and change nothing.",
  })
  callEvent(@Arg("input", () => CallEventInput) input: CallEventInput, @Ctx() ctx: Context) {
    return ctx.services.calls.callEvent(ctx.viewer, input);
  }
}

@Resolver(() => Call)
export class CallsResolver {
  @Authorized("CALLS_READ")
  @Query(() => CallConnection, { description: "«Звонки»: the call journal, newest first, with filters and search." })
  calls(@Args(() => CallsArgs) args: CallsArgs, @Ctx() ctx: Context) {
    return ctx.services.calls.calls(ctx.viewer, args);
  }

  @Authorized("CALLS_READ")
  @Query(() => Call)
  call(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.calls.call(ctx.viewer, id);
  }

  @Authorized("CALLS_READ")
  @Mutation(() => Call, { description: "«Привязать заявку»: links the call to an order (again: no change)." })
  callOrderLink(@Arg("callId", () => ID) callId: string, @Arg("orderId", () => ID) orderId: string, @Ctx() ctx: Context) {
    return ctx.services.calls.link(ctx.viewer, callId, orderId);
  }

  @Authorized("CALLS_READ")
  @Mutation(() => Call, { description: "«Отвязать»: removes the link between the call and the order." })
  callOrderUnlink(@Arg("callId", () => ID) callId: string, @Arg("orderId", () => ID) orderId: string, @Ctx() ctx: Context) {
    return ctx.services.calls.unlink(ctx.viewer, callId, orderId);
  }

  @Authorized("CALLS_READ")
  @FieldResolver(() => [CallClient], { description: "Clients of the organization with the call's number (a shared number lists them all)." })
  clients(@Root() call: CallRow, @Ctx() ctx: Context) {
    return call.clientNumber ? ctx.loaders.clientsOfNumber.load(call.clientNumber) : [];
  }

  @FieldResolver(() => [Order], { description: "Orders the call is linked to (those the viewer sees)." })
  orders(@Root() call: CallRow, @Ctx() ctx: Context) {
    return ctx.services.calls.ordersOf(ctx.viewer, call.id);
  }

  @Authorized("CALLS_READ")
  @Subscription(() => CallChanged, {
    description: "Screen-pop: a call of the organization changed; heard by the employee it is routed to, or every employee with CALLS_READ when none.",
    topics: Topic.CALL_CHANGED,
    topicId: organizationChannel,
    filter: ({ payload, context }: { payload: TopicPayloads["CALL_CHANGED"]; context: { viewer: Viewer } }) => callRoutedTo(context.viewer, payload),
  })
  async callChanged(@Root() event: TopicPayloads["CALL_CHANGED"], @Ctx() ctx: Context): Promise<CallChanged> {
    return { call: await ctx.services.calls.call(ctx.viewer, event.callId) };
  }
}

@Resolver(() => Order)
export class OrderCallsFieldResolver {
  @Authorized("CALLS_READ")
  @FieldResolver(() => [Call], { description: "«Управление → Звонки»: the order's calls, newest first (CALLS_READ)." })
  calls(@Root() order: Order, @Ctx() ctx: Context) {
    return ctx.loaders.callsOfOrder.load(order.id);
  }
}
