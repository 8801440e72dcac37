/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newResidentOrder } from "../support/factories.js";
import { browserSuite, choose, openContext, signIn, skipBrowser, snapshot } from "./support.js";

describe.skipIf(skipBrowser)("the notification bell in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  // Jobs run as in production: the live event is published by the job enqueued with the order.
  browserSuite((suite) => ({ t, browser } = suite), { config: { jobsEnabled: true } });

  it("a dispatcher sees the count rise live when a resident creates an order, opens the panel and clicks through to the order; after a switch to English, new ones arrive live in English", async () => {
    const { page } = await openContext(browser, t.url);
    const sockets = watchSockets(page);
    await signIn(page, "dispatcher@domovoy.example");
    // Start from a clean bell: everything the seed left is read.
    const dispatcher = await t.login("dispatcher@domovoy.example");
    await t.graphql(`mutation { notificationsMarkAllRead }`, {}, { token: dispatcher });
    await page.reload();
    await page.getByTestId("notifications-bell").waitFor();
    await expect.poll(() => page.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");
    expect(await page.getByTestId("notifications-count").count()).toBe(0);

    // Empty state.
    await page.getByTestId("notifications-bell").click();
    await page.getByTestId("notifications-panel").waitFor();
    await page.getByTestId("notifications-empty").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("notifications-panel").waitFor({ state: "detached" });

    // A resident creates an order through the API; the bell counts it without a reload.
    const resident = await t.residentLogin("+79160000001");
    const created = await newResidentOrder(t, { description: "Не уходит вода", formAnswers: [{ key: "place", value: "Ванная" }], token: resident });
    const { number } = created;
    await expect.poll(() => page.getByTestId("notifications-count").textContent()).toBe("1");

    // A second one: the count follows.
    const second = await newResidentOrder(t, { token: resident });
    await expect.poll(() => page.getByTestId("notifications-count").textContent()).toBe("2");

    // The panel lists them newest first, unread (bold).
    await page.getByTestId("notifications-bell").click();
    const items = page.getByTestId("notification-item");
    await items.first().waitFor();
    expect(await items.evaluateAll((els) => els.slice(0, 2).map((el) => Number(el.getAttribute("data-order-number"))))).toEqual([
      second.number,
      number,
    ]);
    const target = page.locator(`[data-testid="notification-item"][data-order-number="${number}"]`);
    expect(await target.textContent()).toContain(`Новая заявка № ${number} от жителя`);
    expect(await target.getAttribute("data-read")).toBe("false");
    expect(await target.locator(".item-title").evaluate((el) => getComputedStyle(el).fontWeight)).toBe("600");
    await snapshot(page, "notifications-panel");

    // Clicking one opens its order and marks it read.
    await target.click();
    await page.waitForURL(`**/exploitation/dispatcher/orders/${number}`);
    await expect.poll(() => page.getByTestId("order-title").textContent()).toBe(`Заявка № ${number}`);
    await expect.poll(() => page.getByTestId("notifications-count").textContent()).toBe("1");
    const [row] = await t.database.sql`select read_at from notifications n join employees e on e.id = n.employee_id
      where e.email = 'dispatcher@domovoy.example' and n.order_id = ${created.id}`;
    expect(row!.read_at).not.toBeNull();

    // «Прочитать все» clears the badge.
    await page.getByTestId("notifications-bell").click();
    await page.getByTestId("notifications-mark-all").click();
    await page.getByTestId("notifications-count").waitFor({ state: "detached" });
    expect(await page.locator('[data-testid="notification-item"][data-read="false"]').count()).toBe(0);

    // Switched to English, the panel asks again: the server renders the texts in the app's language.
    await page.keyboard.press("Escape");
    await page.getByTestId("notifications-panel").waitFor({ state: "detached" });
    await page.evaluate(() => ((window as unknown as { beforeSwitch: boolean }).beforeSwitch = true));
    const socketsBefore = sockets.length;
    await choose(page.getByTestId("locale-select"), "en");
    await page.getByTestId("notifications-bell").click();
    const english = page.locator(`[data-testid="notification-item"][data-order-number="${second.number}"]`);
    await expect.poll(() => english.textContent()).toContain(`New request No. ${second.number} from a resident`);

    // The open subscription follows the switch without a reload: the socket reconnects naming the
    // new language, and notificationAdded is subscribed again on it.
    await expect.poll(() => sockets.length).toBe(socketsBefore + 1);
    const socket = sockets.at(-1)!;
    await expect.poll(() => socket.sent.some((m) => m.type === "subscribe" && /notificationAdded/.test(JSON.stringify(m.payload)))).toBe(true);
    expect(socket.sent.find((m) => m.type === "connection_init")?.payload).toEqual({ locale: "en" });
    await expect.poll(() => page.getByTestId("realtime-status").getAttribute("title")).toBe("Online");

    // A resident's new order (another session) arrives live, in English: the event itself, and in the open panel.
    const third = await newResidentOrder(t, { token: resident });
    const title = `New request No. ${third.number} from a resident`;
    await expect.poll(() => socket.received.some((m) => m.type === "next" && JSON.stringify(m.payload).includes(title))).toBe(true);
    expect(JSON.stringify(sockets.flatMap((s) => s.received))).not.toContain(`Новая заявка № ${third.number}`);
    await expect.poll(() => page.getByTestId("notifications-count").textContent()).toBe("1");
    const live = page.locator(`[data-testid="notification-item"][data-order-number="${third.number}"]`);
    await expect.poll(() => live.textContent()).toContain(title);
    expect(await page.evaluate(() => (window as unknown as { beforeSwitch?: boolean }).beforeSwitch)).toBe(true);
  });
});

type WsMessage = { type: string; payload?: unknown };

/** The page's WebSockets as they open, with the graphql-ws messages each sent and received. */
function watchSockets(page: Page): { sent: WsMessage[]; received: WsMessage[] }[] {
  const sockets: { sent: WsMessage[]; received: WsMessage[] }[] = [];
  page.on("websocket", (ws) => {
    const socket = { sent: [] as WsMessage[], received: [] as WsMessage[] };
    sockets.push(socket);
    ws.on("framesent", ({ payload }) => void socket.sent.push(JSON.parse(String(payload))));
    ws.on("framereceived", ({ payload }) => void socket.received.push(JSON.parse(String(payload))));
  });
  return sockets;
}
