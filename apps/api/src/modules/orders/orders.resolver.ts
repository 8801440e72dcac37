import { allowedTargets, baseDataLocked, type OrderLabel as Label } from "@domovoy/domain";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context.js";
import { organizationChannel, Topic, type TopicPayloads } from "../../pubsub.js";
import type { Broadcast } from "../../shared/live-counters.js";
import { shareLoaders } from "../../shared/per-event.js";
import { Connection, PageArgs } from "../../shared/pagination.js";
import { selectionWithin } from "../../shared/selection.js";
import { Client } from "../clients/client.type.js";
import { Building, Premise } from "../organization/organization.type.js";
import { Service } from "../catalog/service.type.js";
import type { RefundSettlement } from "../payments/payment.type.js";
import { Department, Employee } from "../staff/staff.type.js";
import { OrderFilter, OrderListPreferences, OrderSortInput } from "./order-filter.type.js";
import {
  ExecutorCandidate,
  Order,
  OrderActor,
  OrderColumn,
  OrderCreateInput,
  OrderEvent,
  OrderFormAnswer,
  OrderLabel,
  OrderList,
  OrderManageInput,
  OrderStatus,
  OrderTab,
  OrderTabCounts,
  OrderUpdateInput,
  SlaState,
  type OrderColumnValue,
  type OrderListValue,
} from "./order.type.js";
import { orderListSelection } from "./order-list-selection.js";
import { LIST_PRELOADED_FIELDS, type OrderListPreload, type OrderListRow } from "./order-list.repository.js";
import type { OrderEventRow, OrderRow } from "./orders.repository.js";

const OrderConnection = Connection(Order);

/**
 * What the list's own statement fetched of a relation, when the field asks for no more than that;
 * otherwise undefined and the field loads the whole row (one batched query for the page).
 */
function preloaded<K extends keyof OrderListPreload>(order: OrderRow, key: K, info: GraphQLResolveInfo): OrderListPreload[K] | undefined {
  const preload = (order as Partial<OrderListRow>).preload;
  return preload && selectionWithin(info, LIST_PRELOADED_FIELDS[key]) ? preload[key] : undefined;
}

/** The order's form answers with the service's labels. */
export async function formAnswersOf(order: OrderRow, ctx: Context): Promise<OrderFormAnswer[]> {
  const service = await ctx.loaders.service.load(order.serviceId);
  return (service?.orderForm ?? []).map((field) => {
    const value = order.formAnswers[field.key];
    return { key: field.key, label: field.label, type: field.type, value: value == null ? null : String(value) };
  });
}

/** Staff reading and changing orders; residents read theirs as `ResidentOrder` (resident-orders.resolver.ts). */
@Resolver(() => Order)
export class OrdersResolver {
  @Authorized("EMPLOYEE")
  @Query(() => OrderConnection, {
    description: "Orders, important-comment ones first, then by the sort (default: updated, newest first).",
  })
  async orders(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("tab", () => OrderTab, { nullable: true }) tab: keyof typeof OrderTab | null,
    @Arg("search", () => String, { nullable: true, description: "Number (exact or prefix), service, client name or phone, address." }) search: string | null,
    @Arg("filter", () => OrderFilter, { nullable: true }) filter: OrderFilter | null,
    @Arg("sort", () => OrderSortInput, { nullable: true }) sort: OrderSortInput | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.orders.list(ctx.viewer, { ...page, tab, search, filter, sort }, orderListSelection(info));
  }

  @Authorized("EMPLOYEE")
  @Query(() => Order)
  order(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.orders.get(ctx.viewer, id);
  }

  @Authorized("EMPLOYEE")
  @Query(() => Order, { description: "The order by its human number (the card's address)." })
  orderByNumber(@Arg("number", () => Int) number: number, @Ctx() ctx: Context) {
    return ctx.services.orders.getByNumber(ctx.viewer, number);
  }

  @Authorized("EMPLOYEE")
  @Query(() => Int, { description: "«Новые»: PENDING + REOPENED orders not attached to an incident." })
  ordersNewCount(@Ctx() ctx: Context) {
    return ctx.services.orders.newCount(ctx.viewer);
  }

  @Authorized("EMPLOYEE")
  @Query(() => [ExecutorCandidate], { description: "Active employees of a department with their workload." })
  orderExecutorCandidates(@Arg("departmentId", () => ID) departmentId: string, @Ctx() ctx: Context) {
    return ctx.services.orders.executorCandidates(ctx.viewer, departmentId);
  }

  @Authorized("EMPLOYEE")
  @Query(() => OrderListPreferences, { description: "The viewer's saved filters and columns of a list." })
  orderListPreferences(@Arg("list", () => OrderList) list: OrderListValue, @Ctx() ctx: Context) {
    return ctx.services.orderPreferences.preferences(ctx.viewer, list);
  }

  @Authorized("ORDERS_CREATE")
  @Mutation(() => Order, { description: "«Новое обращение» by staff." })
  orderCreate(@Arg("input", () => OrderCreateInput) input: OrderCreateInput, @Ctx() ctx: Context) {
    return ctx.services.orderIntake.create(ctx.viewer, input);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Order, { description: "Management block: status, status comment, resume-by, department, executors." })
  orderManage(@Arg("input", () => OrderManageInput) input: OrderManageInput, @Ctx() ctx: Context) {
    return ctx.services.orderEditing.manage(ctx.viewer, input);
  }

  @Authorized("ORDERS_MANAGE")
  @Mutation(() => Order, { description: "Information block: base data (never the channel)." })
  orderUpdate(@Arg("input", () => OrderUpdateInput) input: OrderUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.orderEditing.update(ctx.viewer, input);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Order, { description: "An employee opened the card: clears the important-comment label." })
  orderMarkSeen(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.orderEditing.markSeen(ctx.viewer, id);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => OrderListPreferences, { description: "Saves the list's filters and/or columns for the viewer." })
  orderListPreferencesSave(
    @Arg("list", () => OrderList) list: OrderListValue,
    @Arg("filter", () => OrderFilter, { nullable: true }) filter: OrderFilter | null,
    @Arg("columns", () => [OrderColumn], { nullable: true }) columns: OrderColumnValue[] | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.orderPreferences.savePreferences(ctx.viewer, list, { ...(filter !== null ? { filter } : {}), ...(columns !== null ? { columns } : {}) });
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => Order, {
    description: "Any order the viewer may see was created or changed (lists update live).",
    topics: Topic.ORDER_CHANGED,
    topicId: organizationChannel,
    filter: ({ payload, context }: { payload: TopicPayloads["ORDER_CHANGED"]; context: Context }) => context.services.orders.visible(context.viewer, payload),
  })
  orderChanged(@Root() event: TopicPayloads["ORDER_CHANGED"], @Ctx() ctx: Context) {
    shareLoaders(ctx, event);
    return ctx.services.orders.changed(ctx.viewer, event);
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => Order, {
    description: "One order changed (an open card updates live). NOT_FOUND for an order the viewer cannot see.",
    subscribe: ({ args, context }) => (context as Context).services.orders.updates((context as Context).viewer, (args as { id: string }).id),
  })
  orderUpdated(@Arg("id", () => ID) _id: string, @Root() event: TopicPayloads["ORDER_CHANGED"], @Ctx() ctx: Context) {
    shareLoaders(ctx, event);
    return ctx.services.orders.changed(ctx.viewer, event);
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => Int, {
    description: "The «Новые» counter: its current value on subscribing, then each new value (computed once per organization and scope, not per subscriber).",
    subscribe: ({ context }: { context: Context }) => context.services.liveCounts.newCount(context.viewer),
  })
  ordersNewCountChanged(@Root() count: Broadcast<number>) {
    return count.value;
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => OrderTabCounts, {
    description:
      "The «Новые» and «Все» tabs' totals in the viewer's scope: their current values on subscribing, then each change (computed once per organization and scope, not per subscriber; bursts coalesce).",
    subscribe: ({ context }: { context: Context }) => context.services.liveCounts.tabCounts(context.viewer),
  })
  orderTabCountsChanged(@Root() counts: Broadcast<OrderTabCounts>) {
    return counts.value;
  }

  // Fields

  @FieldResolver(() => Service)
  service(@Root() order: OrderRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(order, "service", info) ?? ctx.loaders.service.load(order.serviceId);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() order: OrderRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // A list row's preload first: the row may not hold the id when no field reads it.
    const fetched = preloaded(order, "department", info);
    if (fetched !== undefined) return fetched;
    if (!order.departmentId) return null;
    return ctx.loaders.department.load(order.departmentId);
  }

  @FieldResolver(() => Building)
  building(@Root() order: OrderRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(order, "building", info) ?? ctx.loaders.building.load(order.buildingId);
  }

  @FieldResolver(() => Premise, { nullable: true })
  premise(@Root() order: OrderRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // A list row's preload first: the row may not hold the id when no field reads it.
    const fetched = preloaded(order, "premise", info);
    if (fetched !== undefined) return fetched;
    if (!order.premiseId) return null;
    return ctx.loaders.premise.load(order.premiseId);
  }

  @FieldResolver(() => Client, { nullable: true })
  client(@Root() order: OrderRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // A list row's preload first: the row may not hold the id when no field reads it.
    const fetched = preloaded(order, "client", info);
    if (fetched !== undefined) return fetched;
    if (!order.clientId) return null;
    return ctx.loaders.client.load(order.clientId);
  }

  @FieldResolver(() => [Employee], { description: "Executors; the first is responsible." })
  executors(@Root() order: OrderRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(order, "executors", info) ?? ctx.loaders.executorsOfOrder.load(order.id);
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Ответственный: the first executor." })
  async responsible(@Root() order: OrderRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const executors = preloaded(order, "executors", info) ?? (await ctx.loaders.executorsOfOrder.load(order.id));
    return executors[0] ?? null;
  }

  @FieldResolver(() => [OrderLabel])
  labels(@Root() order: OrderRow, @Ctx() ctx: Context): Label[] {
    return ctx.services.orders.evaluate(order).labels;
  }

  @FieldResolver(() => SlaState)
  slaReaction(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return ctx.services.orders.evaluate(order).sla.reaction.state;
  }

  @FieldResolver(() => SlaState)
  slaExecution(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return ctx.services.orders.evaluate(order).sla.execution.state;
  }

  @Authorized("EMPLOYEE")
  @FieldResolver(() => String, { nullable: true, description: "Staff-only, sticky until cleared." })
  statusComment(@Root() order: OrderRow) {
    return order.statusComment;
  }

  @Authorized("EMPLOYEE")
  @FieldResolver(() => Boolean, { description: "An important comment nobody has opened yet." })
  importantCommentUnseen(@Root() order: OrderRow) {
    return order.importantCommentUnseen;
  }

  @FieldResolver(() => Boolean, { description: "Base data can no longer be edited (done, cancelled or invoiced)." })
  baseDataLocked(@Root() order: OrderRow) {
    return baseDataLocked(order);
  }

  @FieldResolver(() => [OrderStatus], {
    description: "Statuses the viewer may choose next (the other rules still apply on save): none for an employee who neither manages orders nor executes this one (e.g. only created it).",
  })
  async allowedStatuses(@Root() order: OrderRow, @Ctx() ctx: Context) {
    const v = ctx.viewer;
    if (v.kind === "EMPLOYEE" && !v.permissions.has("ORDERS_MANAGE")) {
      const executors = (order as Partial<OrderListRow>).preload?.executors ?? (await ctx.loaders.executorsOfOrder.load(order.id));
      if (!executors.some((e) => e.id === v.employeeId)) return [];
    }
    return allowedTargets("STAFF", order.status);
  }

  @FieldResolver(() => [OrderFormAnswer])
  formAnswers(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<OrderFormAnswer[]> {
    return formAnswersOf(order, ctx);
  }

  @FieldResolver(() => OrderActor)
  async createdBy(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<OrderActor> {
    const employee = order.createdByEmployeeId ? await ctx.loaders.employee.load(order.createdByEmployeeId) : null;
    return { kind: order.createdByKind, employee };
  }

  @Authorized("EMPLOYEE")
  @FieldResolver(() => [OrderEvent], { description: "History, newest first (staff only)." })
  async history(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<OrderEvent[]> {
    const rows = await ctx.services.orders.history(ctx.viewer, order);
    const employeeIds = [...new Set(rows.flatMap((r) => [r.actorEmployeeId, ...(r.kind === "EXECUTORS_CHANGED" ? r.data.executorIds : [])]).filter(Boolean))] as string[];
    const employees = new Map((await ctx.loaders.employee.loadMany(employeeIds)).flatMap((e) => (e && !(e instanceof Error) ? [[e.id, e] as const] : [])));
    return rows.map((row) => toEvent(row, employees));
  }
}

function toEvent(row: OrderEventRow, employees: Map<string, Employee>): OrderEvent {
  const event: OrderEvent = {
    id: String(row.id),
    kind: row.kind,
    createdAt: row.createdAt,
    actor: { kind: row.actorKind, employee: row.actorEmployeeId ? (employees.get(row.actorEmployeeId) ?? null) : null },
    viaIncidentId: row.viaIncidentId,
    fromStatus: null,
    toStatus: null,
    statusComment: null,
    executors: [],
    changes: [],
    department: null,
    dueAt: null,
    score: null,
    fileName: null,
    ratingComment: null,
    checklistItemTitle: null,
    checklistNote: null,
    invoiceAction: null,
    invoiceTotal: null,
    invoiceLineName: null,
    refundAction: null,
    refundAmount: null,
    refundSettlement: null,
    refundReason: null,
  };
  switch (row.kind) {
    case "CREATED":
      return { ...event, toStatus: row.data.toStatus };
    case "STATUS_CHANGED":
      return { ...event, fromStatus: row.data.fromStatus, toStatus: row.data.toStatus, statusComment: row.data.statusComment ?? row.data.residentComment ?? null };
    case "STATUS_COMMENT_CHANGED":
      return { ...event, statusComment: row.data.statusComment };
    case "EXECUTORS_CHANGED":
      return { ...event, executors: row.data.executorIds.flatMap((id) => employees.get(id) ?? []) };
    case "DEPARTMENT_CHANGED":
      return { ...event, department: { id: row.data.departmentId, name: row.data.name } };
    case "BASE_DATA_CHANGED":
      return { ...event, changes: row.data.changes };
    case "SLA_REACTION_KEPT":
    case "SLA_REACTION_BREACHED":
    case "SLA_EXECUTION_KEPT":
    case "SLA_EXECUTION_BREACHED":
      return { ...event, dueAt: row.data.dueAt };
    case "RATED":
      return { ...event, score: row.data.score, ratingComment: row.data.comment };
    case "DOCUMENT_ADDED":
    case "DOCUMENT_DELETED":
      return { ...event, fileName: row.data.fileName };
    case "INCIDENT_ATTACHED":
    case "INCIDENT_DETACHED":
      return { ...event, incidentId: row.data.incidentId };
    case "CHECKLIST_ITEM_DONE":
    case "CHECKLIST_ITEM_UNDONE":
      return { ...event, checklistItemTitle: row.data.title, checklistNote: row.data.note };
    case "INVOICE_CHANGED":
      return { ...event, invoiceAction: row.data.action, invoiceTotal: BigInt(row.data.totalKopecks), invoiceLineName: row.data.lineName ?? null };
    case "REFUND_CHANGED":
      return {
        ...event,
        refundAction: row.data.action,
        refundAmount: BigInt(row.data.amountKopecks),
        refundSettlement: row.data.settlement as keyof typeof RefundSettlement,
        refundReason: row.data.reason,
      };
  }
}
