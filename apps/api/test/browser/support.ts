import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { DEMO_PASSWORD } from "../support/harness.js";

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

/** A fresh browser profile at a dispatcher's desk: 1280 px wide, Russian, Moscow time. */
export async function openContext(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 860 }, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  context.setDefaultTimeout(10_000);
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
