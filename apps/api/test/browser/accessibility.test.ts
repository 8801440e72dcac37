/// <reference lib="dom" />
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { SESSION_COOKIE } from "../../src/shared/auth/cookies.js";
import type { TestServer } from "../support/harness.js";
import { browserSuite, skipBrowser, snapshot, WAIT_CEILING_MS } from "./support.js";

/**
 * axe-core over the main pages of the desktop CRM (with its administration, the place cards, and
 * the dialogs, popovers and listboxes that open over them) and the field apps, in the light and the
 * dark theme (the system setting, emulated): no serious or critical WCAG 2.1 A/AA violation anywhere.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };

/** The serious and critical violations on the page as it is now, one line per element. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return result.violations;
  });
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => {
      // One line per kind of failure (a low contrast repeats on every row of a table), with where it is first seen.
      const kinds = new Map<string, { target: string; count: number }>();
      for (const n of v.nodes) {
        const why = n.failureSummary?.split("\n").slice(1).join(" ").replace(/\s+/g, " ").trim() || v.help;
        const seen = kinds.get(why);
        if (seen) seen.count++;
        else kinds.set(why, { target: n.target.join(" "), count: 1 });
      }
      return [...kinds].map(([why, { target, count }]) => `${v.id} (${v.impact}) ${target}${count > 1 ? ` and ${count - 1} more` : ""}: ${why}`);
    });
}

type Who = { kind: "staff"; email: string } | { kind: "resident"; phone: string } | { kind: "nobody" };
/** `act` brings the page into the state to scan (a dialog, a popover or a listbox open) after `ready`. */
type Screen = { name: string; who: Who; url: (ids: Ids) => string; ready: string; act?: (page: Page) => Promise<void>; phone?: boolean };
type Ids = {
  order: number;
  client: string;
  fieldOrder: number;
  residentOrder: number;
  premise: string;
  building: string;
  role: string;
  department: string;
  service: string;
};

const dispatcher: Who = { kind: "staff", email: "dispatcher@domovoy.example" };
const admin: Who = { kind: "staff", email: "admin@domovoy.example" };
const plumber: Who = { kind: "staff", email: "plumber@domovoy.example" };
const resident: Who = { kind: "resident", phone: "+79160000001" };

const screens: Screen[] = [
  { name: "sign-in", who: { kind: "nobody" }, url: () => "/login", ready: '[data-testid="login-email"]' },
  { name: "orders list", who: dispatcher, url: () => "/exploitation/dispatcher/orders?tab=all", ready: '[data-testid="orders-row"]' },
  { name: "order card", who: dispatcher, url: (ids) => `/exploitation/dispatcher/orders/${ids.order}`, ready: '[data-testid="chat-input"]' },
  { name: "new order form", who: dispatcher, url: () => "/exploitation/dispatcher/orders/new", ready: '[data-testid="new-order-form"]' },
  { name: "incidents", who: dispatcher, url: () => "/exploitation/dispatcher/incidents", ready: '[data-testid="incidents-row"]' },
  { name: "calls", who: dispatcher, url: () => "/exploitation/dispatcher/calls", ready: "main h1" },
  { name: "clients", who: dispatcher, url: () => "/clients", ready: '[data-testid="clients-row"]' },
  { name: "client card", who: dispatcher, url: (ids) => `/clients/${ids.client}`, ready: '[data-testid="client-premise"]' },
  { name: "dashboard", who: dispatcher, url: () => "/dashboard", ready: '[data-testid="dashboard-kpi-created"]' },
  { name: "services", who: admin, url: () => "/directory/services", ready: '[data-testid="services-row"]' },
  { name: "employees", who: admin, url: () => "/directory/employees", ready: '[data-testid="employees-row"]' },
  { name: "buildings", who: admin, url: () => "/directory/buildings", ready: '[data-testid="buildings-row"]' },
  { name: "reply templates", who: admin, url: () => "/directory/reply-templates", ready: "main h1" },
  { name: "roles", who: admin, url: () => "/directory/roles", ready: '[data-testid="roles-row"]' },
  { name: "role form", who: admin, url: (ids) => `/directory/roles/${ids.role}`, ready: '[data-testid="role-form"]' },
  { name: "departments", who: admin, url: () => "/directory/departments", ready: '[data-testid="departments-row"]' },
  { name: "department form", who: admin, url: (ids) => `/directory/departments/${ids.department}`, ready: '[data-testid="department-form"]' },
  {
    name: "service form with a select open",
    who: admin,
    url: (ids) => `/directory/services/${ids.service}`,
    ready: '[data-testid="service-form"]',
    act: async (page) => {
      await page.getByTestId("service-kind").click();
      await page.getByTestId("service-kind-options").waitFor();
    },
  },
  { name: "building premises", who: admin, url: (ids) => `/directory/buildings/${ids.building}/premises`, ready: '[data-testid="premises-row"]' },
  {
    name: "building dialog",
    who: admin,
    url: () => "/directory/buildings",
    ready: '[data-testid="buildings-row"]',
    act: async (page) => {
      await page.getByTestId("building-new").click();
      await page.getByTestId("building-dialog").waitFor();
    },
  },
  {
    name: "premises import preview",
    who: admin,
    url: (ids) => `/directory/buildings/${ids.building}/premises`,
    ready: '[data-testid="premises-row"]',
    act: async (page) => {
      await page.getByTestId("premises-import-open").click();
      const csv = ["Номер;Лицевой счёт;Примечание", "901;402901901;Новая", `902;${"9".repeat(31)};Слишком длинный счёт`].join("\r\n");
      await page.getByTestId("premises-import-file").setInputFiles({ name: "помещения.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + csv, "utf8") });
      await page.getByTestId("premises-import-row-errors").first().waitFor();
    },
  },
  { name: "quarters", who: admin, url: () => "/directory/quarters", ready: '[data-testid="groupings-row"]' },
  { name: "object groups", who: admin, url: () => "/directory/object-groups", ready: '[data-testid="groupings-row"]' },
  { name: "legal entities", who: admin, url: () => "/directory/legal-entities", ready: '[data-testid="legal-entities-row"]' },
  { name: "premise card", who: dispatcher, url: (ids) => `/directory/premises/${ids.premise}`, ready: '[data-testid="premise-card-resident"]' },
  { name: "building card", who: dispatcher, url: (ids) => `/directory/buildings/${ids.building}`, ready: '[data-testid="building-card-premise"]' },
  {
    name: "address popover",
    who: dispatcher,
    url: () => "/exploitation/dispatcher/orders?tab=all",
    ready: '[data-testid="orders-address-trigger"]',
    act: async (page) => {
      await page.getByTestId("orders-address-trigger").first().click();
      await page.getByTestId("orders-address").waitFor();
    },
  },
  {
    name: "command palette",
    who: dispatcher,
    url: () => "/exploitation/dispatcher/orders?tab=all",
    ready: '[data-testid="orders-row"]',
    act: async (page) => {
      await page.keyboard.press("Control+k");
      await page.getByTestId("palette-option").first().waitFor();
    },
  },
  { name: "employee app list", who: plumber, url: () => "/m", ready: '[data-testid="m-order-card"], [data-testid="m-orders-empty"]', phone: true },
  { name: "employee app card", who: plumber, url: (ids) => `/m/orders/${ids.fieldOrder}`, ready: '[data-testid="m-card-client"]', phone: true },
  { name: "employee app new order", who: plumber, url: () => "/m/orders/new", ready: '[data-testid="m-new-form"]', phone: true },
  {
    name: "employee app new order with the service picker open",
    who: plumber,
    url: () => "/m/orders/new",
    ready: '[data-testid="m-new-form"]',
    phone: true,
    act: async (page) => {
      await page.getByTestId("m-new-service").click();
      await page.getByTestId("m-new-service-sheet").waitFor();
    },
  },
  {
    name: "employee app new order with its fields refused",
    who: plumber,
    url: () => "/m/orders/new",
    ready: '[data-testid="m-new-form"]',
    phone: true,
    act: async (page) => {
      await page.getByTestId("m-new-submit").click();
      await page.getByTestId("m-new-service-error").waitFor();
    },
  },
  { name: "employee app filters", who: plumber, url: () => "/m/filters", ready: '[data-testid="m-filters-page"]', phone: true },
  { name: "employee app profile", who: plumber, url: () => "/m/profile", ready: '[data-testid="m-profile-name"]', phone: true },
  { name: "resident sign-in", who: { kind: "nobody" }, url: () => "/r/login", ready: '[data-testid="resident-login-phone"]', phone: true },
  { name: "resident orders", who: resident, url: () => "/r/orders", ready: '[data-testid="resident-order"]', phone: true },
  { name: "resident order card", who: resident, url: (ids) => `/r/orders/${ids.residentOrder}`, ready: '[data-testid="resident-chat-input"]', phone: true },
  { name: "resident new order: services", who: resident, url: () => "/r/new", ready: '[data-testid="resident-service"]', phone: true },
  {
    name: "resident new order: the form",
    who: resident,
    url: () => "/r/new",
    ready: '[data-testid="resident-service"]',
    phone: true,
    act: async (page) => {
      await page.getByTestId("resident-service").first().click();
      await page.getByTestId("resident-new-form").waitFor();
    },
  },
  { name: "resident profile", who: resident, url: () => "/r/profile", ready: '[data-testid="resident-profile-name"]', phone: true },
];

describe.skipIf(skipBrowser)("accessibility (axe-core) of the main pages, light and dark", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  const tokens = new Map<string, string>();
  async function tokenOf(who: Who): Promise<string | null> {
    if (who.kind === "nobody") return null;
    const key = who.kind === "staff" ? who.email : who.phone;
    if (!tokens.has(key)) tokens.set(key, who.kind === "staff" ? await t.login(who.email) : await t.residentLogin(who.phone));
    return tokens.get(key)!;
  }

  let ids: Ids | undefined;
  async function seeded(): Promise<Ids> {
    if (ids) return ids;
    const sql = t.database.sql;
    const [order] = await sql`select o.number, o.client_id from orders o join organizations g on g.id = o.organization_id
      join clients c on c.id = o.client_id where g.slug = 'domovoy' and c.phone = '+79160000001' order by o.number limit 1`;
    const [field] = await sql`select o.number from orders o join order_executors e on e.order_id = o.id join employees p on p.id = e.employee_id
      where p.email = 'plumber@domovoy.example' and o.client_id is not null order by o.number limit 1`;
    // A message each way, so the chat's bubbles are scanned too.
    const token = (await tokenOf(dispatcher))!;
    const [orderId] = await sql`select id from orders where number = ${order!.number} and client_id = ${order!.client_id}`;
    const sent = await t.graphql(`mutation ($orderId: ID!) { chatMessageSend(orderId: $orderId, text: "Мастер придёт завтра с 10 до 12") { id } }`, { orderId: orderId!.id }, { token });
    expect(sent.errors).toBeUndefined();
    const [place] = await sql`select p.id as premise, p.building_id as building from orders o join premises p on p.id = o.premise_id
      where o.number = ${order!.number} and o.client_id = ${order!.client_id}`;
    const [catalog] = await sql`select
      (select r.id from roles r where r.organization_id = g.id order by r.name limit 1) as role,
      (select d.id from departments d where d.organization_id = g.id order by d.name limit 1) as department,
      (select s.id from services s where s.organization_id = g.id order by s.name limit 1) as service
      from organizations g where g.slug = 'domovoy'`;
    ids = {
      order: order!.number as number,
      client: order!.client_id as string,
      fieldOrder: field!.number as number,
      residentOrder: order!.number as number,
      premise: place!.premise as string,
      building: place!.building as string,
      role: catalog!.role as string,
      department: catalog!.department as string,
      service: catalog!.service as string,
    };
    return ids;
  }

  it.each(screens)("$name", async (screen) => {
    const token = await tokenOf(screen.who);
    const url = screen.url(await seeded());
    const context = await browser.newContext({
      baseURL: t.url,
      locale: "ru-RU",
      timezoneId: "Europe/Moscow",
      reducedMotion: "reduce",
      ...(screen.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1440, height: 900 } }),
    });
    context.setDefaultTimeout(WAIT_CEILING_MS);
    context.setDefaultNavigationTimeout(WAIT_CEILING_MS);
    if (token) await context.addCookies([{ name: SESSION_COOKIE, value: token, url: t.url, httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    try {
      await page.goto(url);
      await page.locator(screen.ready).first().waitFor();
      await page.waitForFunction(() => !document.body.innerText.includes("Загрузка…"));
      await screen.act?.(page);
      const found: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        // The theme follows the system setting: a light page in light, a dark one in dark.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number));
        const lightness = Math.max(...background) / 255;
        if (colorScheme === "light") expect(lightness, `${screen.name}: light background`).toBeGreaterThan(0.9);
        else expect(lightness, `${screen.name}: dark background`).toBeLessThan(0.15);
        for (const line of await violations(page)) found.push(`${colorScheme}: ${line}`);
        await snapshot(page, `a11y-${screen.name.replace(/\s+/g, "-")}-${colorScheme}`);
      }
      expect(found, `${screen.name} (${url})`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
