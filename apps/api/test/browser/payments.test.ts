/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { fixtures, newOrder } from "../support/factories.js";
import { expectPhoneLayout, openPhone, residentSignIn } from "./phone.js";
import { browserSuite, fillInvoiceLine, openContext, signIn, skipBrowser, snapshot } from "./support.js";

/** Intl puts (narrow) no-break spaces in «3 000,00 ₽»: compare with plain ones. */
const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ").trim();
const text = async (page: Page, testid: string) => plain(await page.getByTestId(testid).first().textContent());

describe.skipIf(skipBrowser)("online payment and refunds in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("staff build and issue an invoice; the resident pays from their app on the hosted page; both cards turn «Оплачен» live; a partial refund and a rejected request reach the resident live", async () => {
    const f = await fixtures(t);
    const { id: orderId, number } = await newOrder(t, { token: await t.login("dispatcher@domovoy.example"), serviceId: f.electrical });

    // Staff (an administrator: refunds need REFUNDS_MANAGE) build the invoice in the card and issue it.
    const desk = await openContext(browser, t.url);
    const page = desk.page;
    await signIn(page, "admin@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${number}`);
    await expect.poll(() => page.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");
    await page.getByTestId("invoice-add").click();
    await fillInvoiceLine(page, "электрик", "Работа электрика", "1,5");
    await page.getByTestId("invoice-line-save").click();
    await expect.poll(() => page.getByTestId("invoice-line").count()).toBe(1);
    await page.getByTestId("invoice-add").click();
    await fillInvoiceLine(page, "розетк", "Установка розетки или выключателя", "2");
    await page.getByTestId("invoice-line-save").click();
    await expect.poll(() => text(page, "invoice-total")).toBe("3 000,00 ₽");
    await page.getByTestId("invoice-issue").click();
    await expect.poll(() => page.getByTestId("payment-state").getAttribute("data-state")).toBe("ISSUED");
    expect(await page.getByTestId("refund-open").count()).toBe(0);

    // A second tab of the same card on «Активность клиента».
    const activity = await desk.context.newPage();
    await activity.goto(`/exploitation/dispatcher/orders/${number}`);
    await activity.getByTestId("order-tab-activity").click();
    await activity.getByTestId("activity-list").waitFor();
    await expect.poll(() => activity.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");
    const paidEntry = activity.locator('[data-testid="activity-entry"][data-kind="PAYMENT"]').filter({ hasText: `Оплата счёта по заявке № ${number}` });
    expect(await paidEntry.count()).toBe(0);

    // The resident, on their phone, opens the order: the issued invoice with «Оплатить».
    const phone = await openPhone(browser, t.url);
    const r = phone.page;
    await residentSignIn(t, r, "+79160000001");
    await r.waitForURL("**/r/orders");
    await r.goto(`/r/orders/${number}`);
    await expect.poll(() => r.getByTestId("resident-invoice").getAttribute("data-state")).toBe("ISSUED");
    expect(await text(r, "resident-invoice-total")).toBe("3 000,00 ₽");
    await expectPhoneLayout(r, "invoice-issued");

    // «Оплатить» → the acquirer's hosted page → «Оплатить» there → back in the card, waiting for the bank.
    await r.getByTestId("resident-invoice-pay").tap();
    await r.waitForURL("**/pay/**");
    await expect.poll(() => r.getByTestId("pay-amount").textContent()).toBe("3\u00a0000,00 ₽");
    await r.getByRole("button", { name: "Оплатить" }).tap();
    await r.waitForURL(`**/r/orders/${number}?payment=succeeded`);
    await r.getByTestId("resident-payment-processing").waitFor();
    expect(await r.getByTestId("resident-invoice").getAttribute("data-state")).toBe("ISSUED");

    // The acquirer's notification goes out through the job queue: both open cards turn paid, no reload.
    await t.app.jobs.runDue();
    await expect.poll(() => page.getByTestId("payment-state").getAttribute("data-state")).toBe("PAID");
    expect(await text(page, "payment-state")).toContain("Оплачен онлайн");
    await expect.poll(() => r.getByTestId("resident-invoice").getAttribute("data-state")).toBe("PAID");
    expect(await text(r, "resident-invoice-state")).toContain("Оплачен онлайн");
    expect(await r.getByTestId("resident-payment-processing").count()).toBe(0);
    expect(await r.getByTestId("resident-invoice-pay").count()).toBe(0);
    // «Активность клиента» shows the payment live too.
    await expect.poll(() => paidEntry.count()).toBe(1);
    expect(plain(await paidEntry.getByTestId("activity-amount").textContent())).toBe("3 000,00 ₽");
    await snapshot(page, "payments-paid");
    await snapshot(r, "resident-invoice-paid");

    // Staff refund one of the two sockets, with a reason.
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
    expect(plain(await item.getByTestId("refund-label").textContent())).toBe("Возврат · 450,00 ₽ · Подтверждён · деньги возвращены");
    expect(await text(page, "refunded-total")).toBe("Возвращено 450,00 ₽ из 3 000,00 ₽");
    // The history says it was made and the money went back.
    await expect.poll(() => page.locator('[data-testid="order-history-item"][data-kind="REFUND_CHANGED"]').count()).toBe(2);
    expect(plain(await page.locator('[data-testid="order-history-item"][data-kind="REFUND_CHANGED"]').first().textContent())).toContain("Деньги возвращены");
    await snapshot(page, "payments-refund");

    // The resident sees it live.
    const mine = r.getByTestId("resident-refund").first();
    await expect.poll(() => mine.getAttribute("data-settlement")).toBe("SUCCEEDED");
    expect(plain(await mine.getByTestId("resident-refund-label").textContent())).toBe("Возврат · 450,00 ₽ · Подтверждён · деньги возвращены");
    expect(await text(r, "resident-refunded-total")).toBe("Возвращено 450,00 ₽ из 3 000,00 ₽");

    // The resident asks for the other socket back (the service allows refunds); the form offers only what is left.
    await r.getByTestId("resident-refund-open").tap();
    const form = r.getByTestId("resident-refund-form");
    const left = form.getByTestId("refund-line").filter({ hasText: "Установка розетки" });
    expect(plain(await left.textContent())).toContain("осталось 1 шт.");
    await left.getByTestId("refund-line-check").check();
    await form.getByTestId("refund-reason").fill("Вторая розетка тоже не нужна");
    await expectPhoneLayout(r, "refund-request");
    await form.getByTestId("resident-refund-submit").tap();
    await r.getByTestId("resident-refund-waiting").waitFor();
    await expect.poll(() => r.getByTestId("resident-refund").first().getAttribute("data-decision")).toBe("REQUESTED");
    expect(await r.getByTestId("resident-refund-open").count()).toBe(0);

    // Staff see the request live and reject it with a reason; the resident sees the reason live.
    const request = page.locator('[data-testid="refund-item"][data-decision="REQUESTED"]');
    await request.waitFor();
    await request.getByTestId("refund-reject").click();
    await page.getByTestId("refund-reject-reason").fill("Розетка установлена и работает");
    await page.getByTestId("refund-reject-submit").click();
    await page.getByTestId("refund-rejected").waitFor();
    await expect.poll(() => r.getByTestId("resident-refund").first().getAttribute("data-decision")).toBe("REJECTED");
    expect(await text(r, "resident-refund-rejection")).toBe("Причина отказа: Розетка установлена и работает");
    await r.getByTestId("resident-refund-open").waitFor();
    await snapshot(r, "resident-refunds");
    await expect.poll(() => page.locator('[data-testid="order-history-item"][data-kind="REFUND_CHANGED"]').count()).toBe(4);

    // The list's refund label: the refund that holds money, its amount and state.
    await page.goto("/exploitation/dispatcher/orders?tab=all");
    const row = page.locator(`[data-testid="orders-row"][data-order-number="${number}"]`);
    await expect.poll(async () => plain(await row.getByTestId("order-refund-label").textContent())).toBe("Возврат · 450,00 ₽ · Подтверждён");
    expect(await row.getByTestId("order-refund-label").getAttribute("data-decision")).toBe("CONFIRMED");

    const [stored] = await t.database.sql`select sum(amount_kopecks) filter (where decision = 'CONFIRMED')::int as refunded, count(*)::int as n from refunds where order_id = ${orderId}`;
    expect(stored).toEqual({ refunded: 45000, n: 2 });
    await phone.context.close();
    await desk.context.close();
  });
});
