/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { orderFixtures } from "../support/orders.js";
import { browserSuite, choose, openContext, signIn, skipBrowser, snapshot } from "./support.js";

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
    await choose(page.getByTestId("incident-service"), { label: "Засор канализации" });
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
    await choose(page.getByTestId("incident-responsible"), { index: 1 });
    await choose(page.getByTestId("incident-status-select"), "IN_PROGRESS");
    await page.getByTestId("incident-save").click();
    await expect.poll(() => page.getByTestId("incident-status").textContent()).toBe("В работе");
    await choose(page.getByTestId("incident-status-select"), "DONE");
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
  it("selects orders in the list, attaches them to an incident in bulk, shows the incident column, and closing the incident closes them", async () => {
    const f = await orderFixtures(t);
    const token = await t.login("dispatcher@domovoy.example");
    const created = await t.graphql(`mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { id number version } }`, {
      input: { title: "Авария на вводе водопровода", serviceId: f.clog, scope: [{ buildingId: f.residentBuilding }], responsibleIds: [f.plumber] },
    }, { token });
    expect(created.errors).toBeUndefined();
    const incident = created.data!.incidentCreate as { id: string; number: number };
    const orders = await Promise.all([newOrder(t), newOrder(t), newOrder(t)]);
    const numbers = orders.map((o) => String(o.number));
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto("/exploitation/dispatcher/orders?tab=all");
    const row = (number: string) => page.locator(`[data-testid="orders-row"][data-order-number="${number}"]`);
    for (const number of numbers) await row(number).waitFor();

    // «Select all on the page», then none, then the three orders one by one.
    await page.getByTestId("orders-select-all").check();
    const rows = await page.getByTestId("orders-row").count();
    await expect.poll(() => page.getByTestId("orders-selected-count").textContent()).toMatch(new RegExp(`\\b${rows}\\b`));
    await page.getByTestId("orders-clear-selection").click();
    await expect.poll(() => page.getByTestId("orders-selection-bar").count()).toBe(0);
    for (const number of numbers) await row(number).getByTestId("orders-row-select").check();
    await expect.poll(() => page.getByTestId("orders-selected-count").textContent()).toBe("Выбрано 3 заявки");

    // The dialog offers open incidents, this one (same building and service, newest) first.
    await page.getByTestId("orders-attach-incident").click();
    const options = page.getByTestId("attach-incident-option");
    await expect.poll(() => options.first().getAttribute("data-incident-number")).toBe(String(incident.number));
    await expect.poll(() => options.first().textContent()).toContain("тот же объект и услуга");
    await options.first().locator("input").check();
    await page.getByTestId("attach-incident-submit").click();
    await page.getByTestId("incident-attached").waitFor();
    // Attached orders leave the default list (filter «Прикреплена к инциденту»: «Нет»).
    for (const number of numbers) await expect.poll(() => row(number).count()).toBe(0);
    await expect.poll(() => page.getByTestId("orders-selection-bar").count()).toBe(0);
    const state = await t.database.sql`select incident_id from orders where id in ${t.database.sql(orders.map((o) => o.id))}`;
    expect(state.map((r) => r.incident_id)).toEqual([incident.id, incident.id, incident.id]);

    // «Да» shows them; the «Инцидент» column names the incident with a link.
    await page.getByTestId("orders-filters").click();
    await page.getByTestId("filter-incident").click();
    await page.locator('[data-testid="filter-incident-option"][data-value="ATTACHED"]').click();
    await page.getByTestId("filter-apply").click();
    await page.getByTestId("orders-columns").click();
    await page.locator('[data-testid="columns-item"][data-column="INCIDENT"]').getByTestId("columns-toggle").check();
    await page.getByTestId("columns-save").click();
    for (const number of numbers) await expect.poll(() => row(number).getByTestId("orders-incident").textContent()).toContain(`№ ${incident.number}`);
    await snapshot(page, "orders-incident-column");

    // Through the column's link to the card: work, then done; back in the list the orders are done.
    await row(numbers[0]!).getByTestId("orders-incident").locator("a").click();
    await page.waitForURL(`**/incidents/${incident.id}`);
    // «Изменить»: a new title and the scope narrowed to the resident's premise, typed as a range.
    const [premise] = await t.database.sql`select number from premises where id = ${f.residentPremise}`;
    await page.getByTestId("incident-edit").click();
    await page.getByTestId("incident-edit-title").fill("Авария на вводе водопровода, стояк 2");
    await page.getByTestId("incident-edit-ranges").first().fill(/^\d+$/.test(premise!.number) ? `${premise!.number}-${premise!.number}` : premise!.number);
    await page.getByTestId("incident-edit-save").click();
    await page.getByTestId("incident-edit-saved").waitFor();
    await expect.poll(() => page.getByTestId("incident-scope").textContent()).toContain(`помещения ${premise!.number}`);
    await expect.poll(() => page.locator("h1").textContent()).toContain("стояк 2");
    const [scoped] = await t.database.sql`select count(*)::int as n from incident_scope where incident_id = ${incident.id} and premise_id = ${f.residentPremise}`;
    expect(scoped!.n).toBe(1);
    await choose(page.getByTestId("incident-status-select"), "IN_PROGRESS");
    await page.getByTestId("incident-save").click();
    await expect.poll(() => page.getByTestId("incident-status").textContent()).toBe("В работе");
    await choose(page.getByTestId("incident-status-select"), "DONE");
    await page.getByTestId("incident-comment").fill("Ввод отремонтирован");
    await page.getByTestId("incident-save").click();
    await expect.poll(() => page.getByTestId("incident-status").textContent()).toBe("Выполнен");
    await page.goBack();
    for (const number of numbers) await expect.poll(() => row(number).locator("[data-status]").getAttribute("data-status")).toBe("DONE");
    await context.close();
  });
});
