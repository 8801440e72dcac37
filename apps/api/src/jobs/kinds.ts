import { SLA_CHECK_JOB } from "@domovoy/domain";
import { payloadIds, payloadString } from "./payload.js";
import type { Job } from "./queue.js";

export { SLA_CHECK_JOB };
export const CHAT_SCHEDULED_JOB = "chat.scheduled-send";
/** Publishes the live event for notifications written in a committed transaction. */
export const ANNOUNCE_JOB = "notifications.announce";
/** Fans an organization's new notifications out to their recipients' devices (one delivery per device). */
export const PUSH_JOB = "notifications.push";
/** Sends one push delivery (a notification to one device), retried with backoff. */
export const PUSH_SEND_JOB = "push.send";
/** Deletes push deliveries past their retention; schedules its next run. */
export const PUSH_CLEANUP_JOB = "push.cleanup";
export const FILES_PURGE_JOB = "files.purge";
export const FILES_SWEEP_JOB = "files.sweep";
export const REPORT_JOB = "reports.order-export";
/** Deletes expired sessions, old codes and expired rate-limit counters; schedules its next run. */
export const AUTH_SWEEP_JOB = "auth.sweep";
/** Deletes call recordings older than their organization's retention period; schedules its next run. */
export const CALL_RECORDINGS_SWEEP_JOB = "calls.recordings-sweep";
/** Delivers one of the built-in acquirer's notifications (signed at delivery), retried until accepted. */
export const PAYMENT_NOTIFY_JOB = "payments.builtin-notify";
/** Asks the acquirer once more about a refund whose call timed out (the same idempotency key). */
export const REFUND_RETRY_JOB = "payments.refund-retry";
/** Deletes idempotency receipts older than a week; schedules its next run. */
export const RECEIPTS_SWEEP_JOB = "receipts.sweep";

/**
 * Every job kind the API runs and its payload (stored as JSON). `enqueueJob` takes a payload of
 * its kind's type, and each handler gets the payload `parseJobPayload` checked back at the read
 * boundary, so the writer and the reader of a payload cannot drift apart unnoticed.
 */
export type JobPayloads = {
  [SLA_CHECK_JOB]: { orderId: string };
  [CHAT_SCHEDULED_JOB]: { scheduledMessageId: string };
  [ANNOUNCE_JOB]: { ids: string[] };
  [PUSH_JOB]: Record<string, never>;
  [PUSH_SEND_JOB]: { deliveryId: string };
  [PUSH_CLEANUP_JOB]: Record<string, never>;
  [FILES_PURGE_JOB]: { storageKey: string };
  [FILES_SWEEP_JOB]: Record<string, never>;
  [REPORT_JOB]: { reportId: string };
  [AUTH_SWEEP_JOB]: Record<string, never>;
  [CALL_RECORDINGS_SWEEP_JOB]: Record<string, never>;
  [PAYMENT_NOTIFY_JOB]: { body: string };
  [REFUND_RETRY_JOB]: { refundId: string };
  [RECEIPTS_SWEEP_JOB]: Record<string, never>;
};
export type JobKind = keyof JobPayloads;

/** The payload of a job of this kind, checked; a malformed one fails the job with a message. */
const parsers: { [K in JobKind]: (job: Job) => JobPayloads[K] } = {
  [SLA_CHECK_JOB]: (job) => ({ orderId: payloadString(job, "orderId") }),
  [CHAT_SCHEDULED_JOB]: (job) => ({ scheduledMessageId: payloadString(job, "scheduledMessageId") }),
  [ANNOUNCE_JOB]: (job) => ({ ids: payloadIds(job) }),
  [PUSH_JOB]: () => ({}),
  [PUSH_SEND_JOB]: (job) => ({ deliveryId: payloadString(job, "deliveryId") }),
  [PUSH_CLEANUP_JOB]: () => ({}),
  [FILES_PURGE_JOB]: (job) => ({ storageKey: payloadString(job, "storageKey") }),
  [FILES_SWEEP_JOB]: () => ({}),
  [REPORT_JOB]: (job) => ({ reportId: payloadString(job, "reportId") }),
  [AUTH_SWEEP_JOB]: () => ({}),
  [CALL_RECORDINGS_SWEEP_JOB]: () => ({}),
  [PAYMENT_NOTIFY_JOB]: (job) => ({ body: payloadString(job, "body") }),
  [REFUND_RETRY_JOB]: (job) => ({ refundId: payloadString(job, "refundId") }),
  [RECEIPTS_SWEEP_JOB]: () => ({}),
};

export function parseJobPayload<K extends JobKind>(kind: K, job: Job): JobPayloads[K] {
  return parsers[kind](job);
}

