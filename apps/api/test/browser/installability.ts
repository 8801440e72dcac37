/// <reference lib="dom" />
import type { Browser } from "playwright-core";
import { SESSION_COOKIE } from "../../src/shared/auth/cookies.js";
import { WAIT_CEILING_MS } from "./support.js";

/**
 * What makes a field app installable, checked from the outside since Lighthouse 12 dropped its PWA
 * category: the web app manifest's fields, the icons it names, Chromium's own verdict, the service
 * worker controlling the start URL, and the start URL answering 200 with no network. Used by
 * pwa-install.test.ts and printed by `npm run lighthouse`.
 */
export type Fact = { name: string; ok: boolean; detail?: string };
export type FieldApp = "m" | "r";

type Icon = { src?: unknown; sizes?: unknown; type?: unknown; purpose?: unknown };

const fact = (name: string, ok: boolean, detail?: string): Fact => (detail === undefined ? { name, ok } : { name, ok, detail });
const text = (value: unknown) => typeof value === "string" && value.trim().length > 0;

/** The icons of a manifest of one size and purpose (a purpose list like "any maskable" counts for both). */
export function iconsOf(manifest: Record<string, unknown>, size: string, purpose: "any" | "maskable"): Icon[] {
  const icons = Array.isArray(manifest.icons) ? (manifest.icons as Icon[]) : [];
  return icons.filter((icon) => {
    const sizes = typeof icon.sizes === "string" ? icon.sizes.split(/\s+/) : [];
    const purposes = typeof icon.purpose === "string" ? icon.purpose.split(/\s+/) : ["any"];
    return text(icon.src) && sizes.includes(size) && purposes.includes(purpose) && (icon.type === undefined || icon.type === "image/png");
  });
}

/** The manifest's own facts (no browser): `manifestUrl` resolves its relative URLs. */
export function manifestFacts(manifest: Record<string, unknown>, manifestUrl: string, app: FieldApp): Fact[] {
  const scope = `/${app}/`;
  let start: URL | null = null;
  try {
    start = text(manifest.start_url) ? new URL(manifest.start_url as string, manifestUrl) : null;
  } catch {
    start = null;
  }
  const origin = new URL(manifestUrl).origin;
  return [
    fact("name", text(manifest.name), String(manifest.name ?? "missing")),
    fact("short_name", text(manifest.short_name) && (manifest.short_name as string).length <= 12, String(manifest.short_name ?? "missing")),
    fact(`scope ${scope}`, manifest.scope === scope, String(manifest.scope ?? "missing")),
    fact(
      "start_url within scope",
      start !== null && start.origin === origin && start.pathname.startsWith(scope),
      String(manifest.start_url ?? "missing"),
    ),
    fact("display standalone", manifest.display === "standalone", String(manifest.display ?? "missing")),
    fact("theme_color", text(manifest.theme_color), String(manifest.theme_color ?? "missing")),
    fact("background_color", text(manifest.background_color), String(manifest.background_color ?? "missing")),
    fact("icon 192×192", iconsOf(manifest, "192x192", "any").length > 0),
    fact("icon 512×512", iconsOf(manifest, "512x512", "any").length > 0),
    fact("maskable icon 512×512", iconsOf(manifest, "512x512", "maskable").length > 0),
  ];
}

/**
 * Every installability fact of one field app, in a fresh browser profile signed in with `token`
 * (an employee's session for /m, a resident's for /r): the manifest's fields, its icons served at
 * their sizes, the theme colour in the page, Chromium's verdict (no installability errors, no
 * manifest errors), the service worker active and controlling the start URL, and the start URL
 * opened with no network answering 200 with the app.
 */
export async function installability(browser: Browser, baseURL: string, app: FieldApp, token: string): Promise<Fact[]> {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  context.setDefaultNavigationTimeout(WAIT_CEILING_MS);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  const facts: Fact[] = [];
  try {
    const page = await context.newPage();
    const frame = app === "m" ? '[data-testid="m-app"]' : '[data-testid="r-app"]';
    // The app itself links its manifest: open the app's root, as an installing user would.
    await page.goto(`/${app}/`);
    await page.locator(frame).waitFor();
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    facts.push(fact("manifest linked", href === `/${app}.webmanifest`, String(href)));
    if (!href) return facts;
    const manifestUrl = new URL(href, baseURL).href;
    const response = await page.request.get(manifestUrl);
    const type = response.headers()["content-type"] ?? "";
    facts.push(fact("manifest served", response.ok() && /^application\/(manifest\+)?json/.test(type), `${response.status()} ${type}`));
    const manifest = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    facts.push(...manifestFacts(manifest, manifestUrl, app));

    // The icons exist at the sizes they claim.
    const icons = [...iconsOf(manifest, "192x192", "any"), ...iconsOf(manifest, "512x512", "any"), ...iconsOf(manifest, "512x512", "maskable")];
    for (const icon of icons) {
      const src = new URL(icon.src as string, manifestUrl).pathname;
      const size = await page.evaluate(async (url) => {
        const blob = await (await fetch(url)).blob();
        const bitmap = await createImageBitmap(blob);
        return `${bitmap.width}x${bitmap.height} ${blob.type}`;
      }, src).catch((error: Error) => error.message);
      facts.push(fact(`icon ${src} is ${icon.sizes}`, size === `${icon.sizes} image/png`, size));
    }
    const themeColor = await page.locator('meta[name="theme-color"]').getAttribute("content");
    facts.push(fact("theme-color in the page", themeColor === manifest.theme_color, String(themeColor)));

    // Chromium's own reading of the manifest and its installability verdict.
    const cdp = await context.newCDPSession(page);
    const parsed = (await cdp.send("Page.getAppManifest")) as { url: string; errors: { message: string; critical: number }[] };
    facts.push(fact("Chromium reads the manifest without errors", parsed.url === manifestUrl && parsed.errors.length === 0, parsed.errors.map((e) => e.message).join("; ") || parsed.url));
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    // A Playwright context is an incognito profile: Chromium says so, and that alone is not the app's fault.
    const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito");
    facts.push(fact("Chromium finds it installable", errors.length === 0, errors.join(", ") || "no installability errors"));

    // The service worker of the app's scope is active and controls the start URL.
    const scope = `/${app}/`;
    // Active, and controlling the page that registered it (the worker claims its clients).
    const active = await page
      .waitForFunction(
        async (s) => (await navigator.serviceWorker.getRegistration(s))?.active?.state === "activated" && navigator.serviceWorker.controller !== null,
        scope,
        { timeout: WAIT_CEILING_MS },
      )
      .then(() => true, () => false);
    facts.push(fact(`service worker active for ${scope}`, active));
    const startUrl = typeof manifest.start_url === "string" ? new URL(manifest.start_url, manifestUrl).href : `${baseURL}/${app}/`;
    // Chromium may answer the first navigations after the activation from the network, uncontrolled
    // (seen headless): the fact is that opening start_url comes to be controlled, not which attempt.
    let controller: string | null = null;
    for (let attempt = 0; attempt < 20 && !controller; attempt++) {
      if (attempt > 0) await page.waitForTimeout(500);
      await page.goto(startUrl);
      await page.locator(frame).waitFor();
      controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
    }
    facts.push(fact("service worker controls start_url", controller !== null && new URL(controller).pathname === "/service-worker.js", String(controller)));

    // With no network, the start URL still answers 200 (the cached shell) and the app draws a page:
    // /m its lists as last seen, /r (which keeps no data on the device) its notice of no connection.
    await context.setOffline(true);
    const offline = await page.goto(startUrl).catch(() => null);
    const drawn = offline
      ? await (app === "m" ? page.locator(frame).waitFor() : page.waitForFunction(() => (document.body.innerText ?? "").trim().length > 0))
          .then(() => true, () => false)
      : false;
    facts.push(fact("start_url offline answers 200", offline?.status() === 200 && drawn, offline ? `${offline.status()}${drawn ? "" : ", app not drawn"}` : "no response"));
    await context.setOffline(false);
    return facts;
  } finally {
    await context.close();
  }
}
