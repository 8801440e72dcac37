import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { orderFixtures, type OrderFixtures } from "../support/orders.js";
import { launchBrowser, openContext, signIn, skipBrowser } from "./support.js";

/**
 * A TCP proxy between the browser and the API, so the test can cut the network for real:
 * `blackhole()` keeps every open connection but stops carrying bytes (a dead route, a sleeping
 * laptop: no close event reaches the browser) and refuses new ones; `restore()` carries new
 * connections again. `setOffline` alone would leave an open WebSocket untouched.
 */
async function startProxy(target: string): Promise<{ url: string; blackhole(): void; restore(): void; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  let cut = false;
  const pairs = new Set<[Socket, Socket]>();
  const server: Server = createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = connect(Number(port), hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const forget = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk) => void (!dead.has(client) && upstream.write(chunk)));
    upstream.on("data", (chunk) => void (!dead.has(client) && client.write(chunk)));
    client.on("error", forget).on("close", forget);
    upstream.on("error", forget).on("close", forget);
  });
  const dead = new WeakSet<Socket>();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    blackhole() {
      cut = true;
      for (const [client] of pairs) dead.add(client);
    },
    restore() {
      cut = false;
    },
    async close() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const status = (page: Page) => page.getByTestId("realtime-status").getAttribute("title");

describe.skipIf(skipBrowser)("live views after a dropped connection", () => {
  let t: TestServer;
  let f: OrderFixtures;
  let browser: Browser;
  let proxy: Awaited<ReturnType<typeof startProxy>>;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    f = await orderFixtures(t);
    proxy = await startProxy(t.url);
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await t?.close();
  });

  it("notices a silently dead link, reconnects at once when back online, and brings the list, the card and the counter up to date without losing the edit", async () => {
    const writer = await t.login("dispatcher2@domovoy.example");
    const watched = await newOrder(t, { token: writer });
    const { context, page: list } = await openContext(browser, proxy.url);
    await signIn(list, "dispatcher@domovoy.example");
    await list.getByTestId("orders-table").waitFor();
    await expect.poll(() => status(list), { timeout: 10_000 }).toBe("Онлайн");
    const card = await context.newPage();
    await card.goto(`/exploitation/dispatcher/orders/${watched.number}`);
    await card.getByTestId("order-status").waitFor();
    await expect.poll(() => status(card), { timeout: 10_000 }).toBe("Онлайн");
    // The user is typing in the card when the network goes.
    await card.getByTestId("order-info-edit").click();
    await card.getByTestId("order-edit-description").fill("Черновик диспетчера");

    proxy.blackhole();
    const cutAt = Date.now();
    // No close event reaches the browser: only the unanswered ping tells (every 10 s, 4 s to answer).
    await expect.poll(() => status(list), { timeout: 20_000, interval: 200 }).not.toBe("Онлайн");
    const noticedMs = Date.now() - cutAt;
    expect(noticedMs).toBeLessThan(16_000);

    // Meanwhile, elsewhere: two new orders, and the watched one is taken into work.
    const created = [await newOrder(t, { token: writer }), await newOrder(t, { token: writer })];
    const [row] = await t.database.sql`select version from orders where id = ${watched.id}`;
    const managed = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { status } }`, {
      input: { id: watched.id, version: row!.version, status: "IN_PROGRESS", executorIds: [f.plumber] },
    }, { token: writer });
    expect(managed.errors).toBeUndefined();
    const expectedCount = (await t.graphql(`{ ordersNewCount }`, {}, { token: writer })).data!.ordersNewCount as number;

    // The system notices the network is gone; the back-off grows a little; then the network
    // returns and the browser says so.
    await context.setOffline(true);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    proxy.restore();
    await context.setOffline(false);
    const backAt = Date.now();
    await expect.poll(() => status(list), { timeout: 5000, interval: 50 }).toBe("Онлайн");
    const reackMs = Date.now() - backAt;
    expect(reackMs).toBeLessThan(3000);
    const reackedAt = Date.now();

    // Every view is consistent within 2 s of the re-ack, without a reload.
    const numbers = () => list.getByTestId("orders-row").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-order-number"))));
    await expect.poll(numbers, { timeout: 2000, interval: 100 }).toEqual(expect.arrayContaining(created.map((o) => o.number)));
    await expect.poll(() => card.getByTestId("order-status").getAttribute("data-status"), { timeout: 2000, interval: 100 }).toBe("IN_PROGRESS");
    await expect.poll(async () => Number(await list.getByTestId("nav-orders-count").textContent()), { timeout: 2000, interval: 100 }).toBe(expectedCount);
    // What the user was typing is still there.
    const consistentMs = Date.now() - reackedAt;
    console.log(`dead link noticed after ${noticedMs} ms; re-ack ${reackMs} ms after «online»; views consistent ${consistentMs} ms after the re-ack`);
    expect(consistentMs).toBeLessThan(Number(process.env.RECONNECT_BUDGET_MS ?? 2500));
    expect(await card.getByTestId("order-edit-description").inputValue()).toBe("Черновик диспетчера");

    // The card moved on under the edit: «Обновить карточку» keeps the edit on top of the new version.
    await card.getByTestId("order-info-rebase").click();
    expect(await card.getByTestId("order-edit-description").inputValue()).toBe("Черновик диспетчера");
    await card.getByTestId("order-info-rebased").waitFor();
    await card.getByTestId("order-info-save").click();
    await card.getByTestId("order-info-saved").waitFor();
    const [saved] = await t.database.sql`select description from orders where id = ${watched.id}`;
    expect(saved!.description).toBe("Черновик диспетчера");
    await context.close();
  }, 90_000);

  it("after a save conflict, «Обновить карточку» keeps the user's edit and shows the other version's value beside it", async () => {
    const writer = await t.login("dispatcher2@domovoy.example");
    const order = await newOrder(t, { token: writer });
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${order.number}`);
    await page.getByTestId("order-info-edit").click();
    await page.getByTestId("order-edit-description").fill("Моя правка");
    // Another dispatcher saves first; this card's save then meets CONFLICT.
    const [row] = await t.database.sql`select version from orders where id = ${order.id}`;
    const other = await t.graphql(`mutation ($input: OrderUpdateInput!) { orderUpdate(input: $input) { version } }`, {
      input: { id: order.id, version: row!.version, description: "Правка коллеги" },
    }, { token: writer });
    expect(other.errors).toBeUndefined();
    await page.getByTestId("order-info-save").click();
    await page.getByTestId("order-conflict").waitFor();
    await page.getByTestId("toast-action").click();
    await page.getByTestId("order-info-rebased").waitFor();
    expect(await page.getByTestId("order-edit-description").inputValue()).toBe("Моя правка");
    expect(await page.getByTestId("order-info-rebased").textContent()).toContain("Правка коллеги");
    await page.getByTestId("order-info-save").click();
    await page.getByTestId("order-info-saved").waitFor();
    const [saved] = await t.database.sql`select description from orders where id = ${order.id}`;
    expect(saved!.description).toBe("Моя правка");
    await context.close();
  });
  it("after a save conflict in «Управление», «Обновить карточку» keeps the user's status comment and shows the colleague's beside it", async () => {
    const writer = await t.login("dispatcher2@domovoy.example");
    const order = await newOrder(t, { token: writer });
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${order.number}`);
    await page.getByTestId("manage-comment").fill("Мой комментарий");
    const [row] = await t.database.sql`select version from orders where id = ${order.id}`;
    const other = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { version } }`, {
      input: { id: order.id, version: row!.version, statusComment: "Комментарий коллеги" },
    }, { token: writer });
    expect(other.errors).toBeUndefined();
    await page.getByTestId("manage-save").click();
    await page.getByTestId("order-conflict").getByTestId("toast-action").click();
    const notice = page.getByTestId("order-manage-rebased");
    await notice.waitFor();
    expect(await page.getByTestId("manage-comment").inputValue()).toBe("Мой комментарий");
    expect(await notice.textContent()).toContain("Комментарий коллеги");
    await page.getByTestId("manage-save").click();
    await page.getByTestId("order-manage-saved").waitFor();
    const [saved] = await t.database.sql`select status_comment from orders where id = ${order.id}`;
    expect(saved!.status_comment).toBe("Мой комментарий");
    await context.close();
  });
});
