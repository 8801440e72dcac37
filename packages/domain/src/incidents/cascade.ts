import { checkTransition, CLOSED_STATUSES, type OrderStatus } from "../orders/status.js";
import type { IncidentStatus } from "./status.js";

/**
 * What closing an incident does to its attached orders. When the incident becomes DONE every
 * attached order that is still open becomes DONE with it; CANCELLED cancels them. Orders already
 * DONE or CANCELLED stay as they are. The change is made by the system (SYSTEM actor of the order
 * transitions), so the checks that guard a single employee's action — an executor assigned, a
 * document attached where the service asks for one, a status comment — do not apply: the incident
 * itself is the record of the work (its responsible, its status comment, its history), and an
 * incident of 200 orders must not stay open because one of them has no photo. Every order either
 * moves fully (status, timestamps, SLA outcome, history «через инцидент», notification, live event)
 * or not at all, in the incident's transaction.
 */
export type CascadeOrder = { id: string; status: OrderStatus; documentRequiredToClose: boolean; documentCount: number };

export type CascadeStep =
  | { orderId: string; action: "MOVE"; from: OrderStatus; to: OrderStatus; /** The service asks for a document the order lacks: closed through the incident anyway. */ documentWaived: boolean }
  | { orderId: string; action: "KEEP"; reason: "ALREADY_CLOSED" };

/** The order status an incident's final status brings, or null when the incident is still open. */
export function cascadeTarget(incidentStatus: IncidentStatus): OrderStatus | null {
  if (incidentStatus === "DONE") return "DONE";
  if (incidentStatus === "CANCELLED") return "CANCELLED";
  return null;
}

/** One step per attached order (in the given order); empty while the incident is not closing. */
export function incidentCascade(incidentStatus: IncidentStatus, orders: readonly CascadeOrder[], now: Date): CascadeStep[] {
  const to = cascadeTarget(incidentStatus);
  if (!to) return [];
  return orders.map((order): CascadeStep => {
    if (CLOSED_STATUSES.includes(order.status)) return { orderId: order.id, action: "KEEP", reason: "ALREADY_CLOSED" };
    const refusal = checkTransition({
      actor: "SYSTEM",
      from: order.status,
      to,
      executorCount: 0,
      statusComment: null,
      resumeBy: null,
      documentCount: order.documentCount,
      unfinishedChecklistItems: [],
      service: { residentMayReopen: true, documentRequiredToClose: order.documentRequiredToClose, checklistRequiredToClose: false },
      now,
    });
    // The system may move every open order to DONE or CANCELLED; a refusal here is a broken table.
    if (refusal) throw new Error(`incident cascade: order ${order.id} ${order.status} → ${to} refused (${refusal})`);
    return { orderId: order.id, action: "MOVE", from: order.status, to, documentWaived: to === "DONE" && order.documentRequiredToClose && order.documentCount === 0 };
  });
}

/** Orders may be attached only while both are open: a closed order has nothing left to move. */
export type AttachRefusal = "INCIDENT_CLOSED" | "ORDER_CLOSED" | "ORDER_IN_OTHER_INCIDENT";

export function checkAttach(input: { incidentStatus: IncidentStatus; incidentId: string; order: { status: OrderStatus; incidentId: string | null } }): AttachRefusal | null {
  if (input.incidentStatus === "DONE" || input.incidentStatus === "CANCELLED") return "INCIDENT_CLOSED";
  if (CLOSED_STATUSES.includes(input.order.status)) return "ORDER_CLOSED";
  if (input.order.incidentId && input.order.incidentId !== input.incidentId) return "ORDER_IN_OTHER_INCIDENT";
  return null;
}

export const ATTACH_MESSAGES: Record<AttachRefusal, string> = {
  INCIDENT_CLOSED: "Инцидент уже закрыт: к нему нельзя прикрепить заявку",
  ORDER_CLOSED: "Выполненную или отменённую заявку нельзя прикрепить к инциденту",
  ORDER_IN_OTHER_INCIDENT: "Заявка уже прикреплена к другому инциденту: сначала открепите её",
};
