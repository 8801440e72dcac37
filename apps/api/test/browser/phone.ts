/// <reference lib="dom" />
import { expect } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_PASSWORD, type TestServer } from "../support/harness.js";
import { snapshot, WAIT_CEILING_MS } from "./support.js";

/** The resident app on a phone, shared by the browser tests that drive it. */

/** A phone in a resident's hand: 360×640, touch, a mobile viewport. */
export async function openPhone(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
  });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  context.setDefaultNavigationTimeout(WAIT_CEILING_MS);
  return { context, page: await context.newPage() };
}

/** How far the page scrolls sideways (0: no horizontal scroll). */
const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Every control a finger may use in the resident app, smaller than 44×44 CSS px: links, buttons,
 * fields, the star radios. A checkbox or file input counts by its label; visually hidden
 * inputs (opened by a labelled button) and the off-screen «skip to content» link are not targets.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.r-app a[href], .r-app button, .r-app input, .r-app select, .r-app textarea, .r-app [role="radio"]')) {
      if (el.classList.contains("sr-only") || el.closest(".sr-only")) continue;
      const input = el instanceof HTMLInputElement ? el : null;
      const target = input && (input.type === "checkbox" || input.type === "radio") ? (input.closest("label") ?? el) : el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right <= 0) continue;
      if (box.width < 44 || box.height < 44) small.push(`${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.textContent?.trim().slice(0, 30)}] ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });

/** The phone's layout rules on the page shown now, at the default font size and scaled to 200 %. */
export async function expectPhoneLayout(page: Page, name: string): Promise<void> {
  expect(await horizontalOverflow(page), `${name}: horizontal scroll`).toBe(0);
  expect(await smallTargets(page), `${name}: touch targets under 44 px`).toEqual([]);
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  try {
    expect(await horizontalOverflow(page), `${name} at 200 %: horizontal scroll`).toBe(0);
    expect(await smallTargets(page), `${name} at 200 %: touch targets under 44 px`).toEqual([]);
    await snapshot(page, `resident-${name}-200`);
  } finally {
    await page.evaluate(() => (document.documentElement.style.fontSize = ""));
  }
}

/** Signs a resident in through the phone form, reading the code the test SMS gateway got. */
export async function residentSignIn(t: TestServer, page: Page, phone: string): Promise<void> {
  await page.goto("/r");
  await page.waitForURL("**/r/login**");
  const before = t.sms.countTo(phone);
  await page.getByTestId("resident-login-phone").fill(phone);
  await page.getByTestId("resident-login-get-code").tap();
  await page.getByTestId("resident-login-code").waitFor();
  await expect.poll(() => t.sms.countTo(phone)).toBe(before + 1);
  await page.getByTestId("resident-login-code").fill(t.sms.lastCode(phone)!);
  await page.getByTestId("resident-login-submit").tap();
}

/** Signs an employee in through the login form on a phone: an executor lands in the employee app. */
export async function employeeSignIn(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(DEMO_PASSWORD);
  await page.getByTestId("login-submit").tap();
  await page.waitForURL((url) => url.pathname === "/m/");
  await page.getByTestId("m-app").waitFor();
}
