import { afterEach, describe, expect, it } from "vitest";
import { setLocale, t } from "../index";
import { residentRu } from "../ru/resident";
import { residentEn } from "./resident";

describe("English catalog", () => {
  afterEach(() => setLocale("ru"));

  it("has every key of the resident app, and no key the Russian part lacks", () => {
    expect(Object.keys(residentEn).sort()).toEqual(Object.keys(residentRu).sort());
  });

  it("speaks English in the resident app, plural forms included, and falls back to Russian for a staff text", () => {
    setLocale("en");
    expect(t("resident.orders.title")).toBe("My requests");
    expect(t("resident.orders.unread", { count: 1 })).toBe("1 new message");
    expect(t("resident.orders.unread", { count: 3 })).toBe("3 new messages");
    expect(t("orderStatus.DONE")).toBe("Done");
    expect(t("nav.orders")).toBe(t("nav.orders")); // same text either way…
    setLocale("ru");
    const russian = t("nav.orders");
    setLocale("en");
    expect(t("nav.orders")).toBe(russian); // …because the staff CRM has no English yet
    setLocale("ru");
    expect(t("resident.orders.title")).toBe("Мои заявки");
  });
});
