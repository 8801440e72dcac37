/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { orderFixtures, type OrderFixtures } from "../support/orders.js";
import { PNG_1x1 } from "../support/uploads.js";
import { employeeSignIn } from "./phone.js";
import { browserSuite, WAIT_CEILING_MS, skipBrowser, snapshot } from "./support.js";

const POLL = { timeout: WAIT_CEILING_MS };

/** A phone: 360×640, touch, mobile Chromium, Russian, Moscow time. */
async function openPhone(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  context.setDefaultNavigationTimeout(WAIT_CEILING_MS);
  return { context, page: await context.newPage() };
}

/** Nothing wider than the screen, and every control a finger must hit at least 44 × 44 CSS px. */
async function checkPhoneLayout(page: Page): Promise<void> {
  const layout = await page.evaluate(() => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>("a[href], button, select, textarea, input:not([type=file]), label.m-btn");
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      if (box.width < 44 || box.height < 44) small.push(`${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.textContent?.trim().slice(0, 30)}] ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, small };
  });
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
  expect(layout.small).toEqual([]);
}

type ApiOrder = { id: string; status: string; version: number; statusComment: string | null; checklist: { id: string; title: string; done: boolean; version: number; photo: { id: string } | null }[]; history: { kind: string; toStatus: string | null; checklistItemTitle: string | null }[] };

describe.skipIf(skipBrowser)("the employee app on a phone", () => {
  let t: TestServer;
  let browser: Browser;
  let f: OrderFixtures;
  let admin: string;
  let dispatcher: string;
  let serviceId: string;
  browserSuite((suite) => ({ t, browser } = suite));

  async function setup() {
    f = await orderFixtures(t);
    admin = await t.login("admin@domovoy.example");
    dispatcher = await t.login("dispatcher@domovoy.example");
    const created = await t.graphql<{ serviceCreate: { id: string } }>(
      `mutation ($input: ServiceCreateInput!) { serviceCreate(input: $input) { id } }`,
      {
        input: {
          name: `Осмотр подвала ${Date.now()}`,
          departmentId: f.plumbingDepartment,
          checklistRequiredToClose: true,
          checklistTemplate: [{ title: "Осмотреть трубы" }, { title: "Фото подвала", photoRequired: true }, { title: "Закрыть подвал" }],
        },
      },
      { token: admin },
    );
    serviceId = created.data!.serviceCreate.id;
  }

  /** An order of the service assigned to the plumber, still pending. */
  async function assigned(): Promise<{ id: string; number: number }> {
    const order = await newOrder(t, { serviceId, formAnswers: [] });
    const managed = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, { input: { id: order.id, version: order.version, executorIds: [f.plumber] } }, { token: dispatcher });
    expect(managed.errors).toBeUndefined();
    return order;
  }

  async function read(id: string): Promise<ApiOrder> {
    const r = await t.graphql<{ order: ApiOrder }>(
      `query ($id: ID!) { order(id: $id) { id status version statusComment checklist { id title done version photo { id } } history { kind toStatus checklistItemTitle } } }`,
      { id },
      { token: dispatcher },
    );
    return r.data!.order;
  }

  const signInOnPhone = (page: Page) => employeeSignIn(page, "plumber@domovoy.example");

  const item = (page: Page, title: string) => page.locator(`[data-testid="m-checklist-item"][data-title="${title}"]`);

  it("an executor finds an order, takes it to work, ticks the checklist with a photo and closes it; offline changes go once, in order", async () => {
    await setup();
    const order = await assigned();
    const { context, page } = await openPhone(browser, t.url);
    await signInOnPhone(page);
    await checkPhoneLayout(page);

    // Installable: the manifest of /m with its scope and icons, and the service worker registered for /m/ only.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
      return href ? ((await (await fetch(href)).json()) as { scope: string; start_url: string; display: string; icons: { sizes: string; purpose: string }[] }) : null;
    });
    expect(manifest).toMatchObject({ scope: "/m/", start_url: "/m/", display: "standalone" });
    expect(manifest!.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/m/"))?.active?.state ?? null), POLL)
      .toBe("activated");
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname))).toEqual(["/m/"]);

    // Found by its number in the header search.
    await page.getByTestId("m-tab-all").tap();
    await page.waitForURL((url) => url.searchParams.get("tab") === "all");
    await page.getByTestId("m-search").fill(String(order.number));
    await page.waitForURL((url) => url.searchParams.get("q") === String(order.number));
    await expect.poll(() => page.getByTestId("m-order-card").evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.number)), POLL).toEqual([String(order.number)]);
    await checkPhoneLayout(page);
    await page.getByTestId("m-order-card").tap();
    await expect.poll(() => page.getByTestId("m-order-title").textContent(), POLL).toBe(`№ ${order.number}`);
    await checkPhoneLayout(page);

    await page.getByTestId("m-take").tap();
    await expect.poll(async () => (await read(order.id)).status, POLL).toBe("IN_PROGRESS");
    await expect.poll(() => page.getByTestId("m-order-status").getAttribute("data-status"), POLL).toBe("IN_PROGRESS");

    await page.getByTestId("m-card-tab-checklist").tap();
    await item(page, "Осмотреть трубы").getByTestId("m-checklist-check").tap();
    await item(page, "Фото подвала").getByTestId("m-checklist-photo").setInputFiles({ name: "подвал.png", mimeType: "image/png", buffer: PNG_1x1 });
    await expect.poll(async () => (await read(order.id)).checklist.map((i) => [i.title, i.done, Boolean(i.photo)]), POLL).toEqual([
      ["Осмотреть трубы", true, false],
      ["Фото подвала", true, true],
      ["Закрыть подвал", false, false],
    ]);
    await expect.poll(() => item(page, "Фото подвала").getAttribute("data-done"), POLL).toBe("true");
    await checkPhoneLayout(page);

    // Offline: the last item and «Выполнить» wait on the phone, also through a reload.
    await context.setOffline(true);
    await page.getByTestId("m-offline").waitFor();
    await item(page, "Закрыть подвал").getByTestId("m-checklist-check").tap();
    await page.getByTestId("m-card-tab-main").tap();
    await page.getByTestId("m-complete").tap();
    await expect.poll(() => page.getByTestId("m-pending").getAttribute("data-count"), POLL).toBe("2");
    await expect.poll(() => page.getByTestId("m-order-status").getAttribute("data-status"), POLL).toBe("DONE");
    const meanwhile = await read(order.id);
    expect(meanwhile.status).toBe("IN_PROGRESS");
    expect(meanwhile.checklist[2]!.done).toBe(false);
    await page.reload();
    await expect.poll(() => page.getByTestId("m-order-title").textContent(), POLL).toBe(`№ ${order.number}`);
    await page.getByTestId("m-card-offline").waitFor();
    await expect.poll(() => page.getByTestId("m-pending").getAttribute("data-count"), POLL).toBe("2");
    await snapshot(page, "field-card-offline");

    await context.setOffline(false);
    await expect.poll(async () => (await read(order.id)).status, POLL).toBe("DONE");
    await expect.poll(() => page.getByTestId("m-pending").count(), POLL).toBe(0);
    const done = await read(order.id);
    expect(done.checklist.every((i) => i.done)).toBe(true);
    // Each queued change reached the server once, the tick before the status (history is newest first).
    const history = done.history.filter((e) => (e.kind === "CHECKLIST_ITEM_DONE" && e.checklistItemTitle === "Закрыть подвал") || (e.kind === "STATUS_CHANGED" && e.toStatus === "DONE"));
    expect(history.map((e) => e.kind)).toEqual(["STATUS_CHANGED", "CHECKLIST_ITEM_DONE"]);
    await expect(page.getByTestId("m-conflict").count()).resolves.toBe(0);
    await context.close();
  });

  it("a change made offline that someone else overtook is shown as a conflict, not sent over theirs", async () => {
    const order = await assigned();
    const { context, page } = await openPhone(browser, t.url);
    await signInOnPhone(page);
    await page.goto(`/m/orders/${order.number}`);
    await expect.poll(() => page.getByTestId("m-order-title").textContent(), POLL).toBe(`№ ${order.number}`);

    await context.setOffline(true);
    await page.getByTestId("m-offline").waitFor();
    await page.getByTestId("m-take").tap();
    await expect.poll(() => page.getByTestId("m-pending").getAttribute("data-count"), POLL).toBe("1");

    // Meanwhile the dispatcher changes the order.
    const current = await read(order.id);
    const overtaken = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, { input: { id: order.id, version: current.version, statusComment: "Жилец просит после 18:00" } }, { token: dispatcher });
    expect(overtaken.errors).toBeUndefined();

    await context.setOffline(false);
    const conflict = page.getByTestId("m-conflict");
    await expect.poll(() => conflict.getAttribute("data-state"), POLL).toBe("CONFLICT");
    expect(await conflict.textContent()).toContain("Заявку уже изменили");
    const after = await read(order.id);
    expect(after.status).toBe("PENDING");
    expect(after.statusComment).toBe("Жилец просит после 18:00");
    await checkPhoneLayout(page);
    await snapshot(page, "field-conflict");
    await page.getByTestId("m-conflict-dismiss").tap();
    await expect.poll(() => page.getByTestId("m-conflict").count(), POLL).toBe(0);
    await context.close();
  });
});
