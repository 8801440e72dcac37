import { describe, expect, it } from "vitest";
import { base64UrlByteLength, checkPushSubscription, type PushSubscriptionInput } from "./subscription.js";

const P256DH = `B${"Ab_-".repeat(21)}xy`;
const AUTH = "AAAAAAAAAAAAAAAAAAAAAA";
const ok: PushSubscriptionInput = { endpoint: "https://fcm.googleapis.com/fcm/send/abc:def", p256dh: P256DH, auth: AUTH, userAgent: "Mozilla/5.0" };

describe("base64UrlByteLength", () => {
  it.each([
    ["", 0],
    ["AA", 1],
    ["AAA", 2],
    ["AAAA", 3],
    ["AAAAAAAAAAAAAAAAAAAAAA", 16],
    ["AAAAAAAAAAAAAAAAAAAAAA==", 16],
    ["A", null],
    ["AA+/", null],
    ["AA AA", null],
  ])("%j → %j", (value, bytes) => {
    expect(base64UrlByteLength(value)).toBe(bytes);
  });
});

describe("checkPushSubscription", () => {
  it.each([
    ["a push service over https", ok, false, null],
    ["http to localhost outside production", { ...ok, endpoint: "http://localhost:4010/push/1" }, false, null],
    ["http to 127.0.0.1 outside production", { ...ok, endpoint: "http://127.0.0.1:4010/push/1" }, false, null],
    ["http to [::1] outside production", { ...ok, endpoint: "http://[::1]:4010/push/1" }, false, null],
    ["http to localhost in production", { ...ok, endpoint: "http://localhost:4010/push/1" }, true, "ENDPOINT_INSECURE"],
    ["https to localhost in production", { ...ok, endpoint: "https://localhost/push/1" }, true, "ENDPOINT_INVALID"],
    ["https to an IPv4 literal in production", { ...ok, endpoint: "https://10.0.0.5/push" }, true, "ENDPOINT_INVALID"],
    ["https to an IPv6 literal in production", { ...ok, endpoint: "https://[fd00::1]/push" }, true, "ENDPOINT_INVALID"],
    ["https to a single-label host in production", { ...ok, endpoint: "https://intranet/push" }, true, "ENDPOINT_INVALID"],
    ["https to a public host in production", ok, true, null],
    ["http to another host", { ...ok, endpoint: "http://push.example.com/x" }, false, "ENDPOINT_INSECURE"],
    ["another scheme", { ...ok, endpoint: "ftp://push.example.com/x" }, false, "ENDPOINT_INSECURE"],
    ["javascript:", { ...ok, endpoint: "javascript:alert(1)" }, false, "ENDPOINT_INSECURE"],
    ["not a URL", { ...ok, endpoint: "not a url" }, false, "ENDPOINT_INVALID"],
    ["credentials in the URL", { ...ok, endpoint: "https://user:pw@push.example.com/x" }, false, "ENDPOINT_INVALID"],
    ["an over-long endpoint", { ...ok, endpoint: `https://push.example.com/${"a".repeat(2048)}` }, false, "ENDPOINT_TOO_LONG"],
    ["a p256dh key of the wrong size", { ...ok, p256dh: P256DH.slice(0, 80) }, false, "KEY_INVALID"],
    ["a huge p256dh key", { ...ok, p256dh: P256DH.repeat(10_000) }, false, "KEY_INVALID"],
    ["a compressed point (not 0x04 first)", { ...ok, p256dh: `A${P256DH.slice(1)}` }, false, "KEY_INVALID"],
    ["a p256dh key with characters outside base64url", { ...ok, p256dh: `B${"+".repeat(86)}` }, false, "KEY_INVALID"],
    ["an auth secret of the wrong size", { ...ok, auth: "AAAA" }, false, "KEY_INVALID"],
    ["a huge auth secret", { ...ok, auth: "A".repeat(1_000_000) }, false, "KEY_INVALID"],
    ["an over-long user agent", { ...ok, userAgent: "x".repeat(513) }, false, "USER_AGENT_TOO_LONG"],
    ["no user agent", { ...ok, userAgent: null }, false, null],
    ["a locale the apps do not have", { ...ok, locale: "de" }, false, "LOCALE_INVALID"],
    ["English", { ...ok, locale: "en" }, false, null],
  ] as const)("%s", (_name, input, production, reason) => {
    expect(checkPushSubscription(input, { production })?.reason ?? null).toBe(reason);
  });
});
