/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { orderFixtures } from "../support/orders.js";
import { browserSuite, openContext, signIn, skipBrowser } from "./support.js";

/** The GraphQL operations the page sends over HTTP (queries and mutations; subscriptions ride the WebSocket). */
function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on("request", (request) => {
    if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
    try {
      const body = JSON.parse(request.postData() ?? "{}") as { operationName?: string; query?: string };
      names.push(body.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body.query ?? "")?.[1] ?? "?");
    } catch {
      names.push("?");
    }
  });
  return names;
}

const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

describe.skipIf(skipBrowser)("live lists without a fetch per change", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("«Новые» places pushed orders and takes its total from the pushed counters; a search fetches once per burst", async () => {
    const f = await orderFixtures(t);
    const token = await t.login("dispatcher2@domovoy.example");
    const { context, page } = await openContext(browser, t.url);
    const operations = recordOperations(page);
    await signIn(page, "dispatcher@domovoy.example");
    await page.getByTestId("orders-row").first().waitFor();
    const total = async () => digits(await page.getByTestId("page-subtitle").textContent());
    await expect.poll(total).toBeGreaterThan(0);
    const before = await total();
    const badge = digits(await page.getByTestId("nav-orders-badge").textContent());
    expect(badge).toBe(before);
    const fetchedBefore = operations.filter((name) => name === "Orders").length;
    const countsBefore = operations.filter((name) => name === "OrdersNewCount").length;

    // Five new orders from a colleague: each appears on top, the total and the badge follow, and
    // not one list or count query is sent for them.
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await newOrder(t, { token }));
    for (const order of created) await page.locator(`[data-testid="orders-row"][data-order-number="${order.number}"]`).waitFor();
    await expect.poll(total).toBe(before + 5);
    await expect.poll(async () => digits(await page.getByTestId("nav-orders-badge").textContent())).toBe(before + 5);
    expect(await page.getByTestId("orders-row").first().getAttribute("data-order-number")).toBe(String(created.at(-1)!.number));

    // Taken into work elsewhere: the order leaves «Новые», the total drops, still no fetch.
    const taken = created[0]!;
    const managed = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, {
      input: { id: taken.id, version: taken.version, status: "IN_PROGRESS", executorIds: [f.plumber] },
    }, { token });
    expect(managed.errors).toBeUndefined();
    await expect.poll(() => page.locator(`[data-testid="orders-row"][data-order-number="${taken.number}"]`).count()).toBe(0);
    await expect.poll(total).toBe(before + 4);
    expect(operations.filter((name) => name === "Orders").length).toBe(fetchedBefore);
    expect(operations.filter((name) => name === "OrdersNewCount").length).toBe(countsBefore);

    // A search the row cannot decide: a burst of ten changes fetches the page at most twice, not ten times.
    await page.getByTestId("orders-search").fill(String(created[1]!.number));
    await expect.poll(() => page.getByTestId("orders-row").count()).toBe(1);
    await page.waitForTimeout(500);
    const searched = operations.filter((name) => name === "Orders").length;
    await Promise.all(Array.from({ length: 10 }, () => newOrder(t, { token })));
    await page.waitForTimeout(1500);
    const burst = operations.filter((name) => name === "Orders").length - searched;
    expect(burst).toBeGreaterThanOrEqual(1);
    expect(burst).toBeLessThanOrEqual(2);
    await context.close();
  });

  it("the incidents list places a pushed incident and its tab counters follow without a fetch", async () => {
    const f = await orderFixtures(t);
    const token = await t.login("dispatcher2@domovoy.example");
    const { context, page } = await openContext(browser, t.url);
    const operations = recordOperations(page);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto("/exploitation/dispatcher/incidents");
    await page.getByTestId("incidents-table").waitFor();
    await expect.poll(() => operations.includes("Incidents")).toBe(true);
    await page.waitForTimeout(300);
    const active = async () => digits(await page.getByTestId("incidents-count-ACTIVE").textContent());
    const before = await active();
    const fetched = operations.filter((name) => name === "Incidents").length;

    const create = (title: string) =>
      t.graphql(`mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { id version } }`, {
        input: { title, serviceId: f.clog, scope: [{ buildingId: f.residentBuilding }], responsibleIds: [f.plumber] },
      }, { token });
    const first = await create("Нет света в подъезде");
    await create("Протечка кровли");
    expect(first.errors).toBeUndefined();
    await expect.poll(() => page.getByTestId("incidents-row").first().textContent()).toContain("Протечка кровли");
    await expect.poll(() => page.getByTestId("incidents-row").filter({ hasText: "Нет света в подъезде" }).count()).toBe(1);
    await expect.poll(active).toBe(before + 2);

    // Cancelled elsewhere: it leaves «Активные», the counters move, nothing is fetched.
    const cancelled = await t.graphql(`mutation ($input: IncidentManageInput!) { incidentManage(input: $input) { id } }`, {
      input: { id: first.data!.incidentCreate.id, version: first.data!.incidentCreate.version, status: "CANCELLED", statusComment: "Ошибка" },
    }, { token });
    expect(cancelled.errors).toBeUndefined();
    await expect.poll(() => page.getByTestId("incidents-row").filter({ hasText: "Нет света в подъезде" }).count()).toBe(0);
    await expect.poll(active).toBe(before + 1);
    await expect.poll(async () => digits(await page.getByTestId("incidents-count-CANCELLED").textContent())).toBeGreaterThan(0);
    expect(operations.filter((name) => name === "Incidents").length).toBe(fetched);
    await context.close();
  });
});
