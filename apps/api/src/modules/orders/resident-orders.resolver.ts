import { allowedTargets } from "@domovoy/domain";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context.js";
import { organizationChannel, Topic, type TopicPayloads } from "../../pubsub.js";
import { shareLoaders } from "../../shared/per-event.js";
import { Connection, PageArgs } from "../../shared/pagination.js";
import { ResidentService } from "../catalog/resident-service.type.js";
import { ResidentBuilding, ResidentPremise } from "../organization/organization.type.js";
import { StaffMemberPublic, staffMemberPublic } from "../staff/staff.type.js";
import { OrderFormAnswer, OrderStatus, ResidentOrderCreateInput, ResidentOrderStatusInput } from "./order.type.js";
import { formAnswersOf } from "./orders.resolver.js";
import type { OrderListRow } from "./order-list.repository.js";
import type { OrderRow } from "./orders.repository.js";
import { ResidentOrder, ResidentOrderActor } from "./resident-order.type.js";

const ResidentOrderConnection = Connection(ResidentOrder);

/** A list row brought its executors' ids and names (all a StaffMemberPublic needs); a single order loads them. */
function executorsOf(order: OrderRow, ctx: Context): Promise<readonly { id: string; fullName: string }[]> | readonly { id: string; fullName: string }[] {
  return (order as Partial<OrderListRow>).preload?.executors ?? ctx.loaders.executorsOfOrder.load(order.id);
}

/** A resident's own orders, as `ResidentOrder`: the staff `Order` type is never returned to a resident. */
@Resolver(() => ResidentOrder)
export class ResidentOrdersResolver {
  @Authorized("RESIDENT")
  @Query(() => ResidentOrderConnection, { description: "The resident's own orders, newest change first." })
  residentOrders(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.orders.list(ctx.viewer, { ...page, tab: null, search: null, filter: null, sort: null });
  }

  @Authorized("RESIDENT")
  @Query(() => ResidentOrder, { description: "One of the resident's own orders (NOT_FOUND for any other)." })
  residentOrder(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.orders.get(ctx.viewer, id);
  }

  @Authorized("RESIDENT")
  @Query(() => ResidentOrder, { description: "One of the resident's own orders by its number." })
  residentOrderByNumber(@Arg("number", () => Int) number: number, @Ctx() ctx: Context) {
    return ctx.services.orders.getByNumber(ctx.viewer, number);
  }

  @Authorized("RESIDENT")
  @Mutation(() => ResidentOrder, { description: "A resident's order for one of their premises." })
  residentOrderCreate(@Arg("input", () => ResidentOrderCreateInput) input: ResidentOrderCreateInput, @Ctx() ctx: Context) {
    return ctx.services.orderIntake.residentCreate(ctx.viewer, input);
  }

  @Authorized("RESIDENT")
  @Mutation(() => ResidentOrder, { description: "A resident cancels a pending order, reopens a done one, or answers a clarification." })
  residentOrderStatusChange(@Arg("input", () => ResidentOrderStatusInput) input: ResidentOrderStatusInput, @Ctx() ctx: Context) {
    return ctx.services.orderEditing.residentChangeStatus(ctx.viewer, input);
  }

  @Authorized("RESIDENT")
  @Mutation(() => ResidentOrder, { description: "The resident has read the staff's chat messages of their order (all, or up to one)." })
  residentChatMarkRead(
    @Arg("orderId", () => ID) orderId: string,
    @Arg("upToMessageId", () => ID, { nullable: true }) upToMessageId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.chat.markRead(ctx.viewer, orderId, upToMessageId);
  }

  @Authorized("RESIDENT")
  @Subscription(() => ResidentOrder, {
    description: "One of the resident's orders was created or changed.",
    topics: Topic.ORDER_CHANGED,
    topicId: organizationChannel,
    filter: ({ payload, context }: { payload: TopicPayloads["ORDER_CHANGED"]; context: Context }) => context.services.orders.visible(context.viewer, payload),
  })
  residentOrderChanged(@Root() event: TopicPayloads["ORDER_CHANGED"], @Ctx() ctx: Context) {
    shareLoaders(ctx, event);
    return ctx.services.orders.changed(ctx.viewer, event);
  }

  @Authorized("RESIDENT")
  @Subscription(() => ResidentOrder, {
    description: "One of the resident's orders changed (an open card updates live). NOT_FOUND for an order that is not theirs.",
    subscribe: ({ args, context }) => (context as Context).services.orders.updates((context as Context).viewer, (args as { id: string }).id),
  })
  residentOrderUpdated(@Arg("id", () => ID) _id: string, @Root() event: TopicPayloads["ORDER_CHANGED"], @Ctx() ctx: Context) {
    shareLoaders(ctx, event);
    return ctx.services.orders.changed(ctx.viewer, event);
  }

  // Fields

  @FieldResolver(() => ResidentService)
  service(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return ctx.loaders.service.load(order.serviceId);
  }

  @FieldResolver(() => ResidentBuilding)
  building(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return ctx.loaders.building.load(order.buildingId);
  }

  @FieldResolver(() => ResidentPremise, { nullable: true })
  premise(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return order.premiseId ? ctx.loaders.premise.load(order.premiseId) : null;
  }

  @FieldResolver(() => [StaffMemberPublic], { description: "Executors by first name; the first is responsible." })
  async executors(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<StaffMemberPublic[]> {
    return (await executorsOf(order, ctx)).map(staffMemberPublic);
  }

  @FieldResolver(() => StaffMemberPublic, { nullable: true, description: "Ответственный, by first name." })
  async responsible(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<StaffMemberPublic | null> {
    const first = (await executorsOf(order, ctx))[0];
    return first ? staffMemberPublic(first) : null;
  }

  @FieldResolver(() => ResidentOrderActor)
  async createdBy(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<ResidentOrderActor> {
    const employee = order.createdByEmployeeId ? await ctx.loaders.employee.load(order.createdByEmployeeId) : null;
    return { kind: order.createdByKind, employee: employee ? staffMemberPublic(employee) : null };
  }

  @FieldResolver(() => [OrderStatus], { description: "Statuses the resident may choose next (the other rules still apply on save)." })
  allowedStatuses(@Root() order: OrderRow) {
    return allowedTargets("RESIDENT", order.status);
  }

  @FieldResolver(() => [OrderFormAnswer])
  formAnswers(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<OrderFormAnswer[]> {
    return formAnswersOf(order, ctx);
  }
}
