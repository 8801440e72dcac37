import { incidentIsOpen, matchIncident, type IncidentMatch } from "@domovoy/domain";
import { AppError, badInput, ErrorCode } from "../../shared/errors.js";
import type { UnitOfWork } from "../../shared/unit-of-work.js";
import { ATTACH_MESSAGES } from "@domovoy/domain";
import { IncidentsRepository, type IncidentRow } from "./incidents.repository.js";

/**
 * What the orders module asks of incidents inside its own transactions: an incident a new order is
 * attached to, the match for a resident's new order, and the incident's side of an order leaving
 * it (a resident's reopening). Only repositories: no service of either module depends on the other.
 */
export class IncidentHooks {
  /** The open incident a new order may be attached to, share-locked (it cannot close meanwhile). */
  async attachable(uow: UnitOfWork, incidentId: string, field: string): Promise<IncidentRow> {
    const incident = await uow.repo(IncidentsRepository).byId(incidentId, "share");
    if (!incident) throw badInput("Инцидент не найден", field, "INCIDENT_NOT_FOUND");
    if (!incidentIsOpen(incident.status)) throw new AppError(ErrorCode.BAD_USER_INPUT, ATTACH_MESSAGES.INCIDENT_CLOSED, { field, reason: "INCIDENT_CLOSED" });
    return incident;
  }

  /** A resident's new order: the open incident of its service and building, to attach or to suggest. */
  async matchResidentOrder(uow: UnitOfWork, order: { serviceId: string; buildingId: string; premiseId: string | null }): Promise<IncidentMatch | null> {
    const repo = uow.repo(IncidentsRepository);
    const open = await repo.openCovering(order.serviceId, order.buildingId);
    if (open.length === 0) return null;
    const match = matchIncident(order, open, { autoAttach: await repo.autoAttachEnabled() });
    // Attaching waits for an incident closing at this moment, then leaves the order alone if it closed.
    if (match?.action === "ATTACH") {
      const incident = await repo.byId(match.incidentId, "share");
      if (!incident || !incidentIsOpen(incident.status)) return { ...match, action: "SUGGEST" };
    }
    return match;
  }

  /** The incident's history and live event for orders that joined it with their own change (a new order). */
  async ordersJoined(uow: UnitOfWork, incidentId: string, orders: { id: string; number: number }[], actor: { kind: "EMPLOYEE"; employeeId: string } | { kind: "SYSTEM" }, now: Date) {
    const repo = uow.repo(IncidentsRepository);
    await repo.insertEvents([
      {
        incidentId,
        kind: "ORDERS_ATTACHED",
        actorKind: actor.kind,
        actorEmployeeId: actor.kind === "EMPLOYEE" ? actor.employeeId : null,
        data: { orderIds: orders.map((o) => o.id), numbers: orders.map((o) => o.number), ...(actor.kind === "SYSTEM" ? { automatic: true } : {}) },
        createdAt: now,
      },
    ]);
    await repo.touch(incidentId, now);
    uow.incidentChanged({ id: incidentId });
  }

  /** The incident's history and live event for an order the system took out of it (a resident reopened it). */
  async orderLeft(uow: UnitOfWork, incidentId: string, order: { id: string; number: number }, now: Date) {
    const repo = uow.repo(IncidentsRepository);
    await repo.insertEvents([
      { incidentId, kind: "ORDERS_DETACHED", actorKind: "SYSTEM", actorEmployeeId: null, data: { orderIds: [order.id], numbers: [order.number], automatic: true }, createdAt: now },
    ]);
    await repo.touch(incidentId, now);
    uow.incidentChanged({ id: incidentId });
  }
}
