import { afterEach, describe, expect, it } from "vitest";
import { loadDeskTexts, setLocale, t } from "../index";
import { initialLocale } from "../locale.svelte";
import { residentRu } from "../ru/resident";
import { residentEn } from "./resident";

describe("English catalog", () => {
  afterEach(() => setLocale("ru"));

  it("has every key of the resident app, and no key the Russian part lacks", () => {
    expect(Object.keys(residentEn).sort()).toEqual(Object.keys(residentRu).sort());
  });

  it("speaks English in both phone apps and the desk, plural forms included", async () => {
    await setLocale("en");
    expect(t("resident.orders.title")).toBe("My requests");
    expect(t("resident.orders.unread", { count: 1 })).toBe("1 new message");
    expect(t("resident.orders.unread", { count: 3 })).toBe("3 new messages");
    expect(t("orderStatus.DONE")).toBe("Done");
    expect(t("m.pending", { count: 2 })).toBe("Waiting to be sent: 2 changes");
    expect(t("checklist.progress", { done: 1, total: 3 })).toBe("1 of 3");
    expect(t("nav.orders")).toBe("All requests");
    // The desk's own texts come with its layout (a chunk of their own, in English too).
    await loadDeskTexts();
    expect(t("roles.total", { count: 21 })).toBe("21 roles");
    await setLocale("ru");
    expect(t("resident.orders.title")).toBe("Мои заявки");
  });
});

describe("the locale an app opens in", () => {
  it.each([
    ["the phone apps follow an English browser", "field", null, ["en-US", "ru"], "en"],
    ["…and British English", "field", null, ["en-GB"], "en"],
    ["…a Russian one", "field", null, ["ru-RU", "en"], "ru"],
    ["…and any other language gives Russian, even with English second", "field", null, ["de-DE", "en-US"], "ru"],
    ["no language at all gives Russian", "field", null, [], "ru"],
    ["the desk is Russian for an English browser", "desk", null, ["en-US"], "ru"],
    ["the device's choice wins in the phone apps", "field", "ru", ["en-US"], "ru"],
    ["…and in the desk", "desk", "en", ["ru-RU"], "en"],
  ] as const)("%s", (_name, app, saved, languages, expected) => {
    expect(initialLocale(app, saved, languages)).toBe(expected);
  });
});
