import { describe, expect, it } from "vitest";
import { FIELD_KEY_PATTERN } from "./draft";
import { fieldKeyFromLabel, slugOf } from "./field-key";

describe("order-form field keys from labels", () => {
  it.each([
    ["Этаж", [], "etazh"],
    ["Номер подъезда", [], "nomer_podezda"],
    ["Счётчик ХВС №2", [], "schetchik_khvs_2"],
    ["Щит / шкаф", [], "shchit_shkaf"],
    ["  Код домофона!  ", [], "kod_domofona"],
    ["Floor", [], "floor"],
    ["2 этаж", [], "f_2_etazh"],
    ["???", [], "field"],
    ["", [], "field"],
    ["Этаж", ["etazh"], "etazh_2"],
    ["Этаж", ["etazh", "etazh_2"], "etazh_3"],
    ["", ["field"], "field_2"],
  ])("%j with %j taken → %s", (label, taken, key) => {
    expect(fieldKeyFromLabel(label, taken)).toBe(key);
  });

  it("stays within 40 characters, suffix included, and matches the API's pattern", () => {
    const label = "Очень длинное название поля формы заявки для проверки";
    const first = fieldKeyFromLabel(label, []);
    const second = fieldKeyFromLabel(label, [first]);
    for (const key of [first, second]) {
      expect(key.length).toBeLessThanOrEqual(40);
      expect(key).toMatch(FIELD_KEY_PATTERN);
    }
    expect(second.endsWith("_2")).toBe(true);
    expect(second).not.toBe(first);
  });

  it("transliterates ё and е alike", () => {
    expect(slugOf("Счёт")).toBe(slugOf("Счет"));
  });
});
