/// <reference lib="dom" />
import { statSync } from "node:fs";
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

describe.skipIf(skipBrowser)("the look of the web app", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("draws text in the bundled Inter (Cyrillic and Latin, preloaded), and the employee app's first load stays within its JS budget", async () => {
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
    await snapshot(page, "look-m-font");
    await context.close();
  });
});
