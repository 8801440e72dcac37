import { client } from "$lib/graphql/client";
import { errorMessage } from "$lib/graphql/errors";
import { currentLocale } from "$lib/i18n";
import { mutate } from "$lib/graphql/mutate";
import { registerServiceWorker } from "$lib/pwa/register";
import {
  PushPublicKeyQuery,
  PushSubscriptionRegisterMutation,
  PushSubscriptionUnregisterMutation,
  ResidentPushSubscriptionRegisterMutation,
  ResidentPushSubscriptionUnregisterMutation,
} from "./queries";

/** Which field app: the employee app (/m) or the resident app (/r); each has its own service worker scope and subscription. */
export type PushApp = "m" | "r";

/**
 * What the opt-in shows: the browser cannot do Web Push (or not outside an installed app, as on an
 * iPhone), the person refused notifications for the site, not yet on, or on for this device.
 */
export type PushState = "unsupported" | "denied" | "off" | "on";

export type PushResult = { ok: true } | { ok: false; state: PushState; message?: string };

const scopeOf = (app: PushApp) => (app === "m" ? "/m/" : "/r/") as "/m/" | "/r/";

export function pushSupported(): boolean {
  return typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

async function registration(app: PushApp): Promise<ServiceWorkerRegistration | null> {
  const scope = scopeOf(app);
  const found = (await navigator.serviceWorker.getRegistration(scope)) ?? (await registerServiceWorker(scope));
  if (!found) return null;
  if (found.active) return found;
  // A worker still installing: wait until it is active (PushManager needs an active one).
  await new Promise<void>((resolve) => {
    const worker = found.installing ?? found.waiting;
    if (!worker) return resolve();
    worker.addEventListener("statechange", () => worker.state === "activated" && resolve());
  });
  return found;
}

/** The device's subscription of this app, if any. */
async function currentSubscription(app: PushApp): Promise<PushSubscription | null> {
  const reg = await navigator.serviceWorker.getRegistration(scopeOf(app));
  return (await reg?.pushManager.getSubscription()) ?? null;
}

export async function pushState(app: PushApp): Promise<PushState> {
  if (!pushSupported()) return "unsupported";
  if (Notification.permission === "denied") return "denied";
  if (Notification.permission !== "granted") return "off";
  return (await currentSubscription(app)) ? "on" : "off";
}

function base64UrlBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(value.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

const sameKey = (a: ArrayBuffer | null | undefined, b: Uint8Array) => !!a && a.byteLength === b.byteLength && new Uint8Array(a).every((x, i) => x === b[i]);

/**
 * Tells the server about this device's subscription (for the signed-in employee or resident) and
 * the app's current locale, which its notifications are then written in.
 */
async function registerWithServer(app: PushApp, subscription: PushSubscription) {
  const json = subscription.toJSON();
  const input = { endpoint: subscription.endpoint, p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "", userAgent: navigator.userAgent.slice(0, 512), locale: currentLocale() };
  return app === "m" ? mutate(PushSubscriptionRegisterMutation, { input }, { failure: false }) : mutate(ResidentPushSubscriptionRegisterMutation, { input }, { failure: false });
}

/**
 * «Включить уведомления»: asks the permission, subscribes through the app's service worker with
 * the server's VAPID key (a subscription made with another key is replaced) and registers it.
 */
export async function enablePush(app: PushApp): Promise<PushResult> {
  if (!pushSupported()) return { ok: false, state: "unsupported" };
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return { ok: false, state: permission === "denied" ? "denied" : "off" };
  try {
    const key = await client.query(PushPublicKeyQuery, {}, { requestPolicy: "network-only" }).toPromise();
    if (!key.data) return { ok: false, state: "off", message: errorMessage(key.error ?? null) };
    const applicationServerKey = base64UrlBytes(key.data.pushPublicKey);
    const reg = await registration(app);
    if (!reg) return { ok: false, state: "unsupported" };
    let subscription = await reg.pushManager.getSubscription();
    if (subscription && !sameKey(subscription.options.applicationServerKey, applicationServerKey)) {
      await subscription.unsubscribe();
      subscription = null;
    }
    subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
    const saved = await registerWithServer(app, subscription);
    return saved.ok ? { ok: true } : { ok: false, state: "off", message: errorMessage(saved.error) };
  } catch (error) {
    return { ok: false, state: "off", message: error instanceof Error ? error.message : String(error) };
  }
}

/** «Выключить»: the server forgets the device, and the browser drops the subscription. */
export async function disablePush(app: PushApp): Promise<void> {
  const subscription = await currentSubscription(app);
  if (!subscription) return;
  const endpoint = subscription.endpoint;
  if (app === "m") await mutate(PushSubscriptionUnregisterMutation, { endpoint }, { failure: false });
  else await mutate(ResidentPushSubscriptionUnregisterMutation, { endpoint }, { failure: false });
  await subscription.unsubscribe().catch(() => false);
}

/**
 * On opening the app with notifications on, and after the language is switched: registers the
 * device again, so the server knows it after a sign-in as someone else on this browser, after the
 * push service renewed it, and writes its notifications in the app's language.
 */
export async function refreshPush(app: PushApp): Promise<void> {
  if ((await pushState(app)) !== "on") return;
  const subscription = await currentSubscription(app);
  if (subscription) await registerWithServer(app, subscription);
}
