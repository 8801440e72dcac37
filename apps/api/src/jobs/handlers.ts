import type { Services } from "../services.js";
import {
  ANNOUNCE_JOB,
  AUTH_SWEEP_JOB,
  CALL_RECORDINGS_SWEEP_JOB,
  CHAT_SCHEDULED_JOB,
  FILES_PURGE_JOB,
  FILES_SWEEP_JOB,
  parseJobPayload,
  PAYMENT_NOTIFY_JOB,
  PUSH_CLEANUP_JOB,
  PUSH_JOB,
  PUSH_SEND_JOB,
  RECEIPTS_SWEEP_JOB,
  REFUND_RETRY_JOB,
  REPORT_JOB,
  SLA_CHECK_JOB,
  type JobKind,
  type JobPayloads,
} from "./kinds.js";
import { organizationOf } from "./payload.js";
import type { Job } from "./queue.js";
import type { AbandonedJobHandler, JobContext, JobHandler } from "./runner.js";

type KindHandler<K extends JobKind> = (payload: JobPayloads[K], job: Job, context: JobContext) => Promise<unknown>;

/**
 * The job kinds this API runs, one handler for every kind (the mapped type makes a missing one a
 * type error). Each gets its kind's payload, checked at the read boundary. Every handler is
 * idempotent: a job may run again after a crash.
 */
export function jobHandlers(services: Services): Record<string, JobHandler> {
  const handlers: { [K in JobKind]: KindHandler<K> } = {
    [SLA_CHECK_JOB]: ({ orderId }, job) => services.orderSla.checkSla(organizationOf(job), orderId),
    [CHAT_SCHEDULED_JOB]: ({ scheduledMessageId }, job, context) => services.chat.deliverScheduled(organizationOf(job), scheduledMessageId, context),
    [ANNOUNCE_JOB]: ({ ids }, job) => services.notifications.announceWritten(organizationOf(job), ids),
    [PUSH_JOB]: (_payload, job, context) => services.push.fanOut(organizationOf(job), context),
    [PUSH_SEND_JOB]: ({ deliveryId }, job, context) => services.push.send(organizationOf(job), deliveryId, context, job),
    [PUSH_CLEANUP_JOB]: () => services.push.cleanUp(),
    [FILES_PURGE_JOB]: ({ storageKey }) => services.files.purge(storageKey),
    [REPORT_JOB]: ({ reportId }, job, context) => services.reports.run(job, reportId, context),
    [FILES_SWEEP_JOB]: () => services.files.sweep(),
    [AUTH_SWEEP_JOB]: () => services.auth.sweep(),
    [CALL_RECORDINGS_SWEEP_JOB]: () => services.callRecordings.sweep(),
    [PAYMENT_NOTIFY_JOB]: ({ body }, job) => services.payments.deliverBuiltinNotification(organizationOf(job), body),
    [REFUND_RETRY_JOB]: ({ refundId }, job) => services.refunds.retry(organizationOf(job), refundId),
    [RECEIPTS_SWEEP_JOB]: () => services.receipts.sweep(),
  };
  const run = <K extends JobKind>(kind: K): JobHandler => (job, context) => handlers[kind](parseJobPayload(kind, job), job, context).then(() => undefined);
  return Object.fromEntries((Object.keys(handlers) as JobKind[]).map((kind) => [kind, run(kind)]));
}

/** Kinds whose dead job leaves something waiting: settle it (see JobRunner's onAbandoned). */
export function abandonedJobHandlers(services: Services): Record<string, AbandonedJobHandler> {
  return {
    [REPORT_JOB]: (job, tx) => services.reports.abandoned(job, tx),
  };
}
