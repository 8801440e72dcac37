import { schema, type DbOrTx } from "@domovoy/db";
import {
  checkTransition,
  computeLabels,
  evaluateSla,
  executionDueAt,
  FORM_PROBLEM_MESSAGES,
  initialStatus,
  parseFormAnswers,
  reactionDueAt,
  TRANSITION_MESSAGES,
  workloadLevel,
  type FormField,
  type FormAnswerInput,
  type OrderLabel,
  type OrderStatus,
  type SlaEvaluation,
} from "@domovoy/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { AppDeps } from "../../context.js";
import { enqueueJob } from "../../jobs/queue.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import { Topic } from "../../pubsub.js";
import { hasPermission, requireAuthenticated, requireEmployee, requirePermission, requireResident } from "../../shared/auth/policy.js";
import type { EmployeeViewer, Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from "../../shared/errors.js";
import { decodeCursor, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { isUuid } from "../../shared/ids.js";
import { searchTerm } from "../../shared/search.js";
import { optionalText } from "../../shared/validate.js";
import type { OrderFilter, OrderSortInput } from "./order-filter.type.js";
import {
  DEFAULT_ORDER_COLUMNS,
  ORDER_COLUMNS,
  type OrderColumnValue,
  type OrderCreateInput,
  type OrderListValue,
  type OrderManageInput,
  type OrderUpdateInput,
  type ResidentOrderCreateInput,
  type ResidentOrderStatusInput,
} from "./order.type.js";
import { DocumentsRepository } from "../documents/documents.repository.js";
import { OrdersRepository, type OrderCursor, type OrderEventRow, type OrderListRow, type OrderQuery, type OrderRow, type OrderValues } from "./orders.repository.js";

const { services, buildings, premises, clients, clientPremises, departments, departmentEmployees, employees } = schema;

type ServiceRow = typeof services.$inferSelect;
type EventValues = Parameters<OrdersRepository["insertEvents"]>[0][number];

/** Base data is frozen once the order is closed or an invoice has gone to the resident. */
export function baseDataLocked(order: Pick<OrderRow, "status" | "invoiceState">): boolean {
  return order.status === "DONE" || order.status === "CANCELLED" || !["NONE", "DRAFT"].includes(order.invoiceState);
}

export const SLA_JOB = "orders.sla-check";

export type OrderListArgs = {
  tab?: "NEW" | "ALL" | "MINE" | null;
  search?: string | null;
  filter?: OrderFilter | null;
  sort?: OrderSortInput | null;
  first?: number | null;
  after?: string | null;
};

export class OrdersService {
  constructor(
    private readonly deps: AppDeps,
    private readonly notifications: NotificationsService,
  ) {}

  private repo(organizationId: string, db: DbOrTx = this.deps.database.db) {
    return new OrdersRepository(db, organizationId);
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  // Reading

  /** The order if the viewer may see it: staff with ORDERS_READ_ALL, its executors, or its resident. */
  get(viewer: Viewer, id: string): Promise<OrderRow> {
    return this.findVisible(viewer, (repo) => repo.byId(id));
  }

  getByNumber(viewer: Viewer, number: number): Promise<OrderRow> {
    return this.findVisible(viewer, (repo) => repo.byNumber(number));
  }

  private async findVisible(viewer: Viewer, find: (repo: OrdersRepository) => Promise<OrderRow | undefined>): Promise<OrderRow> {
    const v = requireAuthenticated(viewer);
    if (v.kind === "INTEGRATION") throw forbidden();
    const order = await find(this.repo(v.organizationId));
    if (!order || !(await this.canSee(v, order))) throw notFound("Заявка");
    return order;
  }

  private async canSee(viewer: Viewer, order: OrderRow, db?: DbOrTx): Promise<boolean> {
    if (viewer.kind === "RESIDENT") return order.clientId === viewer.clientId;
    if (viewer.kind !== "EMPLOYEE") return false;
    if (viewer.permissions.has("ORDERS_READ_ALL")) return true;
    const executors = await this.repo(viewer.organizationId, db).executorIds(order.id);
    return executors.includes(viewer.employeeId);
  }

  async list(viewer: Viewer, args: OrderListArgs): Promise<Page<OrderListRow>> {
    const v = requireAuthenticated(viewer);
    if (v.kind === "INTEGRATION") throw forbidden();
    const repo = this.repo(v.organizationId);
    const query = await this.query(v, args);
    const sort = { field: args.sort?.field ?? "UPDATED_AT", direction: args.sort?.direction ?? "DESC" } as const;
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 3) as OrderCursor) : null;
    const rows = await repo.list(query, sort, limit, after);
    return toPage(rows, limit, (o) => [o.importantCommentUnseen, o.sortValue, o.id], () => repo.count(query));
  }

  /** The list's query as this viewer sees it (also what the Excel report of the list holds). */
  async query(viewer: Exclude<Viewer, { kind: "ANONYMOUS" | "INTEGRATION" }>, args: OrderListArgs): Promise<OrderQuery> {
    const filter = args.filter ?? {};
    if (filter.ratingScores?.some((score) => !Number.isInteger(score) || score < 1 || score > 5)) {
      throw badInput("Оценка — целое число от 1 до 5", "filter.ratingScores", "OUT_OF_RANGE");
    }
    const term = searchTerm(args.search);
    const base: OrderQuery = {
      ...filter,
      tab: args.tab ?? "ALL",
      search: term ? await this.repo(viewer.organizationId).searchMatches(term) : null,
      incident: filter.incident ?? "NOT_ATTACHED",
      viewerEmployeeId: null,
      onlyExecutedBy: null,
      now: this.now(),
    };
    if (viewer.kind === "RESIDENT") return { ...base, tab: "ALL", incident: "ANY", clientId: viewer.clientId };
    return {
      ...base,
      viewerEmployeeId: viewer.employeeId,
      onlyExecutedBy: viewer.permissions.has("ORDERS_READ_ALL") ? null : viewer.employeeId,
    };
  }

  async newCount(viewer: Viewer): Promise<number> {
    const v = requireEmployee(viewer);
    if (!v.permissions.has("ORDERS_READ_ALL")) {
      return this.repo(v.organizationId).count(await this.query(v, { tab: "NEW" }));
    }
    return this.repo(v.organizationId).newCount();
  }

  async history(viewer: Viewer, order: OrderRow): Promise<OrderEventRow[]> {
    requireEmployee(viewer);
    return this.repo(order.organizationId).events(order.id);
  }

  /** Labels and SLA, from the order's own columns (list rows need no extra query). */
  evaluate(order: OrderRow): { sla: SlaEvaluation; labels: OrderLabel[] } {
    const now = this.now();
    const sla = evaluateSla({
      status: order.status,
      createdAt: order.createdAt,
      firstInProgressAt: order.firstInProgressAt,
      doneAt: order.doneAt,
      cancelledAt: order.cancelledAt,
      settings: { reactionMinutes: order.slaReactionMinutes, executionMinutes: order.slaExecutionMinutes },
      now,
    });
    const labels = computeLabels({
      status: order.status,
      sla,
      importantCommentUnseen: order.importantCommentUnseen,
      resumeBy: order.resumeBy,
      invoiceState: order.invoiceState,
      refundState: order.refundState,
      now,
    });
    return { sla, labels };
  }

  async executorCandidates(viewer: Viewer, departmentId: string) {
    const v = requireEmployee(viewer);
    const [department] = isUuid(departmentId)
      ? await this.deps.database.db
          .select({ id: departments.id })
          .from(departments)
          .where(and(eq(departments.organizationId, v.organizationId), eq(departments.id, departmentId)))
      : [];
    if (!department) throw notFound("Подразделение");
    const repo = this.repo(v.organizationId);
    const staff = await repo.departmentEmployees(departmentId);
    const counts = await repo.openOrderCounts(staff.map((e) => e.id));
    return staff.map((employee) => {
      const openOrders = counts.get(employee.id) ?? 0;
      return { employee, openOrders, workload: workloadLevel(openOrders) };
    });
  }

  // Creating

  async create(viewer: Viewer, input: OrderCreateInput): Promise<OrderRow> {
    const v = requirePermission(viewer, "ORDERS_CREATE");
    // No incident can exist before the incidents feature; an id here cannot name one.
    if (input.incidentId) throw badInput("Инцидент не найден", "input.incidentId", "INCIDENT_NOT_FOUND");
    return this.insertOrder(v.organizationId, {
      actor: { kind: "EMPLOYEE", employeeId: v.employeeId },
      channel: input.channel,
      serviceId: input.serviceId,
      buildingId: input.buildingId,
      premiseId: input.premiseId ?? null,
      clientId: input.clientId ?? null,
      description: input.description,
      formAnswers: input.formAnswers ?? [],
      incidentId: input.incidentId ?? null,
      residentClientId: null,
    });
  }

  async residentCreate(viewer: Viewer, input: ResidentOrderCreateInput): Promise<OrderRow> {
    const v = requireResident(viewer);
    const [home] = await this.deps.database.db
      .select({ buildingId: premises.buildingId })
      .from(clientPremises)
      .innerJoin(premises, eq(premises.id, clientPremises.premiseId))
      .where(and(eq(clientPremises.organizationId, v.organizationId), eq(clientPremises.clientId, v.clientId), eq(clientPremises.premiseId, input.premiseId)));
    if (!home) throw notFound("Помещение");
    return this.insertOrder(v.organizationId, {
      actor: { kind: "RESIDENT" },
      channel: "RESIDENT_APP",
      serviceId: input.serviceId,
      buildingId: home.buildingId,
      premiseId: input.premiseId,
      clientId: v.clientId,
      description: input.description,
      formAnswers: input.formAnswers ?? [],
      incidentId: null,
      residentClientId: v.clientId,
    });
  }

  private async insertOrder(
    organizationId: string,
    input: {
      actor: { kind: "EMPLOYEE"; employeeId: string } | { kind: "RESIDENT" };
      channel: OrderRow["channel"];
      serviceId: string;
      buildingId: string;
      premiseId: string | null;
      clientId: string | null;
      description: string | null | undefined;
      formAnswers: FormAnswerInput[];
      incidentId: string | null;
      residentClientId: string | null;
    },
  ): Promise<OrderRow> {
    const now = this.now();
    const order = await this.deps.database.db.transaction(async (tx) => {
      const repo = this.repo(organizationId, tx);
      const service = await this.activeService(tx, organizationId, input.serviceId, "input.serviceId");
      if (input.actor.kind === "EMPLOYEE") await this.checkPlace(tx, organizationId, input.buildingId, input.premiseId, input.clientId);
      const formAnswers = this.parseAnswers(service, input.formAnswers);
      const status = initialStatus(service);
      const inProgress = status === "IN_PROGRESS";
      const sla = { reactionMinutes: service.slaReactionMinutes, executionMinutes: service.slaExecutionMinutes };
      const row = await repo.insert({
        number: await repo.nextNumber(),
        channel: input.channel,
        serviceId: service.id,
        departmentId: service.departmentId,
        buildingId: input.buildingId,
        premiseId: input.premiseId,
        clientId: input.clientId,
        description: optionalText(input.description, "input.description", 5000),
        formAnswers,
        status,
        incidentId: input.incidentId,
        createdByKind: input.actor.kind,
        createdByEmployeeId: input.actor.kind === "EMPLOYEE" ? input.actor.employeeId : null,
        createdByClientId: input.residentClientId,
        createdAt: now,
        updatedAt: now,
        firstInProgressAt: inProgress ? now : null,
        slaReactionMinutes: sla.reactionMinutes,
        slaExecutionMinutes: sla.executionMinutes,
        reactionDueAt: reactionDueAt(now, sla),
        executionDueAt: inProgress ? executionDueAt(now, sla) : null,
        slaReaction: inProgress && sla.reactionMinutes != null ? "KEPT" : null,
      });
      const actor = this.eventActor(input.actor.kind === "EMPLOYEE" ? input.actor.employeeId : null, input.actor.kind);
      const events: EventValues[] = [{ orderId: row.id, kind: "CREATED", ...actor, data: { version: row.version, toStatus: status }, createdAt: now }];
      if (row.slaReaction === "KEPT") events.push({ orderId: row.id, kind: "SLA_REACTION_KEPT", ...this.systemActor(), data: { dueAt: row.reactionDueAt }, createdAt: now });
      await repo.insertEvents(events);
      await this.scheduleSla(tx, row);
      await this.notifications.orderCreated(tx, row);
      return row;
    });
    this.published(order);
    return order;
  }

  // Changing

  /** The card's Management block: status, status comment, resume-by, department and executors in one save. */
  async manage(viewer: Viewer, input: OrderManageInput): Promise<OrderRow> {
    const v = requireEmployee(viewer);
    const now = this.now();
    const order = await this.deps.database.db.transaction(async (tx) => {
      const repo = this.repo(v.organizationId, tx);
      const current = await this.lockForEdit(tx, v, input.id, input.version);
      const isExecutor = (await repo.executorIds(current.id)).includes(v.employeeId);
      const canManage = v.permissions.has("ORDERS_MANAGE");
      if (!canManage && (input.executorIds != null || input.departmentId != null)) throw forbidden("Назначать исполнителей может только диспетчер");
      if (!canManage && !isExecutor) throw forbidden();

      const service = await this.serviceOf(tx, current);
      const changes: Partial<OrderValues> = {};
      const events: EventValues[] = [];
      const actor = this.eventActor(v.employeeId, "EMPLOYEE");
      const version = current.version + 1;

      let departmentId = current.departmentId;
      if (input.departmentId != null && input.departmentId !== current.departmentId) {
        const [department] = await tx
          .select({ id: departments.id, name: departments.name })
          .from(departments)
          .where(and(eq(departments.organizationId, v.organizationId), eq(departments.id, input.departmentId)));
        if (!department) throw badInput("Подразделение не найдено", "input.departmentId", "DEPARTMENT_NOT_FOUND");
        departmentId = department.id;
        changes.departmentId = department.id;
        events.push({ orderId: current.id, kind: "DEPARTMENT_CHANGED", ...actor, data: { version, departmentId: department.id, name: department.name }, createdAt: now });
      }

      const before = await repo.executorIds(current.id);
      let executors = before;
      if (input.executorIds != null) {
        executors = await this.checkExecutors(tx, v.organizationId, input.executorIds, departmentId, service.maxExecutors);
        if (executors.join() !== before.join()) {
          await repo.setExecutors(current.id, executors);
          events.push({ orderId: current.id, kind: "EXECUTORS_CHANGED", ...actor, data: { version, executorIds: executors }, createdAt: now });
        }
      } else if (changes.departmentId && before.length > 0) {
        // Executors come from the department: moving the order to another one keeps only its members.
        executors = await this.membersOf(tx, v.organizationId, changes.departmentId, before);
        if (executors.join() !== before.join()) {
          await repo.setExecutors(current.id, executors);
          events.push({ orderId: current.id, kind: "EXECUTORS_CHANGED", ...actor, data: { version, executorIds: executors }, createdAt: now });
        }
      }

      const statusComment =
        input.statusComment === undefined || input.statusComment === null ? current.statusComment : optionalText(input.statusComment, "input.statusComment", 2000);
      const status = input.status ?? current.status;
      if (status !== current.status) {
        const refusal = checkTransition({
          actor: "STAFF",
          from: current.status,
          to: status,
          executorCount: executors.length,
          statusComment,
          resumeBy: input.resumeBy ?? null,
          documentCount: await this.documentCount(tx, v.organizationId, current.id),
          service,
          now,
        });
        if (refusal) throw new AppError(ErrorCode.BAD_USER_INPUT, TRANSITION_MESSAGES[refusal], { field: "input.status", reason: refusal });
        events.push({
          orderId: current.id,
          kind: "STATUS_CHANGED",
          ...actor,
          data: { version, fromStatus: current.status, toStatus: status, statusComment },
          createdAt: now,
        });
        Object.assign(changes, this.statusEffects(current, status, input.resumeBy ?? null, now, events, version));
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
      await this.scheduleSla(tx, updated);
      if (updated.status !== current.status) await this.notifications.orderStatusChanged(tx, updated, { to: updated.status, actorKind: "EMPLOYEE" });
      return updated;
    });
    if (order.version !== input.version) this.published(order);
    return order;
  }

  /** Timestamps and SLA outcomes that follow a status change. */
  private statusEffects(
    current: OrderRow,
    to: OrderStatus,
    resumeBy: Date | null,
    now: Date,
    events: EventValues[],
    version: number,
  ): Partial<OrderValues> {
    const changes: Partial<OrderValues> = { status: to, resumeBy: to === "PAUSED" ? resumeBy : null };
    const system = { ...this.systemActor(), createdAt: now };
    if (to === "IN_PROGRESS" && !current.firstInProgressAt) {
      changes.firstInProgressAt = now;
      changes.executionDueAt = executionDueAt(now, { reactionMinutes: null, executionMinutes: current.slaExecutionMinutes });
      if (current.reactionDueAt && current.slaReaction == null) {
        const kept = now.getTime() <= current.reactionDueAt.getTime();
        changes.slaReaction = kept ? "KEPT" : "BREACHED";
        events.push({ orderId: current.id, kind: kept ? "SLA_REACTION_KEPT" : "SLA_REACTION_BREACHED", ...system, data: { version, dueAt: current.reactionDueAt } });
      }
    }
    if (to === "DONE") {
      changes.doneAt = now;
      // Each completion can be rated anew (§14).
      changes.completions = current.completions + 1;
      if (current.executionDueAt && current.slaExecution == null) {
        const kept = now.getTime() <= current.executionDueAt.getTime();
        changes.slaExecution = kept ? "KEPT" : "BREACHED";
        events.push({ orderId: current.id, kind: kept ? "SLA_EXECUTION_KEPT" : "SLA_EXECUTION_BREACHED", ...system, data: { version, dueAt: current.executionDueAt } });
      }
    }
    if (to === "REOPENED") {
      changes.doneAt = null;
      // A reopened order was not done after all: its execution clock runs again to the same deadline.
      if (current.slaExecution === "KEPT") changes.slaExecution = null;
    }
    if (to === "CANCELLED") changes.cancelledAt = now;
    return changes;
  }

  async residentChangeStatus(viewer: Viewer, input: ResidentOrderStatusInput): Promise<OrderRow> {
    const v = requireResident(viewer);
    const now = this.now();
    const order = await this.deps.database.db.transaction(async (tx) => {
      const repo = this.repo(v.organizationId, tx);
      const current = await repo.byId(input.id, true);
      if (!current || current.clientId !== v.clientId) throw notFound("Заявка");
      const service = await this.serviceOf(tx, current);
      const refusal = checkTransition({
        actor: "RESIDENT",
        from: current.status,
        to: input.status,
        executorCount: 0,
        statusComment: null,
        resumeBy: null,
        documentCount: 0,
        service,
        now,
      });
      if (refusal) throw new AppError(ErrorCode.BAD_USER_INPUT, TRANSITION_MESSAGES[refusal], { field: "input.status", reason: refusal });
      const version = current.version + 1;
      const events: EventValues[] = [];
      const actor = this.eventActor(null, "RESIDENT");
      const changes = this.statusEffects(current, input.status, null, now, events, version);
      // A resident reopening an incident's order takes it out of the incident.
      if (input.status === "REOPENED" && current.incidentId) {
        changes.incidentId = null;
        events.push({ orderId: current.id, kind: "INCIDENT_DETACHED", ...this.systemActor(), data: { version, incidentId: current.incidentId }, createdAt: now });
      }
      events.unshift({
        orderId: current.id,
        kind: "STATUS_CHANGED",
        ...actor,
        data: { version, fromStatus: current.status, toStatus: input.status, residentComment: optionalText(input.comment, "input.comment", 2000) },
        createdAt: now,
      });
      const updated = await repo.update(current.id, { ...changes, updatedAt: now });
      await repo.insertEvents(events);
      await this.scheduleSla(tx, updated);
      // A resident is not told about their own change; the hook decides (and stays the one place for it).
      await this.notifications.orderStatusChanged(tx, updated, { to: updated.status, actorKind: "RESIDENT" });
      return updated;
    });
    this.published(order);
    return order;
  }

  /** The card's Information block. */
  async update(viewer: Viewer, input: OrderUpdateInput): Promise<OrderRow> {
    const v = requirePermission(viewer, "ORDERS_MANAGE");
    const now = this.now();
    const order = await this.deps.database.db.transaction(async (tx) => {
      const repo = this.repo(v.organizationId, tx);
      const current = await this.lockForEdit(tx, v, input.id, input.version);
      if (baseDataLocked(current)) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, "Основные данные нельзя менять у выполненной, отменённой или выставленной к оплате заявки", {
          reason: "BASE_DATA_LOCKED",
        });
      }
      const changes: Partial<OrderValues> = {};
      const described: { field: string; from: string | null; to: string | null }[] = [];
      const service = input.serviceId && input.serviceId !== current.serviceId ? await this.activeService(tx, v.organizationId, input.serviceId, "input.serviceId") : await this.serviceOf(tx, current);
      if (service.id !== current.serviceId) {
        const old = await this.serviceOf(tx, current);
        changes.serviceId = service.id;
        described.push({ field: "service", from: old.name, to: service.name });
        if (old.kind !== service.kind) described.push({ field: "serviceKind", from: old.kind, to: service.kind });
      }
      const buildingId = input.buildingId ?? current.buildingId;
      // null keeps the value, "" clears it; a new building drops the old building's premise.
      const premiseId = input.premiseId != null ? input.premiseId || null : buildingId !== current.buildingId ? null : current.premiseId;
      const clientId = input.clientId != null ? input.clientId || null : current.clientId;
      await this.checkPlace(tx, v.organizationId, buildingId, premiseId, clientId);
      const names = await this.placeNames(tx, v.organizationId, { buildingId, premiseId, clientId }, current);
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
        const answers = this.parseAnswers(
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
        { orderId: current.id, kind: "BASE_DATA_CHANGED", ...this.eventActor(v.employeeId, "EMPLOYEE"), data: { version: updated.version, changes: real }, createdAt: now },
      ]);
      return updated;
    });
    if (order.version !== input.version) this.published(order);
    return order;
  }

  /** Opening the card clears the important-comment flag for everyone (§20) and reads the viewer's notifications about the order. */
  async markSeen(viewer: Viewer, id: string): Promise<OrderRow> {
    const v = requireEmployee(viewer);
    const order = await this.get(v, id);
    await this.notifications.markOrderRead(v, order.id);
    if (!order.importantCommentUnseen) return order;
    const updated = await this.repo(v.organizationId).record(id, { importantCommentUnseen: false });
    this.published(updated!);
    return updated!;
  }

  // Preferences

  async preferences(viewer: Viewer, list: OrderListValue) {
    const v = requireEmployee(viewer);
    const row = await this.repo(v.organizationId).preferences(v.employeeId, list);
    const filter = reviveFilter(row?.filters ?? {});
    const columns = (row?.columns ?? DEFAULT_ORDER_COLUMNS).filter((c): c is OrderColumnValue => (ORDER_COLUMNS as readonly string[]).includes(c));
    return { filter, activeFilterCount: activeFilterCount(filter), columns };
  }

  async savePreferences(viewer: Viewer, list: OrderListValue, values: { filter?: OrderFilter | null; columns?: OrderColumnValue[] | null }) {
    const v = requireEmployee(viewer);
    if (values.columns) {
      if (values.columns.length === 0) throw badInput("Оставьте хотя бы одну колонку", "columns", "NO_COLUMNS");
      if (new Set(values.columns).size !== values.columns.length) throw badInput("Колонка указана дважды", "columns", "DUPLICATE");
    }
    await this.repo(v.organizationId).savePreferences(
      v.employeeId,
      list,
      {
        ...(values.filter !== undefined ? { filters: values.filter ? JSON.parse(JSON.stringify(values.filter)) : null } : {}),
        ...(values.columns !== undefined ? { columns: values.columns } : {}),
      },
      this.now(),
    );
    return this.preferences(v, list);
  }

  // SLA

  /** Job handler: records an SLA breach once its deadline has passed; idempotent. */
  async checkSla(organizationId: string, orderId: string): Promise<void> {
    const now = this.now();
    const order = await this.deps.database.db.transaction(async (tx) => {
      const repo = this.repo(organizationId, tx);
      const current = await repo.byId(orderId, true);
      if (!current) return null;
      const { sla } = this.evaluate(current);
      const events: EventValues[] = [];
      const changes: Partial<OrderValues> = {};
      const system = { ...this.systemActor(), createdAt: now };
      if (sla.reaction.state === "BREACHED" && current.slaReaction == null && !current.firstInProgressAt) {
        changes.slaReaction = "BREACHED";
        events.push({ orderId, kind: "SLA_REACTION_BREACHED", ...system, data: { version: current.version, dueAt: current.reactionDueAt } });
      }
      if (sla.execution.state === "BREACHED" && current.slaExecution == null && current.status !== "DONE") {
        changes.slaExecution = "BREACHED";
        events.push({ orderId, kind: "SLA_EXECUTION_BREACHED", ...system, data: { version: current.version, dueAt: current.executionDueAt } });
      }
      if (events.length === 0) return null;
      const updated = await repo.record(orderId, changes);
      await repo.insertEvents(events);
      return updated!;
    });
    if (order) this.published(order);
  }

  /** Enqueues a check at each SLA deadline still undecided; rescheduling replaces the previous one. */
  private async scheduleSla(tx: DbOrTx, order: OrderRow): Promise<void> {
    const due = [
      order.slaReaction == null && !order.firstInProgressAt ? order.reactionDueAt : null,
      order.slaExecution == null && order.firstInProgressAt && order.status !== "DONE" ? order.executionDueAt : null,
    ];
    for (const [i, runAt] of due.entries()) {
      if (!runAt || order.status === "CANCELLED") continue;
      await enqueueJob(tx, {
        kind: SLA_JOB,
        organizationId: order.organizationId,
        payload: { orderId: order.id },
        runAt: new Date(runAt.getTime() + 1000),
        dedupeKey: `sla:${i === 0 ? "reaction" : "execution"}:${order.id}`,
      });
    }
  }

  // Helpers

  private async lockForEdit(tx: DbOrTx, viewer: EmployeeViewer, id: string, version: number): Promise<OrderRow> {
    const repo = this.repo(viewer.organizationId, tx);
    const current = await repo.byId(id, true);
    if (!current || !(await this.canSee(viewer, current, tx))) throw notFound("Заявка");
    if (current.version !== version) {
      const missed = await repo.eventsAfterVersion(id, version);
      const whoIds = [...new Set(missed.map((e) => e.actorEmployeeId).filter((x): x is string => Boolean(x)))];
      const who = whoIds.length
        ? await tx.select({ fullName: employees.fullName }).from(employees).where(inArray(employees.id, whoIds))
        : [];
      const what = [...new Set(missed.map((e) => CHANGE_NAMES[e.kind as keyof typeof CHANGE_NAMES]).filter(Boolean))];
      throw conflict(
        `Заявку уже изменили${who.length ? ` (${who.map((w) => w.fullName).join(", ")})` : ""}: ${what.join(", ") || "данные"}. Обновите карточку.`,
        { reason: "STALE_VERSION", currentVersion: current.version, changed: what },
      );
    }
    return current;
  }

  private async activeService(tx: DbOrTx, organizationId: string, id: string, field: string): Promise<ServiceRow> {
    const [service] = await tx
      .select()
      .from(services)
      .where(and(eq(services.organizationId, organizationId), eq(services.id, id)));
    if (!service) throw badInput("Услуга не найдена", field, "SERVICE_NOT_FOUND");
    if (!service.active) throw badInput("Услуга недоступна", field, "SERVICE_INACTIVE");
    return service;
  }

  private async serviceOf(tx: DbOrTx, order: OrderRow): Promise<ServiceRow> {
    const [service] = await tx.select().from(services).where(eq(services.id, order.serviceId));
    return service!;
  }

  private parseAnswers(service: ServiceRow, inputs: FormAnswerInput[]) {
    const { answers, problems } = parseFormAnswers(service.orderForm as FormField[], inputs);
    if (problems.length > 0) {
      const labels = new Map(service.orderForm.map((f) => [f.key, f.label]));
      const first = problems[0]!;
      throw new AppError(ErrorCode.BAD_USER_INPUT, `${labels.get(first.key) ?? first.key}: ${FORM_PROBLEM_MESSAGES[first.reason]}`, {
        field: `input.formAnswers.${first.key}`,
        reason: "FORM_INVALID",
        problems: problems.map((p) => ({ ...p, message: FORM_PROBLEM_MESSAGES[p.reason] })),
      });
    }
    return answers;
  }

  /** Building, premise (of that building) and client of this organization. */
  private async checkPlace(tx: DbOrTx, organizationId: string, buildingId: string, premiseId: string | null, clientId: string | null): Promise<void> {
    const [building] = await tx
      .select({ id: buildings.id })
      .from(buildings)
      .where(and(eq(buildings.organizationId, organizationId), eq(buildings.id, buildingId)));
    if (!building) throw badInput("Объект не найден", "input.buildingId", "BUILDING_NOT_FOUND");
    if (premiseId) {
      const [premise] = await tx
        .select({ id: premises.id })
        .from(premises)
        .where(and(eq(premises.organizationId, organizationId), eq(premises.id, premiseId), eq(premises.buildingId, buildingId)));
      if (!premise) throw badInput("Помещение не найдено в этом объекте", "input.premiseId", "PREMISE_NOT_FOUND");
    }
    if (clientId) {
      const [client] = await tx
        .select({ id: clients.id })
        .from(clients)
        .where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
      if (!client) throw badInput("Клиент не найден", "input.clientId", "CLIENT_NOT_FOUND");
    }
  }

  private async placeNames(
    tx: DbOrTx,
    organizationId: string,
    next: { buildingId: string; premiseId: string | null; clientId: string | null },
    current: OrderRow,
  ) {
    const buildingIds = [next.buildingId, current.buildingId];
    const premiseIds = [next.premiseId, current.premiseId].filter((x): x is string => Boolean(x));
    const clientIds = [next.clientId, current.clientId].filter((x): x is string => Boolean(x));
    const [b, p, c] = await Promise.all([
      tx.select({ id: buildings.id, name: buildings.address }).from(buildings).where(and(eq(buildings.organizationId, organizationId), inArray(buildings.id, buildingIds))),
      premiseIds.length ? tx.select({ id: premises.id, name: premises.number }).from(premises).where(inArray(premises.id, premiseIds)) : [],
      clientIds.length ? tx.select({ id: clients.id, name: clients.fullName }).from(clients).where(inArray(clients.id, clientIds)) : [],
    ]);
    const name = (rows: { id: string; name: string }[], id: string | null) => (id ? (rows.find((r) => r.id === id)?.name ?? null) : null);
    return {
      building: name(b, next.buildingId),
      oldBuilding: name(b, current.buildingId),
      premise: name(p, next.premiseId),
      oldPremise: name(p, current.premiseId),
      client: name(c, next.clientId),
      oldClient: name(c, current.clientId),
    };
  }

  /** Executors: distinct active employees of the order's department, at most the service's maximum. */
  private async checkExecutors(tx: DbOrTx, organizationId: string, ids: string[], departmentId: string | null, max: number): Promise<string[]> {
    if (new Set(ids).size !== ids.length) throw badInput("Исполнитель указан дважды", "input.executorIds", "DUPLICATE_EXECUTOR");
    if (ids.length > max) throw badInput(`По этой услуге не больше ${max} исполн.`, "input.executorIds", "TOO_MANY_EXECUTORS");
    if (ids.length === 0) return [];
    const active = await this.repo(organizationId, tx).activeEmployeeIds(ids);
    if (active.length !== ids.length) throw badInput("Исполнитель не найден или отключён", "input.executorIds", "EXECUTOR_NOT_FOUND");
    if (departmentId) {
      const members = await this.membersOf(tx, organizationId, departmentId, ids);
      if (members.length !== ids.length) throw badInput("Исполнителя выбирают из сотрудников подразделения заявки", "input.executorIds", "EXECUTOR_NOT_IN_DEPARTMENT");
    }
    return ids;
  }

  /** Those of `ids` who belong to the department, in the given order. */
  private async membersOf(tx: DbOrTx, organizationId: string, departmentId: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await tx
      .select({ id: departmentEmployees.employeeId })
      .from(departmentEmployees)
      .where(
        and(
          eq(departmentEmployees.organizationId, organizationId),
          eq(departmentEmployees.departmentId, departmentId),
          inArray(departmentEmployees.employeeId, ids),
        ),
      );
    const members = new Set(rows.map((r) => r.id));
    return ids.filter((id) => members.has(id));
  }

  /** Documents of the order (§18), read in the transaction that holds the order's row lock. */
  private documentCount(tx: DbOrTx, organizationId: string, orderId: string): Promise<number> {
    return new DocumentsRepository(tx, organizationId).count(orderId);
  }

  private eventActor(employeeId: string | null, kind: "EMPLOYEE" | "RESIDENT") {
    return { actorKind: kind, actorEmployeeId: employeeId };
  }

  private systemActor() {
    return { actorKind: "SYSTEM" as const, actorEmployeeId: null };
  }

  private published(order: OrderRow): void {
    this.deps.pubsub.publish(Topic.ORDER_CHANGED, order.organizationId, { orderId: order.id, clientId: order.clientId });
  }

  /** Whether a subscriber may hear about a changed order (cheap checks first). */
  async visible(viewer: Viewer, event: { orderId: string; clientId: string | null }): Promise<boolean> {
    if (viewer.kind === "RESIDENT") return event.clientId === viewer.clientId;
    if (viewer.kind !== "EMPLOYEE") return false;
    if (hasPermission(viewer, "ORDERS_READ_ALL")) return true;
    return (await this.repo(viewer.organizationId).executorIds(event.orderId)).includes(viewer.employeeId);
  }
}

const CHANGE_NAMES = {
  STATUS_CHANGED: "статус",
  STATUS_COMMENT_CHANGED: "комментарий к статусу",
  EXECUTORS_CHANGED: "исполнители",
  DEPARTMENT_CHANGED: "подразделение",
  BASE_DATA_CHANGED: "основные данные",
  INCIDENT_ATTACHED: "инцидент",
  INCIDENT_DETACHED: "инцидент",
} as const;

function reviveFilter(saved: Record<string, unknown>): OrderFilter {
  const filter = { ...saved } as OrderFilter & Record<string, unknown>;
  for (const key of ["createdFrom", "createdTo", "updatedFrom", "updatedTo"] as const) {
    if (typeof filter[key] === "string") filter[key] = new Date(filter[key] as unknown as string);
  }
  return filter;
}

/** How many filters apply, for the button's badge; the incident default does not count. */
export function activeFilterCount(filter: OrderFilter): number {
  return Object.entries(filter).filter(([key, value]) => {
    if (value == null) return false;
    if (Array.isArray(value)) return value.length > 0;
    if (key === "incident") return value !== "NOT_ATTACHED";
    return true;
  }).length;
}
