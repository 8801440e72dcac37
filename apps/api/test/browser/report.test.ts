/// <reference lib="dom" />
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, openContext, WAIT_CEILING_MS, signIn, skipBrowser, snapshot } from "./support.js";

const POLL = { timeout: WAIT_CEILING_MS };
const SEARCH = "засор";

describe.skipIf(skipBrowser)("orders Excel report in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("a dispatcher exports the searched list with chosen fields in the chosen order, follows the progress and downloads the xlsx", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const list = await t.graphql<{ orders: { totalCount: number; nodes: { number: number; status: string }[] } }>(
      `query ($search: String) { orders(tab: ALL, search: $search, first: 100) { totalCount nodes { number status } } }`,
      { search: SEARCH },
      { token },
    );
    expect(list.errors).toBeUndefined();
    const { totalCount, nodes } = list.data!.orders;
    expect(totalCount).toBeGreaterThan(0);
    expect(totalCount).toBeLessThanOrEqual(100);

    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto("/exploitation/dispatcher/orders?tab=all");
    await page.getByTestId("orders-search").fill(SEARCH);
    await expect.poll(() => page.getByTestId("orders-row").count(), POLL).toBe(Math.min(totalCount, 50));

    await page.getByTestId("orders-report").click();
    const dialog = page.getByTestId("report-dialog");
    await dialog.getByTestId("report-item").first().waitFor();
    // «Все» ticks everything; unticking it clears the list; then two fields, Status moved above Number.
    await dialog.getByTestId("report-all").check();
    expect(await dialog.getByTestId("report-toggle").evaluateAll((inputs) => inputs.every((i) => (i as HTMLInputElement).checked))).toBe(true);
    await dialog.getByTestId("report-all").uncheck();
    expect(await dialog.getByTestId("report-create").isDisabled()).toBe(true);
    await dialog.locator('[data-field="NUMBER"] [data-testid="report-toggle"]').check();
    await dialog.locator('[data-field="STATUS"] [data-testid="report-toggle"]').check();
    const order = await dialog.getByTestId("report-item").evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.field));
    const statusIndex = order.indexOf("STATUS");
    const numberIndex = order.indexOf("NUMBER");
    if (statusIndex > numberIndex) for (let i = statusIndex; i > numberIndex; i--) await dialog.locator('[data-field="STATUS"] [data-testid="report-up"]').click();
    await dialog.getByTestId("report-create").click();
    await dialog.getByTestId("report-progress").waitFor();
    await snapshot(page, "report-progress");

    // Jobs run on demand in tests: the pushed progress takes the dialog to READY.
    await t.app.jobs.runDue();
    await expect.poll(() => dialog.getByTestId("report-progress").getAttribute("data-state"), POLL).toBe("READY");
    expect(await dialog.getByTestId("report-ready").textContent()).toContain(String(totalCount));
    await snapshot(page, "report-ready");

    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("report-download").click()]);
    expect(download.suggestedFilename()).toMatch(/^Заявки .*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile((await download.path())!);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Статус", "Номер"]);
    expect(sheet.rowCount).toBe(totalCount + 1);
    const numbers = Array.from({ length: totalCount }, (_, i) => sheet.getRow(i + 2).getCell(2).value);
    expect(numbers).toEqual(nodes.map((n) => n.number));

    // The ticks come back next time, in their order.
    await dialog.getByRole("button", { name: "Закрыть" }).last().click();
    await page.getByTestId("orders-report").click();
    await page.getByTestId("report-item").first().waitFor();
    const ticked = await page
      .getByTestId("report-item")
      .evaluateAll((items) => items.filter((i) => (i.querySelector("input") as HTMLInputElement).checked).map((i) => (i as HTMLElement).dataset.field));
    expect(ticked).toEqual(["STATUS", "NUMBER"]);
    await context.close();
  });

  it("is not offered to an employee without REPORTS_EXPORT", async () => {
    await t.database.sql`update roles set permissions = array['ORDERS_READ_ALL', 'ORDERS_CREATE'] where id = (select role_id from employees where email = 'plumber@domovoy.example')`;
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "plumber@domovoy.example");
    await page.getByTestId("orders-columns").waitFor();
    expect(await page.getByTestId("orders-report").count()).toBe(0);
    await context.close();
  });
});
