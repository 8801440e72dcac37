import { incidentIsOpen, incidentTargets, orderScope } from "@domovoy/domain";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context.js";
import { incidentOrderCountKey } from "../../loaders.js";
import { organizationChannel, Topic, type TopicPayloads } from "../../pubsub.js";
import type { Broadcast } from "../../shared/live-counters.js";
import { Connection, PageArgs } from "../../shared/pagination.js";
import { Service } from "../catalog/service.type.js";
import { Order, OrderActor, OrderEvent } from "../orders/order.type.js";
import type { OrderRow } from "../orders/orders.repository.js";
import { Department, Employee } from "../staff/staff.type.js";
import {
  Incident,
  IncidentCreateInput,
  IncidentEvent,
  IncidentManageInput,
  IncidentScopeEntry,
  IncidentSettings,
  IncidentStatus,
  IncidentStatusCount,
  IncidentUpdateInput,
  ResidentIncidentNotice,
} from "./incident.type.js";
import type { IncidentEventRow, IncidentRow } from "./incidents.repository.js";
import type { IncidentStatus as Status } from "@domovoy/domain";

const IncidentConnection = Connection(Incident);
const AttachedOrderConnection = Connection(Order, "IncidentOrder");

@Resolver(() => Incident)
export class IncidentsResolver {
  @Authorized("EMPLOYEE")
  @Query(() => IncidentConnection, { description: "Incidents, latest change first. Search: number or title." })
  incidents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("statuses", () => [IncidentStatus], { nullable: true, description: "The tab: these statuses only (none or empty: all)." }) statuses: Status[] | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("buildingId", () => ID, { nullable: true, description: "Only incidents covering this building (the building card)." }) buildingId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.incidents.list(ctx.viewer, { ...page, statuses, search, buildingId });
  }

  @Authorized("EMPLOYEE")
  @Query(() => [IncidentStatusCount], { description: "Incidents per status (the tabs' counters), with the search applied." })
  incidentCounts(@Arg("search", () => String, { nullable: true }) search: string | null, @Ctx() ctx: Context) {
    return ctx.services.incidents.counts(ctx.viewer, search);
  }

  @Authorized("EMPLOYEE")
  @Query(() => Incident)
  incident(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.incidents.get(ctx.viewer, id);
  }

  @Authorized("RESIDENT")
  @Query(() => [ResidentIncidentNotice], { description: "Open incidents in the resident's buildings, as notices (title and planned end)." })
  residentIncidentNotices(@Ctx() ctx: Context) {
    return ctx.services.incidents.residentNotices(ctx.viewer);
  }

  @Authorized("EMPLOYEE")
  @Query(() => IncidentSettings)
  incidentSettings(@Ctx() ctx: Context) {
    return ctx.services.incidents.settings(ctx.viewer);
  }

  @Authorized("INCIDENTS_MANAGE")
  @Mutation(() => Incident)
  incidentCreate(@Arg("input", () => IncidentCreateInput) input: IncidentCreateInput, @Ctx() ctx: Context) {
    return ctx.services.incidentEditing.create(ctx.viewer, input);
  }

  @Authorized("INCIDENTS_MANAGE")
  @Mutation(() => Incident, { description: "Information of an open incident." })
  incidentUpdate(@Arg("input", () => IncidentUpdateInput) input: IncidentUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.incidentEditing.update(ctx.viewer, input);
  }

  @Authorized("INCIDENTS_MANAGE")
  @Mutation(() => Incident, { description: "Status, status comment, responsible. DONE/CANCELLED moves every attached open order with it." })
  incidentManage(@Arg("input", () => IncidentManageInput) input: IncidentManageInput, @Ctx() ctx: Context) {
    return ctx.services.incidentEditing.manage(ctx.viewer, input);
  }

  @Authorized("INCIDENTS_MANAGE")
  @Mutation(() => IncidentSettings, { description: "Turns the auto-attach of residents' matching new orders on or off." })
  incidentSettingsUpdate(@Arg("autoAttach", () => Boolean) autoAttach: boolean, @Ctx() ctx: Context) {
    return ctx.services.incidentEditing.setAutoAttach(ctx.viewer, autoAttach);
  }

  @Authorized("INCIDENTS_MANAGE")
  @Mutation(() => [Order], { description: "Attaches one or many orders to an open incident (the list's bulk action, the card)." })
  orderIncidentAttach(@Arg("incidentId", () => ID) incidentId: string, @Arg("orderIds", () => [ID]) orderIds: string[], @Ctx() ctx: Context) {
    return ctx.services.incidentEditing.attach(ctx.viewer, incidentId, orderIds);
  }

  @Authorized("INCIDENTS_MANAGE")
  @Mutation(() => [Order], { description: "Takes one or many orders out of the incident." })
  orderIncidentDetach(@Arg("incidentId", () => ID) incidentId: string, @Arg("orderIds", () => [ID]) orderIds: string[], @Ctx() ctx: Context) {
    return ctx.services.incidentEditing.detach(ctx.viewer, incidentId, orderIds);
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => [IncidentStatusCount], {
    description: "Incidents per status (the tabs' counters, no search): the current counts on subscribing, then each change (computed once per organization, not per subscriber).",
    subscribe: ({ context }: { context: Context }) => context.services.liveCounts.incidentCounts(context.viewer),
  })
  incidentCountsChanged(@Root() counts: Broadcast<IncidentStatusCount[]>) {
    return counts.value;
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => Incident, {
    description: "An incident was created or changed (its orders attached or detached too): the list and the card update live.",
    topics: Topic.INCIDENT_CHANGED,
    topicId: organizationChannel,
    filter: ({ context }: { context: Context }) => context.viewer.kind === "EMPLOYEE",
  })
  incidentChanged(@Root() event: TopicPayloads["INCIDENT_CHANGED"], @Ctx() ctx: Context) {
    return ctx.services.incidents.changed(ctx.viewer, event);
  }

  // Fields

  @FieldResolver(() => Service)
  service(@Root() incident: IncidentRow, @Ctx() ctx: Context) {
    return ctx.loaders.service.load(incident.serviceId);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() incident: IncidentRow, @Ctx() ctx: Context) {
    return incident.departmentId ? ctx.loaders.department.load(incident.departmentId) : null;
  }

  @FieldResolver(() => [Employee], { description: "Responsible employees; the first is the main one." })
  responsible(@Root() incident: IncidentRow, @Ctx() ctx: Context) {
    return ctx.loaders.responsiblesOfIncident.load(incident.id);
  }

  @FieldResolver(() => Employee, { nullable: true })
  createdBy(@Root() incident: IncidentRow, @Ctx() ctx: Context) {
    return incident.createdByEmployeeId ? ctx.loaders.employee.load(incident.createdByEmployeeId) : null;
  }

  @FieldResolver(() => [IncidentScopeEntry], { description: "Buildings covered, each whole or by the premises listed." })
  async scope(@Root() incident: IncidentRow, @Ctx() ctx: Context): Promise<IncidentScopeEntry[]> {
    const rows = await ctx.loaders.scopeOfIncident.load(incident.id);
    const buildingIds = [...new Set(rows.map((r) => r.buildingId))];
    return Promise.all(
      buildingIds.map(async (buildingId) => {
        const premiseIds = rows.filter((r) => r.buildingId === buildingId && r.premiseId).map((r) => r.premiseId!);
        const [building, premises] = await Promise.all([ctx.loaders.building.load(buildingId), Promise.all(premiseIds.map((id) => ctx.loaders.premise.load(id)))]);
        return { building: building!, premises: premises.filter((p) => p !== null) } as unknown as IncidentScopeEntry;
      }),
    );
  }

  @FieldResolver(() => Boolean, { description: "Open: residents see it, orders may attach." })
  open(@Root() incident: IncidentRow) {
    return incidentIsOpen(incident.status);
  }

  @FieldResolver(() => [IncidentStatus], { description: "Statuses it may move to (the other rules still apply on save)." })
  allowedStatuses(@Root() incident: IncidentRow) {
    return incidentTargets(incident.status);
  }

  @FieldResolver(() => Int, { description: "Attached orders the viewer may see." })
  async orderCount(@Root() incident: IncidentRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.incidentOrderCounts.load(incidentOrderCountKey(orderScope(ctx.viewer), incident.id))).total;
  }

  @FieldResolver(() => Int, { description: "Attached orders the viewer may see that are not done or cancelled." })
  async openOrderCount(@Root() incident: IncidentRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.incidentOrderCounts.load(incidentOrderCountKey(orderScope(ctx.viewer), incident.id))).open;
  }

  @FieldResolver(() => AttachedOrderConnection, { description: "Attached orders the viewer may see, newest number first." })
  orders(@Root() incident: IncidentRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.incidents.orders(ctx.viewer, incident, page);
  }

  @FieldResolver(() => [IncidentEvent], { description: "History, newest first." })
  async history(@Root() incident: IncidentRow, @Ctx() ctx: Context): Promise<IncidentEvent[]> {
    const rows = await ctx.services.incidents.history(ctx.viewer, incident);
    const ids = [...new Set(rows.flatMap((r) => [r.actorEmployeeId, ...(r.kind === "RESPONSIBLE_CHANGED" ? r.data.employeeIds : [])]).filter(Boolean))] as string[];
    const employees = new Map((await ctx.loaders.employee.loadMany(ids)).flatMap((e) => (e && !(e instanceof Error) ? [[e.id, e] as const] : [])));
    return rows.map((row) => toEvent(row, employees));
  }
}

function toEvent(row: IncidentEventRow, employees: Map<string, Employee>): IncidentEvent {
  const actor: OrderActor = { kind: row.actorKind, employee: row.actorEmployeeId ? (employees.get(row.actorEmployeeId) ?? null) : null };
  const event: IncidentEvent = {
    id: String(row.id),
    kind: row.kind,
    createdAt: row.createdAt,
    actor,
    fromStatus: null,
    toStatus: null,
    statusComment: null,
    ordersMoved: null,
    orderNumbers: [],
    automatic: row.actorKind === "SYSTEM",
    responsible: [],
    changedFields: [],
  };
  switch (row.kind) {
    case "CREATED":
      return event;
    case "UPDATED":
      return { ...event, changedFields: row.data.changes.map((c) => c.field) };
    case "STATUS_CHANGED":
      return { ...event, fromStatus: row.data.fromStatus, toStatus: row.data.toStatus, statusComment: row.data.statusComment ?? null, ordersMoved: row.data.ordersMoved ?? null };
    case "STATUS_COMMENT_CHANGED":
      return { ...event, statusComment: row.data.statusComment };
    case "RESPONSIBLE_CHANGED":
      return { ...event, responsible: row.data.employeeIds.flatMap((id) => employees.get(id) ?? []) };
    case "ORDERS_ATTACHED":
    case "ORDERS_DETACHED":
      return { ...event, orderNumbers: row.data.numbers, automatic: Boolean(row.data.automatic) || event.automatic };
  }
}

/** An order's incident and the one it probably belongs to (staff only: an incident is staff data). */
@Resolver(() => Order)
export class OrderIncidentFieldResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => Incident, { nullable: true, description: "The incident the order is attached to." })
  incident(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return order.incidentId ? ctx.loaders.incident.load(order.incidentId) : null;
  }

  @Authorized("EMPLOYEE")
  @FieldResolver(() => Incident, {
    nullable: true,
    description: "«Возможно, относится к инциденту №N»: an open incident of the order's building and service when it was created (while neither attached nor closed).",
  })
  async suggestedIncident(@Root() order: OrderRow, @Ctx() ctx: Context) {
    if (!order.suggestedIncidentId || order.incidentId) return null;
    const incident = await ctx.loaders.incident.load(order.suggestedIncidentId);
    return incident && incidentIsOpen(incident.status) ? incident : null;
  }
}

/** The incident a history entry came through (or was attached to / detached from). */
@Resolver(() => OrderEvent)
export class OrderEventIncidentFieldResolver {
  @FieldResolver(() => Incident, { nullable: true, description: "The incident the change came through, or the one attached / detached." })
  incident(@Root() event: OrderEvent, @Ctx() ctx: Context) {
    const id = event.viaIncidentId ?? event.incidentId;
    return id ? ctx.loaders.incident.load(id) : null;
  }
}
