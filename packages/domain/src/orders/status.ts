/** Order statuses (§16) with the colours the guide gives them. */
export const ORDER_STATUSES = ["PENDING", "IN_PROGRESS", "DONE", "PAUSED", "CANCELLED", "REOPENED", "APPROVAL", "NEEDS_CLARIFICATION"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const STATUS_COLOURS: Record<OrderStatus, string> = {
  PENDING: "red",
  IN_PROGRESS: "blue",
  DONE: "green",
  PAUSED: "grey",
  CANCELLED: "yellow",
  REOPENED: "purple",
  APPROVAL: "orange",
  NEEDS_CLARIFICATION: "teal",
};

/** The statuses' Russian names, as server-written texts (notifications, report cells) show them. */
export const STATUS_NAMES: Record<OrderStatus, string> = {
  PENDING: "Ожидание",
  IN_PROGRESS: "В работе",
  DONE: "Выполнено",
  PAUSED: "Приостановлено",
  CANCELLED: "Отменено",
  REOPENED: "Переоткрыто",
  APPROVAL: "Согласование",
  NEEDS_CLARIFICATION: "Требует уточнения",
};

/** «Новые»: what dispatchers triage. */
export const NEW_STATUSES: readonly OrderStatus[] = ["PENDING", "REOPENED"];
/** Closed orders do not count towards an executor's workload. */
export const CLOSED_STATUSES: readonly OrderStatus[] = ["DONE", "CANCELLED"];

export type ServiceKind = "STANDARD" | "APPOINTMENT" | "PAID";

export function initialStatus(service: { kind: ServiceKind; routingEnabled: boolean }): OrderStatus {
  if (service.routingEnabled) return "APPROVAL";
  if (service.kind === "APPOINTMENT") return "IN_PROGRESS";
  return "PENDING";
}

export type TransitionActor = "STAFF" | "RESIDENT" | "SYSTEM";

export type TransitionInput = {
  actor: TransitionActor;
  from: OrderStatus;
  to: OrderStatus;
  executorCount: number;
  /** The status comment the order will have after the change (it is sticky). */
  statusComment: string | null;
  resumeBy: Date | null;
  documentCount: number;
  /** Titles of the order's required checklist items not yet done (`unfinishedRequiredItems`). */
  unfinishedChecklistItems: readonly string[];
  service: { residentMayReopen: boolean; documentRequiredToClose: boolean; checklistRequiredToClose: boolean };
  now: Date;
};

export type TransitionRefusal =
  | "SAME_STATUS"
  | "NOT_ALLOWED"
  | "EXECUTOR_REQUIRED"
  | "DONE_ONLY_FROM_IN_PROGRESS"
  | "DOCUMENT_REQUIRED"
  | "CHECKLIST_REQUIRED"
  | "COMMENT_REQUIRED"
  | "RESUME_BY_REQUIRED"
  | "RESUME_BY_IN_PAST"
  | "RESIDENT_MAY_NOT_REOPEN";

/** Which target statuses staff may choose from each status (before the per-target rules). */
const STAFF_MOVES: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ["IN_PROGRESS", "PAUSED", "CANCELLED"],
  IN_PROGRESS: ["DONE", "PAUSED", "CANCELLED"],
  PAUSED: ["IN_PROGRESS", "CANCELLED"],
  REOPENED: ["IN_PROGRESS", "PAUSED", "CANCELLED"],
  DONE: ["REOPENED"],
  CANCELLED: [],
  APPROVAL: ["PENDING", "NEEDS_CLARIFICATION", "CANCELLED"],
  NEEDS_CLARIFICATION: ["APPROVAL", "CANCELLED"],
};

const RESIDENT_MOVES: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ["CANCELLED"],
  IN_PROGRESS: [],
  PAUSED: [],
  REOPENED: [],
  DONE: ["REOPENED"],
  CANCELLED: [],
  APPROVAL: [],
  NEEDS_CLARIFICATION: ["APPROVAL"],
};

/** The system acts for incidents: their orders are done (or cancelled) with them. */
const SYSTEM_MOVES: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ["DONE", "CANCELLED"],
  IN_PROGRESS: ["DONE", "CANCELLED"],
  PAUSED: ["DONE", "CANCELLED"],
  REOPENED: ["DONE", "CANCELLED"],
  DONE: [],
  CANCELLED: [],
  APPROVAL: ["DONE", "CANCELLED"],
  NEEDS_CLARIFICATION: ["DONE", "CANCELLED"],
};

export function allowedTargets(actor: TransitionActor, from: OrderStatus): readonly OrderStatus[] {
  return (actor === "STAFF" ? STAFF_MOVES : actor === "RESIDENT" ? RESIDENT_MOVES : SYSTEM_MOVES)[from];
}

/** Checks one status change against every rule of §16; null when it is allowed. */
export function checkTransition(input: TransitionInput): TransitionRefusal | null {
  const { actor, from, to } = input;
  if (from === to) return "SAME_STATUS";
  if (!allowedTargets(actor, from).includes(to)) {
    if (to === "DONE" && actor === "STAFF" && from !== "DONE") return "DONE_ONLY_FROM_IN_PROGRESS";
    return "NOT_ALLOWED";
  }
  if (actor === "SYSTEM") return null;
  if ((to === "IN_PROGRESS" || to === "DONE") && input.executorCount === 0) return "EXECUTOR_REQUIRED";
  if (to === "DONE" && input.service.documentRequiredToClose && input.documentCount === 0) return "DOCUMENT_REQUIRED";
  if (to === "DONE" && input.service.checklistRequiredToClose && input.unfinishedChecklistItems.length > 0) return "CHECKLIST_REQUIRED";
  if ((to === "PAUSED" || (to === "CANCELLED" && actor === "STAFF")) && !input.statusComment?.trim()) return "COMMENT_REQUIRED";
  if (to === "PAUSED") {
    if (!input.resumeBy) return "RESUME_BY_REQUIRED";
    if (input.resumeBy.getTime() <= input.now.getTime()) return "RESUME_BY_IN_PAST";
  }
  if (actor === "RESIDENT" && to === "REOPENED" && !input.service.residentMayReopen) return "RESIDENT_MAY_NOT_REOPEN";
  return null;
}

export const TRANSITION_MESSAGES: Record<TransitionRefusal, string> = {
  SAME_STATUS: "Заявка уже в этом статусе",
  NOT_ALLOWED: "Такая смена статуса недоступна",
  EXECUTOR_REQUIRED: "Назначьте исполнителя, чтобы взять заявку в работу или выполнить её",
  DONE_ONLY_FROM_IN_PROGRESS: "Выполнить можно только заявку в работе",
  DOCUMENT_REQUIRED: "По этой услуге для закрытия заявки нужно приложить документ",
  CHECKLIST_REQUIRED: "По этой услуге для закрытия заявки нужно выполнить обязательные пункты чек-листа",
  COMMENT_REQUIRED: "Укажите комментарий к статусу",
  RESUME_BY_REQUIRED: "Укажите дату «Возобновить до»",
  RESUME_BY_IN_PAST: "Дата «Возобновить до» должна быть в будущем",
  RESIDENT_MAY_NOT_REOPEN: "По этой услуге переоткрытие жителем запрещено",
};
