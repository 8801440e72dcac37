/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { fixtures, newOrder } from "../support/factories.js";
import { browserSuite, fillInvoiceLine, openContext, WAIT_CEILING_MS, signIn, skipBrowser, snapshot } from "./support.js";

const POLL = { timeout: WAIT_CEILING_MS };
/** Intl puts (narrow) no-break spaces in «1 890,00 ₽»: compare with plain ones. */
const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ").trim();
const text = async (page: Page, testid: string) => plain(await page.getByTestId(testid).textContent());

describe.skipIf(skipBrowser)("the invoice in the order card", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("a dispatcher builds an invoice from the price list, sees the totals before saving, issues it, marks it paid and makes it unpaid", async () => {
    const f = await fixtures(t);
    const token = await t.login("dispatcher@domovoy.example");
    const { id, number } = await newOrder(t, { token, serviceId: f.electrical });
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${number}`);
    await page.getByTestId("invoice-block").waitFor();
    expect(await text(page, "invoice-none")).toBe("Счёт не выставлен");

    // «Добавить»: 1400 ₽ × 1,5 ч − 10 % — the total shows before saving, as the server will compute it.
    await page.getByTestId("invoice-add").click();
    await fillInvoiceLine(page, "электрик", "Работа электрика", "1,5", "10");
    expect(await page.getByTestId("invoice-line-price").inputValue()).toBe("1400.00");
    await expect.poll(() => text(page, "invoice-line-preview"), POLL).toBe("Стоимость: 1 890,00 ₽");
    await page.getByTestId("invoice-line-save").click();
    await expect.poll(() => page.getByTestId("invoice-line").count(), POLL).toBe(1);
    await expect.poll(() => text(page, "invoice-total"), POLL).toBe("1 890,00 ₽");
    expect(await page.getByTestId("invoice-state").getAttribute("data-state")).toBe("DRAFT");

    // Pieces take whole numbers only: the form says so and does not save.
    await page.getByTestId("invoice-add").click();
    await fillInvoiceLine(page, "люстр", "Установка люстры", "1,5");
    await expect.poll(() => page.locator("#invoice-quantity-error").textContent(), POLL).toContain("целое число");
    expect(await page.getByTestId("invoice-line-save").isDisabled()).toBe(true);
    await page.getByTestId("invoice-line-quantity-input").fill("2");
    await expect.poll(() => text(page, "invoice-line-preview"), POLL).toBe("Стоимость: 3 000,00 ₽");
    await page.getByTestId("invoice-line-save").click();
    await expect.poll(() => page.getByTestId("invoice-line").count(), POLL).toBe(2);
    await expect.poll(() => text(page, "invoice-total"), POLL).toBe("4 890,00 ₽");
    expect((await page.getByTestId("invoice-line-total").allTextContents()).map(plain)).toEqual(["1 890,00 ₽", "3 000,00 ₽"]);
    await snapshot(page, "invoice-draft");

    // «Активировать в ЛК»: issued, «Добавить» gone, the order's base data locked, the label shown.
    await page.getByTestId("invoice-issue").click();
    await expect.poll(() => page.getByTestId("invoice-state").getAttribute("data-state"), POLL).toBe("ISSUED");
    expect(await text(page, "invoice-state")).toBe("Выставлен");
    expect(await page.getByTestId("invoice-add").count()).toBe(0);
    expect(await page.getByTestId("invoice-line-remove").count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="order-history-item"][data-kind="INVOICE_CHANGED"]').count(), POLL).toBe(4);
    const [stored] = await t.database.sql`select state, total_kopecks from invoices where order_id = ${id}`;
    expect({ state: stored!.state, total: String(stored!.total_kopecks) }).toEqual({ state: "ISSUED", total: "489000" });

    // Cash at the office: «Отметить оплаченным» keeps who and when; «Сделать неоплаченным» returns a draft.
    await page.getByTestId("invoice-mark-paid").click();
    await expect.poll(() => page.getByTestId("invoice-state").getAttribute("data-state"), POLL).toBe("MARKED_PAID");
    expect(await text(page, "invoice-marked-paid-at")).toContain("Отмечен оплаченным");
    await snapshot(page, "invoice-marked-paid");
    await page.getByTestId("invoice-make-unpaid").click();
    await expect.poll(() => page.getByTestId("invoice-state").getAttribute("data-state"), POLL).toBe("DRAFT");
    await page.getByTestId("invoice-add").waitFor();
    expect(await text(page, "invoice-total")).toBe("4 890,00 ₽");
    await context.close();
  });
});
