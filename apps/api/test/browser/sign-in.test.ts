import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, openContext, signIn, skipBrowser } from "./support.js";

describe.skipIf(skipBrowser)("sign-in page when attempts are throttled", () => {
  let t: TestServer;
  let browser: Browser;
  // Two failures per account before the block, so the test stays short; production allows ten.
  browserSuite((suite) => ({ t, browser } = suite), {
    config: { loginLimits: { accountFailures: 2, accountBlockMinutes: 15, addressFailures: 30, addressWindowMinutes: 60 } },
  });

  it("shows «Слишком много попыток, повторите через 15 мин», also for the right password then", async () => {
    const { context, page } = await openContext(browser, t.url);
    await page.goto("/login");
    const attempt = async (password: string) => {
      await page.getByTestId("login-email").fill("dispatcher2@domovoy.example");
      await page.getByTestId("login-password").fill(password);
      const answered = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("authLogin"));
      await page.getByTestId("login-submit").click();
      await answered;
    };
    const error = page.getByTestId("login-error");
    for (const password of ["wrong-1", "wrong-2"]) {
      await attempt(password);
      await expect.poll(() => error.textContent()).toBe("Неверный email или пароль");
    }
    await attempt("wrong-3");
    await expect.poll(() => error.textContent()).toBe("Слишком много попыток, повторите через 15 мин");
    await attempt("domovoy");
    await expect.poll(() => error.textContent()).toBe("Слишком много попыток, повторите через 15 мин");
    expect(page.url()).toMatch(/\/login/);
    await context.close();
  });
});

describe.skipIf(skipBrowser)("an open app whose session ends elsewhere", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("goes to the sign-in page when an administrator resets the password (the socket closes with 4401)", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher2@domovoy.example");
    await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain("Все заявки");
    const admin = await t.login("admin@domovoy.example");
    const [row] = await t.database.sql`select id from employees where email = 'dispatcher2@domovoy.example'`;
    // The orders list is live: its socket is open before the reset.
    await page.waitForTimeout(500);
    const reset = await t.graphql(`mutation ($id: ID!) { employeeUpdate(id: $id, input: { password: "another-password" }) { id } }`, { id: row!.id }, { token: admin });
    expect(reset.errors).toBeUndefined();
    await page.waitForURL("**/login**");
    await context.close();
  });
});
