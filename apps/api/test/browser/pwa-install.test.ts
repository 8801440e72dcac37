import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { installability, manifestFacts, type Fact, type FieldApp } from "./installability.js";
import { browserSuite, skipBrowser } from "./support.js";

/**
 * Issue #14's «PWA installability checks» (Lighthouse 12 has no PWA category any more): both field
 * apps pass every fact of installability.ts in Chromium, and each manifest fact fails when the
 * field it checks is taken out of the real manifest. `npm run lighthouse` prints the same facts.
 */
const statics = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../web/static");
const manifestOf = (app: FieldApp) => JSON.parse(readFileSync(path.join(statics, `${app}.webmanifest`), "utf8")) as Record<string, unknown>;
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
});
