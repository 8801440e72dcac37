/// <reference lib="dom" />
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { orderFixtures, type OrderFixtures } from "../support/orders.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

const kindsShown = (page: Page) => page.getByTestId("activity-entry").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-kind")));

describe.skipIf(skipBrowser)("client activity, client block and organization block in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));
  let f: OrderFixtures;
  let order: { id: string; number: number };
  let partner: string;
  const setBalance = async (utilityBalance: string) => {
    const result = await t.graphql(
      `mutation ($input: PartnerPremiseUpdateInput!) { partnerPremiseUpdate(input: $input) { id } }`,
      { input: { premiseId: f.residentPremise, utilityBalance } },
      { token: partner },
    );
    expect(result.errors).toBeUndefined();
  };

  beforeAll(async () => {
    f = await orderFixtures(t);
    const dispatcher = await t.login("dispatcher@domovoy.example");
    const admin = await t.login("admin@domovoy.example");
    order = await newOrder(t, { token: dispatcher });
    // A billing system reports a payment (not about the order), a pass for this order, and a debt.
    const issued = await t.graphql<{ integrationTokenCreate: { token: string } }>(`mutation { integrationTokenCreate(name: "Биллинг") { token } }`, {}, { token: admin });
    partner = issued.data!.integrationTokenCreate.token;
    const upsert = `mutation ($input: PartnerClientActivityInput!) { partnerClientActivityUpsert(input: $input) { created } }`;
    const now = Date.now();
    for (const input of [
      { externalId: "b-pay-1", kind: "PAYMENT", occurredAt: new Date(now + 1_000).toISOString(), clientId: f.residentClient, title: "Оплата ЖКУ за ноябрь", amount: "1234.50" },
      { externalId: "b-pass-1", kind: "PASS", occurredAt: new Date(now + 2_000).toISOString(), clientId: f.residentClient, orderNumber: order.number, title: "Пропуск для сантехника" },
    ]) {
      const result = await t.graphql(upsert, { input }, { token: partner });
      expect(result.errors).toBeUndefined();
    }
    await setBalance("-1234.50");
  });

  it("shows the client and organization blocks, reads the activity tab and switches to the order's activity", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${order.number}`);
    await expect.poll(() => page.getByTestId("order-title").textContent()).toBe(`Заявка № ${order.number}`);

    // Client block: debt in red, account, tel: link, a way to the client's page.
    const balance = page.getByTestId("order-client-balance");
    await expect.poll(() => balance.textContent()).toMatch(/^Долг 1\s234,50\s₽$/);
    expect(await balance.getAttribute("class")).toContain("debt");
    expect(await page.getByTestId("order-client-phone").getAttribute("href")).toBe("tel:+79160000001");
    expect(await page.getByTestId("order-client-open").getAttribute("href")).toBe(`/clients/${f.residentClient}`);
    // Billing pays it off while the card is open: the block follows live.
    await setBalance("500.00");
    await expect.poll(() => balance.textContent()).toMatch(/^Аванс 500,00\s₽$/);
    expect(await balance.getAttribute("class")).toContain("advance");
    await setBalance("-1234.50");
    await expect.poll(() => balance.textContent()).toMatch(/^Долг 1\s234,50\s₽$/);

    // Organization block: the quarter's and object group's administrators, contacts on click.
    await expect.poll(() => page.getByTestId("org-name").textContent()).toBe("УК «Домовой»");
    const quarterAdmin = page.getByTestId("org-group-quarter").getByTestId("org-admin");
    expect(await quarterAdmin.textContent()).toContain("Кузнецов Михаил Петрович");
    expect(await page.getByTestId("org-group-object-group").getByTestId("org-admin").textContent()).toContain("Громов Виталий Олегович");
    await quarterAdmin.click();
    const contacts = page.getByTestId("org-admin-contacts");
    expect(await contacts.getByTestId("org-admin-email").getAttribute("href")).toBe("mailto:engineer@domovoy.example");
    expect(await contacts.getByTestId("org-admin-phone").getAttribute("href")).toMatch(/^tel:\+7\d{10}$/);
    await snapshot(page, "order-card-client-organization");
    await page.keyboard.press("Escape");
    expect(await contacts.count()).toBe(0);

    // «Активность клиента»: everything, newest first; the pass is on top, the payment shows its sum.
    await page.getByTestId("order-tab-activity").click();
    await page.getByTestId("activity-entry").first().waitFor();
    const all = await kindsShown(page);
    expect(all.slice(0, 3)).toEqual(["PASS", "PAYMENT", "ORDER"]);
    expect(all.length).toBeGreaterThan(3);
    expect(await page.getByTestId("activity-amount").first().textContent()).toMatch(/1\s234,50\s₽/);
    const orderLink = page.getByTestId("activity-order-link").first();
    expect(await orderLink.getAttribute("href")).toBe(`/exploitation/dispatcher/orders/${order.number}`);
    await snapshot(page, "order-card-activity-all");

    await page.getByTestId("activity-scope-order").click();
    await expect.poll(() => page.getByTestId("activity-list").getAttribute("data-scope")).toBe("order");
    await expect.poll(() => kindsShown(page)).toEqual(["PASS", "ORDER"]);
    await page.getByTestId("activity-scope-all").click();
    await expect.poll(async () => (await kindsShown(page)).length).toBe(all.length);
    await context.close();
  });

  it("opens the client page with premises, orders and activity", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${order.number}`);
    await page.getByTestId("order-client-open").click();
    await page.waitForURL(`**/clients/${f.residentClient}`);
    await page.getByTestId("client-panel").waitFor();

    const premise = page.getByTestId("client-premise").first();
    expect(await premise.textContent()).toContain("г. Москва, ул. Профсоюзная, д. 56, кв. 12");
    await expect.poll(() => page.getByTestId("client-premise-balance").first().textContent()).toMatch(/^Долг 1\s234,50\s₽$/);

    await snapshot(page, "client-page-profile");
    await page.getByTestId("client-tab-orders").click();
    await page.getByTestId("client-order").first().waitFor();
    expect(await page.getByTestId("client-order-link").first().textContent()).toBe(`№ ${order.number}`);

    await page.getByTestId("client-tab-activity").click();
    await page.getByTestId("activity-entry").first().waitFor();
    expect(await page.getByTestId("activity-scope-order").count()).toBe(0);
    expect((await kindsShown(page)).slice(0, 2)).toEqual(["PASS", "PAYMENT"]);
    await snapshot(page, "client-page-activity");
    // «Показать ещё» brings older entries (the demo client has a year of history).
    const before = (await kindsShown(page)).length;
    await page.getByTestId("client-activity").getByTestId("load-more").click();
    await expect.poll(async () => (await kindsShown(page)).length).toBeGreaterThan(before);
    await context.close();
  });
  it("an administrator issues an integration token in «Интеграции», it works once copied, and revoking it stops it", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.getByTestId("nav-integrations").click();
    await page.waitForURL("**/directory/integrations");
    await page.getByTestId("integration-new").click();
    await page.getByTestId("integration-name").fill("Пропуска");
    await page.getByTestId("integration-create").click();
    const token = (await page.getByTestId("integration-token").textContent())!.trim();
    expect(token).toMatch(/^dmi_/);
    const upsert = `mutation ($input: PartnerClientActivityInput!) { partnerClientActivityUpsert(input: $input) { created } }`;
    const input = { externalId: "ui-pass-1", kind: "PASS", occurredAt: new Date().toISOString(), clientId: f.residentClient, title: "Пропуск для курьера" };
    expect((await t.graphql(upsert, { input }, { token })).errors).toBeUndefined();
    const row = page.getByTestId("integration-row").filter({ hasText: "Пропуска" });
    await row.getByTestId("integration-revoke").click();
    await row.getByTestId("integration-revoke-confirm").click();
    await expect.poll(() => row.textContent()).toContain("Отозван");
    expect((await t.graphql(upsert, { input }, { token })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await snapshot(page, "integrations");
    await context.close();
  });
});
