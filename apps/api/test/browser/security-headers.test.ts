import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { upload } from "../support/uploads.js";
import { browserSuite, openContext, signIn, skipBrowser } from "./support.js";

/**
 * The web app's Content-Security-Policy (kit.csp, sent as a header by the API) and the headers
 * every response carries. In Chromium: the app runs with no CSP violation while it is used, an
 * injected inline script is blocked, and the app cannot be framed by another origin.
 */
type Violation = { directive: string; blocked: string; sample: string };

/** Records CSP violations and CSP console errors of every document the page opens. */
async function watchViolations(page: Page): Promise<{ violations: () => Promise<Violation[]>; console: string[] }> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  // Init scripts come through DevTools, not the page: the policy does not apply to this one.
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string; sample: string }[] = [];
    (window as unknown as { __cspViolations: typeof seen }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }));
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations ?? []), console };
}

describe.skipIf(skipBrowser)("security headers and the web app's Content-Security-Policy", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("the app shell is sent with a strict policy: no inline script but SvelteKit's own by hash, never framed", async () => {
    for (const path of ["/", "/login", "/exploitation/dispatcher/orders/1"]) {
      const response = await fetch(new URL(path, t.url), { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      const policy = response.headers.get("content-security-policy")!;
      expect(policy).toBeTruthy();
      const directives = new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
      expect(directives.get("default-src")).toEqual(["'self'"]);
      const scripts = directives.get("script-src")!;
      expect(scripts[0]).toBe("'self'");
      expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(directives.get("object-src")).toEqual(["'none'"]);
      expect(directives.get("base-uri")).toEqual(["'self'"]);
      expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      // Outside production no HSTS (the test below turns it on).
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    // The API and the assets carry the common headers as well.
    const api = await fetch(new URL("/graphql", t.url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(api.headers.get("x-frame-options")).toBe("DENY");
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("downloads are attachments (or safe inline types) with nosniff and a sandboxing policy: an uploaded page never runs in the app's origin", async () => {
    const dispatcher = await t.login("dispatcher@domovoy.example");
    const order = await newOrder(t);
    const body = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><script>parent.__pwned = true</script></svg>`);
    const svg = (await upload(t, { token: dispatcher, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "картинка.svg", contentType: "image/svg+xml", body })).body;
    const got = await fetch(new URL(`/files/${svg.id}/x`, t.url), { headers: { authorization: `Bearer ${dispatcher}` } });
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).not.toMatch(/svg|html/);
    expect(got.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(got.headers.get("x-frame-options")).toBe("DENY");
  });

  it("runs the app with no CSP violation while it is used, and blocks an injected inline script", async () => {
    const { context, page } = await openContext(browser, t.url);
    const watch = await watchViolations(page);
    await signIn(page, "dispatcher@domovoy.example");
    await page.getByTestId("orders-table").waitFor();
    await page.getByTestId("orders-row-number").first().click();
    await page.getByTestId("order-title").waitFor();
    await page.getByTestId("manage-save").waitFor();
    for (const section of ["clients", "services", "employees", "buildings"]) {
      await page.getByTestId(`nav-${section}`).click();
      await page.waitForURL(`**/${section}**`);
      await page.waitForLoadState("networkidle");
    }
    await page.getByTestId("nav-orders").click();
    await page.getByTestId("orders-table").waitFor();
    expect(await watch.violations()).toEqual([]);
    expect(watch.console).toEqual([]);

    // What an XSS would do: insert an inline script. The policy has no hash for it, so it never runs.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.appendChild(script);
      const img = document.createElement("img");
      img.setAttribute("src", "x:");
      img.setAttribute("onerror", "window.__injectedHandler = true");
      document.body.appendChild(img);
    });
    await expect.poll(async () => (await watch.violations()).length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __injectedHandler?: boolean }).__injectedHandler)).toBeUndefined();
    const directives = (await watch.violations()).map((v) => v.directive);
    expect(directives).toContain("script-src-elem");
    expect(directives).toContain("script-src-attr");
    await context.close();
  });

  it("cannot be framed by another site", async () => {
    const { context, page } = await openContext(browser, t.url);
    // A page of another origin (another port on the loopback: a real server, so Chromium's local
    // network checks treat both alike) that frames the app's login page.
    const app = new URL("/login", t.url);
    const framer = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(`<iframe src="${app}" width="800" height="600"></iframe>`));
    await new Promise<void>((resolve) => framer.listen(0, "127.0.0.1", resolve));
    const { port } = framer.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "load" });
    framer.close();
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    // Chromium puts its error page in the frame instead of the app.
    await expect.poll(() => frame.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
    expect(await frame.locator("[data-testid=login-email]").count()).toBe(0);
    await context.close();
  });

  it("sends HSTS when configured (on by default in production)", async () => {
    const instance = await t.startInstance({ hsts: true });
    try {
      const response = await fetch(new URL("/", instance.url), { headers: { accept: "text/html" } });
      expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await instance.close();
    }
  });
});
