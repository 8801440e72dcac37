import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, choose, openContext, signIn, skipBrowser, snapshot } from "./support.js";

/** #15 «Роли доступа» and «Подразделения»: the administration pages, and what a role's permissions do to a holder's desk. */
describe.skipIf(skipBrowser)("roles and departments administration in a browser", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  /** The sidebar's item ids the page shows now. */
  const navIds = (page: Page) => page.locator("[data-testid^='nav-']").evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")));

  it("creates a role with permissions and notifications, assigns it, and the holder's menu and actions follow", async () => {
    const admin = await openContext(browser, t.url);
    const worker = await openContext(browser, t.url);
    await signIn(admin.page, "admin@domovoy.example");
    await signIn(worker.page, "janitor2@domovoy.example");
    // An executor: no «Сводка», no «Звонки», no «Роли доступа»; creates orders.
    expect(await navIds(worker.page)).not.toContain("nav-dashboard");
    expect(await navIds(worker.page)).not.toContain("nav-roles");
    expect(await navIds(worker.page)).not.toContain("nav-calls");
    await worker.page.getByTestId("orders-new").waitFor();

    const page = admin.page;
    await page.getByTestId("nav-roles").click();
    await page.waitForURL("**/directory/roles");
    await page.getByTestId("roles-row").first().waitFor();
    const administrator = page.getByTestId("roles-row").filter({ hasText: "Администратор" });
    expect(Number(await administrator.getByTestId("roles-row-employees").textContent())).toBeGreaterThan(0);
    await page.getByTestId("roles-new").click();
    await page.waitForURL("**/directory/roles/new");

    await page.getByTestId("role-name").fill("Аналитик");
    await page.getByTestId("role-description").fill("Сводка и звонки, без заявок");
    // Permissions come with Russian names and a line each, grouped by area.
    const analytics = page.getByTestId("role-group-analytics");
    expect(await analytics.locator("legend").textContent()).toBe("Сводка и отчёты");
    expect(await analytics.textContent()).toContain("Показатели: заявки по статусам");
    await page.getByTestId("role-permission-DASHBOARD_VIEW").check();
    await page.getByTestId("role-permission-CALLS_READ").check();
    // «Возврат денежных средств» without the refunds permission warns that it will not arrive.
    await page.getByTestId("role-notify-refundRequests").check();
    await page.getByTestId("role-refund-warning").waitFor();
    await page.getByTestId("role-permission-REFUNDS_MANAGE").check();
    await page.getByTestId("role-refund-warning").waitFor({ state: "detached" });
    await page.getByTestId("role-notify-chatMessages").uncheck();
    await snapshot(page, "role-form");
    await page.getByTestId("role-save").click();
    await page.waitForURL(/\/directory\/roles\/[0-9a-f-]{36}$/);
    await page.getByTestId("role-holders-empty").waitFor();

    const [role] = await t.database.sql`select r.id, r.permissions, r.notification_settings from roles r
      join organizations g on g.id = r.organization_id where g.slug = 'domovoy' and r.name = 'Аналитик'`;
    expect([...role!.permissions].sort()).toEqual(["CALLS_READ", "DASHBOARD_VIEW", "REFUNDS_MANAGE"]);
    expect(role!.notification_settings).toMatchObject({ refundRequests: true, chatMessages: false, newOrders: false });

    // Assign it on the employee's page.
    const [janitor] = await t.database.sql`select id from employees where email = 'janitor2@domovoy.example'`;
    await page.goto(`/directory/employees/${janitor!.id}`);
    await choose(page.getByTestId("employee-role"), { label: "Аналитик" });
    await page.getByTestId("employee-save").click();
    await page.getByTestId("employee-saved").waitFor();

    // The role's page lists its holder, linked to the employee page; the list counts them.
    await page.goto(`/directory/roles/${role!.id}`);
    const holder = page.getByTestId("role-holder");
    await holder.waitFor();
    expect(await holder.textContent()).toContain("Гусев Юрий Анатольевич");
    expect(await holder.locator("a").getAttribute("href")).toBe(`/directory/employees/${janitor!.id}`);
    await page.goto("/directory/roles");
    await expect.poll(() => page.getByTestId("roles-row").filter({ hasText: "Аналитик" }).getByTestId("roles-row-employees").textContent()).toBe("1");

    // The holder's open desk follows without a reload: «Сводка» and «Звонки» appear, «Новая заявка» goes (no ORDERS_CREATE).
    await worker.page.getByTestId("nav-dashboard").waitFor();
    await worker.page.getByTestId("nav-calls").waitFor();
    await worker.page.getByTestId("orders-tab-new").waitFor();
    expect(await worker.page.getByTestId("orders-new").count()).toBe(0);
    expect(await navIds(worker.page)).not.toContain("nav-roles");
    await worker.page.getByTestId("nav-dashboard").click();
    await worker.page.getByTestId("dashboard").waitFor();

    // Taking DASHBOARD_VIEW away hides it again, live too.
    await worker.page.getByTestId("nav-orders").click();
    await worker.page.getByTestId("orders-tab-new").waitFor();
    await page.goto(`/directory/roles/${role!.id}`);
    await page.getByTestId("role-permission-DASHBOARD_VIEW").uncheck();
    await page.getByTestId("role-save").click();
    await page.getByTestId("role-saved").waitFor();
    await worker.page.getByTestId("nav-dashboard").waitFor({ state: "detached" });
    await worker.page.getByTestId("nav-calls").waitFor();

    await admin.context.close();
    await worker.context.close();
  });

  it("a role saved by someone else meanwhile: the form says so and loads the newer version", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    const [role] = await t.database.sql`select r.id from roles r join organizations g on g.id = r.organization_id where g.slug = 'domovoy' and r.name = 'Диспетчер'`;
    await page.goto(`/directory/roles/${role!.id}`);
    await page.getByTestId("role-form").waitFor();
    const token = await t.login("admin@domovoy.example");
    const other = await t.graphql(`mutation ($id: ID!) { roleUpdate(id: $id, input: { description: "Изменено в другой вкладке" }) { version } }`, { id: role!.id }, { token });
    expect(other.errors).toBeUndefined();

    await page.getByTestId("role-description").fill("Моё описание");
    await page.getByTestId("role-save").click();
    await page.getByTestId("role-stale").waitFor();
    const [kept] = await t.database.sql`select description from roles where id = ${role!.id}`;
    expect(kept!.description).toBe("Изменено в другой вкладке");
    await page.getByTestId("role-stale-reload").click();
    await expect.poll(() => page.getByTestId("role-description").inputValue()).toBe("Изменено в другой вкладке");
    await page.getByTestId("role-description").fill("Моё описание");
    await page.getByTestId("role-save").click();
    await page.getByTestId("role-saved").waitFor();
    const [saved] = await t.database.sql`select description from roles where id = ${role!.id}`;
    expect(saved!.description).toBe("Моё описание");
    await context.close();
  });

  it("creates a department, edits its members, and an executor sees it read-only", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.getByTestId("nav-departments").click();
    await page.waitForURL("**/directory/departments");
    const cleaning = page.getByTestId("departments-row").filter({ hasText: "Клининг" });
    await cleaning.waitFor();
    expect(await cleaning.getByTestId("departments-row-members").textContent()).toContain("Гусев Юрий Анатольевич");

    await page.getByTestId("departments-new").click();
    await page.waitForURL("**/directory/departments/new");
    await page.getByTestId("department-name").fill("Озеленение");
    for (const name of ["Гусев", "Быков"]) {
      await page.getByTestId("department-add-member-input").fill(name);
      await page.getByTestId("department-add-member-option").filter({ hasText: name }).first().click();
    }
    await expect.poll(() => page.getByTestId("department-member").allTextContents()).toEqual([
      expect.stringContaining("Быков Степан Фёдорович"),
      expect.stringContaining("Гусев Юрий Анатольевич"),
    ]);
    await page.getByTestId("department-save").click();
    await page.waitForURL(/\/directory\/departments\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop()!;
    const members = async () =>
      (await t.database.sql`select e.full_name from department_employees de join employees e on e.id = de.employee_id where de.department_id = ${id} order by 1`).map(
        (r) => r.full_name as string,
      );
    expect(await members()).toEqual(["Быков Степан Фёдорович", "Гусев Юрий Анатольевич"]);

    // Remove one member, rename, save.
    await page.getByTestId("department-member").filter({ hasText: "Быков" }).getByTestId("department-member-remove").click();
    await page.getByTestId("department-name").fill("Озеленение и благоустройство");
    await page.getByTestId("department-save").click();
    await page.getByTestId("department-saved").waitFor();
    expect(await members()).toEqual(["Гусев Юрий Анатольевич"]);
    await page.goto("/directory/departments");
    const row = page.getByTestId("departments-row").filter({ hasText: "Озеленение и благоустройство" });
    await row.waitFor();
    expect(await row.getByTestId("departments-row-members").textContent()).toMatch(/1\s*·\s*Гусев Юрий Анатольевич/);
    await snapshot(page, "departments");

    // An executor reads departments but changes nothing.
    const executor = await openContext(browser, t.url);
    await signIn(executor.page, "janitor@domovoy.example");
    await executor.page.getByTestId("nav-departments").click();
    await executor.page.getByTestId("departments-row").first().waitFor();
    expect(await executor.page.getByTestId("departments-new").count()).toBe(0);
    await executor.page.goto(`/directory/departments/${id}`);
    await executor.page.getByTestId("department-form").waitFor();
    expect(await executor.page.getByTestId("department-save").count()).toBe(0);
    expect(await executor.page.getByTestId("department-name").isDisabled()).toBe(true);
    await executor.context.close();
    await context.close();
  });
});
