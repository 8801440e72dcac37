/**
 * Incidents (a mass problem: «нет горячей воды во всём доме»): statuses and the rules of changing
 * them. OPEN → IN_PROGRESS ↔ PAUSED → DONE; CANCELLED from any open status. DONE and CANCELLED are
 * final: a problem that comes back is a new incident.
 */
export const INCIDENT_STATUSES = ["OPEN", "IN_PROGRESS", "PAUSED", "DONE", "CANCELLED"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Open incidents: shown to residents of their buildings, accept orders, suggested for new ones. */
export const OPEN_INCIDENT_STATUSES: readonly IncidentStatus[] = ["OPEN", "IN_PROGRESS", "PAUSED"];
export const CLOSED_INCIDENT_STATUSES: readonly IncidentStatus[] = ["DONE", "CANCELLED"];

export function incidentIsOpen(status: IncidentStatus): boolean {
  return OPEN_INCIDENT_STATUSES.includes(status);
}

const MOVES: Record<IncidentStatus, readonly IncidentStatus[]> = {
  OPEN: ["IN_PROGRESS", "CANCELLED"],
  IN_PROGRESS: ["PAUSED", "DONE", "CANCELLED"],
  // «IN_PROGRESS ↔ PAUSED → DONE»: a paused incident may be closed as soon as the fix is reported.
  PAUSED: ["IN_PROGRESS", "DONE", "CANCELLED"],
  DONE: [],
  CANCELLED: [],
};

export function incidentTargets(from: IncidentStatus): readonly IncidentStatus[] {
  return MOVES[from];
}

export type IncidentTransitionInput = {
  from: IncidentStatus;
  to: IncidentStatus;
  /** Responsible employees the incident will have after the change. */
  responsibleCount: number;
  /** The status comment the incident will have after the change (it is sticky, as on orders). */
  statusComment: string | null;
};

export type IncidentTransitionRefusal = "INCIDENT_SAME_STATUS" | "INCIDENT_NOT_ALLOWED" | "INCIDENT_RESPONSIBLE_REQUIRED" | "INCIDENT_COMMENT_REQUIRED";

/** One status change against the incident rules; null when it is allowed. */
export function checkIncidentTransition(input: IncidentTransitionInput): IncidentTransitionRefusal | null {
  const { from, to } = input;
  if (from === to) return "INCIDENT_SAME_STATUS";
  if (!MOVES[from].includes(to)) return "INCIDENT_NOT_ALLOWED";
  // Like an order: work is taken and finished by someone.
  if ((to === "IN_PROGRESS" || to === "DONE") && input.responsibleCount === 0) return "INCIDENT_RESPONSIBLE_REQUIRED";
  // Residents' orders move with a pause or a cancellation: the reason is recorded.
  if ((to === "PAUSED" || to === "CANCELLED") && !input.statusComment?.trim()) return "INCIDENT_COMMENT_REQUIRED";
  return null;
}

export const INCIDENT_TRANSITION_MESSAGES: Record<IncidentTransitionRefusal, string> = {
  INCIDENT_SAME_STATUS: "Инцидент уже в этом статусе",
  INCIDENT_NOT_ALLOWED: "Такая смена статуса инцидента недоступна",
  INCIDENT_RESPONSIBLE_REQUIRED: "Назначьте ответственного, чтобы взять инцидент в работу или выполнить его",
  INCIDENT_COMMENT_REQUIRED: "Укажите комментарий к статусу",
};
