import { FORM_PROBLEM_MESSAGES, parseFormAnswers, type FormAnswerInput, type FormField, type SlaEvent } from "@domovoy/domain";
import { AppError, badInput, ErrorCode } from "../../shared/errors.js";
import type { OrderRefsRepository, ServiceRow } from "./order-refs.repository.js";
import type { OrdersRepository } from "./orders.repository.js";

/** Checks of what an order is created or edited with; shared by intake and editing. */

export type EventValues = Parameters<OrdersRepository["insertEvents"]>[0][number];

/** What the list's filter may hold beyond its types: rating scores 1–5 (the list's query and a saved filter alike). */
export function checkOrderFilter(filter: { ratingScores?: number[] | null }, field: string): void {
  if (filter.ratingScores?.some((score) => !Number.isInteger(score) || score < 1 || score > 5)) {
    throw badInput("Оценка — целое число от 1 до 5", `${field}.ratingScores`, "OUT_OF_RANGE");
  }
}

export async function activeService(refs: OrderRefsRepository, id: string, field: string): Promise<ServiceRow> {
  const service = await refs.service(id);
  if (!service) throw badInput("Услуга не найдена", field, "SERVICE_NOT_FOUND");
  if (!service.active) throw badInput("Услуга недоступна", field, "SERVICE_INACTIVE");
  return service;
}

export function parseAnswers(service: ServiceRow, inputs: FormAnswerInput[]) {
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

/**
 * Building, premise (of that building) and client of this organization. An archived building or
 * premise takes no new orders; an order already there (`current`) keeps it through other edits.
 */
export async function checkPlace(
  refs: OrderRefsRepository,
  buildingId: string,
  premiseId: string | null,
  clientId: string | null,
  current?: { buildingId: string; premiseId: string | null },
): Promise<void> {
  if (!(await refs.buildingExists(buildingId))) throw badInput("Объект не найден", "input.buildingId", "BUILDING_NOT_FOUND");
  if (premiseId && !(await refs.premiseInBuilding(premiseId, buildingId))) {
    throw badInput("Помещение не найдено в этом объекте", "input.premiseId", "PREMISE_NOT_FOUND");
  }
  await checkNotArchived(refs, buildingId, premiseId, current);
  if (clientId && !(await refs.clientExists(clientId))) throw badInput("Клиент не найден", "input.clientId", "CLIENT_NOT_FOUND");
}

export async function checkNotArchived(
  refs: OrderRefsRepository,
  buildingId: string,
  premiseId: string | null,
  current?: { buildingId: string; premiseId: string | null },
): Promise<void> {
  if (current && current.buildingId === buildingId && current.premiseId === premiseId) return;
  const archived = await refs.archivedPlaces(buildingId, premiseId);
  if (archived.building && current?.buildingId !== buildingId) {
    throw badInput("Дом в архиве: новые заявки на него не принимаются", "input.buildingId", "BUILDING_ARCHIVED");
  }
  if (archived.premise && current?.premiseId !== premiseId) {
    throw badInput("Помещение в архиве: новые заявки на него не принимаются", "input.premiseId", "PREMISE_ARCHIVED");
  }
}

/**
 * An order for a premise where people live names one of them, or says on purpose that it has none
 * (a problem of the common areas, reported from the premise): never a client left out silently.
 */
export async function requireClientChoice(refs: OrderRefsRepository, premiseId: string | null, clientId: string | null, withoutClient: boolean | null | undefined): Promise<void> {
  if (!premiseId || clientId || withoutClient) return;
  if (await refs.premiseHasResidents(premiseId)) {
    throw badInput("Выберите жителя помещения или отметьте «Без жителя»", "input.clientId", "CLIENT_CHOICE_REQUIRED");
  }
}

export function eventActor(employeeId: string | null, kind: "EMPLOYEE" | "RESIDENT") {
  return { actorKind: kind, actorEmployeeId: employeeId };
}

export function systemActor() {
  return { actorKind: "SYSTEM" as const, actorEmployeeId: null };
}

/** The system's history events of a transition, as rows of this order. */
export function systemEvents(orderId: string, events: SlaEvent[], now: Date): EventValues[] {
  return events.map((event) => ({ orderId, kind: event.kind, ...systemActor(), data: event.data, createdAt: now }));
}
