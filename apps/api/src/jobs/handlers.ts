import { AUTH_SWEEP_JOB } from "../modules/auth/auth.service.js";
import { FILES_PURGE_JOB, FILES_SWEEP_JOB } from "../modules/files/files.service.js";
import { ANNOUNCE_JOB, PUSH_JOB } from "../modules/notifications/notifications.service.js";
import { CHAT_SCHEDULED_JOB } from "../modules/chat/chat.service.js";
import { SLA_JOB } from "../modules/orders/order-sla.service.js";
import { REPORT_JOB } from "../modules/reports/reports.service.js";
import type { Services } from "../services.js";
import { organizationOf, payloadIds, payloadString } from "./payload.js";
import type { AbandonedJobHandler, JobHandler } from "./runner.js";

/** The job kinds this API runs. Every handler is idempotent: a job may run again after a crash. */
export function jobHandlers(services: Services): Record<string, JobHandler> {
  return {
    [SLA_JOB]: (job) => services.orderSla.checkSla(organizationOf(job), payloadString(job, "orderId")),
    [CHAT_SCHEDULED_JOB]: (job, context) => services.chat.deliverScheduled(job, context),
    [ANNOUNCE_JOB]: (job) => services.notifications.announceWritten(organizationOf(job), payloadIds(job)),
    [PUSH_JOB]: (job, context) => services.notifications.deliverPush(organizationOf(job), context),
    [FILES_PURGE_JOB]: (job) => services.files.purge(payloadString(job, "storageKey")),
    [REPORT_JOB]: (job, context) => services.reports.run(job, context),
    [FILES_SWEEP_JOB]: async () => {
      await services.files.sweep();
    },
    [AUTH_SWEEP_JOB]: () => services.auth.sweep(),
  };
}

/** Kinds whose dead job leaves something waiting: settle it (see JobRunner's onAbandoned). */
export function abandonedJobHandlers(services: Services): Record<string, AbandonedJobHandler> {
  return {
    [REPORT_JOB]: (job, tx) => services.reports.abandoned(job, tx),
  };
}
