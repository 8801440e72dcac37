import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/shared/logger.js";
import { newEmployee } from "./support/factories.js";
import { postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from "./support/harness.js";

/**
 * Guessing is throttled: staff passwords per account and per client address (counted in
 * PostgreSQL here, in Redis when configured: scale-out.test.ts), resident codes per phone and per
 * address, and the code request answers alike for every phone. Each test speaks from its own
 * client address (X-Forwarded-For, believed from the loopback proxy), so tests do not share counters.
 */

const lines: Record<string, any>[] = [];
const logger = createLogger(
  "debug",
  new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  }),
);

let t: TestServer;
/** An instance with the production limits for resident codes, whose log this file reads. */
let url: string;
beforeAll(async () => {
  t = await startTestServer();
  url = (await t.startInstance({ codePhonesPerAddressPerHour: 10 }, { logger })).url;
});
afterAll(() => t?.close());

let addressSerial = 0;
/** A client address of its own (TEST-NET-3). */
const newAddress = () => `203.0.113.${++addressSerial}`;

const LOGIN = `mutation ($email: String!, $password: String!) { authLogin(email: $email, password: $password) { token } }`;
const login = (email: string, password: string, address: string) => postGraphQL<{ authLogin: { token: string } }>(url, LOGIN, { email, password }, { headers: { "x-forwarded-for": address } });
const outcome = (r: GraphQLResponse) => (r.data ? "OK" : (r.errors?.[0]?.extensions?.reason ?? r.errors?.[0]?.extensions?.code));

describe("staff sign-in throttling", () => {
  it("40 wrong passwords, then the right one: refused with TOO_MANY_REQUESTS and a retry-after, and logged", async () => {
    const employee = await newEmployee(t);
    const outcomes: unknown[] = [];
    // A new address every 5 guesses: the account's own limit is what stops them.
    for (let i = 0; i < 40; i++) outcomes.push(outcome(await login(employee.email, `wrong-${i}`, `198.51.100.${Math.floor(i / 5) + 1}`)));
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("INVALID_CREDENTIALS"));
    expect(outcomes.slice(10)).toEqual(Array(30).fill("LOGIN_THROTTLED"));
    const right = await login(employee.email, "domovoy-test", newAddress());
    expect(right.data).toBeNull();
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "LOGIN_THROTTLED" });
    const retryAfter = right.errors![0]!.extensions!.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(right.errors![0]!.message).toBe("Слишком много попыток, повторите через 15 мин");
    // One warning when the block starts, naming the account; the code is never INTERNAL_SERVER_ERROR.
    const warnings = lines.filter((l) => l.msg === "staff sign-in throttled" && l.level === 40 && l.account === employee.email);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ scope: "account" });
  });

  it("a success resets the account's count: 9 wrong, right, 9 wrong, right", async () => {
    const employee = await newEmployee(t);
    const address = newAddress();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect(outcome(await login(employee.email, "wrong", address))).toBe("INVALID_CREDENTIALS");
      expect(outcome(await login(employee.email, "domovoy-test", address))).toBe("OK");
    }
  });

  it("counts parallel guesses: 25 at once, exactly 10 checked; the right password afterwards is refused", async () => {
    const employee = await newEmployee(t);
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => login(employee.email, `guess-${i}`, newAddress())));
    const counts = results.map(outcome).reduce<Record<string, number>>((acc, o) => ({ ...acc, [String(o)]: (acc[String(o)] ?? 0) + 1 }), {});
    expect(counts).toEqual({ INVALID_CREDENTIALS: 10, LOGIN_THROTTLED: 15 });
    expect(outcome(await login(employee.email, "domovoy-test", newAddress()))).toBe("LOGIN_THROTTLED");
  });

  it("30 failures per client address an hour, whatever the accounts; other addresses unaffected", async () => {
    const address = newAddress();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => login(`nobody-${i}@domovoy.example`, "guess", address)));
    const counts = results.map(outcome).reduce<Record<string, number>>((acc, o) => ({ ...acc, [String(o)]: (acc[String(o)] ?? 0) + 1 }), {});
    expect(counts).toEqual({ INVALID_CREDENTIALS: 30, LOGIN_THROTTLED: 10 });
    const fromThere = await login("dispatcher@domovoy.example", "domovoy", address);
    expect(fromThere.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "LOGIN_THROTTLED" });
    expect(fromThere.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(59 * 60);
    expect(outcome(await login("dispatcher@domovoy.example", "domovoy", newAddress()))).toBe("OK");
    // The attempts refused for the address did not count against the dispatcher's account.
    const other = newAddress();
    for (let i = 0; i < 9; i++) expect(outcome(await login("dispatcher@domovoy.example", "wrong", other))).toBe("INVALID_CREDENTIALS");
    expect(outcome(await login("dispatcher@domovoy.example", "domovoy", other))).toBe("OK");
  });

  it("successful sign-ins are not counted: 50 from one address in a row all succeed", async () => {
    const address = newAddress();
    for (let i = 0; i < 50; i++) expect(outcome(await login("dispatcher2@domovoy.example", "domovoy", address))).toBe("OK");
  });
});

const CODE_REQUEST = `mutation ($phone: String!) { residentCodeRequest(phone: $phone) { phone resendAfter } }`;
const requestCode = (phone: string, address: string) =>
  postGraphQL<{ residentCodeRequest: { phone: string; resendAfter: string } }>(url, CODE_REQUEST, { phone }, { headers: { "x-forwarded-for": address } });

describe("resident sign-in codes", () => {
  it("10 concurrent requests for one phone send exactly one SMS", async () => {
    const phone = "+79160000001";
    const before = t.sms.countTo(phone);
    const results = await Promise.all(Array.from({ length: 10 }, () => requestCode(phone, newAddress())));
    expect(results.map(outcome).sort()).toEqual([...Array(9).fill("CODE_RESEND_TOO_SOON"), "OK"]);
    // The SMS goes out after the answer; give it a moment.
    await new Promise((r) => setTimeout(r, 200));
    expect(t.sms.countTo(phone) - before).toBe(1);
    t.clock.advance(61_000);
  });

  it("answers the same for a registered and an unknown phone, the first time and the second", async () => {
    const address = newAddress();
    const [registered, unknown] = ["+79160000002", "+79995550101"];
    const sentBefore = t.sms.countTo(registered);
    const first = [await requestCode(registered, address), await requestCode(unknown, address)];
    for (const [r, phone] of [[first[0]!, registered], [first[1]!, unknown]] as const) {
      expect(r.errors).toBeUndefined();
      expect(Object.keys(r.data!.residentCodeRequest).sort()).toEqual(["phone", "resendAfter"]);
      expect(r.data!.residentCodeRequest.phone).toBe(phone);
    }
    const second = [await requestCode(registered, address), await requestCode(unknown, address)];
    const shape = (r: GraphQLResponse) => ({ ...r.errors?.[0], extensions: { ...r.errors?.[0]?.extensions, retryAfterSeconds: typeof r.errors?.[0]?.extensions?.retryAfterSeconds } });
    expect(shape(second[0]!)).toEqual(shape(second[1]!));
    expect(second[0]!.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "CODE_RESEND_TOO_SOON" });
    await new Promise((r) => setTimeout(r, 200));
    expect(t.sms.countTo(registered) - sentBefore).toBe(1);
    expect(t.sms.countTo(unknown)).toBe(0);
    t.clock.advance(61_000);
  });

  it("the answer does not wait for the SMS gateway (a slow provider does not tell registered phones apart)", async () => {
    let delivered = 0;
    const slow = { name: "slow", send: () => new Promise<void>((resolve) => setTimeout(() => (delivered++, resolve()), 1500)) };
    const instance = await t.startInstance({}, { sms: slow });
    const started = Date.now();
    const result = await postGraphQL(instance.url, CODE_REQUEST, { phone: "+79160000004" }, { headers: { "x-forwarded-for": newAddress() } });
    expect(result.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 1700));
    expect(delivered).toBe(1);
    t.clock.advance(61_000);
  });

  it("one client address gets codes for at most 10 phones an hour, counted in the database under concurrency", async () => {
    const address = newAddress();
    const phones = Array.from({ length: 20 }, (_, i) => `+7999444${String(i).padStart(4, "0")}`);
    const results = await Promise.all(phones.map((phone) => requestCode(phone, address)));
    const outcomes = results.map(outcome);
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(10);
    expect(outcomes.filter((o) => o === "CODE_ADDRESS_LIMIT")).toHaveLength(10);
    const refused = results.find((r) => outcome(r) === "CODE_ADDRESS_LIMIT")!;
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(refused.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(59 * 60);
    // A phone it already asked for is not a new phone; another address is not limited by this one.
    t.clock.advance(61_000);
    const asked = phones[outcomes.indexOf("OK")]!;
    expect(outcome(await requestCode(asked, address))).toBe("OK");
    expect(outcome(await requestCode(phones[outcomes.indexOf("CODE_ADDRESS_LIMIT")]!, newAddress()))).toBe("OK");
    // An hour later the address may ask again.
    t.clock.advance(3600_000);
    expect(outcome(await requestCode("+79994449999", address))).toBe("OK");
  });
});
