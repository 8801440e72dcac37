import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, choose, openContext, signIn, skipBrowser, snapshot } from "./support.js";

/** #15 the service form: SLA in days and hours, field keys from labels, the price list editor, rules explained. */
describe.skipIf(skipBrowser)("service form in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("enters SLA in days and hours, keys fields from their labels, and edits the price list", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.goto("/directory/services/new");
    await page.getByTestId("service-name").fill("Замена сантехники (платно)");
    await choose(page.getByTestId("service-kind"), "PAID");

    // SLA: half an hour to react, two days and four hours to do it; the hint reads the total back.
    await page.getByTestId("service-sla-reaction-hours").fill("0,5");
    await expect.poll(() => page.getByTestId("service-sla-reaction-total").textContent()).toBe("= 30 мин");
    await page.getByTestId("service-sla-execution-days").fill("2");
    await page.getByTestId("service-sla-execution-hours").fill("4");
    await expect.poll(() => page.getByTestId("service-sla-execution-total").textContent()).toBe("= 2 д 4 ч");

    // Every rule says what it does; «Возможность возврата» too.
    const refunds = page.locator("label[for='service-refunds']");
    expect(await refunds.textContent()).toContain("Возможность возврата");
    expect(await refunds.textContent()).toContain("Житель может запросить возврат денег");
    await page.getByTestId("service-refunds").check();

    // Field keys come from the labels, unique within the form; editable only under «Дополнительно».
    for (const label of ["Номер подъезда", "Номер подъезда", "Этаж"]) {
      await page.getByTestId("order-form-add").click();
      await page.getByTestId("order-form-field-label").last().fill(label);
    }
    const shown = page.getByTestId("order-form-field-key-shown");
    await expect.poll(() => shown.allTextContents()).toEqual(["nomer_podezda", "nomer_podezda_2", "etazh"]);
    expect(await page.getByTestId("order-form-field-key").first().isVisible()).toBe(false);
    const second = page.getByTestId("order-form-field").nth(1);
    await second.getByTestId("order-form-field-advanced").locator("summary").click();
    await second.getByTestId("order-form-field-key").fill("entrance_alt");
    // A key typed by hand no longer follows the label.
    await second.getByTestId("order-form-field-label").fill("Подъезд (запасной)");
    await expect.poll(() => shown.allTextContents()).toEqual(["nomer_podezda", "entrance_alt", "etazh"]);
    await snapshot(page, "service-form");

    await page.getByTestId("service-save").click();
    await page.waitForURL(/\/directory\/services\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop()!;
    const [saved] = await t.database.sql`select sla_reaction_minutes, sla_execution_minutes, order_form, refunds_allowed from services where id = ${id}`;
    expect(saved!.sla_reaction_minutes).toBe(30);
    expect(saved!.sla_execution_minutes).toBe(2 * 1440 + 4 * 60);
    expect(saved!.refunds_allowed).toBe(true);
    expect((saved!.order_form as { key: string }[]).map((f) => f.key)).toEqual(["nomer_podezda", "entrance_alt", "etazh"]);

    // Opened again, the SLA reads in days and hours; a saved field's key stays when its label changes.
    await page.reload();
    await expect.poll(() => page.getByTestId("service-sla-reaction-hours").inputValue()).toBe("0,5");
    expect(await page.getByTestId("service-sla-reaction-days").inputValue()).toBe("");
    expect(await page.getByTestId("service-sla-execution-days").inputValue()).toBe("2");
    expect(await page.getByTestId("service-sla-execution-hours").inputValue()).toBe("4");
    await page.getByTestId("order-form-field-label").first().fill("Подъезд");
    expect(await shown.first().textContent()).toBe("nomer_podezda");

    // The price list: add, refuse a bad price, edit, switch off.
    const section = page.getByTestId("price-list-section");
    await section.waitFor();
    const fresh = page.getByTestId("price-item-new");
    await fresh.getByTestId("price-item-name").fill("Замена смесителя");
    await fresh.getByTestId("price-item-price").fill("-1");
    await fresh.getByTestId("price-item-add").click();
    expect(await fresh.locator(".field-error").textContent()).toContain("Цена");
    await fresh.getByTestId("price-item-price").fill("1 500,50");
    await fresh.getByTestId("price-item-add").click();
    const row = page.getByTestId("price-item").filter({ hasText: "Замена смесителя" });
    await row.waitFor();
    expect((await row.getByTestId("price-item-price-text").textContent())!.replace(/\s/g, " ")).toBe("1 500,50 ₽");
    await fresh.getByTestId("price-item-name").fill("Выезд мастера");
    await fresh.getByTestId("price-item-unit").fill("выезд");
    await fresh.getByTestId("price-item-price").fill("500");
    await fresh.getByTestId("price-item-add").click();
    await page.getByTestId("price-item").filter({ hasText: "Выезд мастера" }).waitFor();

    await row.getByTestId("price-item-edit").click();
    const editing = page.getByTestId("price-item-editing");
    await editing.getByTestId("price-item-price").fill("1600");
    await editing.getByTestId("price-item-save").click();
    await expect.poll(async () => (await row.getByTestId("price-item-price-text").textContent())!.replace(/\s/g, " ")).toBe("1 600,00 ₽");
    await row.getByTestId("price-item-toggle").click();
    await row.getByTestId("price-item-inactive").waitFor();
    await snapshot(page, "service-price-list");

    const items = await t.database.sql`select name, unit, unit_price, active from price_list_items where service_id = ${id} order by position`;
    expect(items.map((i) => ({ ...i, unit_price: String(i.unit_price) }))).toEqual([
      { name: "Замена смесителя", unit: "шт.", unit_price: "160000", active: false },
      { name: "Выезд мастера", unit: "выезд", unit_price: "50000", active: true },
    ]);

    // Opened again, the list shows what was saved.
    await page.reload();
    await page.getByTestId("price-item").filter({ hasText: "Замена смесителя" }).getByTestId("price-item-inactive").waitFor();
    expect(await page.getByTestId("price-item").count()).toBe(2);
    await context.close();
  });
});
