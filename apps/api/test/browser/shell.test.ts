import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

describe.skipIf(skipBrowser)("web shell in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("signs the dispatcher in, shows the shell and searches the clients list", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");

    // The shell: organization, user and every section of the menu.
    await expect.poll(() => page.getByTestId("topbar-user").textContent()).toContain("Смирнова Анна Владимировна");
    for (const id of ["orders", "my-orders", "incidents", "calls", "clients", "directory", "services", "employees", "buildings"]) {
      await page.getByTestId(`nav-${id}`).waitFor();
    }
    expect(await page.getByTestId("nav-orders").textContent()).toContain("Все заявки");

    await page.getByTestId("nav-clients").click();
    await page.waitForURL("**/clients");
    const rows = page.getByTestId("clients-row");
    await rows.first().waitFor();
    const subtitle = page.getByTestId("page-subtitle");
    await expect.poll(() => subtitle.textContent()).toMatch(/^\d[\d\s ]* клиент/);
    const totalBefore = Number((await subtitle.textContent())!.replace(/\D/g, ""));
    expect(totalBefore).toBeGreaterThan(3);
    await snapshot(page, "clients");

    await page.getByTestId("clients-search").fill("Соколова");
    await expect.poll(async () => Number((await subtitle.textContent())!.replace(/\D/g, ""))).toBeLessThan(totalBefore);
    const names = await rows.locator("td.name").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain("Соколова");
    expect(names.some((name) => name.includes("Соколова Ольга Игоревна"))).toBe(true);

    await context.close();
  });
  it("never scrolls the page itself: on the order card the top bar stays and the document is no taller than the window", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    const [order] = await t.database.sql`select o.number from orders o join organizations g on g.id = o.organization_id
      where g.slug = 'domovoy' and o.client_id is not null order by o.number limit 1`;
    await page.goto(`/exploitation/dispatcher/orders/${order!.number}`);
    await page.getByTestId("chat-file-input").waitFor({ state: "attached" });
    // Visually hidden elements (labels, the file input) must not stretch the document past the window.
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 5000);
    await page.evaluate(() => window.scrollTo(0, 5000));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const topbar = await page.getByTestId("topbar-user").boundingBox();
    expect(topbar!.y).toBeGreaterThanOrEqual(0);
    await context.close();
  });
});
