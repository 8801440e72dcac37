import { describe, expect, it } from "vitest";
import { ru, ruParts } from "./index";

describe("Russian catalog parts", () => {
  it("define each key once, so a spread never overrides a text silently", () => {
    const keys = Object.values(ruParts).flatMap((part) => Object.keys(part));
    expect(keys.length).toBe(new Set(keys).size);
    expect(Object.keys(ru).length).toBe(keys.length);
  });
});

describe("orders list total", () => {
  it("says «более 10 000» for a capped count and the exact number otherwise", async () => {
    const { t } = await import("../index");
    expect(t("orders.totalMore", { count: 10000 }).replace(/\s/g, " ")).toBe("более 10 000 заявок");
    expect(t("orders.total", { count: 9999 }).replace(/\s/g, " ")).toBe("9 999 заявок");
  });
});
