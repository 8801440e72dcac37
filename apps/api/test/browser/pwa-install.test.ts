import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { SESSION_COOKIE } from "../../src/shared/auth/cookies.js";
import { installability, manifestFacts, type Fact, type FieldApp } from "./installability.js";
import { browserSuite, skipBrowser, WAIT_CEILING_MS } from "./support.js";

/**
 * Issue #14's «PWA installability checks» (Lighthouse 12 has no PWA category any more): both field
 * apps pass every fact of installability.ts in Chromium, and each manifest fact fails when the
 * field it checks is taken out of the real manifest. `npm run lighthouse` prints the same facts.
 */
const statics = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../web/static");
const manifestOf = (app: FieldApp, locale: "ru" | "en" = "ru") =>
  JSON.parse(readFileSync(path.join(statics, `${app}${locale === "en" ? ".en" : ""}.webmanifest`), "utf8")) as Record<string, unknown>;
const failed = (facts: Fact[]) => facts.filter((f) => !f.ok).map((f) => `${f.name}${f.detail ? ` (${f.detail})` : ""}`);

/** Every fact a field app must pass, by name: a fact dropped from installability.ts fails here too. */
const REQUIRED = (app: FieldApp) => [
  "manifest linked",
  "manifest served",
  "name",
  "short_name",
  `scope /${app}/`,
  "start_url within scope",
  "display standalone",
  "theme_color",
  "background_color",
  "icon 192×192",
  "icon 512×512",
  "maskable icon 512×512",
  "icon /icons/icon-192.png is 192x192",
  "icon /icons/icon-512.png is 512x512",
  "icon /icons/maskable-512.png is 512x512",
  "theme-color in the page",
  "Chromium reads the manifest without errors",
  "Chromium finds it installable",
  `service worker active for /${app}/`,
  "service worker controls start_url",
  "start_url offline answers 200",
];

describe("the field apps' manifests, each fact against a manifest that lacks it", () => {
  const base = "http://127.0.0.1:4000";
  const without = (manifest: Record<string, unknown>, change: (m: Record<string, unknown>) => void) => {
    const copy = structuredClone(manifest);
    change(copy);
    return copy;
  };
  const icons = (m: Record<string, unknown>) => m.icons as { sizes: string; purpose?: string }[];

  it.each(["m", "r"] as const)("/%s: the real manifest passes; every removal or wrong value is caught", (app) => {
    const manifest = manifestOf(app);
    const url = `${base}/${app}.webmanifest`;
    expect(failed(manifestFacts(manifest, url, app))).toEqual([]);

    const broken: [string | string[], (m: Record<string, unknown>) => void][] = [
      ["name", (m) => delete m.name],
      ["short_name", (m) => delete m.short_name],
      ["short_name", (m) => (m.short_name = "Домовой для сотрудников")],
      [`scope /${app}/`, (m) => delete m.scope],
      [`scope /${app}/`, (m) => (m.scope = "/")],
      ["start_url within scope", (m) => delete m.start_url],
      ["start_url within scope", (m) => (m.start_url = `/${app}`)],
      ["start_url within scope", (m) => (m.start_url = "https://example.org/m/")],
      ["display standalone", (m) => delete m.display],
      ["display standalone", (m) => (m.display = "browser")],
      ["theme_color", (m) => delete m.theme_color],
      ["background_color", (m) => delete m.background_color],
      ["icon 192×192", (m) => (m.icons = icons(m).filter((i) => i.sizes !== "192x192"))],
      ["icon 512×512", (m) => (m.icons = icons(m).filter((i) => !(i.sizes === "512x512" && i.purpose !== "maskable")))],
      ["maskable icon 512×512", (m) => (m.icons = icons(m).filter((i) => i.purpose !== "maskable"))],
      [["icon 192×192", "icon 512×512", "maskable icon 512×512"], (m) => delete m.icons],
    ];
    for (const [fact, change] of broken) {
      const facts = manifestFacts(without(manifest, change), url, app);
      expect(facts.filter((f) => !f.ok).map((f) => f.name), `${change.toString()}`).toEqual([fact].flat());
    }
  });
});

describe("the field apps' English manifests", () => {
  it.each(["m", "r"] as const)("/%s: the same app (id, scope, start_url, icons) under English names, passing every fact", (app) => {
    const ru = manifestOf(app);
    const en = manifestOf(app, "en");
    expect(failed(manifestFacts(en, `http://127.0.0.1:4000/${app}.en.webmanifest`, app))).toEqual([]);
    const rest = (m: Record<string, unknown>) => ({ ...m, name: null, short_name: null, description: null, lang: null });
    expect(rest(en)).toEqual(rest(ru));
    expect(en.lang).toBe("en");
    for (const field of ["name", "short_name", "description"]) expect(String(en[field]), field).toMatch(/^[\x20-\x7e–—]+$/);
  });
});

describe.skipIf(skipBrowser)("the field apps install in Chromium", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("/m, signed in as an executor: manifest, icons, Chromium's verdict, the service worker at the start URL, the start URL offline", async () => {
    const facts = await installability(browser, t.url, "m", await t.login("plumber@domovoy.example"));
    expect(failed(facts)).toEqual([]);
    expect(facts.map((f) => f.name)).toEqual(REQUIRED("m"));
  });

  it("/r, signed in as a resident: the same facts", async () => {
    const facts = await installability(browser, t.url, "r", await t.residentLogin("+79160000001"));
    expect(failed(facts)).toEqual([]);
    expect(facts.map((f) => f.name)).toEqual(REQUIRED("r"));
  });

  it.each(["m", "r"] as const)("/%s on an English phone links the English manifest and Chromium reads its names; switched to Russian, the Russian one", async (app) => {
    const token = app === "m" ? await t.login("plumber@domovoy.example") : await t.residentLogin("+79160000001");
    const context = await browser.newContext({ baseURL: t.url, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: "en-GB" });
    context.setDefaultTimeout(WAIT_CEILING_MS);
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: t.url, httpOnly: true, sameSite: "Lax" }]);
    try {
      const page = await context.newPage();
      const read = async () => {
        const cdp = await context.newCDPSession(page);
        const parsed = (await cdp.send("Page.getAppManifest")) as { url: string; data?: string; errors: unknown[] };
        await cdp.detach();
        return { url: new URL(parsed.url).pathname, errors: parsed.errors, manifest: JSON.parse(parsed.data ?? "{}") as Record<string, unknown> };
      };
      await page.goto(`/${app}/`);
      await page.locator(app === "m" ? '[data-testid="m-app"]' : '[data-testid="r-app"]').waitFor();
      await expect.poll(() => page.locator('link[rel="manifest"]').getAttribute("href")).toBe(`/${app}.en.webmanifest`);
      const english = await read();
      expect(english).toMatchObject({ url: `/${app}.en.webmanifest`, errors: [], manifest: { id: `/${app}/`, lang: "en", short_name: "Domovoy", name: manifestOf(app, "en").name } });
      expect(await page.locator('meta[name="apple-mobile-web-app-title"]').getAttribute("content")).toBe("Domovoy");

      // The language chosen in the app wins over the browser's.
      await page.evaluate(() => localStorage.setItem("domovoy.locale", "ru"));
      await page.reload();
      await expect.poll(() => page.locator('link[rel="manifest"]').getAttribute("href")).toBe(`/${app}.webmanifest`);
      expect((await read()).manifest).toMatchObject({ id: `/${app}/`, lang: "ru", name: manifestOf(app).name });
    } finally {
      await context.close();
    }
  });
});
