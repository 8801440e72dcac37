/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { orderFixtures, type OrderFixtures } from "../support/orders.js";
import { PNG_1x1 } from "../support/uploads.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot, WAIT_CEILING_MS } from "./support.js";
import { employeeSignIn, openPhone } from "./phone.js";

const POLL = { timeout: WAIT_CEILING_MS };

/** Nothing wider than the screen, and every control a finger must hit at least 44 × 44 CSS px. */
async function checkPhoneLayout(page: Page, name: string): Promise<void> {
  const layout = await page.evaluate(() => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>("a[href], button, select, textarea, input:not([type=file]):not([type=checkbox]), label.m-btn");
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      if (box.width < 44 || box.height < 44) small.push(`${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.textContent?.trim().slice(0, 30)}] ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, small };
  });
  expect(layout.scrollWidth, `${name}: horizontal scroll`).toBeLessThanOrEqual(layout.width);
  expect(layout.small, `${name}: touch targets under 44 px`).toEqual([]);
}

type Created = { id: string; number: number; channel: string; description: string; client: { id: string } | null; premise: { id: string } | null; formAnswers: { key: string; value: string | null }[]; documents: { file: { fileName: string } }[] };

describe.skipIf(skipBrowser)("«Новое обращение» in the employee app", () => {
  let t: TestServer;
  let browser: Browser;
  let f: OrderFixtures;
  let dispatcher: string;
  let serviceName: string;
  let address: string;
  let premiseNumber: string;
  browserSuite((suite) => ({ t, browser } = suite));

  async function setup() {
    if (serviceName) return;
    f = await orderFixtures(t);
    dispatcher = await t.login("dispatcher@domovoy.example");
    const admin = await t.login("admin@domovoy.example");
    serviceName = `Осмотр кровли ${Date.now()}`;
    const created = await t.graphql(
      `mutation ($input: ServiceCreateInput!) { serviceCreate(input: $input) { id } }`,
      { input: { name: serviceName, departmentId: f.plumbingDepartment, orderForm: [{ key: "floor", label: "Этаж", type: "NUMBER", required: true }] } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    const [place] = await t.database.sql`select b.address, p.number from premises p join buildings b on b.id = p.building_id where p.id = ${f.residentPremise}`;
    address = place!.address as string;
    premiseNumber = place!.number as string;
  }

  /** The orders with this description, as the desk reads them. */
  async function ordersDescribed(description: string): Promise<Created[]> {
    const rows = await t.database.sql`select id from orders where description = ${description} order by created_at`;
    const orders: Created[] = [];
    for (const row of rows) {
      const r = await t.graphql<{ order: Created }>(
        `query ($id: ID!) { order(id: $id) { id number channel description client { id } premise { id } formAnswers { key value } documents { file { fileName } } } }`,
        { id: row.id },
        { token: dispatcher },
      );
      orders.push(r.data!.order);
    }
    return orders;
  }

  /** Opens a picker, searches it, and taps the option whose text contains `pick`. */
  async function choose(page: Page, picker: string, search: string, pick: string): Promise<void> {
    await page.getByTestId(picker).tap();
    const sheet = page.getByTestId(`${picker}-sheet`);
    await sheet.waitFor();
    await page.getByTestId(`${picker}-search`).fill(search);
    const option = sheet.getByTestId(`${picker}-option`).filter({ hasText: pick });
    await expect.poll(() => option.count(), POLL).toBe(1);
    await option.tap();
    await sheet.waitFor({ state: "detached" });
  }

  /** Service, form field, building, description and a photo: what both tests fill in. */
  async function fillIn(page: Page, description: string, options: { premise: boolean }) {
    await choose(page, "m-new-service", serviceName.slice(0, 12), serviceName);
    await page.locator('[data-testid="m-new-form-field"][data-key="floor"] input').fill("3");
    await choose(page, "m-new-building", address.slice(0, 8), address);
    if (options.premise) await choose(page, "m-new-premise", premiseNumber, `кв. ${premiseNumber}`);
    await page.getByTestId("m-new-description").fill(description);
    await page.getByTestId("m-new-photo-input").setInputFiles({ name: "кровля.png", mimeType: "image/png", buffer: PNG_1x1 });
    await expect.poll(() => page.getByTestId("m-new-photo").count(), POLL).toBe(1);
  }

  /**
   * The page's own text areas and selects (the order form's answer fields aside): each is the
   * employee app's one `.m-control`, so all look alike (the card's and the form's were two copies).
   */
  async function controls(page: Page, scope: string) {
    return page.locator(`${scope} textarea, ${scope} select`).evaluateAll((elements) =>
      elements.map((e) => {
        const style = getComputedStyle(e);
        return { control: e.classList.contains("m-control"), look: [style.minHeight, style.borderRadius, style.paddingLeft, style.borderTopColor, style.width === "0px"].join(" ") };
      }),
    );
  }

  it("a dispatcher creates an order on a phone with searchable pickers and a photo; the desk's list shows it live", async () => {
    await setup();
    const desk = await openContext(browser, t.url);
    await signIn(desk.page, "dispatcher2@domovoy.example");
    await desk.page.getByTestId("orders-row").first().waitFor();

    const { context, page } = await openPhone(browser, t.url);
    await employeeSignIn(page, "dispatcher@domovoy.example");
    await page.getByTestId("m-create").tap();
    await page.waitForURL((url) => url.pathname === "/m/orders/new");
    await page.getByTestId("m-new-form").waitFor();
    await checkPhoneLayout(page, "new order");
    const formControls = await controls(page, '[data-testid="m-new-form"]');
    expect(formControls.length).toBeGreaterThanOrEqual(2);
    expect(formControls.every((c) => c.control)).toBe(true);

    // Nothing chosen: the fields say what is missing, nothing is sent.
    await page.getByTestId("m-new-submit").tap();
    await page.getByTestId("m-new-service-error").waitFor();
    await page.getByTestId("m-new-building-error").waitFor();

    // A full-screen picker: the search box and the options fit a finger.
    await page.getByTestId("m-new-service").tap();
    await page.getByTestId("m-new-service-sheet").waitFor();
    await checkPhoneLayout(page, "service picker");
    await snapshot(page, "field-new-order-picker");
    await page.getByTestId("m-new-service-close").tap();

    const description = `Течёт кровля над подъездом ${Date.now()}`;
    await fillIn(page, description, { premise: true });
    // The premise has residents: the form says a choice is needed.
    await page.getByTestId("m-new-residents-warning").waitFor();

    // Sent without one, the server's refusal is shown at the client field.
    await page.getByTestId("m-new-submit").tap();
    await expect.poll(() => page.getByTestId("m-new-client-error").textContent(), POLL).toContain("Без жителя");
    expect(await ordersDescribed(description)).toEqual([]);

    // «Без клиента» on purpose, with the desk's warning.
    await page.getByTestId("m-new-client").tap();
    await page.getByTestId("m-new-without-client").tap();
    await page.getByTestId("m-new-without-client-warning").waitFor();
    await expect.poll(() => page.getByTestId("m-new-client-error").count(), POLL).toBe(0);
    await checkPhoneLayout(page, "new order filled in");
    await snapshot(page, "field-new-order");

    await page.getByTestId("m-new-submit").tap();
    await page.waitForURL((url) => /^\/m\/orders\/\d+$/.test(url.pathname));
    const [created] = await ordersDescribed(description);
    expect(created).toMatchObject({ channel: "VISIT", client: null, premise: { id: f.residentPremise }, formAnswers: [{ key: "floor", value: "3" }] });
    await expect.poll(() => page.getByTestId("m-order-title").textContent(), POLL).toBe(`№ ${created!.number}`);
    const cardControls = await controls(page, '[data-testid="m-card-more"]');
    expect(cardControls.length).toBeGreaterThanOrEqual(2);
    expect(cardControls.every((c) => c.control)).toBe(true);
    expect(new Set([...formControls, ...cardControls].map((c) => c.look)).size).toBe(1);
    await expect.poll(async () => (await ordersDescribed(description))[0]!.documents.map((d) => d.file.fileName), POLL).toEqual(["кровля.png"]);

    // The dispatcher at the desk sees it arrive without reloading.
    await desk.page.locator(`[data-testid="orders-row"][data-order-number="${created!.number}"]`).waitFor();
    await context.close();
    await desk.context.close();
  });

  it("the phone's back button closes a full-screen picker and stays on the form; an executor's new order opens as its card", async () => {
    await setup();
    const { context, page } = await openPhone(browser, t.url);
    await employeeSignIn(page, "plumber@domovoy.example");
    await page.getByTestId("m-create").tap();
    await page.waitForURL((url) => url.pathname === "/m/orders/new");
    await page.getByTestId("m-new-form").waitFor();
    const description = `Протечка на чердаке ${Date.now()}`;
    await page.getByTestId("m-new-description").fill(description);

    // Back with the picker open: the picker closes, the form and what was typed stay.
    await page.getByTestId("m-new-service").tap();
    await page.getByTestId("m-new-service-sheet").waitFor();
    await page.goBack();
    await page.getByTestId("m-new-service-sheet").waitFor({ state: "detached" });
    expect(new URL(page.url()).pathname).toBe("/m/orders/new");
    expect(await page.getByTestId("m-new-description").inputValue()).toBe(description);
    // Focus is back on the field that opened it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")), POLL).toBe("m-new-service");

    // Closed by «←» or by a choice, the picker leaves no history entry behind: the next back leaves the form.
    await page.getByTestId("m-new-service").tap();
    await page.getByTestId("m-new-service-sheet").waitFor();
    await page.getByTestId("m-new-service-close").tap();
    await page.getByTestId("m-new-service-sheet").waitFor({ state: "detached" });
    await fillIn(page, description, { premise: false });
    expect(new URL(page.url()).pathname).toBe("/m/orders/new");
    const length = await page.evaluate(() => history.length);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/m/");
    // The list has rendered (its page loads data first): going forward before that only cancels the navigation.
    await page.getByTestId("m-new-form").waitFor({ state: "detached" });
    await page.goForward();
    await page.waitForURL((url) => url.pathname === "/m/orders/new");
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.getByTestId("m-new-form").waitFor();
    await fillIn(page, description, { premise: false });

    // The executor sees the order they created: its card opens, with the photo attached.
    await page.getByTestId("m-new-submit").tap();
    await page.waitForURL((url) => /^\/m\/orders\/\d+$/.test(url.pathname));
    const [created] = await ordersDescribed(description);
    await expect.poll(() => page.getByTestId("m-order-title").textContent(), POLL).toBe(`№ ${created!.number}`);
    await expect.poll(async () => (await ordersDescribed(description))[0]!.documents.map((d) => d.file.fileName), POLL).toEqual(["кровля.png"]);
    await page.getByTestId("m-status-not-yours").waitFor();
    await context.close();
  });

  it("created offline, it waits on the phone and reaches the server once when the network returns", async () => {
    await setup();
    const desk = await openContext(browser, t.url);
    await signIn(desk.page, "dispatcher2@domovoy.example");
    await desk.page.getByTestId("orders-row").first().waitFor();

    const { context, page } = await openPhone(browser, t.url);
    await employeeSignIn(page, "dispatcher@domovoy.example");
    await page.getByTestId("m-create").tap();
    await page.getByTestId("m-new-form").waitFor();
    const description = `Сорвало водосток ${Date.now()}`;
    await fillIn(page, description, { premise: false });

    await context.setOffline(true);
    await page.getByTestId("m-offline").waitFor();
    await page.getByTestId("m-new-submit").tap();
    // Back on the list, the order waits as a card of its own.
    await page.waitForURL((url) => url.pathname === "/m/");
    await expect.poll(() => page.getByTestId("m-order-pending").getAttribute("data-state"), POLL).toBe("PENDING");
    await expect.poll(() => page.getByTestId("m-pending").getAttribute("data-count"), POLL).toBe("1");
    await snapshot(page, "field-new-order-offline");
    expect(await ordersDescribed(description)).toEqual([]);

    await context.setOffline(false);
    await expect.poll(async () => (await ordersDescribed(description)).length, POLL).toBe(1);
    await expect.poll(() => page.getByTestId("m-pending").count(), POLL).toBe(0);
    await expect.poll(() => page.getByTestId("m-order-pending").count(), POLL).toBe(0);
    const [created] = await ordersDescribed(description);
    expect(created!.documents.map((d) => d.file.fileName)).toEqual(["кровля.png"]);
    await desk.page.locator(`[data-testid="orders-row"][data-order-number="${created!.number}"]`).waitFor();
    // Listed on the phone once the server has it.
    await page.locator(`[data-testid="m-order-card"][data-number="${created!.number}"]`).waitFor();
    await context.close();
    await desk.context.close();
  });

  it("an answer lost on the way back: the phone sends the order again with its key and the server makes it once", async () => {
    await setup();
    const { context, page } = await openPhone(browser, t.url);
    await employeeSignIn(page, "dispatcher@domovoy.example");
    await page.getByTestId("m-create").tap();
    await page.getByTestId("m-new-form").waitFor();
    const description = `Потерянный ответ ${Date.now()}`;
    await fillIn(page, description, { premise: false });

    // The first orderCreate reaches the server, but its answer never reaches the phone.
    let cut = 0;
    await page.route("**/graphql", async (route) => {
      if (cut === 0 && (route.request().postData() ?? "").includes("orderCreate")) {
        cut++;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
    await page.getByTestId("m-new-submit").tap();
    await expect.poll(() => cut, POLL).toBe(1);
    await expect.poll(async () => (await ordersDescribed(description)).length, POLL).toBe(1);
    await expect.poll(() => page.getByTestId("m-pending").count(), POLL).toBe(0);
    const [created] = await ordersDescribed(description);
    expect(created!.documents.map((d) => d.file.fileName)).toEqual(["кровля.png"]);
    const [receipts] = await t.database.sql`select count(*)::int as n from mutation_receipts where mutation = 'orderCreate' and result_id = ${created!.id}`;
    expect(receipts!.n).toBe(1);
    expect(await ordersDescribed(description)).toHaveLength(1);
    await context.close();
  });
});
