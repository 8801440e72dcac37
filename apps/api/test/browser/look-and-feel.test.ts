/// <reference lib="dom" />
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { SESSION_COOKIE } from "../../src/shared/auth/cookies.js";
import type { TestServer } from "../support/harness.js";
import { browserSuite, skipBrowser, snapshot, WAIT_CEILING_MS } from "./support.js";

const build = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../web/build");

/** A browser profile already signed in (the session cookie the sign-in form would have set). */
async function signedIn(browser: Browser, t: TestServer, token: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: t.url, locale: "ru-RU", timezoneId: "Europe/Moscow", ...options });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  context.setDefaultNavigationTimeout(WAIT_CEILING_MS);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: t.url, httpOnly: true, sameSite: "Lax" }]);
  return { context, page: await context.newPage() };
}

/** The files of the build this page loaded, by kind (paths on the server). */
const loaded = (page: Page, pattern: RegExp) =>
  page.evaluate((source) => {
    const re = new RegExp(source);
    return performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((p) => re.test(p));
  }, pattern.source);

/** How far the page, or the content pane beside the menu, scrolls sideways (0 when it does not). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const content = document.getElementById("content")!;
    return Math.max(document.documentElement.scrollWidth - window.innerWidth, content.scrollWidth - content.clientWidth);
  });

describe.skipIf(skipBrowser)("the look of the web app", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("draws text in the bundled Inter (Cyrillic and Latin, preloaded), and the employee app's first load stays within its JS budget and a few files", async () => {
    const { context, page } = await signedIn(browser, t, await t.login("plumber@domovoy.example"), {
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto("/m");
    await page.getByTestId("m-app").waitFor();
    await page.evaluate(() => document.fonts.ready);

    // The shell preloads both font files; the page's text is set in Inter, and the face is loaded.
    const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloads.map((p) => path.basename(p).replace(/\.[\w-]+\.woff2$/, ""))).toEqual(["inter-cyrillic-wght-normal", "inter-latin-wght-normal"]);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Inter"?,/);
    expect(await page.evaluate(() => document.fonts.check('600 16px "Inter"', "Заявки 128"))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Inter" && f.status === "loaded").length)).toBe(2);

    // Only those two subsets ever load: no other font file, and together they stay lean.
    const fonts = await loaded(page, /\.woff2?$/);
    expect(new Set(fonts)).toEqual(new Set(preloads));
    const fontBytes = fonts.reduce((sum, p) => sum + statSync(path.join(build, p)).size, 0);
    expect(fontBytes).toBeLessThanOrEqual(80 * 1024);

    // The employee list's first load: every script it ran, as the gzip files the server sends, ≤ 150 KB.
    await page.locator('[data-testid="m-order-card"], [data-testid="m-orders-empty"]').first().waitFor();
    const scripts = await loaded(page, /\.js$/);
    expect(scripts.length).toBeGreaterThan(0);
    const gzip = scripts.reduce((sum, p) => sum + statSync(path.join(build, p + ".gz")).size, 0);
    console.log(`[look] /m first load: ${scripts.length} scripts, ${(gzip / 1024).toFixed(1)} KB gzip; fonts ${(fontBytes / 1024).toFixed(1)} KB`);
    expect(gzip).toBeLessThanOrEqual(150 * 1024);
    // …in few files: on a slow phone network each is a round trip. The build groups what the first
    // load runs into a few chunks (vite.config.ts, chunkGroups): 10 scripts and 3 stylesheets when
    // measured, 48 and 8 before (#14).
    const stylesheets = [...new Set(await loaded(page, /\.css$/))]; // a preloaded style is listed again when applied
    console.log(`[look] /m first load: ${stylesheets.length} stylesheets`);
    expect(new Set(scripts).size, scripts.join(" ")).toBeLessThanOrEqual(14);
    expect(stylesheets.length, stylesheets.join(" ")).toBeLessThanOrEqual(5);
    // …all asked for by the shell itself (shells/m.html, field-shells.mjs), none only once the
    // router has run: the route's own files are no second wave of round trips.
    const shell = await (await context.request.get("/m/", { headers: { accept: "text/html", "accept-language": "ru-RU" } })).text();
    const preloaded = [...shell.matchAll(/<link href="([^"]+)" rel="(?:modulepreload|stylesheet|preload)"/g)].map((m) => m[1]!);
    expect([...scripts, ...stylesheets].filter((file) => !preloaded.includes(file))).toEqual([]);
    // The desk's texts are a chunk of their own that the phone apps never fetch (#14).
    const manifest = JSON.parse(readFileSync(path.join(build, "../.svelte-kit/output/client/.vite/manifest.json"), "utf8")) as Record<string, { file: string }>;
    const deskTexts = manifest["src/lib/i18n/ru/desk.ts"]?.file;
    expect(deskTexts, "the desk's Russian texts are a chunk").toBeTruthy();
    expect(scripts.map((p) => p.replace(/^\//, ""))).not.toContain(deskTexts);
    await snapshot(page, "look-m-font");
    await context.close();
  });

  it("holds the desktop layout from 1024 px wide; narrower, the menu is a rail that the toggle opens over the content; the wide choice is remembered", async () => {
    const [order] = await t.database.sql`select o.number from orders o join organizations g on g.id = o.organization_id
      where g.slug = 'domovoy' and o.client_id is not null order by o.number limit 1`;
    const pages = ["/exploitation/dispatcher/orders", `/exploitation/dispatcher/orders/${order!.number}`, "/exploitation/dispatcher/orders/new", "/clients", "/dashboard", "/exploitation/dispatcher/incidents"];
    const { context, page } = await signedIn(browser, t, await t.login("dispatcher@domovoy.example"), { viewport: { width: 1024, height: 768 } });
    const menu = page.getByTestId("sidebar");
    const toggle = page.getByTestId("sidebar-toggle");
    const railWidth = async () => (await menu.boundingBox())!.width;

    // 1024 px: the full menu beside the content, nothing scrolls sideways.
    for (const url of pages) {
      await page.goto(url);
      await page.locator("main#content h1").first().waitFor();
      expect(await sideways(page), `${url} at 1024 px`).toBe(0);
    }
    expect(await railWidth()).toBeGreaterThan(200);
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await snapshot(page, "look-1024");

    // Collapsed by the toggle: a rail whose links keep their names; the choice survives a reload.
    await toggle.click();
    await expect.poll(railWidth).toBeLessThan(80);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await toggle.getAttribute("aria-label")).toBe("Развернуть меню");
    expect(await page.getByRole("link", { name: "Клиенты" }).getAttribute("title")).toBe("Клиенты");
    await page.reload();
    await menu.waitFor();
    expect(await railWidth()).toBeLessThan(80);
    expect(await sideways(page)).toBe(0);
    await toggle.click();
    await expect.poll(railWidth).toBeGreaterThan(200);

    // 900 px: a rail whatever was chosen wide, the content beside it, nothing scrolls sideways.
    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(railWidth).toBeLessThan(80);
    for (const url of pages) {
      await page.goto(url);
      await page.locator("main#content h1").first().waitFor();
      expect(await sideways(page), `${url} at 900 px`).toBe(0);
    }
    const contentLeft = (await page.locator("main#content").boundingBox())!.x;
    expect(contentLeft).toBeLessThan(80);
    await snapshot(page, "look-900");

    // The toggle opens the full menu over the content (not pushing it); Escape closes it and gives the focus back.
    await toggle.click();
    await expect.poll(railWidth).toBeGreaterThan(200);
    expect((await page.locator("main#content").boundingBox())!.x).toBe(contentLeft);
    expect(await page.getByTestId("nav-clients").isVisible()).toBe(true);
    expect(await sideways(page)).toBe(0);
    await page.keyboard.press("Escape");
    await expect.poll(railWidth).toBeLessThan(80);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sidebar-toggle");
    // Opened again, choosing a page closes it; so does a click outside.
    await page.keyboard.press("Enter");
    await expect.poll(railWidth).toBeGreaterThan(200);
    await page.getByTestId("nav-clients").click();
    await page.waitForURL("**/clients");
    await expect.poll(railWidth).toBeLessThan(80);
    await toggle.click();
    await page.getByTestId("sidebar-backdrop").click({ position: { x: 800, y: 400 } });
    await expect.poll(railWidth).toBeLessThan(80);
    await context.close();
  });

  it("shows the order card's chat and composer without scrolling on a 1440×900 screen, the two columns scrolling on their own, and the client once", async () => {
    // A seeded order with a client and a long history, and a chat longer than the column.
    const [order] = await t.database.sql`select o.id, o.number, c.full_name from orders o join organizations g on g.id = o.organization_id
      join clients c on c.id = o.client_id where g.slug = 'domovoy' order by o.number limit 1`;
    const token = await t.login("dispatcher@domovoy.example");
    for (let i = 1; i <= 16; i++) {
      const sent = await t.graphql(`mutation ($orderId: ID!, $text: String!) { chatMessageSend(orderId: $orderId, text: $text) { id } }`, { orderId: order!.id, text: `Сообщение ${i}: мастер придёт завтра с 10 до 12` }, { token });
      expect(sent.errors).toBeUndefined();
    }
    const { context, page } = await signedIn(browser, t, token, { viewport: { width: 1440, height: 900 } });
    await page.goto(`/exploitation/dispatcher/orders/${order!.number}`);
    const composer = page.getByTestId("chat-input");
    await composer.waitFor();
    await page.getByTestId("chat-thread").getByText("Сообщение 16:").waitFor();
    await page.getByTestId("order-history").waitFor();

    // The composer and its send button are on screen as the card opens: nothing scrolled, nothing to scroll.
    const pane = page.locator("main#content");
    const inView = async (testid: string) => {
      const box = (await page.getByTestId(testid).boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 900 && box.x + box.width <= 1440;
    };
    expect(await inView("chat-input")).toBe(true);
    expect(await inView("chat-send")).toBe(true);
    expect(await pane.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
    // The thread scrolls inside the chat, showing the newest message above the composer.
    const thread = page.getByTestId("chat-thread");
    expect(await thread.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const newest = (await thread.getByText("Сообщение 16:").boundingBox())!;
    expect(newest.y + newest.height).toBeLessThanOrEqual((await composer.boundingBox())!.y);
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);

    // The order's column scrolls by itself; the chat stays where it is.
    const details = page.getByTestId("order-details-column");
    const before = (await composer.boundingBox())!;
    expect(await details.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await details.hover();
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => details.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect((await composer.boundingBox())!.y).toBe(before.y);
    expect(await pane.evaluate((el) => el.scrollTop)).toBe(0);
    expect(await inView("chat-send")).toBe(true);
    await snapshot(page, "look-order-card-1440");

    // The client appears once on the main tab: in «Клиент», not again under «Информация».
    const main = page.getByTestId("order-main");
    expect(await main.getByText(order!.full_name as string, { exact: true }).count()).toBe(1);
    expect(await page.getByTestId("order-client").getByText(order!.full_name as string, { exact: true }).count()).toBe(1);
    expect(await page.getByTestId("order-info").getByText(order!.full_name as string).count()).toBe(0);
    await context.close();
  });
});
