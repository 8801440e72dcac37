/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

/** The row of an order in the list shown. */
const row = (page: Page, number: number) => page.locator(`[data-testid="orders-row"][data-order-number="${number}"]`);

/** Numbers of the rows shown, top first. */
const rowNumbers = (page: Page) => page.getByTestId("orders-row").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-order-number"))));

/** Whether a row of the list carries the important-comment label. */
const flagged = (page: Page, number: number) => row(page, number).locator('[data-label="IMPORTANT_COMMENT"]').count();

/** Opens the card and its «Комментарии» tab; the thread (empty or not) has arrived. */
async function openComments(page: Page, number: number): Promise<void> {
  await page.goto(`/exploitation/dispatcher/orders/${number}`);
  await expect.poll(() => page.getByTestId("order-title").textContent()).toBe(`Заявка № ${number}`);
  await page.getByTestId("comments-tab").click();
  await page.locator('[data-testid="comment-item"], [data-testid="order-comments-empty"]').first().waitFor();
}

/** «Все заявки», fetched afresh. */
async function openAllOrders(page: Page): Promise<void> {
  await page.goto("/exploitation/dispatcher/orders?tab=all");
  await page.getByTestId("orders-row").first().waitFor();
}

describe.skipIf(skipBrowser)("comments for colleagues in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("an important comment shows bold, reaches a colleague live, and flags the order until someone opens it", async () => {
    // The order is made through the API: this test is about the Comments tab, not «Новое обращение».
    const token = await t.login("dispatcher@domovoy.example");
    const { number } = await newOrder(t, { description: "Вода не уходит в раковине", token });

    const first = await openContext(browser, t.url);
    const second = await openContext(browser, t.url);
    const third = await openContext(browser, t.url);
    const a = first.page;
    const b = second.page;
    const c = third.page;
    await Promise.all([signIn(a, "dispatcher@domovoy.example"), signIn(b, "dispatcher2@domovoy.example"), signIn(c, "dispatcher3@domovoy.example")]);

    // Both dispatchers have the card open on «Комментарии»: nothing written yet.
    await Promise.all([openComments(a, number), openComments(b, number)]);
    expect(await a.getByTestId("comments-tab").textContent()).toBe("Комментарии");
    await a.getByTestId("order-comments-empty").waitFor();
    await expect.poll(() => b.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");

    // The third employee looks at «Все заявки»: the new order is not on top (the seed has a flagged one).
    await openAllOrders(c);
    expect((await rowNumbers(c))[0]).not.toBe(number);
    expect(await flagged(c, number)).toBe(0);

    // An empty comment is refused next to the field, in Russian, without asking the server.
    await a.getByTestId("comment-send").click();
    expect(await a.locator("#comment-text-input-error").textContent()).toBe("Напишите комментарий");

    // An important comment, sent with Ctrl+Enter.
    const text = "Срочно: у жителя маленький ребёнок, приехать до обеда";
    const input = a.getByTestId("comment-input");
    await input.fill(text);
    await a.locator("#comment-text-input-error").waitFor({ state: "detached" });
    await a.getByTestId("comment-important-toggle").check();
    await input.press("Control+Enter");

    const mine = a.getByTestId("comment-item");
    await mine.first().waitFor();
    await expect.poll(() => mine.count()).toBe(1);
    expect(await mine.getAttribute("data-important")).toBe("true");
    expect(await mine.getByTestId("comment-text").textContent()).toBe(text);
    expect(await mine.getByTestId("comment-text").evaluate((el) => getComputedStyle(el).fontWeight)).toBe("700");
    expect(await mine.getByTestId("comment-important").textContent()).toContain("Важный");
    expect(await mine.getByTestId("comment-author").textContent()).toBe("Смирнова Анна Владимировна");
    expect(await a.getByTestId("comments-tab").textContent()).toBe("Комментарии (1)");
    // The composer is ready for the next one.
    expect(await input.inputValue()).toBe("");
    expect(await a.getByTestId("comment-important-toggle").isChecked()).toBe(false);
    await snapshot(a, "order-comments");

    // The colleague sees it appear without reloading, bold too.
    const theirs = b.getByTestId("comment-item");
    await theirs.first().waitFor();
    expect(await theirs.count()).toBe(1);
    expect(await theirs.getAttribute("data-important")).toBe("true");
    expect(await theirs.getByTestId("comment-text").textContent()).toBe(text);
    expect(await theirs.getByTestId("comment-text").evaluate((el) => getComputedStyle(el).fontWeight)).toBe("700");
    await expect.poll(() => b.getByTestId("comments-tab").textContent()).toBe("Комментарии (1)");

    // An ordinary reply: regular weight, after the first one, live for the author of the first.
    await b.getByTestId("comment-input").fill("Принято, передаю сантехнику");
    await b.getByTestId("comment-send").click();
    await expect.poll(() => mine.count()).toBe(2);
    expect(await mine.nth(1).getAttribute("data-important")).toBe("false");
    expect(await mine.nth(1).getByTestId("comment-text").textContent()).toBe("Принято, передаю сантехнику");
    expect(await mine.nth(1).getByTestId("comment-text").evaluate((el) => getComputedStyle(el).fontWeight)).toBe("400");
    expect(await mine.nth(1).getByTestId("comment-important").count()).toBe(0);
    expect(await a.getByTestId("comments-tab").textContent()).toBe("Комментарии (2)");

    // For the third employee the order now leads «Все заявки» with the important-comment label.
    await openAllOrders(c);
    await expect.poll(async () => (await rowNumbers(c))[0]).toBe(number);
    expect(await flagged(c, number)).toBe(1);
    await snapshot(c, "orders-important-comment");

    // Opening the card counts as seeing it: back in the list, the label is gone.
    const seen = c.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("OrderMarkSeen"));
    await row(c, number).locator("td").first().click();
    await c.waitForURL(`**/orders/${number}`);
    expect((await seen).ok()).toBe(true);
    await c.getByTestId("comments-tab").click();
    await expect.poll(() => c.getByTestId("comment-item").count()).toBe(2);
    await openAllOrders(c);
    await row(c, number).waitFor();
    expect(await flagged(c, number)).toBe(0);

    await first.context.close();
    await second.context.close();
    await third.context.close();
  });
});
