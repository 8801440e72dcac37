/// <reference lib="dom" />
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { TestServer } from "../support/harness.js";
import { browserSuite, openContext, signIn, skipBrowser } from "./support.js";

const state = (page: Page, testid: string) =>
  page.getByTestId(testid).evaluate((button) => {
    const id = button.getAttribute("aria-activedescendant");
    return {
      value: (button as HTMLButtonElement).value,
      expanded: button.getAttribute("aria-expanded"),
      active: id ? (document.getElementById(id)?.getAttribute("data-value") ?? null) : null,
      focused: document.activeElement === button,
    };
  });

describe.skipIf(skipBrowser)("one select for the desk: full keyboard use", () => {
  let t: TestServer;
  let browser: Browser;
  browserSuite((suite) => ({ t, browser } = suite));

  it("opens with the arrows, moves, wraps, chooses with Enter, and closes with Esc", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "dispatcher@domovoy.example");
    await page.getByTestId("orders-filters").click();
    const select = page.getByTestId("filter-incident");
    expect(await select.getAttribute("role")).toBe("combobox");
    expect(await select.getAttribute("aria-haspopup")).toBe("listbox");
    expect(await page.locator("select").count()).toBe(0);
    await select.focus();
    expect(await state(page, "filter-incident")).toMatchObject({ value: "NOT_ATTACHED", expanded: "false", focused: true });

    await page.keyboard.press("ArrowDown");
    expect(await state(page, "filter-incident")).toMatchObject({ expanded: "true", active: "NOT_ATTACHED" });
    expect(await page.getByTestId("filter-incident-options").getAttribute("role")).toBe("listbox");
    await page.keyboard.press("ArrowDown");
    expect((await state(page, "filter-incident")).active).toBe("ATTACHED");
    await page.keyboard.press("End");
    expect((await state(page, "filter-incident")).active).toBe("ANY");
    await page.keyboard.press("ArrowDown");
    expect((await state(page, "filter-incident")).active).toBe("NOT_ATTACHED");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    expect(await state(page, "filter-incident")).toMatchObject({ value: "ANY", expanded: "false", focused: true });

    // Esc closes without choosing, and does not close the filter panel around it.
    await page.keyboard.press("Space");
    await page.keyboard.press("Home");
    await page.keyboard.press("Escape");
    expect(await state(page, "filter-incident")).toMatchObject({ value: "ANY", expanded: "false", focused: true });
    await page.getByTestId("filter-apply").waitFor();

    await context.close();
  });
});
