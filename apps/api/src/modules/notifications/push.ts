import type { Logger } from "../../shared/logger.js";

/** One resident notification handed to a push service. `id` is stable: use it as the provider's idempotency/collapse key. */
export type PushMessage = {
  id: string;
  organizationId: string;
  clientId: string;
  kind: string;
  orderId: string | null;
  orderNumber: number | null;
  title: string;
  body: string;
  createdAt: Date;
};

/**
 * Delivers residents' notifications to their devices. Production plugs a real push service (FCM,
 * APNs, RuStore…) in here; the outbox (`notifications` rows of residents) is the contract.
 * `send` throwing leaves the notification undelivered, and the job retries it later.
 */
export interface PushSender {
  send(message: PushMessage): Promise<void>;
}

/** Development and tests: writes each push to the log and keeps them in memory. */
export class LogPushSender implements PushSender {
  readonly sent: PushMessage[] = [];

  constructor(private readonly logger: Logger) {}

  async send(message: PushMessage): Promise<void> {
    this.sent.push(message);
    this.logger.info({ push: { id: message.id, clientId: message.clientId, title: message.title, body: message.body } }, "push (development delivery)");
  }
}
