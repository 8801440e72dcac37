import { describe, expect, it } from "vitest";
import { ru, ruParts } from "./index";
import { ruBase } from "./base";
import { ruDesk } from "./desk";

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

describe("the desk's texts", () => {
  it("are a part of their own, loaded by the desk's layout: before, the phone apps' catalog lacks them", async () => {
    expect(Object.keys(ruBase).length + Object.keys(ruDesk).length).toBe(Object.keys(ru).length);
    const { loadDeskTexts, t } = await import("../index");
    expect(t("roles.total", { count: 21 })).toBe("roles.total");
    expect(t("nav.orders")).toBe("Все заявки");
    await loadDeskTexts();
    expect(t("roles.total", { count: 21 })).toBe("21 роль");
  });
});
