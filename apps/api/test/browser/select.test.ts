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

  it("in a form: a placeholder until chosen, required and the field's error announced, the choice made with the keyboard", async () => {
    const { context, page } = await openContext(browser, t.url);
    await signIn(page, "admin@domovoy.example");
    await page.goto("/directory/employees/new");
    const select = page.getByTestId("employee-role");
    await select.waitFor();
    expect(await select.textContent()).toContain("Выберите роль");
    expect((await state(page, "employee-role")).value).toBe("");
    expect(await select.getAttribute("aria-required")).toBe("true");
    expect(await select.getAttribute("aria-invalid")).toBeNull();
    // Named by the field's visible label.
    expect(await page.locator('label[for="employee-role"]').textContent()).toContain("Роль");

    // Saved without a role: the error shows at the field and the control says so.
    await page.getByTestId("employee-save").click();
    const error = page.locator("#employee-role-error");
    await error.waitFor();
    expect(await error.textContent()).toBeTruthy();
    expect(await select.getAttribute("aria-invalid")).toBe("true");
    expect(await select.getAttribute("aria-describedby")).toBe("employee-role-error");

    // Nothing chosen yet: opening starts on the first option; the arrows move; Enter chooses.
    await select.focus();
    await page.keyboard.press("Enter");
    const labels = await page
      .getByTestId("employee-role-option")
      .evaluateAll((nodes) => nodes.map((n) => ({ value: n.getAttribute("data-value"), label: n.textContent!.trim() })));
    // The open listbox is named like the field.
    expect(await page.getByTestId("employee-role-options").getAttribute("aria-label")).toBe("Роль доступа");
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.every((option) => option.value)).toBe(true);
    expect((await state(page, "employee-role")).active).toBe(labels[0]!.value);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await state(page, "employee-role")).toMatchObject({ value: labels[1]!.value, expanded: "false", focused: true });
    expect(await select.textContent()).toContain(labels[1]!.label);

    // Closed, a typed letter chooses the next option starting with it.
    const target = labels.find((option, i) => i !== 1 && option.label[0]!.toLowerCase() !== labels[1]!.label[0]!.toLowerCase())!;
    const letter = target.label[0]!.toLocaleLowerCase("ru");
    // (Playwright's keyboard knows no Cyrillic keys: the key event is sent as the browser would send it.)
    await select.dispatchEvent("keydown", { key: letter, bubbles: true });
    const expected = [...labels.slice(2), ...labels.slice(0, 2)].find((option) => option.label.toLocaleLowerCase("ru").startsWith(letter))!;
    expect(await state(page, "employee-role")).toMatchObject({ value: expected.value, expanded: "false" });

    // Saving again validates the chosen role: the field's error is gone.
    await page.getByTestId("employee-save").click();
    await expect.poll(() => error.count()).toBe(0);
    expect(await select.getAttribute("aria-invalid")).toBeNull();

    await context.close();
  });
});
