/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { PNG_1x1 } from "../support/uploads.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

/** `datetime-local` text in Moscow time (the browser context's zone; no DST there). */
const moscowInput = (date: Date) => new Date(date.getTime() + 3 * 3600_000).toISOString().slice(0, 16);

const message = (page: Page, text: string) => page.getByTestId("chat-message").filter({ hasText: text });

describe.skipIf(skipBrowser)("chat with the client in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("a dispatcher sends a file, uses a reply template, schedules a message and sees everything live", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const admin = await t.login("admin@domovoy.example");
    const resident = await t.residentLogin("+79160000001");
    const { id: orderId, number } = await newOrder(t, { token: token });
    const template = await t.graphql(
      `mutation { replyTemplateCreate(input: { title: "Мастер выезжает", text: "{client_first_name}, по заявке №{order_number} мастер уже выехал." }) { id } }`,
      {},
      { token: admin },
    );
    expect(template.errors).toBeUndefined();

    const { page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${number}`);
    await page.getByTestId("chat-empty").waitFor();
    await expect.poll(() => page.getByTestId("realtime-status").getAttribute("title")).toBe("Онлайн");

    // A message with a file: the upload runs first (with progress), then Send.
    await page.getByTestId("chat-file-input").setInputFiles({ name: "схема.png", mimeType: "image/png", buffer: PNG_1x1 });
    await page.locator('[data-testid="chat-attachment"][data-ready="true"]').waitFor();
    await page.getByTestId("chat-input").fill("Здравствуйте! Отправляю схему 🙂");
    await page.getByTestId("chat-send").click();
    const withFile = message(page, "Отправляю схему");
    await withFile.getByTestId("chat-message-file").waitFor();
    expect(await withFile.getByTestId("chat-message-file").textContent()).toContain("схема.png");
    expect(await withFile.getAttribute("data-state")).toBe("SENT");
    expect(await page.getByTestId("chat-input").inputValue()).toBe("");
    await expect.poll(() => page.getByTestId("chat-attachment").count()).toBe(0);

    // The resident reads it in their app: two ticks appear live.
    const read = await t.graphql(`mutation ($id: ID!) { residentChatMarkRead(orderId: $id) { id } }`, { id: orderId }, { token: resident });
    expect(read.errors).toBeUndefined();
    await expect.poll(() => withFile.getAttribute("data-state")).toBe("READ");

    // The resident answers; the open thread shows it and counts it read.
    await t.graphql(`mutation ($id: ID!) { residentChatMessageSend(orderId: $id, text: "Спасибо, жду мастера") { id } }`, { id: orderId }, { token: resident });
    await message(page, "Спасибо, жду мастера").waitFor();
    await expect
      .poll(async () => (await t.database.sql`select read_at from chat_messages where order_id = ${orderId} and author_kind = 'RESIDENT'`)[0]?.read_at ?? null)
      .not.toBeNull();

    // A reply template, rendered for this order, goes into the composer; Ctrl+Enter sends it.
    await page.getByTestId("chat-templates").click();
    await page.getByTestId("chat-template-option").filter({ hasText: "Мастер выезжает" }).click();
    const rendered = `Ольга, по заявке №${number} мастер уже выехал.`;
    expect(await page.getByTestId("chat-input").inputValue()).toBe(rendered);
    await page.getByTestId("chat-input").press("Control+Enter");
    await message(page, rendered).waitFor();

    // A scheduled message: listed under Send until the queue delivers it, then in the thread, live.
    await page.getByTestId("chat-input").fill("Напоминаем: мастер придёт завтра с 10 до 12");
    await page.getByTestId("chat-schedule").click();
    await page.getByTestId("chat-send-at").fill(moscowInput(new Date(t.clock.now().getTime() + 10 * 60_000)));
    await page.getByTestId("chat-schedule-confirm").click();
    await page.getByTestId("chat-scheduled").waitFor();
    await page.getByTestId("chat-scheduled-toggle").click();
    expect(await page.getByTestId("chat-scheduled-text").textContent()).toBe("Напоминаем: мастер придёт завтра с 10 до 12");
    expect(await message(page, "Напоминаем").count()).toBe(0);
    await snapshot(page, "chat-scheduled");

    t.clock.advance(11 * 60_000);
    await t.app.jobs.runDue();
    await message(page, "Напоминаем: мастер придёт завтра с 10 до 12").waitFor();
    await expect.poll(() => page.getByTestId("chat-scheduled").count()).toBe(0);
    const delivered = await t.database.sql`select count(*)::int as n from chat_messages where order_id = ${orderId} and scheduled_message_id is not null`;
    expect(delivered[0]!.n).toBe(1);
    await snapshot(page, "chat-thread");
  });

  it("the author's menu offers edit and delete within the hour; a deletion shows as a tombstone", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const { number } = await newOrder(t, { token: token });
    const { page } = await openContext(browser, t.url);
    // A stand-in for the browser's speech recognition: it hears one phrase.
    await page.addInitScript(() => {
      class FakeRecognition {
        lang = "";
        continuous = false;
        interimResults = false;
        onresult: ((event: unknown) => void) | null = null;
        onerror: ((event: unknown) => void) | null = null;
        onend: (() => void) | null = null;
        start() {
          (window as unknown as { heardLang: string }).heardLang = this.lang;
          setTimeout(() => this.onresult?.({ resultIndex: 0, results: [Object.assign([{ transcript: "мастер придёт в 10" }], { isFinal: true })] }), 20);
          setTimeout(() => this.onend?.(), 40);
        }
        stop() {
          this.onend?.();
        }
      }
      Object.assign(window, { SpeechRecognition: FakeRecognition, webkitSpeechRecognition: FakeRecognition });
    });
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${number}`);
    await page.getByTestId("chat-empty").waitFor();

    // Voice input appends what was recognized (in Russian); an emoji comes from the picker.
    await page.getByTestId("chat-input").fill("Добрый день!");
    await page.getByTestId("chat-voice").click();
    await expect.poll(() => page.getByTestId("chat-input").inputValue()).toBe("Добрый день! мастер придёт в 10");
    expect(await page.evaluate(() => (window as unknown as { heardLang: string }).heardLang)).toBe("ru-RU");
    await page.getByTestId("chat-emoji").click();
    await page.getByTestId("chat-emoji-picker").getByText("👍").click();
    expect(await page.getByTestId("chat-input").inputValue()).toBe("Добрый день! мастер придёт в 10👍");

    await page.getByTestId("chat-input").fill("Мастер придёт в 10");
    await page.getByTestId("chat-send").click();
    const sent = message(page, "Мастер придёт в 10");
    await sent.waitFor();
    await sent.getByTestId("chat-message-menu").click();
    await page.getByTestId("chat-message-edit").click();
    await page.getByTestId("chat-input").fill("Мастер придёт в 11");
    await page.getByTestId("chat-send").click();
    await message(page, "Мастер придёт в 11").waitFor();

    await message(page, "Мастер придёт в 11").getByTestId("chat-message-menu").click();
    await page.getByTestId("chat-message-delete").click();
    await page.getByTestId("chat-message-delete-confirm").click();
    await page.getByTestId("chat-message-deleted").waitFor();
    expect(await page.getByTestId("chat-message-text").count()).toBe(0);
  });

  it("without speech recognition there is no microphone; «Шаблоны ответов» are managed in «Справочники»", async () => {
    const { page } = await openContext(browser, t.url);
    await page.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).SpeechRecognition;
      delete (window as unknown as Record<string, unknown>).webkitSpeechRecognition;
    });
    await signIn(page, "admin@domovoy.example");
    const token = await t.login("dispatcher@domovoy.example");
    const created = await newOrder(t, { token: token });
    await page.goto(`/exploitation/dispatcher/orders/${created.number}`);
    await page.getByTestId("chat-empty").waitFor();
    await page.getByTestId("chat-attach").waitFor();
    expect(await page.getByTestId("chat-voice").count()).toBe(0);

    await page.getByTestId("nav-reply-templates").click();
    await page.getByTestId("reply-template-row").first().waitFor();
    await page.getByTestId("reply-template-new").click();
    await page.getByTestId("reply-template-title").fill("Плановое отключение");
    await page.getByTestId("reply-template-text").fill("Здравствуйте, ");
    await page.getByTestId("reply-template-placeholder").filter({ hasText: "имя клиента" }).click();
    await page.getByTestId("reply-template-save").click();
    const row = page.getByTestId("reply-template-row").filter({ hasText: "Плановое отключение" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Здравствуйте, {client_first_name}");
    await snapshot(page, "reply-templates");
  });
  it("a dispatcher whose browser runs on UTC schedules on the organization's clock: 10:00 entered is 10:00 Moscow time, shown as 10:00", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const { id: orderId, number } = await newOrder(t, { token });
    const context = await browser.newContext({ baseURL: t.url, viewport: { width: 1280, height: 860 }, locale: "ru-RU", timezoneId: "UTC" });
    const page = await context.newPage();
    await signIn(page, "dispatcher@domovoy.example");
    await page.goto(`/exploitation/dispatcher/orders/${number}`);
    await page.getByTestId("chat-input").fill("Плановое напоминание");
    await page.getByTestId("chat-schedule").click();
    // The suggested time is an hour from now on the organization's clock, and the input says whose clock it is.
    const suggested = await page.getByTestId("chat-send-at").inputValue();
    const inAnHour = moscowInput(new Date(Date.now() + 3600_000));
    expect(Math.abs(Date.parse(`${suggested}Z`) - Date.parse(`${inAnHour}Z`))).toBeLessThan(5 * 60_000);
    expect(await page.getByTestId("chat-send-at-zone").textContent()).toContain("Europe/Moscow");
    const tomorrow = moscowInput(new Date(t.clock.now().getTime() + 24 * 3600_000)).slice(0, 10);
    await page.getByTestId("chat-send-at").fill(`${tomorrow}T10:00`);
    await page.getByTestId("chat-schedule-confirm").click();
    await page.getByTestId("chat-scheduled").waitFor();
    await page.getByTestId("chat-scheduled-toggle").click();
    expect(await page.getByTestId("chat-scheduled-time").textContent()).toContain("10:00");
    const [row] = await t.database.sql`select send_at from scheduled_messages where order_id = ${orderId}`;
    expect(new Date(row!.send_at as string).toISOString()).toBe(`${tomorrow}T07:00:00.000Z`);
    await context.close();
  });
});
