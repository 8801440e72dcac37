import type { Catalog, MessageKey } from "../ru";
import type { Message } from "../types";
import { residentEn } from "./resident";
import { pushEn } from "./push";

/**
 * The English catalog: the resident app (/r) whole, plus the shared texts it shows (statuses,
 * uploads, errors). A key missing here falls back to Russian (the staff CRM is Russian-only so far).
 */
const sharedEn = {
  "app.name": "Domovoy",
  "common.loading": "Loading…",
  "common.cancel": "Cancel",
  "common.required": "Required",
  "common.saved": "Saved",
  "common.retry": "Retry",
  "common.dismiss": "Dismiss",
  "error.network": "No connection to the server. Check your connection and try again.",
  "error.server": "Server error. Please try again later.",
  "error.unknown": "Unknown error",
  "error.tooManyAttempts": "Too many attempts, try again in {minutes} min",
  "orderStatus.PENDING": "Pending",
  "orderStatus.IN_PROGRESS": "In progress",
  "orderStatus.DONE": "Done",
  "orderStatus.PAUSED": "Paused",
  "orderStatus.CANCELLED": "Cancelled",
  "orderStatus.REOPENED": "Reopened",
  "orderStatus.APPROVAL": "Approval",
  "orderStatus.NEEDS_CLARIFICATION": "Needs clarification",
  "files.upload.aborted": "Upload cancelled",
  "files.upload.failed": "Could not upload the file",
  "files.upload.tooLarge": "The file “{name}” is larger than {max} MB",
  "files.size.b": "B",
  "files.size.kb": "KB",
  "files.size.mb": "MB",
  "files.size.gb": "GB",
  "rating.outOf": "{score} of 5",
  // Refunds in the resident's order card (the staff refund dialog shares these fields).
  "payments.refunded": "Refunded {amount} of {paid}",
  "payments.refund.title": "Refund",
  "payments.refund.full": "Full refund",
  "payments.refund.partial": "Partial refund",
  "payments.refund.lines": "Items to refund",
  "payments.refund.left": "{quantity} {unit} left",
  "payments.refund.quantity": "Qty",
  "payments.refund.reason": "Reason for the refund",
  "payments.decision.REQUESTED": "Requested",
  "payments.decision.CONFIRMED": "Confirmed",
  "payments.decision.REJECTED": "Rejected",
  "payments.settlement.NONE": "",
  "payments.settlement.PENDING": "processing",
  "payments.settlement.SUCCEEDED": "money returned",
  "payments.settlement.FAILED": "payment service error",
  "payments.settlement.RECORDED": "handed back in cash",
  "payments.kind.FULL": "full",
  "payments.kind.PARTIAL": "partial",
} satisfies Partial<Record<MessageKey, Message>>;

export const en: Partial<Catalog> = { ...sharedEn, ...residentEn, ...pushEn };
