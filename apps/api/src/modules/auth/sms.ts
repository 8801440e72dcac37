import type { Logger } from "../../shared/logger.js";

/** Delivers one-time codes to residents. Production plugs an SMS gateway in here. */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

/** Development and tests: writes the message to the log and keeps the last one per phone. */
export class LogSmsSender implements SmsSender {
  readonly outbox = new Map<string, string>();

  constructor(private readonly logger: Logger) {}

  async send(phone: string, text: string): Promise<void> {
    this.outbox.set(phone, text);
    this.logger.info({ phone, sms: text }, "sms (development delivery)");
  }

  /** The last code sent to a phone, for tests. */
  lastCode(phone: string): string | undefined {
    return this.outbox.get(phone)?.match(/\d{6}/)?.[0];
  }
}
