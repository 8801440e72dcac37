import type { RatingRefusal } from "./orders/rating.js";
import type { TransitionRefusal } from "./orders/status.js";
import type { AttachRefusal } from "./incidents/cascade.js";
import type { IncidentTransitionRefusal } from "./incidents/status.js";
import type { CallEventRefusal } from "./calls/status.js";
import type { MoneyRefusal } from "./invoices/money.js";
import type { InvoiceRefusal } from "./invoices/state.js";
import type { RefundRefusal } from "./payments/refunds.js";
import type { RequisiteRefusal } from "./objects/requisites.js";
import type { PushSubscriptionRefusal } from "./push/subscription.js";

/**
 * Machine reasons of refusals (`extensions.reason`), per module. The API may only throw these, and
 * clients (the web's field mapping, a second locale) can switch over them exhaustively.
 */
export const ERROR_REASONS = {
  /** Field checks every module shares (shared/validate). */
  common: ["REQUIRED", "TOO_LONG", "TOO_MANY", "OUT_OF_RANGE", "INVALID_EMAIL", "INVALID_PHONE", "DUPLICATE", "INVALID_CURSOR", "INVALID_ID"],
  auth: [
    "INVALID_CREDENTIALS",
    "EMPLOYEE_INACTIVE",
    "INVALID_CODE",
    "CODE_LIMIT",
    "CODE_RESEND_TOO_SOON",
    "CODE_ADDRESS_LIMIT",
    "ORGANIZATION_REQUIRED",
    "LOGIN_THROTTLED",
    "SMS_UNAVAILABLE",
  ],
  orders: [
    "STALE_VERSION",
    "BASE_DATA_LOCKED",
    "FORM_INVALID",
    "SERVICE_NOT_FOUND",
    "SERVICE_INACTIVE",
    "BUILDING_NOT_FOUND",
    "PREMISE_NOT_FOUND",
    "CLIENT_NOT_FOUND",
    "CLIENT_CHOICE_REQUIRED",
    "BUILDING_ARCHIVED",
    "PREMISE_ARCHIVED",
    "DEPARTMENT_NOT_FOUND",
    "INCIDENT_NOT_FOUND",
    "DUPLICATE_EXECUTOR",
    "TOO_MANY_EXECUTORS",
    "EXECUTOR_NOT_FOUND",
    "EXECUTOR_NOT_IN_DEPARTMENT",
    "NO_COLUMNS",
  ],
  catalog: [
    "MAX_EXECUTORS_OUT_OF_RANGE",
    "SLA_INVALID",
    "ORDER_FORM_TOO_LONG",
    "ORDER_FORM_KEY_INVALID",
    "ORDER_FORM_KEY_DUPLICATE",
    "ORDER_FORM_LABEL_REQUIRED",
    "ORDER_FORM_LABEL_TOO_LONG",
    "ORDER_FORM_TYPE_INVALID",
    "ORDER_FORM_OPTIONS_REQUIRED",
    "ORDER_FORM_OPTIONS_NOT_ALLOWED",
    "ORDER_FORM_OPTIONS_TOO_MANY",
    "ORDER_FORM_OPTION_INVALID",
    "CHECKLIST_TOO_LONG",
    "CHECKLIST_TITLE_REQUIRED",
    "CHECKLIST_TITLE_TOO_LONG",
    "PRICE_LIST_REQUIRES_PAID",
    "REFUNDS_REQUIRE_PAID",
    "DEPARTMENT_NOT_FOUND",
    "PRICE_ITEM_NAME_REQUIRED",
    "PRICE_ITEM_NAME_TOO_LONG",
    "PRICE_ITEM_UNIT_INVALID",
    "PRICE_NEGATIVE",
    "POSITION_INVALID",
  ],
  incidents: [
    "STALE_VERSION",
    "SERVICE_NOT_FOUND",
    "DEPARTMENT_NOT_FOUND",
    "BUILDING_NOT_FOUND",
    "PREMISE_NOT_FOUND",
    "SCOPE_REQUIRED",
    "PLANNED_END_BEFORE_START",
    "DUPLICATE_RESPONSIBLE",
    "TOO_MANY_RESPONSIBLE",
    "RESPONSIBLE_NOT_FOUND",
    "ORDER_NOT_FOUND",
    "ORDER_NOT_ATTACHED",
  ],
  /** Telephony events (partner API) and the call journal; CallEventRefusal comes on top. */
  calls: [
    "CALL_DIRECTION_MISMATCH",
    "DURATION_WITHOUT_END",
    "EVENT_IN_FUTURE",
    "NOT_LINKED",
    "CALL_NOT_FOUND",
    /** Recordings: a fetch from the provider's URL, or an upload, refused. */
    "URL_INVALID",
    "PRIVATE_ADDRESS",
    "TOO_MANY_REDIRECTS",
    "FETCH_FAILED",
    "FETCH_TIMEOUT",
    "NOT_AUDIO",
    "RECORDING_TOO_LARGE",
  ],
  /** Invoices (§22–§23); MoneyRefusal and InvoiceRefusal come on top. */
  invoices: [
    "STALE_VERSION",
    "INVOICE_EXISTS",
    "INVOICE_NOT_FOUND",
    "LINE_NOT_FOUND",
    "SERVICE_NOT_PAID",
    "ORDER_CANCELLED",
    "PRICE_ITEM_NOT_FOUND",
    "PRICE_ITEM_INACTIVE",
  ],
  /** Online payments and refunds (§22, §24); RefundRefusal comes on top. */
  payments: ["INVOICE_NOT_PAYABLE", "IDEMPOTENCY_KEY_REUSED", "REFUNDS_NOT_ALLOWED", "REFUND_ALREADY_REQUESTED", "REFUND_DECIDED", "INVOICE_EMPTY"],
  documents: ["DOCUMENT_LIMIT"],
  /** Idempotency keys of creates the field apps may replay (apps/api modules/idempotency). */
  idempotency: ["INVALID_IDEMPOTENCY_KEY", "IDEMPOTENCY_KEY_REUSED"],
  checklists: ["CHECKLIST_LOCKED", "PHOTO_REQUIRED", "NOTE_REQUIRED"],
  files: ["FILE_NOT_FOUND", "FILE_ALREADY_USED", "FILE_TOO_LARGE", "ORDER_REQUIRED", "PURPOSE_INVALID", "CSRF_HEADER_REQUIRED", "UPLOAD_RATE_LIMITED", "UPLOAD_QUOTA_EXCEEDED"],
  chat: ["ORDER_HAS_NO_CLIENT", "EDIT_WINDOW_CLOSED", "NOT_AUTHOR", "MESSAGE_NOT_FOUND", "MESSAGE_DELETED", "ALREADY_SENT", "SEND_AT_IN_PAST", "SEND_AT_TOO_FAR", "UNKNOWN_PLACEHOLDER"],
  activity: ["BATCH_TOO_LARGE", "CLIENT_REQUIRED", "DUPLICATE_EXTERNAL_ID", "AMBIGUOUS_ACCOUNT", "ORDER_OF_ANOTHER_CLIENT", "PREMISE_REQUIRED", "ACCOUNT_TAKEN"],
  staff: ["IN_USE", "EMAIL_TAKEN", "EXTENSION_TAKEN", "INVALID_EXTENSION", "NAME_TAKEN", "PASSWORD_TOO_SHORT", "SELF_DEACTIVATION", "SELF_LOCKOUT"],
  reports: ["NO_FIELDS"],
  /** Buildings, premises, quarters, object groups, legal entities and the premises import; RequisiteRefusal comes on top. */
  objects: [
    "STALE_VERSION",
    "BUILDING_NOT_FOUND",
    "QUARTER_NOT_FOUND",
    "OBJECT_GROUP_NOT_FOUND",
    "LEGAL_ENTITY_NOT_FOUND",
    "EMPLOYEE_NOT_FOUND",
    "PREMISE_NUMBER_TAKEN",
    "ACCOUNT_TAKEN",
    "IMPORT_FILE_INVALID",
    "IMPORT_TOO_MANY_ROWS",
    "IMPORT_HAS_ERRORS",
    "IMPORT_NOTHING_TO_APPLY",
    /** A deletion refused while something holds the row (`extensions.holders` counts what). */
    "IN_USE",
  ],
  /** Web Push subscriptions; PushSubscriptionRefusal comes on top. */
  push: [],
  dashboard: ["EMPTY_PERIOD", "PERIOD_TOO_LONG"],
  /** Operation limits (depth, aliases, cost, size, time) and argument guards, over HTTP and WebSocket. */
  limits: ["DEPTH_LIMIT", "ALIAS_LIMIT", "FIELD_LIMIT", "COST_LIMIT", "DOCUMENT_TOO_LARGE", "RESPONSE_LIMIT", "TIME_LIMIT", "NUL_CHARACTER", "LONE_SURROGATE"],
} as const;

export type ErrorModule = keyof typeof ERROR_REASONS;

/** A status change refused by `checkTransition` carries the refusal as its reason; so does a rating. */
export type ModuleReason<M extends ErrorModule> =
  | (typeof ERROR_REASONS)[M][number]
  | (M extends "orders" ? TransitionRefusal | RatingRefusal : never)
  | (M extends "incidents" ? IncidentTransitionRefusal | AttachRefusal : never)
  | (M extends "calls" ? CallEventRefusal : never)
  | (M extends "invoices" ? MoneyRefusal | InvoiceRefusal : never)
  | (M extends "payments" ? RefundRefusal : never)
  | (M extends "objects" ? RequisiteRefusal : never)
  | (M extends "push" ? PushSubscriptionRefusal : never);

export type ErrorReason = { [M in ErrorModule]: ModuleReason<M> }[ErrorModule];
