/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { orderFixtures } from "../support/orders.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

describe.skipIf(skipBrowser)("rating and «Сводка» in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("a resident's rating appears live in the open card's «Оценка качества» block", async () => {
    const f = await orderFixtures(t);
    const token = await t.login("dispatcher@domovoy.example");
    const gql = async <T>(query: string, variables: Record<string, unknown>, as = token) => {
      const result = await t.graphql<T>(query, variables, { token: as });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    type Order = { id: string; number: number; version: number };
    const manage = async (order: Order, input: Record<string, unknown>) =>
      (await gql<{ orderManage: Order }>(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id number version } }`, { input: { id: order.id, version: order.version, ...input } })).orderManage;
    const created = await newOrder(t, { token });
    const done = await manage(await manage(created, { status: "IN_PROGRESS", executorIds: [f.plumber] }), { status: "DONE" });

    const { page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${done.number}`);
    const block = page.getByTestId("order-rating");
    await expect.poll(() => block.getByTestId("order-rating-empty").textContent()).toBe("Клиент ещё не оценил");
    await expect.poll(() => page.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");

    // The resident rates from their app; the dispatcher's card shows it without a reload.
    const resident = await t.residentLogin("+79160000001");
    await gql(`mutation ($input: OrderRateInput!) { orderRate(input: $input) { id } }`, { input: { orderId: done.id, score: 2, comment: "Мастер опоздал на два часа" } }, resident);
    await expect.poll(() => block.getByTestId("order-rating-score").getAttribute("data-score")).toBe("2");
    expect(await block.getByTestId("order-rating-score").textContent()).toContain("2 из 5");
    expect(await block.getByTestId("order-rating-comment").textContent()).toBe("Мастер опоздал на два часа");
    expect(await block.locator("svg.on").count()).toBe(2);

    // A changed rating replaces it, and the history of ratings opens below.
    t.clock.advance(60_000);
    await gql(`mutation ($input: OrderRateInput!) { orderRate(input: $input) { id } }`, { input: { orderId: done.id, score: 4, comment: null } }, resident);
    await expect.poll(() => block.getByTestId("order-rating-score").getAttribute("data-score")).toBe("4");
    await block.getByTestId("order-rating-history").locator("summary").click();
    expect(await block.getByTestId("order-rating-history").textContent()).toContain("История оценок (2)");
    // The history of the order names no resident.
    await expect.poll(() => page.locator('[data-testid="order-history-item"][data-kind="RATED"]').count()).toBe(2);
    await snapshot(page, "order-rating");
  });

  it("«Сводка» draws its charts with the figures of the seeded data", async () => {
    const { page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.getByTestId("nav-dashboard").click();
    await page.waitForURL("**/dashboard");
    await page.getByTestId("dashboard").waitFor();

    const token = await t.login("dispatcher@domovoy.example");
    const api = (
      await t.graphql<{ dashboard: { statusCounts: { status: string; count: number }[]; daily: { created: number }[]; ratings: { counts: number[] }; workload: unknown[]; slaByService: unknown[] } }>(
        `{ dashboard { statusCounts { status count } daily { created } ratings { counts } workload { openOrders } slaByService { id } } }`,
        {},
        { token },
      )
    ).data!.dashboard;

    const statuses = await page.getByTestId("dashboard-status").evaluateAll((items) => Object.fromEntries(items.map((i) => [i.getAttribute("data-status"), Number(i.getAttribute("data-value"))])));
    for (const s of api.statusCounts.filter((s) => s.count > 0)) expect(statuses[s.status]).toBe(s.count);
    const open = api.statusCounts.filter((s) => s.status !== "DONE" && s.status !== "CANCELLED").reduce((n, s) => n + s.count, 0);
    expect((await page.getByTestId("dashboard-open-count").textContent())?.replace(/\s/g, "")).toBe(String(open));

    expect(await page.getByTestId("dashboard-day").count()).toBe(30);
    const created = await page.getByTestId("dashboard-day").evaluateAll((days) => days.reduce((n, d) => n + Number(d.getAttribute("data-created")), 0));
    expect(created).toBe(api.daily.reduce((n, d) => n + d.created, 0));
    expect(created).toBeGreaterThan(0);
    expect((await page.getByTestId("dashboard-kpi-created").textContent())?.replace(/\s/g, "")).toContain(String(created));

    const ratings = await page.locator('[data-testid="dashboard-ratings-chart"] g[data-score]').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute("data-value"))));
    expect(ratings).toEqual(api.ratings.counts);
    expect(await page.getByTestId("dashboard-sla-services-row").count()).toBe(api.slaByService.length);
    expect(await page.getByTestId("dashboard-workload-row").count()).toBe(api.workload.length);
    expect(await page.getByTestId("dashboard-kpi-reaction").textContent()).toMatch(/\d/);
    // Tooltips come from <title>: a day's bar names its figures in Russian.
    expect(await page.getByTestId("dashboard-day").first().locator("title").textContent()).toMatch(/новых \d+, выполнено \d+/);

    // Another period: 7 days.
    await page.getByTestId("dashboard-period-7").click();
    await expect.poll(() => page.getByTestId("dashboard-day").count()).toBe(7);
    await snapshot(page, "dashboard");
  });

  it("an executor without the permission has no «Сводка» in the menu", async () => {
    const { page } = await openContext(browser, t.url);
    await signIn(page, "plumber@domovoy.example");
    expect(await page.getByTestId("nav-dashboard").count()).toBe(0);
  });
});
