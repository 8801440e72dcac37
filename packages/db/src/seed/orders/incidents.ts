import { statusChanged, type OrderState, type OrderStatus } from "@domovoy/domain";
import type { incidentCounters, incidentEvents, incidentResponsibles, incidentScope, incidents } from "../../schema/index.js";
import { seedUuid } from "../random.js";
import type { context } from "./context.js";
import type { OrderSeedRows } from "./index.js";
import { HOUR, MINUTE } from "./model.js";

export type IncidentSeedRows = {
  incidentCounters: (typeof incidentCounters.$inferInsert)[];
  incidents: (typeof incidents.$inferInsert)[];
  incidentScope: (typeof incidentScope.$inferInsert)[];
  incidentResponsibles: (typeof incidentResponsibles.$inferInsert)[];
  incidentEvents: (typeof incidentEvents.$inferInsert)[];
};

type OrderValues = OrderSeedRows["orders"][number];
type EventValues = OrderSeedRows["orderEvents"][number];

const CLOSED: OrderStatus[] = ["DONE", "CANCELLED"];

/**
 * Two demo incidents over orders already played: one in work with a few open orders of one building
 * and service attached, one done whose orders were closed with it by the cascade (the same order
 * transition the API applies, history «через инцидент», SLA jobs rescheduled). Orders of the demo
 * residents are left alone, so their flows stay as the other demo data describes them.
 */
export function buildIncidents(ctx: ReturnType<typeof context>, out: OrderSeedRows): IncidentSeedRows {
  const { organizationId, slug, now } = ctx;
  const rows: IncidentSeedRows = { incidentCounters: [], incidents: [], incidentScope: [], incidentResponsibles: [], incidentEvents: [] };
  const demoClients = new Set(ctx.demoPlaces.map((p) => p.clientId));
  // Open orders quiet for a few hours, grouped by building and service: a mass problem looks like that.
  const groups = new Map<string, OrderValues[]>();
  for (const order of out.orders) {
    if (CLOSED.includes(order.status) || order.status === "APPROVAL" || order.status === "NEEDS_CLARIFICATION") continue;
    if (demoClients.has(order.clientId ?? "") || order.updatedAt!.getTime() > now - HOUR) continue;
    const key = `${order.buildingId}/${order.serviceId}`;
    groups.set(key, [...(groups.get(key) ?? []), order]);
  }
  // The two largest groups (the demo plan's time of day decides which orders are open, so sizes vary).
  const picked = [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.number - b[0]!.number).slice(0, 2);
  if (picked.length < 2) return rows;
  const events: EventValues[] = [];

  picked.forEach((group, index) => {
    const number = index + 1;
    const done = index === 1;
    const id = seedUuid(slug, "incident", number);
    const orders = group.slice(0, 4);
    const service = ctx.services.find((s) => s.id === orders[0]!.serviceId)!;
    const dispatcher = ctx.dispatchers[index % ctx.dispatchers.length]!;
    const responsible = ctx.executorsByService.get(service.id)?.[0] ?? dispatcher;
    const lastChange = Math.max(...orders.map((o) => o.updatedAt!.getTime()));
    const createdAt = Math.min(...orders.map((o) => o.createdAt!.getTime())) + 20 * MINUTE;
    const attachedAt = lastChange + 10 * MINUTE;
    const startedAt = attachedAt + 5 * MINUTE;
    const closedAt = done ? Math.min(startedAt + 2 * HOUR, now - MINUTE) : null;
    const actor = { organizationId, incidentId: id, actorKind: "EMPLOYEE" as const, actorEmployeeId: dispatcher };
    rows.incidents.push({
      id,
      organizationId,
      number,
      title: `${service.name}: массовая проблема в доме`,
      description: done ? "Авария на вводе, подача восстановлена" : "Работы ведёт аварийная бригада",
      serviceId: service.id,
      departmentId: service.departmentId,
      status: done ? "DONE" : "IN_PROGRESS",
      statusComment: done ? "Подача восстановлена" : null,
      plannedStartAt: new Date(createdAt),
      plannedEndAt: new Date(createdAt + 8 * HOUR),
      createdByEmployeeId: dispatcher,
      createdAt: new Date(createdAt),
      updatedAt: new Date(closedAt ?? startedAt),
      closedAt: closedAt === null ? null : new Date(closedAt),
      version: done ? 4 : 3,
    });
    rows.incidentScope.push({ organizationId, incidentId: id, buildingId: orders[0]!.buildingId });
    rows.incidentResponsibles.push({ organizationId, incidentId: id, employeeId: responsible, position: 0 });
    rows.incidentEvents.push(
      { ...actor, kind: "CREATED", data: { version: 1 }, createdAt: new Date(createdAt) },
      { ...actor, kind: "RESPONSIBLE_CHANGED", data: { version: 2, employeeIds: [responsible] }, createdAt: new Date(createdAt) },
      { ...actor, kind: "ORDERS_ATTACHED", data: { orderIds: orders.map((o) => o.id), numbers: orders.map((o) => o.number) }, createdAt: new Date(attachedAt) },
      { ...actor, kind: "STATUS_CHANGED", data: { version: 3, fromStatus: "OPEN", toStatus: "IN_PROGRESS" }, createdAt: new Date(startedAt) },
    );

    for (const order of orders) {
      order.incidentId = id;
      order.version = order.version! + 1;
      order.updatedAt = new Date(attachedAt);
      events.push({ organizationId, orderId: order.id!, kind: "INCIDENT_ATTACHED", actorKind: "EMPLOYEE", actorEmployeeId: dispatcher, data: { version: order.version, incidentId: id }, createdAt: new Date(attachedAt) });
    }
    if (closedAt === null) return;

    // The cascade, as incidentManage runs it: each open order DONE through the system, via the incident.
    for (const order of orders) {
      const transition = statusChanged(order as unknown as OrderState, "DONE", { resumeBy: null, now: new Date(closedAt) });
      const fromStatus = order.status;
      Object.assign(order, transition.changes, { version: order.version! + 1, updatedAt: new Date(closedAt) });
      const via = { organizationId, orderId: order.id!, actorKind: "SYSTEM" as const, actorEmployeeId: null, viaIncidentId: id, createdAt: new Date(closedAt) };
      events.push({ ...via, kind: "STATUS_CHANGED", data: { version: order.version, fromStatus, toStatus: "DONE" } });
      for (const event of transition.events) events.push({ ...via, kind: event.kind, data: event.data });
      // Pending SLA check jobs stay: the reaction check of an order never taken to work still records
      // its outcome, and an execution check finds the order done and records nothing (slaChecked).
    }
    rows.incidentEvents.push({
      ...actor,
      kind: "STATUS_CHANGED",
      data: { version: 4, fromStatus: "IN_PROGRESS", toStatus: "DONE", statusComment: "Подача восстановлена", ordersMoved: orders.length },
      createdAt: new Date(closedAt),
    });
  });

  rows.incidentCounters.push({ organizationId, lastNumber: rows.incidents.length });
  // History is read newest first by id: keep every order's events in time order.
  out.orderEvents = [...out.orderEvents, ...events]
    .map((event, sequence) => ({ event, sequence }))
    .sort((a, b) => a.event.createdAt!.getTime() - b.event.createdAt!.getTime() || a.sequence - b.sequence)
    .map(({ event }) => event);
  return rows;
}
