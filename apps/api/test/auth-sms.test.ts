import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SmscGateway, SmsGatewayError, smsGatewayFromConfig, SmsRuGateway, LogSmsSender } from "../src/modules/auth/sms.js";
import { createLogger } from "../src/shared/logger.js";
import { postGraphQL, startTestServer, type TestServer } from "./support/harness.js";

/**
 * Residents' codes go through an SMS provider's HTTP API in production and never into a log. The
 * adapters are tested against a fake provider started here (real HTTP, the providers' answer shapes).
 */

type Received = { path: string; form: Record<string, string> };
/** A provider endpoint: records each form it gets and answers what `answer` says. */
class FakeProvider {
  readonly received: Received[] = [];
  answer: (form: Record<string, string>) => { status: number; body: unknown } = () => ({ status: 200, body: {} });
  private server?: Server;
  url = "";

  async start(): Promise<void> {
    this.server = createServer(async (req: IncomingMessage, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      const form = Object.fromEntries(new URLSearchParams(body));
      this.received.push({ path: req.url ?? "", form });
      const { status, body: answer } = this.answer(form);
      res.writeHead(status, { "content-type": "application/json" }).end(typeof answer === "string" ? answer : JSON.stringify(answer));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

const provider = new FakeProvider();
beforeAll(() => provider.start());
afterAll(() => provider.close());
beforeEach(() => {
  provider.received.length = 0;
});

const TEXT = "Домовой: код для входа 123456. Никому его не сообщайте.";

describe("SMS.ru adapter", () => {
  const gateway = () => new SmsRuGateway({ apiKey: "ru-key", sender: "Domovoy", apiUrl: `${provider.url}/sms/send` });

  it("posts api_id, to (digits only), msg, from and json=1, and accepts an OK answer", async () => {
    provider.answer = (form) => ({ status: 200, body: { status: "OK", status_code: 100, sms: { [form.to!]: { status: "OK", status_code: 100, sms_id: "000-1" } }, balance: 10 } });
    await gateway().send("+79160000001", TEXT);
    expect(provider.received).toEqual([{ path: "/sms/send", form: { api_id: "ru-key", to: "79160000001", msg: TEXT, json: "1", from: "Domovoy" } }]);
  });

  it.each([
    ["a refused request", { status: 200, body: { status: "ERROR", status_code: 200, status_text: "Неправильный api_id" } }, /SMS\.ru refused the request: 200/],
    ["a refused message", { status: 200, body: { status: "OK", status_code: 100, sms: { "79160000001": { status: "ERROR", status_code: 207, status_text: "На этот номер нельзя отправлять сообщения" } } } }, /SMS\.ru refused the message: 207/],
    ["an HTTP error", { status: 502, body: "Bad gateway" }, /SMS\.ru answered HTTP 502/],
    ["a non-JSON answer", { status: 200, body: "100\n000-1" }, /other than JSON/],
  ])("fails on %s, without the text in the error", async (_case, answer, message) => {
    provider.answer = () => answer;
    const error = await gateway().send("+79160000001", TEXT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsGatewayError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("123456");
  });
});

describe("SMSC adapter", () => {
  it("posts login, psw, phones, mes, sender, fmt=3 and utf-8, and accepts an answer with an id", async () => {
    provider.answer = () => ({ status: 200, body: { id: 42, cnt: 1 } });
    await new SmscGateway({ login: "domovoy", password: "secret", sender: "Domovoy", apiUrl: `${provider.url}/sys/send.php` }).send("+79160000001", TEXT);
    expect(provider.received).toEqual([
      { path: "/sys/send.php", form: { login: "domovoy", psw: "secret", phones: "+79160000001", mes: TEXT, fmt: "3", charset: "utf-8", sender: "Domovoy" } },
    ]);
  });

  it("uses an API key instead of login and password when given", async () => {
    provider.answer = () => ({ status: 200, body: { id: 43, cnt: 1 } });
    await new SmscGateway({ apiKey: "smsc-key", apiUrl: `${provider.url}/sys/send.php` }).send("+79160000001", TEXT);
    expect(provider.received[0]!.form).toMatchObject({ apikey: "smsc-key" });
    expect(provider.received[0]!.form.login).toBeUndefined();
  });

  it("fails on an error answer, without the text in the error", async () => {
    provider.answer = () => ({ status: 200, body: { error: "authorise error", error_code: 2 } });
    const error = await new SmscGateway({ login: "x", password: "y", apiUrl: `${provider.url}/sys/send.php` }).send("+79160000001", TEXT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsGatewayError);
    expect((error as Error).message).toBe("SMSC refused the message: 2 authorise error");
  });
});

describe("the gateway the environment configures", () => {
  const logger = createLogger("silent");
  it("a provider when SMS_PROVIDER is set, the log in development, none otherwise", () => {
    expect(smsGatewayFromConfig({ sms: { provider: "smsru", apiKey: "k" }, development: false }, logger)).toBeInstanceOf(SmsRuGateway);
    expect(smsGatewayFromConfig({ sms: { provider: "smsc", apiKey: "k" }, development: true }, logger)).toBeInstanceOf(SmscGateway);
    expect(smsGatewayFromConfig({ development: true }, logger)).toBeInstanceOf(LogSmsSender);
    expect(smsGatewayFromConfig({ development: false }, logger)).toBeNull();
  });
});

describe("production", () => {
  let t: TestServer;
  const lines: string[] = [];
  const logger = createLogger(
    "trace",
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    }),
  );
  const production = { production: true, development: false, introspection: false };
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());

  it("sends the code through the configured provider; no log line holds it, at any level", async () => {
    provider.answer = (form) => ({ status: 200, body: { status: "OK", status_code: 100, sms: { [form.to!]: { status: "OK", status_code: 100 } } } });
    const sms = { provider: "smsru" as const, apiKey: "ru-key", apiUrl: `${provider.url}/sms/send` };
    const instance = await t.startInstance({ ...production, sms }, { sms: smsGatewayFromConfig({ ...production, sms }, logger), logger });
    const phone = "+79160000001";
    const requested = await postGraphQL(instance.url, `mutation { residentCodeRequest(phone: "${phone}") { phone } }`);
    expect(requested.errors).toBeUndefined();
    await expect.poll(() => provider.received.length).toBe(1);
    const code = provider.received[0]!.form.msg!.match(/\d{6}/)![0];
    const signedIn = await postGraphQL<{ residentLogin: { token: string } }>(instance.url, `mutation ($code: String!) { residentLogin(phone: "${phone}", code: $code) { token } }`, { code });
    expect(signedIn.data?.residentLogin.token).toMatch(/^dms_/);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(code);
    t.clock.advance(61_000);
  });

  it("a provider's failure is logged without the code", async () => {
    provider.answer = () => ({ status: 200, body: { status: "ERROR", status_code: 201, status_text: "Не хватает средств на лицевом счету" } });
    const sms = { provider: "smsru" as const, apiKey: "ru-key", apiUrl: `${provider.url}/sms/send` };
    const instance = await t.startInstance({ ...production, sms }, { sms: smsGatewayFromConfig({ ...production, sms }, logger), logger });
    lines.length = 0;
    const requested = await postGraphQL(instance.url, `mutation { residentCodeRequest(phone: "+79160000002") { phone } }`);
    expect(requested.errors).toBeUndefined();
    await expect.poll(() => lines.some((l) => l.includes("the SMS gateway failed"))).toBe(true);
    const code = provider.received[0]!.form.msg!.match(/\d{6}/)![0];
    expect(lines.join("\n")).not.toContain(code);
    expect(lines.join("\n")).toContain("SMS.ru refused the request: 201");
    t.clock.advance(61_000);
  });

  it("without a gateway: one warning at start, and code requests answer SERVICE_UNAVAILABLE SMS_UNAVAILABLE", async () => {
    lines.length = 0;
    const instance = await t.startInstance(production, { sms: null, logger });
    const warnings = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 40 && /SMS/.test(l.msg));
    expect(warnings.map((w) => w.msg)).toEqual(["no SMS gateway configured (SMS_PROVIDER): residents cannot request sign-in codes"]);
    const result = await postGraphQL(instance.url, `mutation { residentCodeRequest(phone: "+79160000004") { phone } }`);
    expect(result.errors?.[0]?.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", reason: "SMS_UNAVAILABLE" });
    expect(result.errors?.[0]?.message).toBe("Вход по коду из SMS недоступен: SMS-шлюз не настроен");
  });
});
