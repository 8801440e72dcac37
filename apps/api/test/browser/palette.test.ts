/// <reference lib="dom" />
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { newOrder } from "../support/factories.js";
import { orderFixtures, type OrderFixtures } from "../support/orders.js";
import { browserSuite, openContext, signIn, skipBrowser, snapshot } from "./support.js";

const focusedTestId = () => document.activeElement?.getAttribute("data-testid") ?? null;
const options = (page: Page) =>
  page.getByTestId("palette-option").evaluateAll((nodes) => nodes.map((n) => ({ kind: n.getAttribute("data-kind"), href: n.getAttribute("data-href"), text: n.textContent?.trim() ?? "" })));
const activeOption = (page: Page) =>
  page.evaluate(() => {
    const input = document.querySelector('[data-testid="palette-input"]');
    const id = input?.getAttribute("aria-activedescendant");
    return id ? (document.getElementById(id)?.getAttribute("data-href") ?? null) : null;
  });

describe.skipIf(skipBrowser)("the command palette (Ctrl+K)", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));
  let f: OrderFixtures;
  let order: { id: string; number: number };
  let residentName: string;

  beforeAll(async () => {
    f = await orderFixtures(t);
    order = await newOrder(t);
    const [resident] = await t.database.sql`select full_name from clients where id = ${f.residentClient}`;
    residentName = resident!.full_name as string;
  });

  it("goes to an order by number, a client by phone and a page, by keyboard only, and remembers them as recent", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");

    // Ctrl+K opens it with the focus in the combobox; the pages are listed at once.
    await page.keyboard.press("Control+k");
    const input = page.getByTestId("palette-input");
    await input.waitFor();
    expect(await page.evaluate(focusedTestId)).toBe("palette-input");
    expect(await input.getAttribute("role")).toBe("combobox");
    expect(await page.getByTestId("palette-list").getAttribute("role")).toBe("listbox");
    expect((await options(page)).some((o) => o.kind === "page" && o.href === "/directory/buildings")).toBe(true);

    // An order by its number: the order comes first, Enter opens its card.
    await input.fill(`№ ${order.number}`);
    await expect.poll(async () => (await options(page))[0]).toMatchObject({ kind: "order", href: `/exploitation/dispatcher/orders/${order.number}` });
    expect(await activeOption(page)).toBe(`/exploitation/dispatcher/orders/${order.number}`);
    await snapshot(page, "palette-order");
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/exploitation/dispatcher/orders/${order.number}`);
    await expect.poll(() => page.getByTestId("palette").count()).toBe(0);

    // A client by phone (⌘K works too).
    await page.keyboard.press("Meta+k");
    await input.waitFor();
    await input.fill("916 000-00-01");
    await expect.poll(async () => (await options(page)).find((o) => o.kind === "client")?.href).toBe(`/clients/${f.residentClient}`);
    // Arrows move through the list and wrap; Enter opens the active one.
    const list = await options(page);
    const clientIndex = list.findIndex((o) => o.kind === "client");
    for (let i = 0; i < clientIndex; i++) await page.keyboard.press("ArrowDown");
    expect(await activeOption(page)).toBe(`/clients/${f.residentClient}`);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/clients/${f.residentClient}`);

    // A page by its name, «ё» or «е» alike.
    await page.keyboard.press("Control+k");
    await input.fill("объект");
    await expect.poll(async () => (await options(page)).map((o) => o.href)).toEqual(["/directory/buildings"]);
    await page.keyboard.press("Enter");
    await page.waitForURL("**/directory/buildings");

    // The empty palette shows them as recent, last first; ArrowUp wraps to the end of the list.
    await page.keyboard.press("Control+k");
    await input.waitFor();
    await expect.poll(async () => (await options(page)).filter((o) => o.kind === "recent").map((o) => o.href)).toEqual([
      "/directory/buildings",
      `/clients/${f.residentClient}`,
      `/exploitation/dispatcher/orders/${order.number}`,
    ]);
    expect((await options(page)).find((o) => o.href === `/clients/${f.residentClient}` && o.kind === "recent")?.text).toContain(residentName);
    await page.keyboard.press("ArrowUp");
    expect(await activeOption(page)).toBe((await options(page)).at(-1)!.href);
    await page.keyboard.press("ArrowDown");
    expect(await activeOption(page)).toBe("/directory/buildings");
    await snapshot(page, "palette-recent");

    // Esc closes it and gives the focus back to where it was.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("palette").count()).toBe(0);
    await page.getByTestId("palette-open").focus();
    await page.keyboard.press("Enter");
    await input.waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("palette").count()).toBe(0);
    expect(await page.evaluate(focusedTestId)).toBe("palette-open");
    await context.close();
  });

  it("offers an executor only the pages their permissions open and only the clients of their orders", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "plumber@domovoy.example");
    await page.getByTestId("palette-open").click();
    const input = page.getByTestId("palette-input");
    await input.waitFor();
    const hrefs = (await options(page)).map((o) => o.href);
    expect(hrefs).toContain("/directory/buildings");
    expect(hrefs).not.toContain("/directory/integrations");
    await input.fill("Интеграц");
    await expect.poll(() => page.getByTestId("palette-empty").textContent()).toBe("Ничего не нашлось");
    await context.close();
  });
});
