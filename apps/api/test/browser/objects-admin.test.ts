import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

/**
 * «Объекты» administration in a browser: buildings (create, edit with the quarter, group and legal
 * entity pickers), premises of a building, the import with a preview that shows a bad row,
 * quarters with administrators, legal entities with their requisites checked in the form.
 */
async function pick(page: Page, testid: string, text: string): Promise<void> {
  await page.getByTestId(`${testid}-input`).click();
  await page.getByTestId(`${testid}-option`).filter({ hasText: text }).first().click();
}

describe.skipIf(skipBrowser)("objects administration in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("creates a building with its quarter, group and legal entity, edits it, and adds and edits a premise", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.getByTestId("nav-quarters").waitFor();
    await page.getByTestId("nav-buildings").click();
    await page.waitForURL("**/directory/buildings");

    await page.getByTestId("building-new").click();
    const dialog = page.getByTestId("building-dialog");
    // Saving without an address is refused at the field.
    await dialog.getByTestId("building-save").click();
    await expect.poll(() => dialog.locator("#building-address-error").textContent()).toBe("Обязательное поле");
    await dialog.getByTestId("building-address").fill("г. Москва, ул. Браузерная, д. 1");
    await pick(page, "building-quarterId", "Квартал Северный");
    await pick(page, "building-objectGroupId", "Эксплуатационный участок № 1");
    await pick(page, "building-legalEntityId", "ООО «Домовой-Сервис»");
    await snapshot(page, "building-dialog");
    await dialog.getByTestId("building-save").click();
    await dialog.waitFor({ state: "detached" });

    await page.getByTestId("buildings-search").fill("Браузерная");
    const row = page.getByTestId("buildings-row").filter({ hasText: "Браузерная, д. 1" });
    await expect.poll(() => row.textContent()).toContain("Квартал Северный");
    expect(await row.textContent()).toContain("ООО «Домовой-Сервис»");
    const [saved] = await t.database.sql`select b.id, q.name as quarter, g.name as group_name, l.name as entity from buildings b
      join quarters q on q.id = b.quarter_id join object_groups g on g.id = b.object_group_id join legal_entities l on l.id = b.legal_entity_id
      where b.address = 'г. Москва, ул. Браузерная, д. 1'`;
    expect(saved).toMatchObject({ quarter: "Квартал Северный", group_name: "Эксплуатационный участок № 1", entity: "ООО «Домовой-Сервис»" });

    // Edit: a new address, the legal entity cleared.
    await row.getByTestId("building-edit").click();
    await dialog.getByTestId("building-address").fill("г. Москва, ул. Браузерная, д. 1А");
    await dialog.getByTestId("building-legalEntityId-clear").click();
    await dialog.getByTestId("building-save").click();
    await dialog.waitFor({ state: "detached" });
    const edited = page.getByTestId("buildings-row").filter({ hasText: "Браузерная, д. 1А" });
    await edited.waitFor();
    await expect.poll(async () => (await edited.locator("td").nth(3).textContent())?.trim()).toBe("—");
    const [after] = await t.database.sql`select version, legal_entity_id from buildings where id = ${saved!.id}`;
    expect(after).toEqual({ version: 2, legal_entity_id: null });

    // Its premises: add one («кв. 5» is stored as «5»), then edit its note.
    await edited.getByTestId("building-premises-link").click();
    await page.waitForURL(`**/directory/buildings/${saved!.id}/premises`);
    await expect.poll(() => page.locator("h1").textContent()).toContain("Браузерная, д. 1А");
    await page.getByTestId("premise-new").click();
    const premiseDialog = page.getByTestId("premise-dialog");
    await premiseDialog.getByTestId("premise-number").fill("кв. 5");
    await premiseDialog.getByTestId("premise-account").fill("402555555");
    await premiseDialog.getByTestId("premise-note").fill("Домофон не работает");
    await premiseDialog.getByTestId("premise-save").click();
    await premiseDialog.waitFor({ state: "detached" });
    const premiseRow = page.getByTestId("premises-row").filter({ hasText: "402555555" });
    await expect.poll(async () => (await premiseRow.locator("td").first().textContent())?.trim()).toBe("5");
    await premiseRow.getByTestId("premise-edit").click();
    await premiseDialog.getByTestId("premise-note").fill("Ключи у консьержа");
    await premiseDialog.getByTestId("premise-save").click();
    await premiseDialog.waitFor({ state: "detached" });
    await expect.poll(() => premiseRow.textContent()).toContain("Ключи у консьержа");
    await context.close();
  });

  it("imports premises from a CSV: the preview shows the bad row with its column and message, the good rows are applied on request", async () => {
    const [building] = await t.database.sql`select b.id, b.address from buildings b join organizations o on o.id = b.organization_id
      where o.slug = 'domovoy' order by b.address limit 1`;
    const before = (await t.database.sql`select count(*)::int as n from premises where building_id = ${building!.id}`)[0]!.n as number;
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.goto(`/directory/buildings/${building!.id}/premises`);
    await page.getByTestId("premises-row").first().waitFor();

    await page.getByTestId("premises-import-open").click();
    const dialog = page.getByTestId("premises-import-dialog");
    const csv = ["Номер;Лицевой счёт;Примечание", "901;402901901;Новая", `902;${"9".repeat(31)};Слишком длинный счёт`, "903;;"].join("\r\n");
    await dialog.getByTestId("premises-import-file").setInputFiles({ name: "помещения.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + csv, "utf8") });

    await expect.poll(() => dialog.getByTestId("premises-import-summary").textContent()).toContain("Строк: 3. Новых: 2");
    expect(await dialog.getByTestId("premises-import-errors").textContent()).toContain("1 строка с ошибками");
    const bad = dialog.locator('[data-testid="premises-import-row"][data-row="3"]');
    expect(await bad.getByTestId("premises-import-row-errors").textContent()).toContain("Лицевой счёт: Лицевой счёт не длиннее 30 символов");
    // The bad row comes first; the good ones say what will happen.
    expect(await dialog.getByTestId("premises-import-row").first().getAttribute("data-row")).toBe("3");
    expect(await dialog.locator('[data-testid="premises-import-row"][data-row="2"]').textContent()).toContain("Новое");
    await snapshot(page, "premises-import-preview");
    // Nothing is changed by the preview.
    expect((await t.database.sql`select count(*)::int as n from premises where building_id = ${building!.id}`)[0]!.n).toBe(before);

    const apply = dialog.getByTestId("premises-import-apply");
    expect(await apply.textContent()).toContain("Импортировать 2 строки без ошибок");
    await apply.click();
    await page.getByTestId("premises-import-applied").waitFor();
    await dialog.waitFor({ state: "detached" });
    const numbers = (await t.database.sql`select number from premises where building_id = ${building!.id} and number in ('901', '902', '903') order by number`).map((r) => r.number);
    expect(numbers).toEqual(["901", "903"]);
    await page.getByTestId("premises-search").fill("901");
    await expect.poll(() => page.getByTestId("premises-row").first().textContent()).toContain("402901901");
    await context.close();
  });

  it("shows a file-level refusal (an unknown column) without a preview", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.goto("/directory/buildings");
    await page.getByTestId("premises-import-open").click();
    const dialog = page.getByTestId("premises-import-dialog");
    await dialog.getByTestId("premises-import-file").setInputFiles({ name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("Объект;Номер;Площадь\r\nДом;1;40\r\n") });
    await expect.poll(() => dialog.getByRole("alert").first().textContent()).toContain("Неизвестный столбец «Площадь»");
    expect(await dialog.getByTestId("premises-import-summary").count()).toBe(0);
    await context.close();
  });

  it("checks a legal entity's requisites in the form, marking every wrong field, then saves a valid one", async () => {
    const count = async () => (await t.database.sql`select count(*)::int as n from legal_entities`)[0]!.n as number;
    const before = await count();
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.getByTestId("nav-legal-entities").click();
    await page.waitForURL("**/directory/legal-entities");
    await page.getByTestId("legal-entities-row").first().waitFor();

    await page.getByTestId("legal-entity-new").click();
    const dialog = page.getByTestId("legal-entity-dialog");
    await dialog.getByTestId("legal-entity-name").fill("ООО «Проверка»");
    await dialog.getByTestId("legal-entity-inn").fill("7728015438");
    await dialog.getByTestId("legal-entity-kpp").fill("77280");
    await dialog.getByTestId("legal-entity-settlementAccount").fill("40702810938000000001");
    await dialog.getByTestId("legal-entity-save").click();
    await expect.poll(() => dialog.locator("#legal-entity-inn-error").textContent()).toContain("контрольным числом");
    expect(await dialog.locator("#legal-entity-kpp-error").textContent()).toContain("КПП должен состоять из 9 символов");
    expect(await dialog.locator("#legal-entity-settlementAccount-error").textContent()).toContain("укажите БИК");
    expect(await dialog.getByTestId("legal-entity-inn").getAttribute("aria-invalid")).toBe("true");
    await snapshot(page, "legal-entity-invalid");
    expect(await count()).toBe(before);

    await dialog.getByTestId("legal-entity-inn").fill("7728 015 439");
    await dialog.getByTestId("legal-entity-kpp").fill("772801001");
    await dialog.getByTestId("legal-entity-bik").fill("044525225");
    await dialog.getByTestId("legal-entity-bankName").fill("ПАО Сбербанк");
    await dialog.getByTestId("legal-entity-save").click();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByTestId("legal-entities-row").filter({ hasText: "ООО «Проверка»" });
    await expect.poll(() => row.textContent()).toContain("7728015439 / 772801001");
    expect(await count()).toBe(before + 1);
    await context.close();
  });

  it("creates a quarter with an administrator; the menu hides these pages from a dispatcher", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.getByTestId("nav-quarters").click();
    await page.waitForURL("**/directory/quarters");
    await page.getByTestId("groupings-row").first().waitFor();
    await page.getByTestId("grouping-new").click();
    const dialog = page.getByTestId("grouping-dialog");
    await dialog.getByTestId("grouping-name").fill("Квартал Браузерный");
    await dialog.getByTestId("grouping-admin-add-input").fill("Смирнова");
    await page.getByTestId("grouping-admin-add-option").filter({ hasText: "Смирнова" }).first().click();
    await expect.poll(() => dialog.getByTestId("grouping-administrators").textContent()).toContain("Смирнова");
    await dialog.getByTestId("grouping-save").click();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByTestId("groupings-row").filter({ hasText: "Квартал Браузерный" });
    await expect.poll(() => row.textContent()).toContain("Смирнова Анна Владимировна");

    await page.getByTestId("nav-object-groups").click();
    await page.waitForURL("**/directory/object-groups");
    await expect.poll(() => page.getByTestId("groupings-row").first().textContent()).toContain("участок");
    await context.close();

    const dispatcher = await openContext(browser, t.url);
    await signIn(dispatcher.page, "dispatcher@domovoy.example");
    await dispatcher.page.getByTestId("nav-buildings").waitFor();
    for (const id of ["quarters", "object-groups", "legal-entities"]) expect(await dispatcher.page.getByTestId(`nav-${id}`).count()).toBe(0);
    await dispatcher.page.getByTestId("nav-buildings").click();
    await dispatcher.page.getByTestId("buildings-row").first().waitFor();
    expect(await dispatcher.page.getByTestId("building-new").count()).toBe(0);
    expect(await dispatcher.page.getByTestId("building-edit").count()).toBe(0);
    await dispatcher.context.close();
  });
});
