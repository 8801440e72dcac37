import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, vi } from "vitest";
import { DEMO_PASSWORD, startTestServer, type TestServer, type TestServerOptions } from "../support/harness.js";

/**
 * Browser tests drive the built web app (apps/web/build, served by the API on its own origin)
 * with the system Chromium through playwright-core. Without either they are skipped, loudly.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const webShell = path.join(repoRoot, "apps/web/build/200.html");
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function reasonToSkip(): string | null {
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (!existsSync(webShell)) return `the web app is not built (${path.relative(repoRoot, webShell)} is missing; run npm run build -w @domovoy/web)`;
  return null;
}

export const skipReason = reasonToSkip();
export const skipBrowser = skipReason !== null;
if (skipReason) console.log(`[tests] skipping browser tests: ${skipReason}`);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * How long any wait may last before it counts as a failure. Every wait in these tests is on a
 * condition (an element, a URL, a text, a count), so this is a ceiling, not a budget: a fast
 * machine never comes near it, and a loaded one (the suite beside 1,000 open WebSocket clients)
 * gets there instead of failing at a fixed 10 s.
 */
export const WAIT_CEILING_MS = 90_000;

/**
 * One browser suite: a test server (its own database) and Chromium, started for the describe
 * block and closed after it; `use` receives both. Also lifts the file's test and hook timeouts
 * above the wait ceiling, since one test waits on several conditions.
 */
export function browserSuite(use: (suite: { t: TestServer; browser: Browser }) => void, options: TestServerOptions = {}): void {
  vi.setConfig({ testTimeout: 4 * WAIT_CEILING_MS, hookTimeout: 2 * WAIT_CEILING_MS });
  let t: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer(options), launchBrowser()]);
    use({ t, browser });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
}

/** A fresh browser profile at a dispatcher's desk: 1280 px wide, Russian, Moscow time. */
export async function openContext(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 860 }, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  context.setDefaultNavigationTimeout(WAIT_CEILING_MS);
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the login form and waits for the orders page the app opens on. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL("**/exploitation/dispatcher/orders");
  await page.getByTestId("nav-orders").waitFor();
}

/** Saves a full-page screenshot when SCREENSHOTS_DIR is set (for looking at the UI, not for asserting). */
export async function snapshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** «Счёт на оплату» in the order card: picks a price-list item by typing part of its name, then fills quantity and discount. */
export async function fillInvoiceLine(page: Page, search: string, name: string, quantity: string, discount = "0") {
  await page.getByTestId("invoice-item-input").click();
  await page.getByTestId("invoice-item-input").fill(search);
  await page.getByTestId("invoice-item-option").filter({ hasText: name }).first().click();
  await page.getByTestId("invoice-line-quantity-input").fill(quantity);
  await page.getByTestId("invoice-line-discount").fill(discount);
}

/**
 * Chooses an option of the desk's `Select` (a select-only combobox, not a native select): opens it
 * with a click and clicks the option given by its value, its exact visible label or its position.
 */
export async function choose(select: Locator, option: string | { label: string } | { index: number }): Promise<void> {
  await select.click();
  const box = select.locator("xpath=..");
  const target =
    typeof option === "string"
      ? box.locator(`[role="option"][data-value="${option}"]`)
      : "label" in option
        ? box.getByRole("option", { name: option.label, exact: true })
        : box.getByRole("option").nth(option.index);
  const value = await target.getAttribute("data-value");
  await target.click();
  await expect.poll(() => selectValue(select)).toBe(value);
}

/** The value a `Select` holds now (its button's `value`). */
export function selectValue(select: Locator): Promise<string> {
  return select.evaluate((button) => (button as HTMLButtonElement).value);
}
