import type { SmsConfig } from "../../config.js";
import type { Logger } from "../../shared/logger.js";

/** Delivers residents' one-time codes. Production uses a provider's HTTP API (SMS_PROVIDER). */
export interface SmsGateway {
  /** For the start line of the log: which gateway, never its credentials. */
  readonly name: string;
  send(phone: string, text: string): Promise<void>;
}

/** A gateway refused or failed; the message names the provider's answer, never the text sent. */
export class SmsGatewayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SmsGatewayError";
  }
}

const TIMEOUT_MS = 10_000;

/**
 * Development and tests: keeps every message (tests read the codes from it); writes the text to
 * the log only when `logText` (development), so a code never reaches a production log.
 */
export class LogSmsSender implements SmsGateway {
  readonly name = "log";
  readonly outbox = new Map<string, string>();
  readonly sent: { phone: string; text: string }[] = [];

  constructor(
    private readonly logger: Logger,
    private readonly options: { logText?: boolean } = {},
  ) {}

  async send(phone: string, text: string): Promise<void> {
    this.outbox.set(phone, text);
    this.sent.push({ phone, text });
    if (this.options.logText) this.logger.info({ phone, sms: text }, "sms (development delivery)");
  }

  /** The last code sent to a phone, for tests. */
  lastCode(phone: string): string | undefined {
    return this.outbox.get(phone)?.match(/\d{6}/)?.[0];
  }

  /** How many messages went to a phone, for tests. */
  countTo(phone: string): number {
    return this.sent.filter((m) => m.phone === phone).length;
  }
}

async function postForm(url: string, form: Record<string, string>, provider: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: new URLSearchParams(form), signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new SmsGatewayError(`${provider} unreachable: ${(error as Error).name}`);
  }
  if (!response.ok) throw new SmsGatewayError(`${provider} answered HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new SmsGatewayError(`${provider} answered something other than JSON`);
  }
}

/** SMS.ru's HTTP API: POST /sms/send with api_id, to, msg, from; json=1 answers status and status_code. */
export class SmsRuGateway implements SmsGateway {
  readonly name = "smsru";

  constructor(private readonly config: Pick<SmsConfig, "apiKey" | "sender" | "apiUrl">) {}

  async send(phone: string, text: string): Promise<void> {
    const to = phone.replace(/^\+/, "");
    const form: Record<string, string> = { api_id: this.config.apiKey ?? "", to, msg: text, json: "1" };
    if (this.config.sender) form.from = this.config.sender;
    const answer = (await postForm(this.config.apiUrl ?? "https://sms.ru/sms/send", form, "SMS.ru")) as {
      status?: string;
      status_code?: number;
      status_text?: string;
      sms?: Record<string, { status?: string; status_code?: number; status_text?: string }>;
    };
    if (answer.status !== "OK") throw new SmsGatewayError(`SMS.ru refused the request: ${answer.status_code ?? "?"} ${answer.status_text ?? ""}`.trim());
    const message = answer.sms?.[to];
    if (message && message.status !== "OK") throw new SmsGatewayError(`SMS.ru refused the message: ${message.status_code ?? "?"} ${message.status_text ?? ""}`.trim());
  }
}

/** SMSC's HTTP API: POST /sys/send.php with login+psw (or apikey), phones, mes, sender; fmt=3 answers JSON. */
export class SmscGateway implements SmsGateway {
  readonly name = "smsc";

  constructor(private readonly config: Pick<SmsConfig, "apiKey" | "login" | "password" | "sender" | "apiUrl">) {}

  async send(phone: string, text: string): Promise<void> {
    const credentials: Record<string, string> = this.config.apiKey
      ? { apikey: this.config.apiKey }
      : { login: this.config.login ?? "", psw: this.config.password ?? "" };
    const form: Record<string, string> = { ...credentials, phones: phone, mes: text, fmt: "3", charset: "utf-8" };
    if (this.config.sender) form.sender = this.config.sender;
    const answer = (await postForm(this.config.apiUrl ?? "https://smsc.ru/sys/send.php", form, "SMSC")) as { id?: number; cnt?: number; error?: string; error_code?: number };
    if (answer.error !== undefined || answer.error_code !== undefined) {
      throw new SmsGatewayError(`SMSC refused the message: ${answer.error_code ?? "?"} ${answer.error ?? ""}`.trim());
    }
    if (answer.id === undefined) throw new SmsGatewayError("SMSC answered without a message id");
  }
}

/**
 * The gateway the environment configures: a provider when SMS_PROVIDER is set; else the log in
 * development (codes readable there), and none at all otherwise: a production server without a
 * gateway refuses resident code requests (SMS_UNAVAILABLE) and says so at start.
 */
export function smsGatewayFromConfig(config: { sms?: SmsConfig; development: boolean }, logger: Logger): SmsGateway | null {
  if (config.sms?.provider === "smsru") return new SmsRuGateway(config.sms);
  if (config.sms?.provider === "smsc") return new SmscGateway(config.sms);
  if (config.development) return new LogSmsSender(logger, { logText: true });
  return null;
}
