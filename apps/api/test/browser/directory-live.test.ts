import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, openContext, signIn, skipBrowser } from "./support.js";

/**
 * Two administrators at once: what one creates, deletes or archives shows up in the other's open
 * list without a reload (directoryChanged); deleting asks first, and a building with orders is
 * refused with what holds it and offered the archive; the address opens the building's card.
 */
describe.skipIf(skipBrowser)("admin lists in two browsers", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  const rowOf = (page: Page, text: string) => page.getByTestId("buildings-row").filter({ hasText: text });

  it("a building created, archived and deleted in one browser appears, moves and goes in the other without a reload", async () => {
    const a = await openContext(browser, t.url);
    const b = await openContext(browser, t.url);
    await Promise.all([signIn(a.page, "admin@domovoy.example"), signIn(b.page, "admin@domovoy.example")]);
    for (const { page } of [a, b]) {
      await page.getByTestId("nav-buildings").click();
      await page.waitForURL("**/directory/buildings");
      await page.getByTestId("buildings-row").first().waitFor();
    }
    // A marker that only a reload would clear: the live list must keep it.
    await a.page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    // B adds a building; A's list shows it.
    await b.page.getByTestId("building-new").click();
    const dialog = b.page.getByTestId("building-dialog");
    await dialog.getByTestId("building-address").fill("г. Москва, ул. Живая, д. 7");
    await dialog.getByTestId("building-save").click();
    await dialog.waitFor({ state: "detached" });
    await rowOf(a.page, "ул. Живая, д. 7").waitFor();

    // B deletes it (nothing refers to it) after confirming; it leaves A's list.
    await rowOf(b.page, "ул. Живая, д. 7").getByTestId("building-delete").click();
    const confirm = b.page.getByTestId("directory-delete-dialog");
    expect(await confirm.textContent()).toContain("ул. Живая, д. 7");
    await confirm.getByTestId("directory-delete-confirm").click();
    await confirm.waitFor({ state: "detached" });
    await rowOf(a.page, "ул. Живая, д. 7").waitFor({ state: "detached" });
    expect(await t.database.sql`select 1 from buildings where address = 'г. Москва, ул. Живая, д. 7'`).toHaveLength(0);

    // A building with orders: refused with what holds it, and sent to the archive instead.
    const [busy] = await t.database.sql`select b.id, b.address, count(o.id)::int as orders from buildings b join orders o on o.building_id = b.id
      join organizations g on g.id = b.organization_id where g.slug = 'domovoy' group by b.id order by count(o.id) desc limit 1`;
    await rowOf(b.page, busy!.address).getByTestId("building-delete").click();
    await confirm.getByTestId("directory-delete-confirm").click();
    const refusal = confirm.getByTestId("directory-delete-refusal");
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(new RegExp(`^В доме .*${busy!.orders} заяв`));
    await confirm.getByTestId("directory-archive").click();
    await confirm.waitFor({ state: "detached" });
    await rowOf(a.page, busy!.address).waitFor({ state: "detached" });
    expect((await t.database.sql`select archived_at from buildings where id = ${busy!.id}`)[0]!.archived_at).not.toBeNull();

    // A finds it in the archive and restores it; B's list gets it back.
    await a.page.getByTestId("buildings-archive-toggle").click();
    const archivedRow = rowOf(a.page, busy!.address);
    await archivedRow.getByTestId("building-archived-badge").waitFor();
    await archivedRow.getByTestId("building-restore").click();
    await archivedRow.waitFor({ state: "detached" });
    await rowOf(b.page, busy!.address).waitFor();

    // The address opens the building's card.
    await rowOf(b.page, busy!.address).getByTestId("building-card-link").click();
    await b.page.waitForURL(`**/directory/buildings/${busy!.id}`);
    await expect.poll(() => b.page.locator("h1").textContent()).toContain(busy!.address);

    expect(await a.page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await a.context.close();
    await b.context.close();
  });

  it("roles: a role another administrator adds appears, and one held by employees is refused with their count", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.goto("/directory/roles");
    await page.getByTestId("roles-row").first().waitFor();
    const token = await t.login("admin@domovoy.example");
    const created = await t.graphql<any>(`mutation { roleCreate(input: { name: "Контролёр качества", permissions: [ORDERS_READ_ALL] }) { id } }`, {}, { token });
    expect(created.errors).toBeUndefined();
    const row = page.getByTestId("roles-row").filter({ hasText: "Контролёр качества" });
    await row.waitFor();

    const [held] = await t.database.sql`select r.name, count(e.id)::int as n from roles r join employees e on e.role_id = r.id
      join organizations g on g.id = r.organization_id where g.slug = 'domovoy' group by r.id order by r.name limit 1`;
    await page.getByTestId("roles-row").filter({ hasText: held!.name }).first().getByTestId("role-delete").click();
    const confirm = page.getByTestId("directory-delete-dialog");
    await confirm.getByTestId("directory-delete-confirm").click();
    await expect.poll(() => confirm.getByTestId("directory-delete-refusal").textContent()).toMatch(new RegExp(`^У роли ${held!.n} сотрудник`));
    expect(await confirm.getByTestId("directory-archive").count()).toBe(0);
    await page.keyboard.press("Escape");
    await confirm.waitFor({ state: "detached" });

    // The new one is unused: deleted after the confirmation.
    await row.getByTestId("role-delete").click();
    await confirm.getByTestId("directory-delete-confirm").click();
    await row.waitFor({ state: "detached" });
    expect(await t.database.sql`select 1 from roles where id = ${created.data.roleCreate.id}`).toHaveLength(0);
    await context.close();
  });
});
