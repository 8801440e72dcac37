import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, choose, openContext, signIn, selectValue, skipBrowser, snapshot } from "./support.js";

/** Chooses an item in a search select: opens it, types, clicks the matching option. */
async function pick(page: Page, testid: string, search: string, option: string): Promise<void> {
  const input = page.getByTestId(`${testid}-input`);
  await input.click();
  await input.fill(search);
  await page.getByTestId(`${testid}-option`).filter({ hasText: option }).first().click();
  await expect.poll(() => input.inputValue()).toContain(option);
}

/** The «Новые» badge in the menu (0 when it is hidden). */
async function newCount(page: Page): Promise<number> {
  const badge = page.getByTestId("nav-orders-count");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

/** Saves the Management block and waits until the card shows the status. */
async function saveManagement(page: Page, status: string): Promise<void> {
  await page.getByTestId("manage-save").click();
  await expect.poll(() => page.getByTestId("order-status").getAttribute("data-status")).toBe(status);
  await expect.poll(() => page.getByTestId("manage-save").isDisabled()).toBe(true);
}

function tomorrow(): string {
  const moscow = new Date(Date.now() + 3 * 3600_000 + 86_400_000);
  return moscow.toISOString().slice(0, 10);
}

describe.skipIf(skipBrowser)("orders in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("creates an order, works it to done from the card, and the other dispatcher sees it live", async () => {
    const first = await openContext(browser, t.url);
    const second = await openContext(browser, t.url);
    const a = first.page;
    const b = second.page;
    await Promise.all([signIn(a, "dispatcher@domovoy.example"), signIn(b, "dispatcher2@domovoy.example")]);

    // The second dispatcher watches «Новые»: the list and the menu counter.
    await b.getByTestId("orders-table").waitFor();
    await expect.poll(() => b.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");
    // The seed has New orders, so the badge shows once its count has loaded; reading earlier would see 0.
    await b.getByTestId("nav-orders-count").waitFor();
    const countBefore = await newCount(b);

    // «Новое обращение»
    await a.getByTestId("orders-new").click();
    await a.waitForURL("**/orders/new");
    await choose(a.getByTestId("new-order-channel"), "INCOMING_CALL");
    await pick(a, "new-order-building", "Профсоюзная, д. 56", "ул. Профсоюзная, д. 56");
    await expect.poll(() => a.getByTestId("new-order-building-hint").textContent()).toContain("Квартал");
    await pick(a, "new-order-premise", "12", "кв. 12");
    await pick(a, "new-order-client", "Соколова", "Соколова Ольга Игоревна");
    await a.getByTestId("new-order-client-open").waitFor();
    await pick(a, "new-order-service", "Засор", "Засор канализации");
    await a.getByTestId("new-order-description").fill("Вода не уходит в раковине на кухне");

    // «Где засор» is required: saving without it is refused next to the field.
    const place = a.locator('[data-testid="new-order-form-field"][data-key="place"]');
    await a.getByTestId("new-order-save").click();
    await place.locator(".field-error").waitFor();
    expect(await place.locator(".field-error").textContent()).toContain("Обязательное поле");
    // The select says it is required and wrong, described by that message.
    const placeSelect = place.getByTestId("new-order-form-input");
    expect(await placeSelect.getAttribute("role")).toBe("combobox");
    expect(await placeSelect.getAttribute("aria-required")).toBe("true");
    expect(await placeSelect.getAttribute("aria-invalid")).toBe("true");
    expect(await placeSelect.getAttribute("aria-describedby")).toBe(await place.locator(".field-error").getAttribute("id"));
    await snapshot(a, "new-order-errors");
    expect(a.url()).toContain("/orders/new");

    await choose(place.getByTestId("new-order-form-input"), "Кухня");
    await a.getByTestId("new-order-save").click();
    await a.waitForURL(/\/exploitation\/dispatcher\/orders\/\d+$/);
    const number = Number(new URL(a.url()).pathname.split("/").pop());
    await expect.poll(() => a.getByTestId("order-title").textContent()).toBe(`Заявка № ${number}`);
    expect(await a.getByTestId("order-status").getAttribute("data-status")).toBe("PENDING");
    expect(await a.getByTestId("order-info-service").textContent()).toContain("Засор канализации");
    expect(await a.locator('[data-testid="order-info-answer"][data-key="place"]').textContent()).toBe("Кухня");

    // Live for the other dispatcher: the counter goes up and the row appears at the top of «Новые».
    await expect.poll(() => newCount(b)).toBe(countBefore + 1);
    await b.locator(`[data-testid="orders-row"][data-order-number="${number}"]`).waitFor();
    expect(await b.getByTestId("orders-row").first().getAttribute("data-order-number")).toBe(String(number));
    await snapshot(b, "orders-list");

    // The other dispatcher opens the same card and starts writing a status comment.
    await b.locator(`[data-testid="orders-row"][data-order-number="${number}"] td`).first().click();
    await b.waitForURL(`**/orders/${number}`);
    await b.getByTestId("manage-comment").fill("Уточнить у жителя время");

    // Management: assign the plumber (with his workload), take to work, pause, resume, complete.
    await expect.poll(() => selectValue(a.getByTestId("manage-department"))).not.toBe("");
    const responsible = a.getByTestId("manage-responsible-input");
    await responsible.click();
    const plumber = a.getByTestId("manage-responsible-option").filter({ hasText: "Волков Сергей Иванович" });
    await plumber.getByTestId("workload").waitFor();
    await plumber.click();
    await expect.poll(() => responsible.inputValue()).toBe("Волков Сергей Иванович");
    await a.getByTestId("manage-save").click();
    await a.locator('[data-testid="order-history-item"][data-kind="EXECUTORS_CHANGED"]').waitFor();
    await expect.poll(() => a.getByTestId("manage-save").isDisabled()).toBe(true);

    // The other card updates live but keeps the unsaved comment, and says the order changed.
    await b.locator('[data-testid="order-history-item"][data-kind="EXECUTORS_CHANGED"]').waitFor();
    await b.getByTestId("order-stale").waitFor();
    expect(await b.getByTestId("manage-comment").inputValue()).toBe("Уточнить у жителя время");
    // Saving the stale edit is refused (CONFLICT); the toast offers to reload the card.
    await b.getByTestId("manage-save").click();
    const conflict = b.getByTestId("order-conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("Смирнова Анна Владимировна");
    // «Обновить карточку» keeps the unsaved comment on top of the new version, which brings the executor.
    await conflict.getByTestId("toast-action").click();
    await b.getByTestId("order-stale").waitFor({ state: "detached" });
    await b.getByTestId("order-manage-rebased").waitFor();
    expect(await b.getByTestId("order-manage-rebased").textContent()).toContain("не затрагивает");
    expect(await b.getByTestId("manage-comment").inputValue()).toBe("Уточнить у жителя время");
    expect(await b.getByTestId("manage-responsible-input").inputValue()).toBe("Волков Сергей Иванович");
    await b.getByTestId("nav-orders").click();
    await b.waitForURL("**/exploitation/dispatcher/orders");

    await choose(a.getByTestId("manage-status"), "IN_PROGRESS");
    await saveManagement(a, "IN_PROGRESS");
    // No longer new: the other dispatcher's counter goes back down.
    await expect.poll(() => newCount(b)).toBe(countBefore);

    await choose(a.getByTestId("manage-status"), "PAUSED");
    await a.getByTestId("manage-save").click();
    await a.locator("#manage-comment-error").waitFor();
    expect(await a.locator("#manage-comment-error").textContent()).toContain("комментарий");
    await a.getByTestId("manage-comment").fill("Жилец уехал до завтра");
    await a.getByTestId("manage-resume-by").fill(tomorrow());
    await saveManagement(a, "PAUSED");

    await choose(a.getByTestId("manage-status"), "IN_PROGRESS");
    await saveManagement(a, "IN_PROGRESS");
    await choose(a.getByTestId("manage-status"), "DONE");
    await saveManagement(a, "DONE");

    // History, newest first: every step, with who did it and the status comment.
    const history = a.getByTestId("order-history-item");
    await expect.poll(async () => (await history.evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")))).filter((k) => k === "STATUS_CHANGED").length).toBe(4);
    const kinds = await history.evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")));
    expect(kinds[kinds.length - 1]).toBe("CREATED");
    expect(kinds).toContain("EXECUTORS_CHANGED");
    expect(kinds).toContain("SLA_REACTION_KEPT");
    expect(kinds).toContain("SLA_EXECUTION_KEPT");
    const statusSteps = await a
      .locator('[data-testid="order-history-item"][data-kind="STATUS_CHANGED"]')
      .evaluateAll((items) => items.map((i) => i.querySelector('[data-testid="order-history-to"]')?.getAttribute("data-status")));
    expect(statusSteps).toEqual(["DONE", "IN_PROGRESS", "PAUSED", "IN_PROGRESS"]);
    expect(await a.getByTestId("order-history-comment").first().textContent()).toContain("Жилец уехал до завтра");
    expect(await a.getByTestId("order-history-executors").textContent()).toContain("Волков Сергей Иванович");
    expect(await a.getByTestId("order-history-actor").first().textContent()).toBe("Смирнова Анна Владимировна");
    // Done: base data is locked, and the card says why.
    expect(await a.getByTestId("order-info-locked").textContent()).toContain("выполнена");
    await snapshot(a, "order-card");

    await first.context.close();
    await second.context.close();
  });

  it("hides and reorders columns, filters the list, and finds both so after a reload", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.getByTestId("orders-tab-all").click();
    await page.waitForURL("**/orders?tab=all");
    const headers = () => page.getByTestId("orders-col").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-column")));
    await expect.poll(headers).toEqual(["STATUS", "NUMBER", "SERVICE", "ADDRESS", "CLIENT", "EXECUTORS", "LABELS", "UPDATED_AT"]);

    await page.getByTestId("orders-columns").click();
    const dialog = page.getByTestId("columns-dialog");
    await dialog.waitFor();
    const item = (column: string) => dialog.locator(`[data-testid="columns-item"][data-column="${column}"]`);
    await item("CLIENT").getByTestId("columns-toggle").uncheck();
    // Reorder by dragging (HTML5 drag and drop) and with the keyboard-friendly arrows.
    await item("SERVICE").dragTo(item("NUMBER"));
    await item("EXECUTION_DUE_AT").getByTestId("columns-toggle").check();
    await item("EXECUTION_DUE_AT").getByTestId("columns-up").click();
    await snapshot(page, "columns-dialog");
    const saved = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("OrderListPreferencesSave"));
    await dialog.getByTestId("columns-save").click();
    await dialog.waitFor({ state: "detached" });
    expect((await saved).ok()).toBe(true);
    const expected = ["STATUS", "SERVICE", "NUMBER", "ADDRESS", "EXECUTORS", "LABELS", "EXECUTION_DUE_AT", "UPDATED_AT"];
    await expect.poll(headers).toEqual(expected);

    // Saved on the server: the next visit shows the same columns.
    await page.reload();
    await page.getByTestId("orders-table").waitFor();
    await expect.poll(headers).toEqual(expected);

    // Filters too: «Выполнено» only, saved for the next visit; «Очистить» goes back to the default.
    await page.getByTestId("orders-filters").click();
    await page.getByTestId("filter-statuses-trigger").click();
    await page.getByTestId("filter-statuses-popover").locator("label", { hasText: "Выполнено" }).click();
    const filterSaved = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("OrderListPreferencesSave"));
    await page.getByTestId("filter-apply").click();
    await filterSaved;
    await expect.poll(() => page.getByTestId("orders-filters-count").textContent()).toBe("1");
    await page.reload();
    await expect.poll(() => page.getByTestId("orders-filters-count").textContent()).toBe("1");
    await page.locator('[data-testid="orders-row"], [data-testid="orders-empty"]').first().waitFor();
    const statuses = await page.locator('[data-testid="orders-row"] [data-testid="status-chip"]').evaluateAll((chips) => chips.map((c) => c.getAttribute("data-status")));
    expect(statuses.every((status) => status === "DONE")).toBe(true);
    await page.getByTestId("orders-filters").click();
    await page.getByTestId("filter-clear").click();
    await expect.poll(() => page.getByTestId("orders-filters-count").count()).toBe(0);

    await context.close();
  });
});
