import { ORDER_STATUSES, type OrderStatus } from "./status.js";
import { isNumber, isString, isStringOrNull, listOf, shapeReader, type Json } from "../json-shape.js";

/**
 * An order's history event (`order_events.kind` + `data`), one shape per kind. Written by the API,
 * read back through `parseOrderEvent` (the JSON column holds dates as strings). `version` is the
 * order's version the event belongs to (what a stale editor missed is found by it).
 */
export type BaseDataChange = { field: string; from: string | null; to: string | null };

export type OrderEventData =
  | { kind: "CREATED"; data: { version: number; toStatus: OrderStatus } }
  | {
      kind: "STATUS_CHANGED";
      data: { version: number; fromStatus: OrderStatus; toStatus: OrderStatus; statusComment?: string | null; residentComment?: string | null };
    }
  | { kind: "STATUS_COMMENT_CHANGED"; data: { version: number; statusComment: string | null } }
  | { kind: "EXECUTORS_CHANGED"; data: { version: number; executorIds: string[] } }
  | { kind: "DEPARTMENT_CHANGED"; data: { version: number; departmentId: string; name: string } }
  | { kind: "BASE_DATA_CHANGED"; data: { version: number; changes: BaseDataChange[] } }
  | {
      kind: "SLA_REACTION_KEPT" | "SLA_REACTION_BREACHED" | "SLA_EXECUTION_KEPT" | "SLA_EXECUTION_BREACHED";
      /** A new order's SLA_REACTION_KEPT has no version. */
      data: { version?: number; dueAt: Date | null };
    }
  | { kind: "INCIDENT_ATTACHED" | "INCIDENT_DETACHED"; data: { version: number; incidentId: string } }
  | { kind: "RATED"; data: { version: number; score: number; comment: string | null; cycle: number } }
  | { kind: "DOCUMENT_ADDED"; data: { version: number; documentId: string; fileId: string; fileName: string } }
  | { kind: "DOCUMENT_DELETED"; data: { version: number; documentId: string; fileName: string | null } }
  | { kind: "CHECKLIST_ITEM_DONE" | "CHECKLIST_ITEM_UNDONE"; data: { version: number; itemId: string; title: string; note: string | null; documentId: string | null } }
  | {
      kind: "INVOICE_CHANGED";
      /** The invoice after the change: its state and total (kopecks as a decimal string); the line a line change is about. */
      data: { version: number; action: InvoiceHistoryAction; state: string; totalKopecks: string; lineName?: string | null };
    }
  | {
      kind: "REFUND_CHANGED";
      /**
       * A refund of the order's invoice: what happened, its amount (kopecks as a decimal string), its
       * settlement after the change, and the reason that belongs to the step (the request's or the
       * refund's reason, the rejection's, the acquirer's refusal).
       */
      data: { version: number; refundId: string; action: RefundHistoryAction; amountKopecks: string; settlement: string; reason: string | null };
    };

/** What happened to the order's invoice (one history kind, INVOICE_CHANGED, for all of them). */
export const INVOICE_HISTORY_ACTIONS = ["CREATED", "LINE_ADDED", "LINE_CHANGED", "LINE_REMOVED", "ISSUED", "MARKED_PAID", "MADE_UNPAID", "PAID_ONLINE"] as const;
export type InvoiceHistoryAction = (typeof INVOICE_HISTORY_ACTIONS)[number];

/**
 * What happened to a refund (one history kind, REFUND_CHANGED): a resident's request, a staff
 * refund made (confirmed at once), a request confirmed or rejected, the acquirer's final answer.
 */
export const REFUND_HISTORY_ACTIONS = ["REQUESTED", "CREATED", "CONFIRMED", "REJECTED", "SUCCEEDED", "FAILED"] as const;
export type RefundHistoryAction = (typeof REFUND_HISTORY_ACTIONS)[number];

export type OrderEventKind = OrderEventData["kind"];

export const ORDER_EVENT_KINDS = [
  "CREATED",
  "STATUS_CHANGED",
  "STATUS_COMMENT_CHANGED",
  "EXECUTORS_CHANGED",
  "DEPARTMENT_CHANGED",
  "BASE_DATA_CHANGED",
  "SLA_REACTION_KEPT",
  "SLA_REACTION_BREACHED",
  "SLA_EXECUTION_KEPT",
  "SLA_EXECUTION_BREACHED",
  "INCIDENT_ATTACHED",
  "INCIDENT_DETACHED",
  "RATED",
  "DOCUMENT_ADDED",
  "DOCUMENT_DELETED",
  "CHECKLIST_ITEM_DONE",
  "CHECKLIST_ITEM_UNDONE",
  "INVOICE_CHANGED",
  "REFUND_CHANGED",
] as const satisfies readonly OrderEventKind[];

/** A stored event that does not have its kind's shape: a bug or a hand-edited row, never user input. */
export class OrderEventShapeError extends Error {
  constructor(kind: string, problem: string) {
    super(`order event ${kind}: ${problem}`);
  }
}


const field = shapeReader((kind, problem) => new OrderEventShapeError(kind, problem));

const isStatus = (v: unknown): v is OrderStatus => typeof v === "string" && (ORDER_STATUSES as readonly string[]).includes(v);
const isStringList = listOf(isString);
const isInvoiceAction = (v: unknown): v is InvoiceHistoryAction => typeof v === "string" && (INVOICE_HISTORY_ACTIONS as readonly string[]).includes(v);
const isRefundAction = (v: unknown): v is RefundHistoryAction => typeof v === "string" && (REFUND_HISTORY_ACTIONS as readonly string[]).includes(v);
const isChanges = (v: unknown): v is BaseDataChange[] =>
  Array.isArray(v) && v.every((c) => typeof c === "object" && c !== null && isString((c as Json).field) && isStringOrNull((c as Json).from) && isStringOrNull((c as Json).to));
const isInstant = (v: unknown): v is string | null => v === null || (typeof v === "string" && !Number.isNaN(Date.parse(v)));

/** The read boundary of `order_events`: the kind's shape, or OrderEventShapeError. */
export function parseOrderEvent(kind: string, raw: unknown): OrderEventData {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new OrderEventShapeError(kind, "data is not an object");
  const d = raw as Json;
  const version = () => field(kind, d, "version", isNumber);
  switch (kind) {
    case "CREATED":
      return { kind, data: { version: version(), toStatus: field(kind, d, "toStatus", isStatus) } };
    case "STATUS_CHANGED":
      return {
        kind,
        data: {
          version: version(),
          fromStatus: field(kind, d, "fromStatus", isStatus),
          toStatus: field(kind, d, "toStatus", isStatus),
          statusComment: field(kind, d, "statusComment", isStringOrNull, true),
          residentComment: field(kind, d, "residentComment", isStringOrNull, true),
        },
      };
    case "STATUS_COMMENT_CHANGED":
      return { kind, data: { version: version(), statusComment: field(kind, d, "statusComment", isStringOrNull) } };
    case "EXECUTORS_CHANGED":
      return { kind, data: { version: version(), executorIds: field(kind, d, "executorIds", isStringList) } };
    case "DEPARTMENT_CHANGED":
      return { kind, data: { version: version(), departmentId: field(kind, d, "departmentId", isString), name: field(kind, d, "name", isString) } };
    case "BASE_DATA_CHANGED":
      return { kind, data: { version: version(), changes: field(kind, d, "changes", isChanges) } };
    case "SLA_REACTION_KEPT":
    case "SLA_REACTION_BREACHED":
    case "SLA_EXECUTION_KEPT":
    case "SLA_EXECUTION_BREACHED": {
      const dueAt = field(kind, d, "dueAt", isInstant);
      return { kind, data: { version: field(kind, d, "version", isNumber, true), dueAt: dueAt === null ? null : new Date(dueAt) } };
    }
    case "INCIDENT_ATTACHED":
    case "INCIDENT_DETACHED":
      return { kind, data: { version: version(), incidentId: field(kind, d, "incidentId", isString) } };
    case "RATED":
      return {
        kind,
        data: { version: version(), score: field(kind, d, "score", isNumber), comment: field(kind, d, "comment", isStringOrNull), cycle: field(kind, d, "cycle", isNumber) },
      };
    case "DOCUMENT_ADDED":
      return {
        kind,
        data: { version: version(), documentId: field(kind, d, "documentId", isString), fileId: field(kind, d, "fileId", isString), fileName: field(kind, d, "fileName", isString) },
      };
    case "DOCUMENT_DELETED":
      return { kind, data: { version: version(), documentId: field(kind, d, "documentId", isString), fileName: field(kind, d, "fileName", isStringOrNull) } };
    case "CHECKLIST_ITEM_DONE":
    case "CHECKLIST_ITEM_UNDONE":
      return {
        kind,
        data: {
          version: version(),
          itemId: field(kind, d, "itemId", isString),
          title: field(kind, d, "title", isString),
          note: field(kind, d, "note", isStringOrNull),
          documentId: field(kind, d, "documentId", isStringOrNull),
        },
      };
    case "INVOICE_CHANGED":
      return {
        kind,
        data: {
          version: version(),
          action: field(kind, d, "action", isInvoiceAction),
          state: field(kind, d, "state", isString),
          totalKopecks: field(kind, d, "totalKopecks", isString),
          lineName: field(kind, d, "lineName", isStringOrNull, true),
        },
      };
    case "REFUND_CHANGED":
      return {
        kind,
        data: {
          version: version(),
          refundId: field(kind, d, "refundId", isString),
          action: field(kind, d, "action", isRefundAction),
          amountKopecks: field(kind, d, "amountKopecks", isString),
          settlement: field(kind, d, "settlement", isString),
          reason: field(kind, d, "reason", isStringOrNull),
        },
      };
    default:
      throw new OrderEventShapeError(kind, "unknown kind");
  }
}
