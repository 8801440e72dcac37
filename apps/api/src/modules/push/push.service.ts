import type { Tx } from "@domovoy/db";
import {
  checkPushSubscription,
  notificationLocaleOr,
  PUSH_DELIVERY_RETENTION_DAYS,
  PUSH_ENDPOINT_MAX_LENGTH,
  PUSH_SEND_ATTEMPTS,
  PUSH_SUBSCRIPTION_MESSAGES,
  pushLink,
  pushOutcome,
  retryAfterMs,
} from "@domovoy/domain";
import { ECDH } from "node:crypto";
import type { AppDeps } from "../../deps.js";
import { PUSH_CLEANUP_JOB, PUSH_JOB, PUSH_SEND_JOB } from "../../jobs/kinds.js";
import { enqueueJob, enqueueJobs } from "../../jobs/queue.js";
import { RetryLaterError, type JobContext } from "../../jobs/runner.js";
import { requireAuthenticated, requireEmployee, requireResident } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { badInput } from "../../shared/errors.js";
import type { Logger } from "../../shared/logger.js";
import type { Recipient } from "../notifications/notifications.repository.js";
import { renderNotification, type NotificationData } from "../notifications/render.js";
import { loadWebPush, PrivateEndpointError, PushTransportError, WebPushSender, type PushSender, type VapidKeys } from "./push-sender.js";
import { deleteOldDeliveries, PushRepository, VapidKeysRepository, type PushSubscriptionRow } from "./push.repository.js";

/** Notifications fanned out by one run of the fan-out job. */
const FAN_OUT_BATCH = 200;
/** Deliveries deleted by one statement of the clean-up. */
const CLEANUP_BATCH = 5000;
const DAY_MS = 24 * 3600_000;
/** How often the clean-up runs. */
const CLEANUP_EVERY_MS = DAY_MS;

export type PushSubscriptionInput = { endpoint: string; p256dh: string; auth: string; userAgent?: string | null; locale?: string | null };

/**
 * A retryable failure (5xx, 429, a time-out): the send job fails and the queue retries it at the
 * push service's Retry-After, or with its backoff when the service named no time.
 */
export class PushRetryError extends RetryLaterError {
  constructor(message: string, retryAt?: Date) {
    super(message, retryAt);
    this.name = "PushRetryError";
  }
}

/** Which try of its send job this is: the last one gives the delivery up instead of failing the job. */
export type SendAttempt = { attempts: number; maxAttempts: number };

/**
 * Web Push to the field apps. Devices register their subscription (one row per endpoint); the
 * notification outbox is fanned out to them by a job (one delivery per notification × device,
 * unique), and each delivery is sent by a job of its own that deletes itself, sets `sent_at` and
 * reads the push service's answer in one transaction holding the delivery's row lock: a delivery
 * whose `sent_at` is set is never sent again, whichever instance's runner picks its job up.
 */
export class PushService {
  readonly sender: PushSender;
  private vapidKeys: Promise<VapidKeys> | undefined;
  private readonly log: Logger;

  constructor(private readonly deps: AppDeps) {
    this.sender = deps.push ?? new WebPushSender({ production: deps.config.production });
    this.log = deps.logger.child({ component: "push" });
  }

  private repo(organizationId: string, db: AppDeps["database"]["db"] | Tx = this.deps.database.db) {
    return new PushRepository(db, organizationId);
  }

  /**
   * The VAPID pair: the configured one, or the installation's stored one, made on first use. Two
   * instances making one at once keep whichever was stored first.
   */
  vapid(): Promise<VapidKeys> {
    this.vapidKeys ??= (async () => {
      const { subject, vapid } = this.deps.config.push;
      if (vapid) return { ...vapid, subject };
      const store = new VapidKeysRepository(this.deps.database.db);
      const kept = (await store.get()) ?? (await store.keep((await loadWebPush()).generateVAPIDKeys()));
      return { ...kept, subject };
    })().catch((error: unknown) => {
      this.vapidKeys = undefined;
      throw error;
    });
    return this.vapidKeys;
  }

  async publicKey(viewer: Viewer): Promise<string> {
    requireAuthenticated(viewer);
    return (await this.vapid()).publicKey;
  }

  registerStaff(viewer: Viewer, input: PushSubscriptionInput): Promise<PushSubscriptionRow> {
    const v = requireEmployee(viewer);
    return this.register(v.organizationId, { kind: "EMPLOYEE", employeeId: v.employeeId }, input);
  }

  registerResident(viewer: Viewer, input: PushSubscriptionInput): Promise<PushSubscriptionRow> {
    const v = requireResident(viewer);
    return this.register(v.organizationId, { kind: "RESIDENT", clientId: v.clientId }, input);
  }

  unregisterStaff(viewer: Viewer, endpoint: string): Promise<boolean> {
    const v = requireEmployee(viewer);
    return this.unregister(v.organizationId, { kind: "EMPLOYEE", employeeId: v.employeeId }, endpoint);
  }

  unregisterResident(viewer: Viewer, endpoint: string): Promise<boolean> {
    const v = requireResident(viewer);
    return this.unregister(v.organizationId, { kind: "RESIDENT", clientId: v.clientId }, endpoint);
  }

  private async register(organizationId: string, owner: Recipient, input: PushSubscriptionInput): Promise<PushSubscriptionRow> {
    const refusal = checkPushSubscription(input, { production: this.deps.config.production });
    if (refusal) throw badInput(PUSH_SUBSCRIPTION_MESSAGES[refusal.reason], `input.${refusal.field}`, refusal.reason);
    if (!isCurvePoint(input.p256dh)) throw badInput(PUSH_SUBSCRIPTION_MESSAGES.KEY_INVALID, "input.p256dh", "KEY_INVALID");
    // The app's locale when it registers (checked above; absent: Russian, the default of both apps).
    const locale = notificationLocaleOr(input.locale);
    const userAgent = input.userAgent?.trim() || null;
    return this.deps.database.db.transaction(async (tx) => {
      const repo = this.repo(organizationId, tx);
      const row = await repo.upsert(owner, { endpoint: input.endpoint, p256dh: input.p256dh, auth: input.auth, userAgent, locale }, this.deps.clock.now());
      await repo.trim(owner);
      return row;
    });
  }

  private async unregister(organizationId: string, owner: Recipient, endpoint: string): Promise<boolean> {
    if (endpoint.length > PUSH_ENDPOINT_MAX_LENGTH) throw badInput(PUSH_SUBSCRIPTION_MESSAGES.ENDPOINT_TOO_LONG, "endpoint", "ENDPOINT_TOO_LONG");
    return this.repo(organizationId).remove(owner, endpoint);
  }

  /** Enqueues (in the caller's transaction) the fan-out of an organization's new notifications; one pending per organization. */
  async schedule(tx: Tx, organizationId: string): Promise<void> {
    await enqueueJob(tx, { kind: PUSH_JOB, organizationId, payload: {}, runAt: this.deps.clock.now(), dedupeKey: `${PUSH_JOB}:${organizationId}` });
  }

  /**
   * Job: a delivery per undelivered notification and current device of its recipient, a send job
   * per new delivery, and `delivered_at` on the notifications, all in the job's own transaction
   * (locking the notifications, skipping any another runner holds): repeated, it finds them
   * delivered; a pair written once is never written again.
   */
  async fanOut(organizationId: string, context: JobContext): Promise<void> {
    await this.deps.database.db.transaction(async (tx) => {
      await context.complete(tx);
      const repo = this.repo(organizationId, tx);
      const now = this.deps.clock.now();
      const ids = (await repo.undelivered(FAN_OUT_BATCH)).map((n) => n.id);
      const deliveries = await repo.fanOut(ids);
      await repo.markFannedOut(ids, now);
      await enqueueJobs(
        tx,
        deliveries.map((deliveryId) => ({ kind: PUSH_SEND_JOB, organizationId, payload: { deliveryId }, runAt: now, dedupeKey: `${PUSH_SEND_JOB}:${deliveryId}`, maxAttempts: PUSH_SEND_ATTEMPTS })),
      );
      if (ids.length === FAN_OUT_BATCH) await this.schedule(tx, organizationId);
    });
  }

  /**
   * Job: sends one delivery. The job's removal, the delivery's row lock and its `sent_at` share
   * one transaction, so of two runners (or a re-run after a crash before the commit) only one sends
   * and marks it; the notification id is the push's Topic and the notification's tag on the device,
   * so even a message repeated after a crash between the push service's answer and the commit
   * replaces the first instead of showing twice. 404/410 delete the subscription; 5xx, 429 and
   * time-outs throw, rolling back, and the queue retries at the service's Retry-After (kept within
   * an hour) or with its backoff; the last of PUSH_SEND_ATTEMPTS tries gives the delivery up instead,
   * recording why, as other refusals are recorded at once.
   */
  async send(organizationId: string, deliveryId: string, context: JobContext, attempt: SendAttempt): Promise<void> {
    let failedSubscription: string | undefined;
    // Read before the transaction: a pool connection asked for while holding one could wait forever
    // when every connection is held by a send waiting on this delivery's lock.
    const vapid = await this.vapid();
    try {
      await this.deps.database.db.transaction(async (tx) => {
        await context.complete(tx);
        const repo = this.repo(organizationId, tx);
        const delivery = await repo.deliveryToSend(deliveryId);
        if (!delivery || delivery.sentAt || delivery.droppedReason) return;
        const data = delivery.data as NotificationData;
        // In the language the device registered with (the app's locale then).
        const { title, body } = renderNotification(delivery.kind, delivery.recipientKind, data, notificationLocaleOr(delivery.locale));
        const payload = JSON.stringify({ title, body, url: pushLink(delivery.recipientKind, data.number), tag: delivery.notificationId, kind: delivery.kind });
        const { timeoutMs, ttlSeconds } = this.deps.config.push;
        let answer: number | "TIMEOUT" | "NETWORK";
        let retryAfter: string | null = null;
        try {
          ({ status: answer, retryAfter } = await this.sender.send(
            delivery,
            { payload, topic: delivery.notificationId.replaceAll("-", ""), ttlSeconds, timeoutMs, signal: context.signal },
            vapid,
          ));
        } catch (error) {
          if (error instanceof PrivateEndpointError) {
            await repo.markDropped(delivery.id, error.message);
            await repo.subscriptionFailed(delivery.subscriptionId, this.deps.clock.now());
            return;
          }
          if (!(error instanceof PushTransportError)) throw error;
          answer = error.kind;
        }
        const now = this.deps.clock.now();
        const said = typeof answer === "number" ? `push service answered ${answer}` : `push service: ${answer}`;
        switch (pushOutcome(answer)) {
          case "SENT":
            await repo.markSent(delivery.id, delivery.subscriptionId, now);
            return;
          case "GONE":
            await repo.deleteSubscription(delivery.subscriptionId);
            this.log.info({ subscriptionId: delivery.subscriptionId, status: answer }, "push subscription gone; deleted");
            return;
          case "DROP":
            await repo.markDropped(delivery.id, said);
            await repo.subscriptionFailed(delivery.subscriptionId, now);
            this.log.warn({ deliveryId, subscriptionId: delivery.subscriptionId, status: answer }, "push refused; not retried");
            return;
          case "RETRY": {
            if (attempt.attempts >= attempt.maxAttempts) {
              // The last try: the delivery is given up and says why, and the job goes (no dead job).
              await repo.markDropped(delivery.id, `gave up after ${attempt.attempts} attempts: ${said}`);
              await repo.subscriptionFailed(delivery.subscriptionId, now);
              this.log.warn({ deliveryId, subscriptionId: delivery.subscriptionId, status: answer, attempts: attempt.attempts }, "push given up after the last retry");
              return;
            }
            failedSubscription = delivery.subscriptionId;
            const waitMs = retryAfterMs(retryAfter, now);
            throw new PushRetryError(waitMs === null ? said : `${said}, retry after ${retryAfter}`, waitMs === null ? undefined : new Date(now.getTime() + waitMs));
          }
        }
      });
    } catch (error) {
      // The rollback undid nothing worth keeping but the count: record it outside, then let the queue retry.
      if (failedSubscription) await this.repo(organizationId).subscriptionFailed(failedSubscription, this.deps.clock.now());
      throw error;
    }
  }

  /**
   * Job: deletes deliveries older than PUSH_DELIVERY_RETENTION_DAYS (sent, dropped or given up: a
   * delivery is settled within hours, its retries being bounded), in batches, then schedules its
   * next run. Returns how many went.
   */
  async cleanUp(): Promise<number> {
    const cutoff = new Date(this.deps.clock.now().getTime() - PUSH_DELIVERY_RETENTION_DAYS * DAY_MS);
    let removed = 0;
    for (;;) {
      const batch = await deleteOldDeliveries(this.deps.database.db, cutoff, CLEANUP_BATCH);
      removed += batch;
      if (batch < CLEANUP_BATCH) break;
    }
    if (removed > 0) this.log.info({ removed, cutoff }, "old push deliveries deleted");
    await this.scheduleCleanUp(CLEANUP_EVERY_MS);
    return removed;
  }

  /** One pending clean-up at a time (dedupe key); called on startup and by each clean-up. */
  async scheduleCleanUp(delayMs = 60_000): Promise<void> {
    await enqueueJob(this.deps.database.db, { kind: PUSH_CLEANUP_JOB, payload: {}, runAt: new Date(this.deps.clock.now().getTime() + delayMs), dedupeKey: PUSH_CLEANUP_JOB });
  }
}

/** Whether a base64url string is a point on P-256 (a key that size-checks but is no point would fail every send). */
function isCurvePoint(p256dh: string): boolean {
  try {
    ECDH.convertKey(Buffer.from(p256dh, "base64url"), "prime256v1", undefined, undefined, "uncompressed");
    return true;
  } catch {
    return false;
  }
}
