import type { Tx } from "@domovoy/db";
import { checkPushSubscription, PUSH_ENDPOINT_MAX_LENGTH, PUSH_SUBSCRIPTION_MESSAGES, pushLink, pushOutcome } from "@domovoy/domain";
import { ECDH } from "node:crypto";
import webpush from "web-push";
import type { AppDeps } from "../../deps.js";
import { PUSH_JOB, PUSH_SEND_JOB } from "../../jobs/kinds.js";
import { enqueueJob, enqueueJobs } from "../../jobs/queue.js";
import type { JobContext } from "../../jobs/runner.js";
import { requireAuthenticated, requireEmployee, requireResident } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { badInput } from "../../shared/errors.js";
import type { Logger } from "../../shared/logger.js";
import type { Recipient } from "../notifications/notifications.repository.js";
import { renderNotification, type NotificationData } from "../notifications/render.js";
import { PrivateEndpointError, PushTransportError, WebPushSender, type PushSender, type VapidKeys } from "./push-sender.js";
import { PushRepository, VapidKeysRepository, type PushSubscriptionRow } from "./push.repository.js";

/** Notifications fanned out by one run of the fan-out job. */
const FAN_OUT_BATCH = 200;
/** Tries of one delivery (2 s, 4 s, … between them: the job queue's backoff) before it is left dead. */
const SEND_ATTEMPTS = 8;

export type PushSubscriptionInput = { endpoint: string; p256dh: string; auth: string; userAgent?: string | null };

/** A retryable failure (5xx, 429, a time-out): the send job fails and the queue retries it with backoff. */
export class PushRetryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PushRetryError";
  }
}

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
      const kept = (await store.get()) ?? (await store.keep(webpush.generateVAPIDKeys()));
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
    const userAgent = input.userAgent?.trim() || null;
    return this.deps.database.db.transaction(async (tx) => {
      const repo = this.repo(organizationId, tx);
      const row = await repo.upsert(owner, { endpoint: input.endpoint, p256dh: input.p256dh, auth: input.auth, userAgent }, this.deps.clock.now());
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
        deliveries.map((deliveryId) => ({ kind: PUSH_SEND_JOB, organizationId, payload: { deliveryId }, runAt: now, dedupeKey: `${PUSH_SEND_JOB}:${deliveryId}`, maxAttempts: SEND_ATTEMPTS })),
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
   * time-outs throw, rolling back, and the queue retries with backoff; other refusals are recorded.
   */
  async send(organizationId: string, deliveryId: string, context: JobContext): Promise<void> {
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
        const { title, body } = renderNotification(delivery.kind, delivery.recipientKind, data);
        const payload = JSON.stringify({ title, body, url: pushLink(delivery.recipientKind, data.number), tag: delivery.notificationId, kind: delivery.kind });
        const { timeoutMs, ttlSeconds } = this.deps.config.push;
        let answer: number | "TIMEOUT" | "NETWORK";
        try {
          answer = await this.sender.send(delivery, { payload, topic: delivery.notificationId.replaceAll("-", ""), ttlSeconds, timeoutMs, signal: context.signal }, vapid);
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
        switch (pushOutcome(answer)) {
          case "SENT":
            await repo.markSent(delivery.id, delivery.subscriptionId, now);
            return;
          case "GONE":
            await repo.deleteSubscription(delivery.subscriptionId);
            this.log.info({ subscriptionId: delivery.subscriptionId, status: answer }, "push subscription gone; deleted");
            return;
          case "DROP":
            await repo.markDropped(delivery.id, `push service answered ${answer}`);
            await repo.subscriptionFailed(delivery.subscriptionId, now);
            this.log.warn({ deliveryId, subscriptionId: delivery.subscriptionId, status: answer }, "push refused; not retried");
            return;
          case "RETRY":
            failedSubscription = delivery.subscriptionId;
            throw new PushRetryError(typeof answer === "number" ? `push service answered ${answer}` : `push service: ${answer}`);
        }
      });
    } catch (error) {
      // The rollback undid nothing worth keeping but the count: record it outside, then let the queue retry.
      if (failedSubscription) await this.repo(organizationId).subscriptionFailed(failedSubscription, this.deps.clock.now());
      throw error;
    }
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
