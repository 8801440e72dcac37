/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { orderFixtures } from "../support/orders.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

describe.skipIf(skipBrowser)("incidents in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("creates an incident, sees its attached orders live, closes it and sees the orders done; the order card links it", async () => {
    const f = await orderFixtures(t);
    const token = await t.login("dispatcher@domovoy.example");
    const [{ address }] = await t.database.sql`select address from buildings where id = ${f.residentBuilding}`;
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");

    await page.getByTestId("nav-incidents").click();
    await page.waitForURL("**/exploitation/dispatcher/incidents");
    await page.getByTestId("incidents-new").click();
    await page.getByTestId("incident-title").fill("Нет горячей воды во всём доме");
    await page.getByTestId("incident-service").selectOption({ label: "Засор канализации" });
    await page.getByTestId("incident-building").locator("input").fill(String(address).slice(0, 12));
    await page.getByTestId("incident-building-option").filter({ hasText: String(address) }).first().click();
    await page.getByTestId("incident-create").click();
    await page.waitForURL(/\/exploitation\/dispatcher\/incidents\/[0-9a-f-]{36}$/);
    const incidentId = page.url().split("/").pop()!;
    await expect.poll(() => page.getByTestId("incident-status").textContent()).toBe("Открыт");

    // Orders attached elsewhere (the API here) appear on the open card live.
    const orders = await Promise.all([newOrder(t), newOrder(t), newOrder(t)]);
    const attached = await t.graphql(`mutation ($i: ID!, $o: [ID!]!) { orderIncidentAttach(incidentId: $i, orderIds: $o) { id } }`, { i: incidentId, o: orders.map((o) => o.id) }, { token });
    expect(attached.errors).toBeUndefined();
    await expect.poll(() => page.getByTestId("incident-order").count()).toBe(3);

    // Work, then done: the warning says how many orders move with it; they are then done.
    await expect.poll(() => page.getByTestId("incident-responsible").locator("option").count()).toBeGreaterThan(1);
    await page.getByTestId("incident-responsible").selectOption({ index: 1 });
    await page.getByTestId("incident-status-select").selectOption("IN_PROGRESS");
    await page.getByTestId("incident-save").click();
    await expect.poll(() => page.getByTestId("incident-status").textContent()).toBe("В работе");
    await page.getByTestId("incident-status-select").selectOption("DONE");
    await expect.poll(() => page.getByTestId("incident-close-warning").textContent()).toContain("(3)");
    await page.getByTestId("incident-comment").fill("Подача восстановлена");
    await page.getByTestId("incident-save").click();
    await expect.poll(() => page.getByTestId("incident-status").textContent()).toBe("Выполнен");
    await expect.poll(() => page.getByTestId("incident-order-status").allTextContents()).toEqual(["Выполнено", "Выполнено", "Выполнено"]);
    await snapshot(page, "incident-card");

    // The list: the incident under «Выполненные», with its orders counted.
    await page.goto("/exploitation/dispatcher/incidents");
    await page.getByTestId("incidents-tab-DONE").click();
    await expect.poll(() => page.getByTestId("incidents-row").filter({ hasText: "Нет горячей воды во всём доме" }).count()).toBe(1);

    // The order card names its incident and the history says the change came through it.
    await page.goto(`/exploitation/dispatcher/orders/${orders[0]!.number}`);
    await expect.poll(() => page.getByTestId("order-incident").textContent()).toContain("Нет горячей воды во всём доме");
    await context.close();
  });
});
