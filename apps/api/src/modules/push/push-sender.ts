import { lookup } from "node:dns/promises";
import { isPrivateAddress } from "../calls/recording-fetch.js";

type WebPushModule = typeof import("web-push");
let webPushModule: Promise<WebPushModule> | undefined;

/** `web-push` (and its JWT/crypto dependencies), loaded with the first push sent or VAPID pair made, not at start-up. */
export async function loadWebPush(): Promise<WebPushModule> {
  // A CommonJS package: its exports are the ES module's default.
  webPushModule ??= import("web-push").then((m) => (m as WebPushModule & { default?: WebPushModule }).default ?? m);
  return webPushModule;
}

/** A device's subscription as the push service knows it. */
export type PushTarget = { endpoint: string; p256dh: string; auth: string };

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

export type PushRequest = {
  /** The notification, JSON; encrypted for the device (aes128gcm, RFC 8291). */
  payload: string;
  /** Collapse key (RFC 8030 §5.4): a repeat of the same notification replaces one still queued at the push service. */
  topic: string;
  ttlSeconds: number;
  timeoutMs: number;
  signal?: AbortSignal;
};

/** A push service could not be asked: no answer in time, or no connection. */
export class PushTransportError extends Error {
  constructor(
    readonly kind: "TIMEOUT" | "NETWORK",
    message: string,
  ) {
    super(message);
    this.name = "PushTransportError";
  }
}

/** A push service's answer: its HTTP status and, for a 429 or 503, when it asks to be tried again. */
export type PushAnswer = { status: number; retryAfter: string | null };

/**
 * Hands one encrypted message to a device's push service and returns its answer; throws
 * PushTransportError when it did not answer. What a status means is `pushOutcome`'s (domain).
 */
export interface PushSender {
  send(target: PushTarget, request: PushRequest, vapid: VapidKeys): Promise<PushAnswer>;
}

/**
 * Web Push through the `web-push` library: it signs the VAPID JWT (ES256, audience = the endpoint's
 * origin, 12 h) and encrypts the payload; the request itself goes through fetch, so it has a
 * deadline and an abort signal, and plain http reaches a test push service on the machine itself
 * (registration refuses http elsewhere). In production an endpoint whose host resolves to a
 * private, loopback or link-local address is not contacted.
 */
export class WebPushSender implements PushSender {
  constructor(private readonly options: { production: boolean }) {}

  async send(target: PushTarget, request: PushRequest, vapid: VapidKeys): Promise<PushAnswer> {
    const webpush = await loadWebPush();
    const details = webpush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, request.payload, {
      vapidDetails: vapid,
      TTL: request.ttlSeconds,
      topic: request.topic,
      urgency: "high",
      contentEncoding: "aes128gcm",
    });
    if (this.options.production) await this.refusePrivate(target.endpoint);
    const signals = [AbortSignal.timeout(request.timeoutMs), ...(request.signal ? [request.signal] : [])];
    try {
      const response = await fetch(details.endpoint, {
        method: details.method,
        headers: Object.fromEntries(Object.entries(details.headers).flatMap(([k, v]) => (k.toLowerCase() === "content-length" ? [] : [[k, String(v)]]))),
        body: details.body ? new Uint8Array(details.body) : undefined,
        redirect: "manual",
        signal: AbortSignal.any(signals),
      });
      await response.body?.cancel().catch(() => undefined);
      return { status: response.status, retryAfter: response.headers.get("retry-after") };
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === "TimeoutError" || name === "AbortError") throw new PushTransportError("TIMEOUT", `the push service did not answer within ${request.timeoutMs} ms`);
      throw new PushTransportError("NETWORK", `the push service could not be reached: ${(error as Error).message}`);
    }
  }

  private async refusePrivate(endpoint: string): Promise<void> {
    const { hostname } = new URL(endpoint);
    const addresses = await lookup(hostname.replace(/^\[|\]$/g, ""), { all: true }).catch(() => []);
    if (addresses.length === 0) throw new PushTransportError("NETWORK", `the push service's host ${hostname} does not resolve`);
    // A 403-like refusal: never retried, counted against the subscription.
    if (addresses.some((a) => isPrivateAddress(a.address))) throw new PrivateEndpointError(hostname);
  }
}

/** A production endpoint that resolves into the local network: refused for good, never contacted. */
export class PrivateEndpointError extends Error {
  constructor(host: string) {
    super(`the push endpoint's host ${host} resolves to a private address`);
    this.name = "PrivateEndpointError";
  }
}
