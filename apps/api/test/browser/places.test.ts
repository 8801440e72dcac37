/// <reference lib="dom" />
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { orderFixtures, type OrderFixtures } from "../support/orders.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

const focusedTestId = () => document.activeElement?.getAttribute("data-testid") ?? null;

describe.skipIf(skipBrowser)("the address popover and the premise and building cards (§15)", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));
  let f: OrderFixtures;
  let order: { id: string; number: number };
  let account: string;
  let address: string;
  let flat: string;

  beforeAll(async () => {
    f = await orderFixtures(t);
    // The premise's staff data as the registry import would leave it.
    const [premise] = await t.database.sql`update premises set tags = ${["Собака", "Ключи у соседей"]}, note = ${"Домофон не работает, звонить по телефону"}
      where id = ${f.residentPremise} returning personal_account, number, (select address from buildings b where b.id = building_id) as address`;
    account = premise!.personal_account as string;
    address = premise!.address as string;
    flat = premise!.number as string;
    order = await newOrder(t);
  });

  it("opens from the orders list with the premise's tags, note and account; Esc closes it and gives the focus back", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    const row = page.locator(`[data-testid="orders-row"][data-order-number="${order.number}"]`);
    const trigger = row.getByTestId("orders-address-trigger");
    expect(await trigger.textContent()).toBe(`${address}, кв. ${flat}`);
    expect(await trigger.getAttribute("aria-expanded")).toBe("false");

    // Keyboard: focus the address, Enter opens the dialog and focuses it.
    await trigger.focus();
    await page.keyboard.press("Enter");
    const popover = page.getByTestId("orders-address");
    await popover.waitFor();
    expect(await popover.getAttribute("role")).toBe("dialog");
    expect(await trigger.getAttribute("aria-expanded")).toBe("true");
    expect(await page.evaluate(focusedTestId)).toBe("orders-address");
    await expect.poll(() => popover.getByTestId("orders-address-account").textContent()).toBe(account);
    expect(await popover.getByTestId("orders-address-note").textContent()).toBe("Домофон не работает, звонить по телефону");
    expect(await popover.getByTestId("orders-address-tags").textContent()).toContain("Ключи у соседей");
    await snapshot(page, "address-popover");
    // The row did not open the order: the list is still shown.
    expect(page.url()).toMatch(/\/exploitation\/dispatcher\/orders$/);

    await page.keyboard.press("Escape");
    await expect.poll(() => popover.count()).toBe(0);
    expect(await page.evaluate(focusedTestId)).toBe("orders-address-trigger");

    // A click opens it again; a click elsewhere closes it.
    await trigger.click();
    await popover.waitFor();
    await page.getByTestId("topbar-organization").click();
    await expect.poll(() => popover.count()).toBe(0);

    // The header opens the premise card.
    await trigger.click();
    await popover.getByTestId("orders-address-premise-link").click();
    await page.waitForURL(`**/directory/premises/${f.residentPremise}`);
    await page.getByTestId("premise-card").waitFor();
    expect(await page.locator("h1").textContent()).toBe(`${address}, кв. ${flat}`);
    expect(await page.getByTestId("premise-card-account").textContent()).toBe(account);
    expect(await page.getByTestId("premise-card-note").textContent()).toBe("Домофон не работает, звонить по телефону");
    const [resident] = await t.database.sql`select full_name from clients where id = ${f.residentClient}`;
    await expect.poll(() => page.getByTestId("premise-card-residents").textContent()).toContain(resident!.full_name as string);
    await expect.poll(() => page.getByTestId("premise-card-order-link").first().textContent()).toBe(`№ ${order.number}`);
    // The activity holds the order just made (newest first) and the seeded billing entries.
    await expect.poll(() => page.getByTestId("premise-card-activity").getByTestId("activity-order-link").first().textContent()).toContain(`№ ${order.number}`);
    await snapshot(page, "premise-card");

    // Its building's card: premises, open orders, administrators.
    await page.getByTestId("premise-card-building").click();
    await page.waitForURL(`**/directory/buildings/${f.residentBuilding}`);
    await page.getByTestId("building-card").waitFor();
    expect(await page.locator("h1").textContent()).toBe(address);
    await expect.poll(() => page.getByTestId("building-card-order-link").allTextContents()).toContain(`№ ${order.number}`);
    await expect.poll(() => page.getByTestId("building-card-administrators").textContent()).toContain("Кузнецов Михаил Петрович");
    await page.getByTestId("building-premises-search").fill(flat);
    await expect.poll(() => page.getByTestId("building-card-premise-link").allTextContents()).toContain(`кв. ${flat}`);
    await snapshot(page, "building-card");
    await context.close();
  });

  it("explains every label icon: a tooltip on each, and a legend popover in the list's header", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.getByTestId("orders-row").first().waitFor();
    const icons = page.locator('[data-testid="orders-row"] [data-label]');
    if ((await icons.count()) > 0) {
      const first = icons.first();
      expect(await first.getAttribute("title")).toBeTruthy();
      expect(await first.getAttribute("aria-label")).toBe(await first.getAttribute("title"));
    }
    const trigger = page.getByTestId("orders-label-legend-trigger");
    expect(await trigger.getAttribute("title")).toBe("Что означают метки");
    await trigger.focus();
    await page.keyboard.press("Enter");
    const legend = page.getByTestId("orders-label-legend");
    await legend.waitFor();
    const labels = await legend.getByTestId("orders-label-legend-label").evaluateAll((nodes) => nodes.map((n) => [n.getAttribute("data-label"), n.textContent?.trim()]));
    expect(labels).toHaveLength(10);
    expect(labels).toContainEqual(["SLA_REACTION_BREACHED", "Нарушен SLA времени реакции"]);
    expect(await legend.textContent()).toContain("Заявку не выполнили к сроку «Выполнить до».");
    await snapshot(page, "label-legend");
    await page.keyboard.press("Escape");
    await expect.poll(() => legend.count()).toBe(0);
    expect(await page.evaluate(focusedTestId)).toBe("orders-label-legend-trigger");
    await context.close();
  });

  it("opens from the order card; the building name opens the building card, which lists the building's open incidents", async () => {
    const dispatcher = await t.login("dispatcher@domovoy.example");
    const incident = await t.graphql<{ incidentCreate: { id: string } }>(
      `mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { id } }`,
      { input: { title: "Нет горячей воды в доме", serviceId: f.clog, scope: [{ buildingId: f.residentBuilding }], responsibleIds: [f.plumber] } },
      { token: dispatcher },
    );
    expect(incident.errors).toBeUndefined();

    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${order.number}`);
    const trigger = page.getByTestId("order-address-trigger");
    await trigger.click();
    const popover = page.getByTestId("order-address");
    await expect.poll(() => popover.getByTestId("order-address-account").textContent()).toBe(account);
    await popover.getByTestId("order-address-building-link").click();
    await page.waitForURL(`**/directory/buildings/${f.residentBuilding}`);
    await expect.poll(() => page.getByTestId("building-card-incident").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("Нет горячей воды в доме")]),
    );
    await context.close();
  });
});
