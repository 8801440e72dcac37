import { isNotificationLocale, NOTIFICATION_LOCALES } from "./texts.js";
/**
 * A Web Push subscription as a browser's PushManager hands it out (`subscription.toJSON()`): the
 * push service's endpoint and the device's keys. What the API accepts before it stores one.
 */
export type PushSubscriptionInput = { endpoint: string; p256dh: string; auth: string; userAgent?: string | null; locale?: string | null };

export const PUSH_ENDPOINT_MAX_LENGTH = 2048;
export const PUSH_USER_AGENT_MAX_LENGTH = 512;
/** An uncompressed P-256 point: 65 bytes, 0x04 first. */
export const PUSH_P256DH_BYTES = 65;
/** The authentication secret: 16 bytes. */
export const PUSH_AUTH_BYTES = 16;

export type PushSubscriptionRefusal = "ENDPOINT_INVALID" | "ENDPOINT_INSECURE" | "ENDPOINT_TOO_LONG" | "KEY_INVALID" | "USER_AGENT_TOO_LONG" | "LOCALE_INVALID";

export const PUSH_SUBSCRIPTION_MESSAGES: Record<PushSubscriptionRefusal, string> = {
  ENDPOINT_INVALID: "Адрес подписки на уведомления некорректен",
  ENDPOINT_INSECURE: "Адрес подписки на уведомления должен начинаться с https://",
  ENDPOINT_TOO_LONG: `Адрес подписки на уведомления длиннее ${PUSH_ENDPOINT_MAX_LENGTH} символов`,
  KEY_INVALID: "Ключ подписки на уведомления некорректен",
  USER_AGENT_TOO_LONG: `Описание устройства длиннее ${PUSH_USER_AGENT_MAX_LENGTH} символов`,
  LOCALE_INVALID: `Язык уведомлений — один из: ${NOTIFICATION_LOCALES.join(", ")}`,
};

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Bytes a base64url string (unpadded or padded) decodes to; null when it is not base64url. */
export function base64UrlByteLength(value: string): number | null {
  const body = value.replace(/={1,2}$/, "");
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1) return null;
  return Math.floor((body.length * 3) / 4);
}

/**
 * Refuses what a push service cannot be: a non-URL, a scheme other than https (plain http only to
 * the machine itself, and only outside production, for development and tests), an address given as
 * an IP literal or loopback name in production (push services are named hosts; this keeps the
 * server from being pointed at its own network), keys of the wrong size. Sizes are checked before
 * anything decodes them, so a megabyte of "key" costs nothing.
 */
export function checkPushSubscription(
  input: PushSubscriptionInput,
  options: { production: boolean },
): { reason: PushSubscriptionRefusal; field: "endpoint" | "p256dh" | "auth" | "userAgent" | "locale" } | null {
  if (input.locale != null && !isNotificationLocale(input.locale)) return { reason: "LOCALE_INVALID", field: "locale" };
  if (input.endpoint.length > PUSH_ENDPOINT_MAX_LENGTH) return { reason: "ENDPOINT_TOO_LONG", field: "endpoint" };
  let url: URL;
  try {
    url = new URL(input.endpoint);
  } catch {
    return { reason: "ENDPOINT_INVALID", field: "endpoint" };
  }
  if (url.username || url.password || url.hash) return { reason: "ENDPOINT_INVALID", field: "endpoint" };
  const host = url.hostname.toLowerCase();
  const loopback = LOOPBACK_HOSTS.has(host);
  if (url.protocol === "http:") {
    if (!loopback || options.production) return { reason: "ENDPOINT_INSECURE", field: "endpoint" };
  } else if (url.protocol !== "https:") {
    return { reason: "ENDPOINT_INSECURE", field: "endpoint" };
  }
  if (options.production && (loopback || IPV4.test(host) || host.startsWith("[") || !host.includes("."))) return { reason: "ENDPOINT_INVALID", field: "endpoint" };
  if (base64UrlByteLength(input.p256dh.slice(0, 100)) !== PUSH_P256DH_BYTES || input.p256dh.length > 88 || !input.p256dh.startsWith("B")) {
    return { reason: "KEY_INVALID", field: "p256dh" };
  }
  if (input.auth.length > 24 || base64UrlByteLength(input.auth) !== PUSH_AUTH_BYTES) return { reason: "KEY_INVALID", field: "auth" };
  if (input.userAgent && input.userAgent.length > PUSH_USER_AGENT_MAX_LENGTH) return { reason: "USER_AGENT_TOO_LONG", field: "userAgent" };
  return null;
}
