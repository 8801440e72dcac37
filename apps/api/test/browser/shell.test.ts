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
});
