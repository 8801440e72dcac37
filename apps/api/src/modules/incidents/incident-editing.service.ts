import {
  ATTACH_MESSAGES,
  checkAttach,
  checkIncidentTransition,
  incidentCascade,
  incidentIsOpen,
  INCIDENT_TRANSITION_MESSAGES,
  MAX_EXECUTORS_LIMIT,
  statusChanged,
  type IncidentFieldChange,
  type IncidentStatus,
} from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requirePermission } from "../../shared/auth/policy.js";
import type { EmployeeViewer, Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, notFound } from "../../shared/errors.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import { optionalText, requiredText } from "../../shared/validate.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import { systemActor, type EventValues } from "../orders/order-input.js";
import { OrderRefsRepository } from "../orders/order-refs.repository.js";
import type { OrderSlaService } from "../orders/order-sla.service.js";
import { OrdersRepository, type OrderRow } from "../orders/orders.repository.js";
import type { OrdersService } from "../orders/orders.service.js";
import { IncidentOrdersRepository } from "./incident-orders.repository.js";
import type { IncidentCreateInput, IncidentManageInput, IncidentScopeInput, IncidentUpdateInput } from "./incident.type.js";
import { IncidentsRepository, type IncidentEventValues, type IncidentRow, type IncidentValues, type ScopeEntry } from "./incidents.repository.js";

/** Buildings one incident may cover («по улице» is a few dozen), and premises listed per building. */
export const MAX_SCOPE_BUILDINGS = 200;
export const MAX_SCOPE_PREMISES = 500;
/** History rows per INSERT: well under PostgreSQL's 65,535 bound parameters. */
const EVENT_BATCH = 2000;

/**
 * Changing incidents: create, edit, manage (status, comment, responsible) with the cascade onto the
 * attached orders, attach and detach orders, the organization's auto-attach setting.
 */
export class IncidentEditingService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly notifications: NotificationsService,
    private readonly sla: OrderSlaService,
  ) {}

  async create(viewer: Viewer, input: IncidentCreateInput): Promise<IncidentRow> {
    const v = requirePermission(viewer, "INCIDENTS_MANAGE");
    const now = this.deps.clock.now();
    const title = requiredText(input.title, "input.title", 200);
    const description = optionalText(input.description, "input.description", 5000);
    checkPlanned(input.plannedStartAt ?? null, input.plannedEndAt ?? null);
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(IncidentsRepository);
      const refs = uow.repo(OrderRefsRepository);
      const service = await refs.service(input.serviceId);
      if (!service) throw badInput("Услуга не найдена", "input.serviceId", "SERVICE_NOT_FOUND");
      const departmentId = input.departmentId ? await checkDepartment(refs, input.departmentId) : service.departmentId;
      const scope = await checkScope(refs, input.scope, "input.scope");
      const responsible = await this.checkResponsible(uow, input.responsibleIds ?? []);
      const incident = await repo.insert({
        number: await repo.nextNumber(),
        title,
        description,
        serviceId: service.id,
        departmentId,
        status: "OPEN",
        plannedStartAt: input.plannedStartAt ?? null,
        plannedEndAt: input.plannedEndAt ?? null,
        createdByEmployeeId: v.employeeId,
        createdAt: now,
        updatedAt: now,
      });
      await repo.setScope(incident.id, scope);
      await repo.setResponsibles(incident.id, responsible);
      const actor = { actorKind: "EMPLOYEE" as const, actorEmployeeId: v.employeeId, createdAt: now, incidentId: incident.id };
      const events: IncidentEventValues[] = [{ ...actor, kind: "CREATED", data: { version: incident.version } }];
      if (responsible.length > 0) events.push({ ...actor, kind: "RESPONSIBLE_CHANGED", data: { version: incident.version, employeeIds: responsible } });
      await repo.insertEvents(events);
      uow.incidentChanged(incident);
      return incident;
    });
  }

  /** The information of an open incident: title, description, service, department, scope, planned dates, responsible (the edit form). */
  async update(viewer: Viewer, input: IncidentUpdateInput): Promise<IncidentRow> {
    const v = requirePermission(viewer, "INCIDENTS_MANAGE");
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(IncidentsRepository);
      const refs = uow.repo(OrderRefsRepository);
      const current = await lockForEdit(uow, input.id, input.version);
      if (!incidentIsOpen(current.status)) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, "Закрытый инцидент не редактируется", { reason: "INCIDENT_CLOSED" });
      }
      const changes: Partial<IncidentValues> = {};
      const described: IncidentFieldChange[] = [];
      if (input.title != null) {
        const title = requiredText(input.title, "input.title", 200);
        if (title !== current.title) {
          changes.title = title;
          described.push({ field: "title", from: current.title, to: title });
        }
      }
      if (input.description != null) {
        const description = optionalText(input.description, "input.description", 5000);
        if (description !== current.description) {
          changes.description = description;
          described.push({ field: "description", from: current.description, to: description });
        }
      }
      if (input.serviceId != null && input.serviceId !== current.serviceId) {
        const service = await refs.service(input.serviceId);
        if (!service) throw badInput("Услуга не найдена", "input.serviceId", "SERVICE_NOT_FOUND");
        const old = await refs.service(current.serviceId);
        changes.serviceId = service.id;
        described.push({ field: "service", from: old?.name ?? null, to: service.name });
      }
      if (input.departmentId != null && input.departmentId !== current.departmentId) {
        changes.departmentId = await checkDepartment(refs, input.departmentId);
        described.push({ field: "department", from: null, to: null });
      }
      const start = input.plannedStartAt !== undefined && input.plannedStartAt !== null ? input.plannedStartAt : current.plannedStartAt;
      const end = input.plannedEndAt !== undefined && input.plannedEndAt !== null ? input.plannedEndAt : current.plannedEndAt;
      checkPlanned(start, end);
      if (start?.getTime() !== current.plannedStartAt?.getTime()) {
        changes.plannedStartAt = start;
        described.push({ field: "plannedStartAt", from: current.plannedStartAt?.toISOString() ?? null, to: start?.toISOString() ?? null });
      }
      if (end?.getTime() !== current.plannedEndAt?.getTime()) {
        changes.plannedEndAt = end;
        described.push({ field: "plannedEndAt", from: current.plannedEndAt?.toISOString() ?? null, to: end?.toISOString() ?? null });
      }
      if (input.scope != null) {
        const scope = await checkScope(refs, input.scope, "input.scope");
        const before = (await repo.scopeOf([current.id])).map(scopeKey).sort().join();
        if (scope.map(scopeKey).sort().join() !== before) {
          await repo.setScope(current.id, scope);
          described.push({ field: "scope", from: null, to: null });
        }
      }
      let responsible: string[] | null = null;
      if (input.responsibleIds != null) {
        const next = await this.checkResponsible(uow, input.responsibleIds);
        if (next.join() !== (await repo.responsibleIds(current.id)).join()) responsible = next;
      }
      if (described.length === 0 && !responsible) return current;
      const updated = await repo.update(current.id, { ...changes, updatedAt: now });
      const actor = { incidentId: current.id, actorKind: "EMPLOYEE" as const, actorEmployeeId: v.employeeId, createdAt: now };
      const events: IncidentEventValues[] = [];
      if (described.length > 0) events.push({ ...actor, kind: "UPDATED", data: { version: updated.version, changes: described } });
      if (responsible) {
        await repo.setResponsibles(current.id, responsible);
        events.push({ ...actor, kind: "RESPONSIBLE_CHANGED", data: { version: updated.version, employeeIds: responsible } });
      }
      await repo.insertEvents(events);
      uow.incidentChanged(updated);
      return updated;
    });
  }

  /**
   * The management block. A move to DONE or CANCELLED takes every attached open order with it in
   * this transaction: the incident row is locked first, then the orders in id order; an order edit
   * racing it either committed before (and the cascade sees its result) or waits and then finds a
   * newer version (CONFLICT). Either all orders move or, on any failure, none does and the incident
   * keeps its status.
   */
  async manage(viewer: Viewer, input: IncidentManageInput): Promise<IncidentRow> {
    const v = requirePermission(viewer, "INCIDENTS_MANAGE");
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(IncidentsRepository);
      const current = await lockForEdit(uow, input.id, input.version);
      const version = current.version + 1;
      const actor = { incidentId: current.id, actorKind: "EMPLOYEE" as const, actorEmployeeId: v.employeeId, createdAt: now };
      const events: IncidentEventValues[] = [];
      const changes: Partial<IncidentValues> = {};

      let responsible = await repo.responsibleIds(current.id);
      if (input.responsibleIds != null) {
        const next = await this.checkResponsible(uow, input.responsibleIds);
        if (next.join() !== responsible.join()) {
          if (!incidentIsOpen(current.status)) throw new AppError(ErrorCode.BAD_USER_INPUT, "Закрытый инцидент не редактируется", { reason: "INCIDENT_CLOSED" });
          await repo.setResponsibles(current.id, next);
          events.push({ ...actor, kind: "RESPONSIBLE_CHANGED", data: { version, employeeIds: next } });
          responsible = next;
        }
      }
      const statusComment = input.statusComment == null ? current.statusComment : optionalText(input.statusComment, "input.statusComment", 2000);
      const status: IncidentStatus = input.status ?? current.status;
      let moved = 0;
      if (status !== current.status) {
        const refusal = checkIncidentTransition({ from: current.status, to: status, responsibleCount: responsible.length, statusComment });
        if (refusal) throw new AppError(ErrorCode.BAD_USER_INPUT, INCIDENT_TRANSITION_MESSAGES[refusal], { field: "input.status", reason: refusal });
        changes.status = status;
        if (!incidentIsOpen(status)) {
          changes.closedAt = now;
          moved = await this.cascade(uow, current, status, now);
        }
        events.push({
          ...actor,
          kind: "STATUS_CHANGED",
          data: {
            version,
            fromStatus: current.status,
            toStatus: status,
            ...(statusComment !== current.statusComment ? { statusComment } : {}),
            ...(!incidentIsOpen(status) ? { ordersMoved: moved } : {}),
          },
        });
      }
      if (statusComment !== current.statusComment) {
        changes.statusComment = statusComment;
        if (status === current.status) events.push({ ...actor, kind: "STATUS_COMMENT_CHANGED", data: { version, statusComment } });
      }
      if (events.length === 0) return current;
      const updated = await repo.update(current.id, { ...changes, updatedAt: now });
      await repo.insertEvents(events);
      uow.incidentChanged(updated);
      return updated;
    });
  }

  /**
   * Moves every attached open order to the incident's final status; returns how many moved. Set-based:
   * one UPDATE for the orders (per shape of change), one INSERT for their history, one for their SLA
   * checks, one for the residents' notifications; each order's live event goes out once, after commit.
   */
  private async cascade(uow: UnitOfWork, incident: IncidentRow, to: IncidentStatus, now: Date): Promise<number> {
    const attached = await uow.repo(IncidentOrdersRepository).lockAttached(incident.id);
    const byId = new Map(attached.map((o) => [o.id, o]));
    const moves = incidentCascade(to, attached, now).flatMap((step) => {
      if (step.action !== "MOVE") return [];
      const order = byId.get(step.orderId)!;
      return [{ step, transition: statusChanged(order, step.to, { resumeBy: null, now }) }];
    });
    if (moves.length === 0) return 0;
    const moved = await uow.repo(IncidentOrdersRepository).updateEach(moves.map(({ step, transition }) => ({ id: step.orderId, values: { ...transition.changes, updatedAt: now } })));
    const movedById = new Map(moved.map((o) => [o.id, o]));
    const events: EventValues[] = moves.flatMap(({ step, transition }) => {
      const updated = movedById.get(step.orderId)!;
      const via = { ...systemActor(), viaIncidentId: incident.id, orderId: updated.id, createdAt: now };
      return [
        { ...via, kind: "STATUS_CHANGED" as const, data: { version: updated.version, fromStatus: step.from, toStatus: step.to } },
        ...transition.events.map((event) => ({ ...via, kind: event.kind, data: event.data })),
      ];
    });
    const ordersRepo = uow.repo(OrdersRepository);
    for (let i = 0; i < events.length; i += EVENT_BATCH) await ordersRepo.insertEvents(events.slice(i, i + EVENT_BATCH));
    await this.sla.scheduleMany(uow.tx, moved);
    await this.notifications.ordersStatusChanged(uow.tx, incident.organizationId, moved, moves[0]!.step.to);
    for (const order of moved) uow.orderChanged(order);
    return moved.length;
  }

  /** Attaches orders (one or many) to an open incident; orders already in it are left as they are. */
  async attach(viewer: Viewer, incidentId: string, orderIds: string[]): Promise<OrderRow[]> {
    const v = requirePermission(viewer, "INCIDENTS_MANAGE");
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const incident = await uow.repo(IncidentsRepository).byId(incidentId, "share");
      if (!incident) throw notFound("Инцидент");
      const orders = await this.lockVisibleOrders(uow, v, orderIds);
      for (const order of orders) {
        const refusal = checkAttach({ incidentStatus: incident.status, incidentId: incident.id, order });
        if (refusal) {
          throw new AppError(ErrorCode.BAD_USER_INPUT, refusal === "INCIDENT_CLOSED" ? ATTACH_MESSAGES[refusal] : `Заявка №${order.number}: ${ATTACH_MESSAGES[refusal]}`, {
            field: "orderIds",
            reason: refusal,
            orderNumber: order.number,
          });
        }
      }
      const joining = orders.filter((o) => o.incidentId !== incident.id);
      const updated = await uow.repo(IncidentOrdersRepository).setIncident(
        joining.map((o) => o.id),
        incident.id,
        now,
      );
      await this.recordMembership(uow, v, incident, updated, "INCIDENT_ATTACHED", now);
      return orders.map((o) => updated.find((u) => u.id === o.id) ?? o);
    });
  }

  /** Takes orders out of the incident (from its page or an order's card). */
  async detach(viewer: Viewer, incidentId: string, orderIds: string[]): Promise<OrderRow[]> {
    const v = requirePermission(viewer, "INCIDENTS_MANAGE");
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const incident = await uow.repo(IncidentsRepository).byId(incidentId, "share");
      if (!incident) throw notFound("Инцидент");
      const orders = await this.lockVisibleOrders(uow, v, orderIds);
      const stranger = orders.find((o) => o.incidentId !== incident.id);
      if (stranger) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, `Заявка №${stranger.number} не прикреплена к этому инциденту`, {
          field: "orderIds",
          reason: "ORDER_NOT_ATTACHED",
          orderNumber: stranger.number,
        });
      }
      const updated = await uow.repo(IncidentOrdersRepository).setIncident(
        orders.map((o) => o.id),
        null,
        now,
      );
      await this.recordMembership(uow, v, incident, updated, "INCIDENT_DETACHED", now);
      return updated;
    });
  }

  async setAutoAttach(viewer: Viewer, on: boolean): Promise<{ autoAttach: boolean }> {
    const v = requirePermission(viewer, "INCIDENTS_MANAGE");
    return { autoAttach: await new IncidentsRepository(this.deps.database.db, v.organizationId).setAutoAttach(on) };
  }

  /** Each order's history entry and live event, the incident's one entry for all of them. */
  private async recordMembership(uow: UnitOfWork, v: EmployeeViewer, incident: IncidentRow, orders: OrderRow[], kind: "INCIDENT_ATTACHED" | "INCIDENT_DETACHED", now: Date) {
    if (orders.length === 0) return;
    const actor = { actorKind: "EMPLOYEE" as const, actorEmployeeId: v.employeeId, createdAt: now };
    await uow.repo(OrdersRepository).insertEvents(orders.map((o) => ({ ...actor, orderId: o.id, kind, data: { version: o.version, incidentId: incident.id } })));
    const repo = uow.repo(IncidentsRepository);
    await repo.insertEvents([
      {
        ...actor,
        incidentId: incident.id,
        kind: kind === "INCIDENT_ATTACHED" ? "ORDERS_ATTACHED" : "ORDERS_DETACHED",
        data: { orderIds: orders.map((o) => o.id), numbers: orders.map((o) => o.number) },
      },
    ]);
    await repo.touch(incident.id, now);
    for (const order of orders) uow.orderChanged(order);
    uow.incidentChanged(incident);
  }

  /** The orders, row-locked; one of another organization, missing or outside the viewer's scope is NOT_FOUND. */
  private async lockVisibleOrders(uow: UnitOfWork, v: EmployeeViewer, ids: string[]): Promise<OrderRow[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) throw badInput("Выберите хотя бы одну заявку", "orderIds", "REQUIRED");
    const orders = await uow.repo(IncidentOrdersRepository).lockByIds(wanted);
    const visible: OrderRow[] = [];
    for (const order of orders) if (await this.orders.canSee(v, order, uow.tx)) visible.push(order);
    if (visible.length !== wanted.length) {
      throw new AppError(ErrorCode.NOT_FOUND, "Заявка не найдена", { field: "orderIds", reason: "ORDER_NOT_FOUND" });
    }
    return visible;
  }

  /** Responsible employees: distinct, active, at most as many as an order's executors. */
  private async checkResponsible(uow: UnitOfWork, ids: string[]): Promise<string[]> {
    if (new Set(ids).size !== ids.length) throw badInput("Ответственный указан дважды", "input.responsibleIds", "DUPLICATE_RESPONSIBLE");
    if (ids.length > MAX_EXECUTORS_LIMIT) throw badInput(`Не больше ${MAX_EXECUTORS_LIMIT} ответственных`, "input.responsibleIds", "TOO_MANY_RESPONSIBLE");
    const active = await uow.repo(OrdersRepository).activeEmployeeIds(ids);
    if (active.length !== ids.length) throw badInput("Ответственный не найден или отключён", "input.responsibleIds", "RESPONSIBLE_NOT_FOUND");
    return ids;
  }
}

/** The incident, row-locked, if it exists and the editor saw its current version. */
async function lockForEdit(uow: UnitOfWork, id: string, version: number): Promise<IncidentRow> {
  const current = await uow.repo(IncidentsRepository).byId(id, "update");
  if (!current) throw notFound("Инцидент");
  if (current.version !== version) {
    throw conflict("Инцидент уже изменили. Обновите карточку.", { reason: "STALE_VERSION", currentVersion: current.version });
  }
  return current;
}

function checkPlanned(start: Date | null, end: Date | null): void {
  if (start && end && end.getTime() < start.getTime()) throw badInput("Плановое окончание раньше начала", "input.plannedEndAt", "PLANNED_END_BEFORE_START");
}

async function checkDepartment(refs: OrderRefsRepository, id: string): Promise<string> {
  const department = await refs.department(id);
  if (!department) throw badInput("Подразделение не найдено", "input.departmentId", "DEPARTMENT_NOT_FOUND");
  return department.id;
}

const scopeKey = (e: ScopeEntry) => `${e.buildingId}/${e.premiseId ?? ""}`;

/** Buildings of this organization, each premise in its building; at least one building. */
async function checkScope(refs: OrderRefsRepository, input: IncidentScopeInput[], field: string): Promise<ScopeEntry[]> {
  if (input.length === 0) throw badInput("Укажите хотя бы один объект", field, "SCOPE_REQUIRED");
  if (input.length > MAX_SCOPE_BUILDINGS) throw badInput(`Не больше ${MAX_SCOPE_BUILDINGS} объектов`, field, "TOO_MANY");
  const premiseCount = input.reduce((n, s) => n + (s.premiseIds?.length ?? 0), 0);
  if (premiseCount > MAX_SCOPE_PREMISES) throw badInput(`Не больше ${MAX_SCOPE_PREMISES} помещений`, field, "TOO_MANY");
  const entries = new Map<string, ScopeEntry>();
  for (const [i, s] of input.entries()) {
    if (!(await refs.buildingExists(s.buildingId))) throw badInput("Объект не найден", `${field}.${i}.buildingId`, "BUILDING_NOT_FOUND");
    const premiseIds = [...new Set(s.premiseIds ?? [])];
    for (const premiseId of premiseIds) {
      if (!(await refs.premiseInBuilding(premiseId, s.buildingId))) throw badInput("Помещение не найдено в этом объекте", `${field}.${i}.premiseIds`, "PREMISE_NOT_FOUND");
    }
    const rows = premiseIds.length === 0 ? [{ buildingId: s.buildingId, premiseId: null }] : premiseIds.map((premiseId) => ({ buildingId: s.buildingId, premiseId }));
    for (const row of rows) entries.set(scopeKey(row), row);
  }
  // A building named whole and by premises is covered whole.
  const whole = new Set([...entries.values()].filter((e) => e.premiseId === null).map((e) => e.buildingId));
  return [...entries.values()].filter((e) => e.premiseId === null || !whole.has(e.buildingId));
}
