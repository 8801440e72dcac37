import { INCIDENT_STATUSES, type IncidentStatus } from "./status.js";
import { isNumber, isString, isStringOrNull, listOf, shapeReader, type Json } from "../json-shape.js";

/**
 * An incident's history event (`incident_events.kind` + `data`), one shape per kind, read back
 * through `parseIncidentEvent`. Attached orders are named by id and number, so the history reads
 * the same after an order is detached.
 */
export type IncidentFieldChange = { field: string; from: string | null; to: string | null };

export type IncidentEventData =
  | { kind: "CREATED"; data: { version: number } }
  | { kind: "UPDATED"; data: { version: number; changes: IncidentFieldChange[] } }
  | { kind: "STATUS_CHANGED"; data: { version: number; fromStatus: IncidentStatus; toStatus: IncidentStatus; statusComment?: string | null; ordersMoved?: number } }
  | { kind: "STATUS_COMMENT_CHANGED"; data: { version: number; statusComment: string | null } }
  | { kind: "RESPONSIBLE_CHANGED"; data: { version: number; employeeIds: string[] } }
  | { kind: "ORDERS_ATTACHED" | "ORDERS_DETACHED"; data: { orderIds: string[]; numbers: number[]; automatic?: boolean } };

export type IncidentEventKind = IncidentEventData["kind"];

export const INCIDENT_EVENT_KINDS = [
  "CREATED",
  "UPDATED",
  "STATUS_CHANGED",
  "STATUS_COMMENT_CHANGED",
  "RESPONSIBLE_CHANGED",
  "ORDERS_ATTACHED",
  "ORDERS_DETACHED",
] as const satisfies readonly IncidentEventKind[];

export class IncidentEventShapeError extends Error {
  constructor(kind: string, problem: string) {
    super(`incident event ${kind}: ${problem}`);
  }
}

const isStatus = (v: unknown): v is IncidentStatus => typeof v === "string" && (INCIDENT_STATUSES as readonly string[]).includes(v);

const field = shapeReader((kind, problem) => new IncidentEventShapeError(kind, problem));
const isChange = (v: unknown): v is IncidentFieldChange =>
  typeof v === "object" && v !== null && isString((v as Json).field) && isStringOrNull((v as Json).from) && isStringOrNull((v as Json).to);

/** The read boundary of `incident_events`: the kind's shape, or IncidentEventShapeError. */
export function parseIncidentEvent(kind: string, raw: unknown): IncidentEventData {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new IncidentEventShapeError(kind, "data is not an object");
  const d = raw as Json;
  const version = () => field(kind, d, "version", isNumber);
  switch (kind) {
    case "CREATED":
      return { kind, data: { version: version() } };
    case "UPDATED":
      return { kind, data: { version: version(), changes: field(kind, d, "changes", listOf(isChange)) } };
    case "STATUS_CHANGED":
      return {
        kind,
        data: {
          version: version(),
          fromStatus: field(kind, d, "fromStatus", isStatus),
          toStatus: field(kind, d, "toStatus", isStatus),
          statusComment: field(kind, d, "statusComment", isStringOrNull, true),
          ordersMoved: field(kind, d, "ordersMoved", isNumber, true),
        },
      };
    case "STATUS_COMMENT_CHANGED":
      return { kind, data: { version: version(), statusComment: field(kind, d, "statusComment", isStringOrNull) } };
    case "RESPONSIBLE_CHANGED":
      return { kind, data: { version: version(), employeeIds: field(kind, d, "employeeIds", listOf(isString)) } };
    case "ORDERS_ATTACHED":
    case "ORDERS_DETACHED":
      return {
        kind,
        data: {
          orderIds: field(kind, d, "orderIds", listOf(isString)),
          numbers: field(kind, d, "numbers", listOf(isNumber)),
          automatic: field(kind, d, "automatic", (v): v is boolean => typeof v === "boolean", true),
        },
      };
    default:
      throw new IncidentEventShapeError(kind, "unknown kind");
  }
}
