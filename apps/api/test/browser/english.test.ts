/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { DEMO_PASSWORD } from "../support/harness.js";
import { newResidentOrder, tokenOf } from "../support/factories.js";
import { orderFixtures } from "../support/orders.js";
import { residentSignIn } from "./phone.js";
import { browserSuite, choose, openContext, signIn, WAIT_CEILING_MS, skipBrowser, snapshot } from "./support.js";

const POLL = { timeout: WAIT_CEILING_MS };

/** A phone whose browser speaks `locale`. */
async function openPhone(browser: Browser, baseURL: string, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, locale, timezoneId: "Europe/Moscow" });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  context.setDefaultNavigationTimeout(WAIT_CEILING_MS);
  return { context, page: await context.newPage() };
}

/**
 * Every piece of Cyrillic the page shows or reads out: text (hidden options included), the names
 * and hints in attributes, the document's title. The language switch is left out: it names itself
 * and each language in both on purpose («Language (Язык)», «Русский»).
 */
function cyrillic(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const re = /[\u0400-\u04ff]/;
    const found: string[] = [];
    const skip = 'script, style, template, [data-testid="locale-select-box"]';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest(skip)) continue;
      const text = node.textContent ?? "";
      if (re.test(text)) found.push(text.trim());
    }
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest(skip)) continue;
      for (const attribute of ["aria-label", "title", "placeholder", "alt", "aria-description", "aria-valuetext"]) {
        const value = el.getAttribute(attribute);
        if (value && re.test(value)) found.push(`${attribute}=${value}`);
      }
    }
    if (re.test(document.title)) found.push(`<title>${document.title}`);
    return found;
  });
}

describe.skipIf(skipBrowser)("English in the phone apps", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  /**
   * The demo data is Russian (it is the organization's, not the UI's): give every name these
   * pages may show a Latin one, so any Cyrillic left is the app's own text.
   */
  async function latinData() {
    const sql = t.database.sql;
    const names: [string, string, string][] = [
      ["organizations", "name", "Org"],
      ["services", "name", "Service"],
      ["buildings", "address", "Street"],
      ["premises", "number", "P"],
      ["clients", "full_name", "Client"],
      ["employees", "full_name", "Employee"],
      ["employees", "position", "Position"],
      ["departments", "name", "Department"],
      ["incidents", "title", "Incident"],
      ["incidents", "description", "Incident"],
      ["orders", "description", "Order"],
      ["orders", "status_comment", "Comment"],
      ["clients", "note", "Note"],
      ["premises", "note", "Note"],
      ["roles", "name", "Role"],
      ["roles", "description", "Role"],
      ["quarters", "name", "Quarter"],
      ["object_groups", "name", "Group"],
      ["legal_entities", "name", "Company"],
      ["legal_entities", "address", "Address"],
      ["legal_entities", "bank_name", "Bank"],
      ["reply_templates", "title", "Template"],
      ["reply_templates", "text", "Template"],
    ];
    for (const [table, column, prefix] of names) {
      await sql.unsafe(`update ${table} set ${column} = '${prefix} ' || left(md5(id::text), 6) where ${column} ~ '[\u0400-\u04ff]'`);
    }
    for (const table of ["clients", "premises"]) await sql.unsafe(`update ${table} set tags = '{}' where array_to_string(tags, ' ') ~ '[\u0400-\u04ff]'`);
  }

  /**
   * Once for both tests: a service with a checklist ordered by the resident and assigned to the
   * plumber, a plain one ordered too, then the data made Latin (the fixtures are found by their
   * Russian names, so this comes last).
   */
  let prepared: Promise<{ fieldOrder: { id: string; number: number }; residentOrder: { id: string; number: number } }> | undefined;
  function prepare() {
    prepared ??= (async () => {
      const f = await orderFixtures(t);
      const admin = await tokenOf(t, "admin@domovoy.example");
      const dispatcher = await tokenOf(t, "dispatcher@domovoy.example");
      const createService = async (input: Record<string, unknown>) => {
        const created = await t.graphql<{ serviceCreate: { id: string } }>(`mutation ($input: ServiceCreateInput!) { serviceCreate(input: $input) { id } }`, { input: { departmentId: f.plumbingDepartment, ...input } }, { token: admin });
        expect(created.errors).toBeUndefined();
        return created.data!.serviceCreate.id;
      };
      const checked = await createService({
        name: "Basement check",
        checklistRequiredToClose: true,
        checklistTemplate: [{ title: "Inspect the pipes" }, { title: "Photo of the basement", photoRequired: true }, { title: "Note the meter", noteRequired: true, required: false }],
      });
      const plain = await createService({ name: "Tap repair" });
      const fieldOrder = await newResidentOrder(t, { serviceId: checked, formAnswers: [], description: "Water on the basement floor" });
      const managed = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, { input: { id: fieldOrder.id, version: fieldOrder.version, executorIds: [f.plumber] } }, { token: dispatcher });
      expect(managed.errors).toBeUndefined();
      const residentOrder = await newResidentOrder(t, { serviceId: plain, formAnswers: [], description: "Dripping tap in the bathroom" });
      await latinData();
      return { fieldOrder, residentOrder };
    })();
    return prepared;
  }

  it("the employee app switches to English in its profile, remembers it, and its list and card show no Russian", async () => {
    const { fieldOrder: order } = await prepare();
    // A Russian phone: the app opens in Russian.
    const { context, page } = await openPhone(browser, t.url, "ru-RU");
    await page.goto("/login");
    await page.getByTestId("login-email").fill("plumber@domovoy.example");
    await page.getByTestId("login-password").fill(DEMO_PASSWORD);
    await page.getByTestId("login-submit").tap();
    await page.waitForURL((url) => url.pathname === "/m/");
    await expect.poll(() => page.getByTestId("m-tab-all").textContent(), POLL).toContain("Все");

    // «Профиль» → English.
    await page.getByTestId("m-profile-link").tap();
    await page.waitForURL((url) => url.pathname === "/m/profile");
    await page.getByTestId("m-locale").selectOption("en");
    await expect.poll(() => page.getByTestId("m-back").textContent(), POLL).toContain("To the list");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByTestId("m-back").tap();

    // The list, found by number, after a reload (the choice is remembered on the device).
    await page.goto(`/m?tab=all&q=${order.number}`);
    const card = page.locator(`[data-testid="m-order-card"][data-number="${order.number}"]`);
    await card.waitFor();
    await expect.poll(() => page.getByTestId("m-tab-all").textContent(), POLL).toContain("All");
    await expect.poll(() => cyrillic(page), POLL).toEqual([]);
    await snapshot(page, "english-m-list");

    // The card, each of its tabs.
    await card.tap();
    await expect.poll(() => page.getByTestId("m-order-title").textContent(), POLL).toBe(`No. ${order.number}`);
    await page.getByTestId("m-take").waitFor();
    await expect.poll(() => cyrillic(page), POLL).toEqual([]);
    await snapshot(page, "english-m-card");
    await page.getByTestId("m-card-tab-checklist").tap();
    await expect.poll(() => page.getByTestId("m-checklist-item").count(), POLL).toBe(3);
    await expect.poll(() => cyrillic(page), POLL).toEqual([]);
    await page.getByTestId("m-card-tab-comments").tap();
    await page.getByTestId("m-comment-text").waitFor();
    await expect.poll(() => cyrillic(page), POLL).toEqual([]);

    // A refusal from the API is told in English too: DONE before the required checklist items.
    await page.getByTestId("m-card-tab-main").tap();
    await page.getByTestId("m-take").tap();
    await page.getByTestId("m-complete").tap();
    const refusal = page.getByTestId("m-conflict");
    await expect.poll(() => refusal.textContent(), POLL).toContain("tick the required checklist items: “Inspect the pipes” and “Photo of the basement”");
    await expect.poll(() => cyrillic(page), POLL).toEqual([]);
    await context.close();
  });

  it("the resident app opens in English on an English phone, and its list and card show no Russian", async () => {
    const { residentOrder: order } = await prepare();
    t.clock.advance(61_000); // the factory signed this phone in within the last minute

    const { context, page } = await openPhone(browser, t.url, "en-GB");
    await residentSignIn(t, page, "+79160000001");
    await page.waitForURL("**/r/orders");
    const item = page.locator(`[data-testid="resident-order"][data-number="${order.number}"]`);
    await item.waitFor();
    await expect.poll(() => page.getByTestId("resident-nav-orders").textContent(), POLL).toContain("Requests");
    await expect.poll(() => cyrillic(page), POLL).toEqual([]);
    await snapshot(page, "english-r-list");

    await item.tap();
    await page.waitForURL(`**/r/orders/${order.number}`);
    await page.getByTestId("resident-card").waitFor();
    await expect.poll(() => page.getByTestId("resident-card-description").textContent(), POLL).toBe("Dripping tap in the bathroom");
    await expect.poll(() => cyrillic(page), POLL).toEqual([]);
    await snapshot(page, "english-r-card");

    // The profile's switch shows the language in use and goes back to Russian.
    await page.getByTestId("resident-nav-profile").tap();
    await expect.poll(() => page.getByTestId("resident-locale").inputValue(), POLL).toBe("en");
    await page.getByTestId("resident-locale").selectOption("ru");
    await expect.poll(() => page.getByTestId("resident-nav-orders").textContent(), POLL).toContain("Заявки");
    await context.close();
  });

  it("the desk switches to English in the top bar, and its administration pages show no Russian", async () => {
    await prepare();
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    expect(await page.getByTestId("nav-orders").textContent()).toContain("Все заявки"); // Russian by default
    await choose(page.getByTestId("locale-select"), "en");
    await expect.poll(() => page.getByTestId("nav-orders").textContent(), POLL).toContain("All requests");

    const pages: [string, string][] = [
      ["/directory/roles", "roles-row"],
      ["/directory/departments", "departments-row"],
      ["/directory/employees", "employees-row"],
      ["/directory/services", "services-row"],
      ["/directory/buildings", "buildings-row"],
      ["/directory/quarters", "groupings-row"],
      ["/directory/object-groups", "groupings-row"],
      ["/directory/legal-entities", "legal-entities-row"],
    ];
    for (const [path, row] of pages) {
      await page.goto(path);
      await page.getByTestId(row).first().waitFor();
      await expect.poll(() => cyrillic(page), { ...POLL, message: path }).toEqual([]);
    }
    await snapshot(page, "english-desk-roles");
    await context.close();
  });
});
