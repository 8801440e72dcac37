import { checklistFromTemplate, initialStatus, orderOpened, type FormAnswerInput } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requirePermission, requireResident } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { notFound } from "../../shared/errors.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import { idempotencyKeyOf, once, type ReceiptActor } from "../idempotency/idempotency.js";
import { optionalText } from "../../shared/validate.js";
import type { EmployeeViewer } from "../../shared/auth/viewer.js";
import type { CallHooks } from "../calls/call-hooks.js";
import type { IncidentHooks } from "../incidents/incident-hooks.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import { activeService, checkNotArchived, checkPlace, eventActor, parseAnswers, requireClientChoice, systemActor, systemEvents } from "./order-input.js";
import { ChecklistsRepository } from "../checklists/checklists.repository.js";
import { OrderRefsRepository } from "./order-refs.repository.js";
import type { OrderSlaService } from "./order-sla.service.js";
import type { OrderCreateInput, ResidentOrderCreateInput } from "./order.type.js";
import { OrdersRepository, type OrderRow } from "./orders.repository.js";

type NewOrder = {
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
  /** Staff said on purpose that the order has no client (a common-area problem). */
  withoutClient?: boolean | null;
  /** Created from this call's screen-pop: linked to it in the same transaction. */
  fromCall?: { viewer: EmployeeViewer; callId: string } | null;
  /** A replay of the same key and input returns the order it made (modules/idempotency). */
  idempotency: { key: string | null; mutation: string; input: unknown; actor: ReceiptActor };
};

function withoutKey<T extends { idempotencyKey?: string | null }>(input: T): Omit<T, "idempotencyKey"> {
  const { idempotencyKey: _key, ...rest } = input;
  return rest;
}

/** New orders: from staff (any channel) and from residents (the app, for one of their premises). */
export class OrderIntakeService {
  constructor(
    private readonly deps: AppDeps,
    private readonly notifications: NotificationsService,
    private readonly sla: OrderSlaService,
    private readonly incidents: IncidentHooks,
    private readonly calls: CallHooks,
  ) {}

  async create(viewer: Viewer, input: OrderCreateInput): Promise<OrderRow> {
    const v = requirePermission(viewer, "ORDERS_CREATE");
    const key = idempotencyKeyOf(input.idempotencyKey, "input.idempotencyKey");
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
      withoutClient: input.withoutClient,
      fromCall: input.callId != null ? { viewer: v, callId: input.callId } : null,
      idempotency: { key, mutation: "orderCreate", input: withoutKey(input), actor: { kind: "EMPLOYEE", id: v.employeeId } },
    });
  }

  async residentCreate(viewer: Viewer, input: ResidentOrderCreateInput): Promise<OrderRow> {
    const v = requireResident(viewer);
    const key = idempotencyKeyOf(input.idempotencyKey, "input.idempotencyKey");
    const refs = new OrderRefsRepository(this.deps.database.db, v.organizationId);
    const home = await refs.residentPremise(v.clientId, input.premiseId);
    if (!home) throw notFound("Помещение");
    await checkNotArchived(refs, home.buildingId, input.premiseId);
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
      idempotency: { key, mutation: "residentOrderCreate", input: withoutKey(input), actor: { kind: "RESIDENT", id: v.clientId } },
    });
  }

  private async insertOrder(organizationId: string, input: NewOrder): Promise<OrderRow> {
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, organizationId, (uow) =>
      once(
        uow,
        { ...input.idempotency, now },
        () => this.insertInTransaction(uow, input, now),
        async (id) => {
          const order = await uow.repo(OrdersRepository).byId(id);
          if (!order) throw notFound("Заявка");
          return order;
        },
      ),
    );
  }

  private async insertInTransaction(uow: UnitOfWork, input: NewOrder, now: Date): Promise<OrderRow> {
    const repo = uow.repo(OrdersRepository);
    const refs = uow.repo(OrderRefsRepository);
    const service = await activeService(refs, input.serviceId, "input.serviceId");
    if (input.actor.kind === "EMPLOYEE") {
      await checkPlace(refs, input.buildingId, input.premiseId, input.clientId);
      await requireClientChoice(refs, input.premiseId, input.clientId, input.withoutClient);
    }
    const formAnswers = parseAnswers(service, input.formAnswers);
    const call = input.fromCall ? await this.calls.callOfNewOrder(uow, input.fromCall.viewer, input.fromCall.callId, "input.callId") : null;
    // Staff may attach the new order to an open incident; a resident's is matched against open ones.
    let incidentId = input.incidentId ? (await this.incidents.attachable(uow, input.incidentId, "input.incidentId")).id : null;
    let suggestedIncidentId: string | null = null;
    if (input.actor.kind === "RESIDENT") {
      const match = await this.incidents.matchResidentOrder(uow, { serviceId: service.id, buildingId: input.buildingId, premiseId: input.premiseId });
      if (match?.action === "ATTACH") incidentId = match.incidentId;
      else if (match) suggestedIncidentId = match.incidentId;
    }
    const sla = { reactionMinutes: service.slaReactionMinutes, executionMinutes: service.slaExecutionMinutes };
    const opened = orderOpened({ status: initialStatus(service), sla, now });
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
      ...opened.changes,
      incidentId,
      suggestedIncidentId,
      createdByKind: input.actor.kind,
      createdByEmployeeId: input.actor.kind === "EMPLOYEE" ? input.actor.employeeId : null,
      createdByClientId: input.residentClientId,
      createdAt: now,
      updatedAt: now,
      slaReactionMinutes: sla.reactionMinutes,
      slaExecutionMinutes: sla.executionMinutes,
    });
    // The order keeps the checklist it started with; a later change of the template leaves it alone.
    await uow.repo(ChecklistsRepository).insertItems(row.id, checklistFromTemplate(service.checklistTemplate), now);
    const actor = eventActor(input.actor.kind === "EMPLOYEE" ? input.actor.employeeId : null, input.actor.kind);
    await repo.insertEvents([
      { orderId: row.id, kind: "CREATED", ...actor, data: { version: row.version, toStatus: row.status }, createdAt: now },
      ...systemEvents(row.id, opened.events, now),
      // Attached at creation: by the employee who chose the incident, or by the system (auto-attach).
      ...(incidentId
        ? [{ orderId: row.id, kind: "INCIDENT_ATTACHED" as const, ...(input.actor.kind === "EMPLOYEE" ? actor : systemActor()), data: { version: row.version, incidentId }, createdAt: now }]
        : []),
    ]);
    if (incidentId) {
      await this.incidents.ordersJoined(uow, incidentId, [row], input.actor.kind === "EMPLOYEE" ? { kind: "EMPLOYEE", employeeId: input.actor.employeeId } : { kind: "SYSTEM" }, now);
    }
    if (call && input.actor.kind === "EMPLOYEE") await this.calls.linkNewOrder(uow, call, row.id, input.actor.employeeId, now);
    await this.sla.schedule(uow.tx, row);
    await this.notifications.orderCreated(uow.tx, row);
    uow.orderChanged(row);
    return row;
  }
}
