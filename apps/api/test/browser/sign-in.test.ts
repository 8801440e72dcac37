import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, openContext, skipBrowser } from "./support.js";

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
