import { baseDataLocked, checklistRequiredMessage, checkTransition, statusChanged, TRANSITION_MESSAGES, unfinishedRequiredItems, type OrderEventKind } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requireEmployee, requirePermission, requireResident } from "../../shared/auth/policy.js";
import type { EmployeeViewer, Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from "../../shared/errors.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import { optionalText } from "../../shared/validate.js";
import { ChecklistsRepository } from "../checklists/checklists.repository.js";
import { DocumentsRepository } from "../documents/documents.repository.js";
import type { IncidentHooks } from "../incidents/incident-hooks.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import { activeService, checkPlace, eventActor, parseAnswers, requireClientChoice, systemActor, systemEvents, type EventValues } from "./order-input.js";
import { OrderRefsRepository } from "./order-refs.repository.js";
import type { OrderSlaService } from "./order-sla.service.js";
import type { OrderManageInput, OrderUpdateInput, ResidentOrderStatusInput } from "./order.type.js";
import { OrdersRepository, type OrderRow, type OrderValues } from "./orders.repository.js";
import type { OrdersService } from "./orders.service.js";

/** Changing an order: the card's Management and Information blocks, a resident's status change, «seen». */
export class OrderEditingService {
  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    private readonly notifications: NotificationsService,
    private readonly sla: OrderSlaService,
    private readonly incidents: IncidentHooks,
  ) {}

  /** The card's Management block: status, status comment, resume-by, department and executors in one save. */
  async manage(viewer: Viewer, input: OrderManageInput): Promise<OrderRow> {
    const v = requireEmployee(viewer);
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(OrdersRepository);
      const refs = uow.repo(OrderRefsRepository);
      const current = await this.lockForEdit(uow, v, input.id, input.version);
      const isExecutor = (await repo.executorIds(current.id)).includes(v.employeeId);
      const canManage = v.permissions.has("ORDERS_MANAGE");
      if (!canManage && (input.executorIds != null || input.departmentId != null)) throw forbidden("Назначать исполнителей может только диспетчер");
      if (!canManage && !isExecutor) throw forbidden();

      const service = (await refs.service(current.serviceId))!;
      const changes: Partial<OrderValues> = {};
      const events: EventValues[] = [];
      const actor = eventActor(v.employeeId, "EMPLOYEE");
      const version = current.version + 1;

      let departmentId = current.departmentId;
      if (input.departmentId != null && input.departmentId !== current.departmentId) {
        const department = await refs.department(input.departmentId);
        if (!department) throw badInput("Подразделение не найдено", "input.departmentId", "DEPARTMENT_NOT_FOUND");
        departmentId = department.id;
        changes.departmentId = department.id;
        events.push({ orderId: current.id, kind: "DEPARTMENT_CHANGED", ...actor, data: { version, departmentId: department.id, name: department.name }, createdAt: now });
      }

      const before = await repo.executorIds(current.id);
      let executors = before;
      if (input.executorIds != null) {
        executors = await this.checkExecutors(uow, input.executorIds, departmentId, service.maxExecutors);
      } else if (changes.departmentId && before.length > 0) {
        // Executors come from the department: moving the order to another one keeps only its members.
        executors = await membersOf(refs, changes.departmentId, before);
      }
      if (executors.join() !== before.join()) {
        await repo.setExecutors(current.id, executors);
        events.push({ orderId: current.id, kind: "EXECUTORS_CHANGED", ...actor, data: { version, executorIds: executors }, createdAt: now });
      }

      const statusComment =
        input.statusComment === undefined || input.statusComment === null ? current.statusComment : optionalText(input.statusComment, "input.statusComment", 2000);
      const status = input.status ?? current.status;
      if (status !== current.status) {
        // Read under the order's row lock, which ticks take too.
        const unfinishedChecklistItems = status === "DONE" ? unfinishedRequiredItems(await uow.repo(ChecklistsRepository).ofOrders([current.id])) : [];
        const refusal = checkTransition({
          actor: "STAFF",
          from: current.status,
          to: status,
          executorCount: executors.length,
          statusComment,
          resumeBy: input.resumeBy ?? null,
          // Documents of the order (§18), read in the transaction that holds the order's row lock.
          documentCount: await uow.repo(DocumentsRepository).count(current.id),
          unfinishedChecklistItems,
          service,
          now,
        });
        if (refusal === "CHECKLIST_REQUIRED") {
          throw new AppError(ErrorCode.BAD_USER_INPUT, checklistRequiredMessage(unfinishedChecklistItems), {
            field: "input.status",
            reason: refusal,
            items: unfinishedChecklistItems,
          });
        }
        if (refusal) throw new AppError(ErrorCode.BAD_USER_INPUT, TRANSITION_MESSAGES[refusal], { field: "input.status", reason: refusal });
        events.push({
          orderId: current.id,
          kind: "STATUS_CHANGED",
          ...actor,
          // A comment carried over from an earlier status is already in the history: repeat it only when it changed.
          data: { version, fromStatus: current.status, toStatus: status, ...(statusComment !== current.statusComment ? { statusComment } : {}) },
          createdAt: now,
        });
        const transition = statusChanged(current, status, { resumeBy: input.resumeBy ?? null, now });
        Object.assign(changes, transition.changes);
        events.push(...systemEvents(current.id, transition.events, now));
      } else if (status === "PAUSED" && input.resumeBy && input.resumeBy.getTime() !== current.resumeBy?.getTime()) {
        if (input.resumeBy.getTime() <= now.getTime()) throw badInput(TRANSITION_MESSAGES.RESUME_BY_IN_PAST, "input.resumeBy", "RESUME_BY_IN_PAST");
        changes.resumeBy = input.resumeBy;
      } else if (status === "IN_PROGRESS" && executors.length === 0) {
        throw badInput(TRANSITION_MESSAGES.EXECUTOR_REQUIRED, "input.executorIds", "EXECUTOR_REQUIRED");
      }
      if (statusComment !== current.statusComment) {
        changes.statusComment = statusComment;
        if (status === current.status) {
          events.push({ orderId: current.id, kind: "STATUS_COMMENT_CHANGED", ...actor, data: { version, statusComment }, createdAt: now });
        }
      }
      if (events.length === 0 && Object.keys(changes).length === 0) return current;
      const updated = await repo.update(current.id, { ...changes, updatedAt: now });
      await repo.insertEvents(events);
      await this.sla.schedule(uow.tx, updated);
      if (updated.status !== current.status) await this.notifications.orderStatusChanged(uow.tx, updated, { to: updated.status, actorKind: "EMPLOYEE" });
      const added = executors.filter((id) => !before.includes(id));
      if (added.length > 0) await this.notifications.executorsAssigned(uow.tx, updated, { employeeIds: added, by: v.employeeId });
      uow.orderChanged(updated);
      return updated;
    });
  }

  async residentChangeStatus(viewer: Viewer, input: ResidentOrderStatusInput): Promise<OrderRow> {
    const v = requireResident(viewer);
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(OrdersRepository);
      const current = await repo.byId(input.id, true);
      if (!current || !(await this.orders.canSee(v, current, uow.tx))) throw notFound("Заявка");
      const service = (await uow.repo(OrderRefsRepository).service(current.serviceId))!;
      const refusal = checkTransition({
        actor: "RESIDENT",
        from: current.status,
        to: input.status,
        executorCount: 0,
        statusComment: null,
        resumeBy: null,
        documentCount: 0,
        unfinishedChecklistItems: [],
        service,
        now,
      });
      if (refusal) throw new AppError(ErrorCode.BAD_USER_INPUT, TRANSITION_MESSAGES[refusal], { field: "input.status", reason: refusal });
      const version = current.version + 1;
      const transition = statusChanged(current, input.status, { resumeBy: null, now });
      const changes: Partial<OrderValues> = { ...transition.changes };
      const events = systemEvents(current.id, transition.events, now);
      // A resident reopening an incident's order takes it out of the incident.
      if (input.status === "REOPENED" && current.incidentId) {
        changes.incidentId = null;
        events.push({ orderId: current.id, kind: "INCIDENT_DETACHED", ...systemActor(), data: { version, incidentId: current.incidentId }, createdAt: now });
      }
      events.unshift({
        orderId: current.id,
        kind: "STATUS_CHANGED",
        ...eventActor(null, "RESIDENT"),
        data: { version, fromStatus: current.status, toStatus: input.status, residentComment: optionalText(input.comment, "input.comment", 2000) },
        createdAt: now,
      });
      const updated = await repo.update(current.id, { ...changes, updatedAt: now });
      await repo.insertEvents(events);
      await this.sla.schedule(uow.tx, updated);
      if (current.incidentId && !updated.incidentId) await this.incidents.orderLeft(uow, current.incidentId, updated, now);
      // A resident is not told about their own change; the hook decides (and stays the one place for it).
      await this.notifications.orderStatusChanged(uow.tx, updated, { to: updated.status, actorKind: "RESIDENT" });
      uow.orderChanged(updated);
      return updated;
    });
  }

  /** The card's Information block. */
  async update(viewer: Viewer, input: OrderUpdateInput): Promise<OrderRow> {
    const v = requirePermission(viewer, "ORDERS_MANAGE");
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const repo = uow.repo(OrdersRepository);
      const refs = uow.repo(OrderRefsRepository);
      const current = await this.lockForEdit(uow, v, input.id, input.version);
      if (baseDataLocked(current)) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, "Основные данные нельзя менять у выполненной, отменённой или выставленной к оплате заявки", {
          reason: "BASE_DATA_LOCKED",
        });
      }
      const changes: Partial<OrderValues> = {};
      const described: { field: string; from: string | null; to: string | null }[] = [];
      const old = (await refs.service(current.serviceId))!;
      const service = input.serviceId && input.serviceId !== current.serviceId ? await activeService(refs, input.serviceId, "input.serviceId") : old;
      if (service.id !== current.serviceId) {
        changes.serviceId = service.id;
        described.push({ field: "service", from: old.name, to: service.name });
        if (old.kind !== service.kind) described.push({ field: "serviceKind", from: old.kind, to: service.kind });
      }
      const buildingId = input.buildingId ?? current.buildingId;
      // null keeps the value, "" clears it; a new building drops the old building's premise.
      const premiseId = input.premiseId != null ? input.premiseId || null : buildingId !== current.buildingId ? null : current.premiseId;
      const clientId = input.clientId != null ? input.clientId || null : current.clientId;
      await checkPlace(refs, buildingId, premiseId, clientId, current);
      if (premiseId !== current.premiseId || clientId !== current.clientId) await requireClientChoice(refs, premiseId, clientId, input.withoutClient);
      const names = await placeNames(refs, { buildingId, premiseId, clientId }, current);
      if (buildingId !== current.buildingId) described.push({ field: "building", from: names.oldBuilding, to: names.building });
      if (premiseId !== current.premiseId) described.push({ field: "premise", from: names.oldPremise, to: names.premise });
      if (clientId !== current.clientId) described.push({ field: "client", from: names.oldClient, to: names.client });
      Object.assign(changes, { buildingId, premiseId, clientId });
      if (input.description !== undefined && input.description !== null) {
        const description = optionalText(input.description, "input.description", 5000);
        if (description !== current.description) {
          changes.description = description;
          described.push({ field: "description", from: current.description, to: description });
        }
      }
      if (input.formAnswers || changes.serviceId) {
        const answers = parseAnswers(
          service,
          input.formAnswers ?? Object.entries(current.formAnswers).map(([key, value]) => ({ key, value: value == null ? null : String(value) })),
        );
        for (const field of service.orderForm) {
          const from = current.formAnswers[field.key];
          const to = answers[field.key];
          if (String(from ?? "") !== String(to ?? "")) described.push({ field: `form:${field.key}`, from: from == null ? null : String(from), to: to == null ? null : String(to) });
        }
        changes.formAnswers = answers;
      }
      const real = described.filter((d) => d.from !== d.to);
      if (real.length === 0) return current;
      const updated = await repo.update(current.id, { ...changes, updatedAt: now });
      await repo.insertEvents([
        { orderId: current.id, kind: "BASE_DATA_CHANGED", ...eventActor(v.employeeId, "EMPLOYEE"), data: { version: updated.version, changes: real }, createdAt: now },
      ]);
      uow.orderChanged(updated);
      return updated;
    });
  }

  /** Opening the card clears the important-comment flag for everyone (§20) and reads the viewer's notifications about the order. */
  async markSeen(viewer: Viewer, id: string): Promise<OrderRow> {
    const v = requireEmployee(viewer);
    const order = await this.orders.get(v, id);
    await this.notifications.markOrderRead(v, order.id);
    if (!order.importantCommentUnseen) return order;
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const updated = (await uow.repo(OrdersRepository).record(id, { importantCommentUnseen: false }))!;
      uow.orderChanged(updated);
      return updated;
    });
  }

  /** The order, row-locked, if the viewer may see it and edits the version it was shown. */
  private async lockForEdit(uow: UnitOfWork, viewer: EmployeeViewer, id: string, version: number): Promise<OrderRow> {
    const repo = uow.repo(OrdersRepository);
    const current = await repo.byId(id, true);
    if (!current || !(await this.orders.canSee(viewer, current, uow.tx))) throw notFound("Заявка");
    if (current.version !== version) {
      const missed = await repo.eventsAfterVersion(id, version);
      const whoIds = [...new Set(missed.map((e) => e.actorEmployeeId).filter((x): x is string => Boolean(x)))];
      const who = await uow.repo(OrderRefsRepository).employeeNames(whoIds);
      const what = [...new Set(missed.map((e) => CHANGE_NAMES[e.kind]).filter(Boolean))];
      throw conflict(`Заявку уже изменили${who.length ? ` (${who.join(", ")})` : ""}: ${what.join(", ") || "данные"}. Обновите карточку.`, {
        reason: "STALE_VERSION",
        currentVersion: current.version,
        changed: what,
      });
    }
    return current;
  }

  /** Executors: distinct active employees of the order's department, at most the service's maximum. */
  private async checkExecutors(uow: UnitOfWork, ids: string[], departmentId: string | null, max: number): Promise<string[]> {
    if (new Set(ids).size !== ids.length) throw badInput("Исполнитель указан дважды", "input.executorIds", "DUPLICATE_EXECUTOR");
    if (ids.length > max) throw badInput(`По этой услуге не больше ${max} исполн.`, "input.executorIds", "TOO_MANY_EXECUTORS");
    if (ids.length === 0) return [];
    const active = await uow.repo(OrdersRepository).activeEmployeeIds(ids);
    if (active.length !== ids.length) throw badInput("Исполнитель не найден или отключён", "input.executorIds", "EXECUTOR_NOT_FOUND");
    if (departmentId) {
      const members = await membersOf(uow.repo(OrderRefsRepository), departmentId, ids);
      if (members.length !== ids.length) throw badInput("Исполнителя выбирают из сотрудников подразделения заявки", "input.executorIds", "EXECUTOR_NOT_IN_DEPARTMENT");
    }
    return ids;
  }
}

/** Those of `ids` who belong to the department, in the given order. */
async function membersOf(refs: OrderRefsRepository, departmentId: string, ids: string[]): Promise<string[]> {
  const members = new Set(await refs.departmentMembers(departmentId, ids));
  return ids.filter((id) => members.has(id));
}

async function placeNames(refs: OrderRefsRepository, next: { buildingId: string; premiseId: string | null; clientId: string | null }, current: OrderRow) {
  const rows = await refs.placeNames({
    buildingIds: [next.buildingId, current.buildingId],
    premiseIds: [next.premiseId, current.premiseId].filter((x): x is string => Boolean(x)),
    clientIds: [next.clientId, current.clientId].filter((x): x is string => Boolean(x)),
  });
  const name = (named: { id: string; name: string }[], id: string | null) => (id ? (named.find((r) => r.id === id)?.name ?? null) : null);
  return {
    building: name(rows.buildings, next.buildingId),
    oldBuilding: name(rows.buildings, current.buildingId),
    premise: name(rows.premises, next.premiseId),
    oldPremise: name(rows.premises, current.premiseId),
    client: name(rows.clients, next.clientId),
    oldClient: name(rows.clients, current.clientId),
  };
}

const CHANGE_NAMES: Partial<Record<OrderEventKind, string>> = {
  STATUS_CHANGED: "статус",
  STATUS_COMMENT_CHANGED: "комментарий к статусу",
  EXECUTORS_CHANGED: "исполнители",
  DEPARTMENT_CHANGED: "подразделение",
  BASE_DATA_CHANGED: "основные данные",
  INCIDENT_ATTACHED: "инцидент",
  INCIDENT_DETACHED: "инцидент",
};
