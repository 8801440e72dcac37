import { initialStatus, orderOpened, type FormAnswerInput } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requirePermission, requireResident } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { badInput, notFound } from "../../shared/errors.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { optionalText } from "../../shared/validate.js";
import type { NotificationsService } from "../notifications/notifications.service.js";
import { activeService, checkPlace, eventActor, parseAnswers, requireClientChoice, systemEvents } from "./order-input.js";
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
};

/** New orders: from staff (any channel) and from residents (the app, for one of their premises). */
export class OrderIntakeService {
  constructor(
    private readonly deps: AppDeps,
    private readonly notifications: NotificationsService,
    private readonly sla: OrderSlaService,
  ) {}

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
      withoutClient: input.withoutClient,
    });
  }

  async residentCreate(viewer: Viewer, input: ResidentOrderCreateInput): Promise<OrderRow> {
    const v = requireResident(viewer);
    const home = await new OrderRefsRepository(this.deps.database.db, v.organizationId).residentPremise(v.clientId, input.premiseId);
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

  private async insertOrder(organizationId: string, input: NewOrder): Promise<OrderRow> {
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, organizationId, async (uow) => {
      const repo = uow.repo(OrdersRepository);
      const refs = uow.repo(OrderRefsRepository);
      const service = await activeService(refs, input.serviceId, "input.serviceId");
      if (input.actor.kind === "EMPLOYEE") {
        await checkPlace(refs, input.buildingId, input.premiseId, input.clientId);
        await requireClientChoice(refs, input.premiseId, input.clientId, input.withoutClient);
      }
      const formAnswers = parseAnswers(service, input.formAnswers);
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
        incidentId: input.incidentId,
        createdByKind: input.actor.kind,
        createdByEmployeeId: input.actor.kind === "EMPLOYEE" ? input.actor.employeeId : null,
        createdByClientId: input.residentClientId,
        createdAt: now,
        updatedAt: now,
        slaReactionMinutes: sla.reactionMinutes,
        slaExecutionMinutes: sla.executionMinutes,
      });
      const actor = eventActor(input.actor.kind === "EMPLOYEE" ? input.actor.employeeId : null, input.actor.kind);
      await repo.insertEvents([
        { orderId: row.id, kind: "CREATED", ...actor, data: { version: row.version, toStatus: row.status }, createdAt: now },
        ...systemEvents(row.id, opened.events, now),
      ]);
      await this.sla.schedule(uow.tx, row);
      await this.notifications.orderCreated(uow.tx, row);
      uow.orderChanged(row);
      return row;
    });
  }
}
