/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

describe.skipIf(skipBrowser)("online payment and a refund in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("the resident pays on the hosted page in another browser; the staff card turns «Оплачен» live; staff refund a socket", async () => {
    const dispatcher = await t.login("dispatcher@domovoy.example");
    const resident = await t.residentLogin("+79160000001");
    const [electrical] = await t.database.sql`select s.id from services s join organizations o on o.id = s.organization_id where o.slug = 'domovoy' and s.name = 'Электромонтажные работы'`;
    const { id: orderId, number } = await newOrder(t, { serviceId: electrical!.id, token: dispatcher });
    const items = Object.fromEntries((await t.database.sql`select id, name from price_list_items where service_id = ${electrical!.id}`).map((r) => [r.name, r.id]));
    // The invoice: 1.5 h of work and 2 sockets, issued (3000.00 ₽).
    let invoice = (await t.graphql(`mutation ($orderId: ID!) { invoiceCreate(orderId: $orderId) { id version } }`, { orderId }, { token: dispatcher })).data!.invoiceCreate;
    for (const [name, quantity] of [["Работа электрика", "1.5"], ["Установка розетки или выключателя", "2"]]) {
      const r = await t.graphql(`mutation ($input: InvoiceLineAddInput!) { invoiceLineAdd(input: $input) { id version } }`, { input: { invoiceId: invoice.id, version: invoice.version, priceListItemId: items[name!], quantity } }, { token: dispatcher });
      invoice = r.data!.invoiceLineAdd;
    }
    const issued = await t.graphql(`mutation ($id: ID!, $version: Int!) { invoiceIssue(id: $id, version: $version) { state } }`, { id: invoice.id, version: invoice.version }, { token: dispatcher });
    expect(issued.data!.invoiceIssue.state).toBe("ISSUED");

    // Staff (an administrator: refunds need REFUNDS_MANAGE) keep the card open.
    const { page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${number}`);
    await expect.poll(() => page.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");
    await expect.poll(() => page.getByTestId("payment-state").getAttribute("data-state")).toBe("ISSUED");
    expect(await page.getByTestId("refund-open").count()).toBe(0);

    // The resident starts the payment in their app and pays on the acquirer's page in their own browser.
    const payment = await t.graphql(`mutation ($orderId: ID!) { residentInvoicePay(orderId: $orderId, returnPath: "/r") { confirmationUrl } }`, { orderId }, { token: resident });
    const { page: residentPage } = await openContext(browser, t.url);
    await residentPage.goto(payment.data!.residentInvoicePay.confirmationUrl);
    await expect.poll(() => residentPage.getByTestId("pay-amount").textContent()).toBe("3\u00a0000,00 ₽");
    await residentPage.getByRole("button", { name: "Оплатить" }).click();
    await residentPage.waitForURL("**/r?payment=succeeded");

    // The acquirer's notification goes out through the job queue; the open card turns «Оплачен онлайн».
    await t.app.jobs.runDue();
    await expect.poll(() => page.getByTestId("payment-state").getAttribute("data-state")).toBe("PAID");
    expect(await page.getByTestId("payment-state").textContent()).toContain("Оплачен онлайн");
    await snapshot(page, "payments-paid");

    // A partial refund: one of the two sockets, with a reason.
    await page.getByTestId("refund-open").click();
    const dialog = page.getByTestId("refund-dialog");
    const socket = dialog.getByTestId("refund-line").filter({ hasText: "Установка розетки" });
    await socket.getByTestId("refund-line-check").check();
    await socket.getByTestId("refund-line-quantity").fill("1");
    await dialog.getByTestId("refund-reason").fill("Одна розетка не понадобилась");
    await dialog.getByTestId("refund-submit").click();
    await page.getByTestId("refund-done").waitFor();
    const item = page.getByTestId("refund-item").first();
    await expect.poll(() => item.getAttribute("data-settlement")).toBe("SUCCEEDED");
    expect(await item.getByTestId("refund-label").textContent()).toMatch(/Возврат · 450,00\s₽ · Подтверждён\s*·\s*деньги возвращены/);
    expect(await page.getByTestId("refunded-total").textContent()).toMatch(/Возвращено 450,00\s₽ из 3\s000,00\s₽/);
    const [stored] = await t.database.sql`select amount_kopecks::int as amount, settlement from refunds where order_id = ${orderId}`;
    expect(stored).toEqual({ amount: 45000, settlement: "SUCCEEDED" });
    await snapshot(page, "payments-refund");
  });
});
