import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { TestServer } from "../support/harness.js";
import { residentSignIn } from "./phone.js";
import { browserSuite, signIn, skipBrowser, WAIT_CEILING_MS } from "./support.js";

/**
 * The README's screenshots (docs/screenshots), made by this tour of the demo data: `npm run
 * screenshots` (UPDATE_SCREENSHOTS=1) writes them; other runs leave the tour out, so CI stays fast and
 * the tree clean. Light theme, fixed viewports, the seeded demo organization only, JPEG at most
 * 200 KB each. What it shows is asserted on the way, so a broken page cannot be photographed.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const SHOTS = path.join(repoRoot, "docs/screenshots");
const UPDATE = process.env.UPDATE_SCREENSHOTS === "1";
const MAX_BYTES = 200 * 1024;

async function shoot(page: Page, name: string): Promise<void> {
  // The bundled font and every image in place, no caret or animation half-way.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.addStyleTag({ content: "*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }" });
  await page.mouse.move(0, 0);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.jpg`), type: "jpeg", quality: 82 });
}

async function desk(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1360, height: 820 }, colorScheme: "light", locale: "ru-RU", timezoneId: "Europe/Moscow" });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  return { context, page: await context.newPage() };
}

async function phone(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 780 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    colorScheme: "light",
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
  });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  return { context, page: await context.newPage() };
}

// Registered only when asked for, so a normal run neither takes nor counts the tour as skipped.
if (UPDATE) describe.skipIf(skipBrowser)("README screenshots: the tour (UPDATE_SCREENSHOTS=1)", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("the dispatcher's desk: orders list, order card, «Сводка», roles", async () => {
    const { context, page } = await desk(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.getByTestId("orders-row").nth(5).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain("light");
    await shoot(page, "orders");

    // The demo order with the liveliest chat.
    const [busy] = await t.database.sql`select o.number from orders o join organizations g on g.id = o.organization_id
      left join chat_messages m on m.order_id = o.id where g.slug = 'domovoy' and o.client_id is not null
      group by o.id order by count(m.id) desc, o.number limit 1`;
    await page.goto(`/exploitation/dispatcher/orders/${busy!.number}`);
    await expect.poll(() => page.getByTestId("order-title").textContent()).toContain(String(busy!.number));
    await page.getByTestId("order-chat-column").waitFor();
    await shoot(page, "order-card");

    await page.goto("/dashboard");
    await page.getByTestId("dashboard-daily-chart").waitFor();
    await page.getByTestId("dashboard-status").first().waitFor();
    await shoot(page, "dashboard");

    await page.goto("/directory/roles");
    await page.getByTestId("roles-row").nth(2).waitFor();
    await page.getByTestId("roles-row").first().click();
    await page.waitForURL(/\/directory\/roles\/[^/]+$/);
    await page.locator("h1").waitFor();
    await page.waitForLoadState("networkidle");
    await shoot(page, "roles");
    await context.close();
  });

  it("the field apps on a phone: the employee's list and the resident's order card", async () => {
    const m = await phone(browser, t.url);
    await m.page.goto("/login");
    await m.page.getByTestId("login-email").fill("plumber@domovoy.example");
    await m.page.getByTestId("login-password").fill("domovoy");
    await m.page.getByTestId("login-submit").tap();
    await m.page.waitForURL((url) => url.pathname === "/m/");
    await m.page.getByTestId("m-tab-all").tap();
    await m.page.getByTestId("m-order-card").nth(2).waitFor();
    await shoot(m.page, "m-list");
    await m.context.close();

    const r = await phone(browser, t.url);
    await residentSignIn(t, r.page, "+79160000001");
    await r.page.waitForURL("**/r/orders");
    const [own] = await t.database.sql`select o.number from orders o join clients c on c.id = o.client_id join organizations g on g.id = o.organization_id
      left join chat_messages m on m.order_id = o.id where c.phone = '+79160000001' and g.slug = 'domovoy' group by o.id order by count(m.id) desc, o.number limit 1`;
    await r.page.goto(`/r/orders/${own!.number}`);
    await r.page.getByTestId("resident-card").waitFor();
    await shoot(r.page, "r-card");
    await r.context.close();
  });
});

// After the tour, so a renewal is checked against what it just wrote.
describe("README screenshots", () => {
  it("every screenshot the README shows exists, and each is under 200 KB", () => {
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const shown = [...readme.matchAll(/\]\((docs\/screenshots\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThanOrEqual(6);
    for (const file of shown) expect(statSync(path.join(repoRoot, file)).size, file).toBeLessThan(MAX_BYTES);
    // Nothing kept that the README does not show.
    expect(readdirSync(SHOTS).map((f) => `docs/screenshots/${f}`).sort()).toEqual([...new Set(shown)].sort());
  });
});
