import { describe, expect, it } from "vitest";
import { isPushed, PUSH_RETRY_AFTER_MAX_MS, pushLink, pushOutcome, retryAfterMs, type PushRecipient } from "./delivery.js";

describe("isPushed", () => {
  it.each([
    ["ASSIGNED", "EMPLOYEE", true],
    ["CHAT_MESSAGE", "EMPLOYEE", true],
    ["IMPORTANT_COMMENT", "EMPLOYEE", true],
    ["NEW_ORDER", "EMPLOYEE", false],
    ["REFUND_REQUEST", "EMPLOYEE", false],
    ["PAYMENT_ALERT", "EMPLOYEE", false],
    ["STATUS_CHANGED", "RESIDENT", true],
    ["CHAT_MESSAGE", "RESIDENT", true],
    ["RATE_REQUEST", "RESIDENT", true],
    ["REFUND_DECIDED", "RESIDENT", true],
    ["ASSIGNED", "RESIDENT", false],
    ["IMPORTANT_COMMENT", "RESIDENT", false],
  ] as const)("%s to %s → %s", (kind, recipient, pushed) => {
    expect(isPushed(kind, recipient)).toBe(pushed);
  });
});

describe("pushLink", () => {
  it.each([
    ["EMPLOYEE", 1042, "/m/orders/1042"],
    ["RESIDENT", 1042, "/r/orders/1042"],
    ["EMPLOYEE", null, "/m"],
    ["RESIDENT", undefined, "/r/orders"],
  ] as const)("%s, order %s → %s", (recipient: PushRecipient, number, link) => {
    expect(pushLink(recipient, number)).toBe(link);
  });
});

describe("pushOutcome", () => {
  it.each([
    [201, "SENT"],
    [200, "SENT"],
    [202, "SENT"],
    [404, "GONE"],
    [410, "GONE"],
    [429, "RETRY"],
    [408, "RETRY"],
    [500, "RETRY"],
    [503, "RETRY"],
    ["TIMEOUT", "RETRY"],
    ["NETWORK", "RETRY"],
    [400, "DROP"],
    [401, "DROP"],
    [403, "DROP"],
    [413, "DROP"],
    [301, "DROP"],
  ] as const)("%s → %s", (answer, outcome) => {
    expect(pushOutcome(answer)).toBe(outcome);
  });
});

describe("retryAfterMs", () => {
  const now = new Date("2026-12-06T04:00:00Z");
  it.each([
    [undefined, null],
    [null, null],
    ["", null],
    ["  ", null],
    ["120", 120_000],
    [" 30 ", 30_000],
    ["0", 1000],
    ["1", 1000],
    ["86400", PUSH_RETRY_AFTER_MAX_MS],
    ["99999999999999999999999", PUSH_RETRY_AFTER_MAX_MS],
    ["Sun, 06 Dec 2026 04:02:00 GMT", 120_000],
    ["Sun, 06 Dec 2026 03:00:00 GMT", 1000],
    ["Mon, 07 Dec 2026 04:00:00 GMT", PUSH_RETRY_AFTER_MAX_MS],
    ["-5", null],
    ["1.5", null],
    ["soon", null],
    ["2026-12-06T04:02:00Z", null],
    ["Sun, 99 Foo 2026 04:02:00 GMT", null],
  ] as const)("%j → %s", (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });
});
