/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder, newResidentOrder, tokenOf } from "../support/factories.js";
import { orderFixtures, type OrderFixtures } from "../support/orders.js";
import { deliverPushes, startPushEndpoint, type TestDevice } from "../support/push-endpoint.js";
import { employeeSignIn, openPhone, residentSignIn } from "./phone.js";
import { browserSuite, skipBrowser } from "./support.js";

/** Where the stand-in PushManager keeps the subscription it made (the key it was made with). */
const FAKE_SUBSCRIPTION = "test-push-subscription";

/**
 * Headless Chromium has no push service here (`subscribe` fails: «Registration failed - permission
 * denied»), so PushManager hands out the test push service's device instead, as a browser hands out
 * the subscription its push service made: that service's endpoint and a real P-256 public key and
 * auth secret, whose private halves the test push service keeps to decrypt what the API sends.
 * Everything else — permission, service worker, the app's calls, the API, the delivery — is real.
 */
async function fakePushManager(context: BrowserContext, device: TestDevice): Promise<void> {
  await context.grantPermissions(["notifications"]);
  await context.addInitScript(
    ({ device, store }) => {
      const bytes = (value: string) => Uint8Array.from(atob(value.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(value.length / 4) * 4, "=")), (c) => c.charCodeAt(0));
      const base64Url = (value: Uint8Array) => btoa(String.fromCharCode(...value)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
      const subscription = (serverKey: string) =>
        ({
          endpoint: device.endpoint,
          expirationTime: null,
          options: { userVisibleOnly: true, applicationServerKey: bytes(serverKey).buffer },
          getKey: (name: string) => (name === "p256dh" ? bytes(device.p256dh).buffer : name === "auth" ? bytes(device.auth).buffer : null),
          toJSON: () => ({ endpoint: device.endpoint, expirationTime: null, keys: { p256dh: device.p256dh, auth: device.auth } }),
          unsubscribe: async () => {
            localStorage.removeItem(store);
            return true;
          },
        }) as unknown as PushSubscription;
      PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
        const key = options?.applicationServerKey;
        if (!key) throw new DOMException("no applicationServerKey", "InvalidAccessError");
        const raw = typeof key === "string" ? key : base64Url(new Uint8Array(ArrayBuffer.isView(key) ? key.buffer.slice(key.byteOffset, key.byteOffset + key.byteLength) : key));
        localStorage.setItem(store, raw);
        return subscription(raw);
      };
      PushManager.prototype.getSubscription = async function () {
        const raw = localStorage.getItem(store);
        return raw ? subscription(raw) : null;
      };
    },
    { device: { endpoint: device.endpoint, p256dh: device.p256dh, auth: device.auth }, store: FAKE_SUBSCRIPTION },
  );
}

describe.skipIf(skipBrowser)("Web Push in the app's language, from the browser", () => {
  let t: TestServer;
  let browser: Browser;
  let f: OrderFixtures;
  let push: Awaited<ReturnType<typeof startPushEndpoint>>;
  let dispatcher: string;
  let publicKey: string;
  browserSuite((suite) => ({ t, browser } = suite));

  beforeAll(async () => {
    f = await orderFixtures(t);
    dispatcher = await tokenOf(t, "dispatcher@domovoy.example");
    publicKey = (await t.graphql<{ pushPublicKey: string }>(`{ pushPublicKey }`, {}, { token: dispatcher })).data!.pushPublicKey;
    push = await startPushEndpoint();
    push.expectKey(publicKey);
  });
  afterAll(async () => {
    await push?.close();
  });

  async function manage(order: { id: string }, input: Record<string, unknown>): Promise<void> {
    const [row] = await t.database.sql`select version from orders where id = ${order.id}`;
    const result = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, { input: { id: order.id, version: row!.version, ...input } }, { token: dispatcher });
    expect(result.errors).toBeUndefined();
  }

  const storedLocale = async (device: TestDevice) => (await t.database.sql`select locale from push_subscriptions where endpoint = ${device.endpoint}`).map((r) => r.locale);
  /** The pushes the device accepted since `from`, decrypted, and nothing the test push service refused. */
  const pushesTo = (device: TestDevice, from = 0) => {
    expect(push.received.filter((r) => r.problem)).toEqual([]);
    return push.accepted(device).slice(from).map((r) => r.payload!);
  };

  /** On the profile screen: English, «Включить уведомления», and the app registers the device in English. */
  async function enableInEnglish(page: Page, localeSelect: string, device: TestDevice, scope: "/m/" | "/r/"): Promise<void> {
    await page.getByTestId(localeSelect).selectOption("en");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    const enable = page.getByTestId("push-enable");
    expect(await enable.textContent()).toContain("Turn on notifications");
    await enable.tap();
    await page.locator('[data-testid="push-opt-in"][data-state="on"]').waitFor();
    expect(await storedLocale(device)).toEqual(["en"]);
    // Subscribed through the app's own service worker, with the server's VAPID key.
    expect(await page.evaluate(async (scope) => (await navigator.serviceWorker.getRegistration(scope))?.active?.state ?? null, scope)).toBe("activated");
    expect(await page.evaluate((store) => localStorage.getItem(store), FAKE_SUBSCRIPTION)).toBe(publicKey);
  }

  it("/m «Профиль»: switched to English, «Включить уведомления» registers the phone in English and an assignment arrives in English; switching back registers it again, in Russian", async () => {
    await t.app.jobs.runDue(); // what the fixtures announced, before any device is registered
    const device = push.device();
    const { context, page } = await openPhone(browser, t.url);
    try {
      await fakePushManager(context, device);
      await employeeSignIn(page, "plumber@domovoy.example");
      await page.goto("/m/profile");
      await page.getByTestId("m-profile").waitFor();
      await enableInEnglish(page, "m-locale", device, "/m/");
      const [row] = await t.database.sql`select employee_id, client_id from push_subscriptions where endpoint = ${device.endpoint}`;
      expect(row).toEqual({ employee_id: f.plumber, client_id: null });

      const first = await newOrder(t, { token: dispatcher });
      await manage(first, { executorIds: [f.plumber] });
      await deliverPushes(t);
      expect(pushesTo(device)).toEqual([
        { kind: "ASSIGNED", title: `Request No. ${first.number} was assigned to you`, body: expect.any(String), url: `/m/orders/${first.number}`, tag: expect.any(String) },
      ]);

      // Back to Russian: the app registers the device again, and the next push is Russian.
      await page.getByTestId("m-locale").selectOption("ru");
      await expect.poll(() => storedLocale(device)).toEqual(["ru"]);
      const second = await newOrder(t, { token: dispatcher });
      await manage(second, { executorIds: [f.plumber] });
      await deliverPushes(t);
      expect(pushesTo(device, 1).map((p) => p.title)).toEqual([`Вам назначена заявка № ${second.number}`]);
    } finally {
      await context.close();
    }
  });

  it("/r «Профиль»: switched to English, «Включить уведомления» registers the phone in English and a status change arrives in English; switching back registers it again, in Russian", async () => {
    const order = await newResidentOrder(t);
    await t.app.jobs.runDue();
    t.clock.advance(61_000); // the factories signed this phone in within the last minute
    const device = push.device();
    const { context, page } = await openPhone(browser, t.url);
    try {
      await fakePushManager(context, device);
      await residentSignIn(t, page, "+79160000001");
      await page.waitForURL("**/r/orders");
      await page.goto("/r/profile");
      await page.getByTestId("resident-profile").waitFor();
      await enableInEnglish(page, "resident-locale", device, "/r/");
      const [row] = await t.database.sql`select employee_id, client_id is not null as resident from push_subscriptions where endpoint = ${device.endpoint}`;
      expect(row).toEqual({ employee_id: null, resident: true });

      await manage(order, { executorIds: [f.plumber], status: "IN_PROGRESS" });
      await deliverPushes(t);
      expect(pushesTo(device)).toEqual([
        { kind: "STATUS_CHANGED", title: `Request No. ${order.number}`, body: "Status changed: In progress", url: `/r/orders/${order.number}`, tag: expect.any(String) },
      ]);

      await page.getByTestId("resident-locale").selectOption("ru");
      await expect.poll(() => storedLocale(device)).toEqual(["ru"]);
      await manage(order, { status: "PAUSED", statusComment: "Ждём запчасть", resumeBy: new Date(Date.now() + 86_400_000).toISOString() });
      await deliverPushes(t);
      expect(pushesTo(device, 1)).toEqual([expect.objectContaining({ title: `Заявка № ${order.number}`, body: "Статус изменён: Приостановлено" })]);
    } finally {
      await context.close();
    }
  });
});
