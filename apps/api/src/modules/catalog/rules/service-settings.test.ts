import { describe, expect, it } from "vitest";
import {
  normalizeChecklist,
  normalizeOrderForm,
  priceListItemProblems,
  serviceSettingsProblems,
  type OrderFormField,
  type PriceListItemDraft,
  type ServiceFacts,
  type ServiceKind,
  type ServiceSettings,
  type SettingsProblemReason,
} from "./service-settings.js";

const text = (key: string, over: Partial<OrderFormField> = {}): OrderFormField => ({
  key,
  label: "Поле",
  type: "TEXT",
  required: false,
  options: [],
  ...over,
});
const select = (key: string, options: string[]): OrderFormField => text(key, { type: "SELECT", options });

const base: ServiceSettings = {
  kind: "STANDARD",
  slaReactionMinutes: 30,
  slaExecutionMinutes: 240,
  maxExecutors: 1,
  refundsAllowed: false,
  orderForm: [],
  checklistTemplate: [],
};
const facts: ServiceFacts = { departmentFound: true, activePriceListItems: 0, storedOrderFormKeys: new Set() };

const reasons = (settings: Partial<ServiceSettings>, over: Partial<ServiceFacts> = {}) =>
  serviceSettingsProblems({ ...base, ...settings }, { ...facts, ...over }).map((p) => p.reason);

describe("serviceSettingsProblems", () => {
  it.each<[string, Partial<ServiceSettings>, SettingsProblemReason[]]>([
    ["defaults are valid", {}, []],
    ["no SLA at all is valid", { slaReactionMinutes: null, slaExecutionMinutes: null }, []],
    ["one minute SLA is valid", { slaReactionMinutes: 1, slaExecutionMinutes: 1 }, []],
    ["a year of SLA is valid", { slaExecutionMinutes: 525_600 }, []],
    ["zero reaction SLA", { slaReactionMinutes: 0 }, ["SLA_INVALID"]],
    ["negative execution SLA", { slaExecutionMinutes: -5 }, ["SLA_INVALID"]],
    ["fractional SLA", { slaReactionMinutes: 1.5 }, ["SLA_INVALID"]],
    ["SLA beyond a year", { slaExecutionMinutes: 525_601 }, ["SLA_INVALID"]],
    ["both SLAs wrong", { slaReactionMinutes: 0, slaExecutionMinutes: 0 }, ["SLA_INVALID", "SLA_INVALID"]],
    ["1 executor", { maxExecutors: 1 }, []],
    ["4 executors", { maxExecutors: 4 }, []],
    ["0 executors", { maxExecutors: 0 }, ["MAX_EXECUTORS_OUT_OF_RANGE"]],
    ["5 executors", { maxExecutors: 5 }, ["MAX_EXECUTORS_OUT_OF_RANGE"]],
    ["2.5 executors", { maxExecutors: 2.5 }, ["MAX_EXECUTORS_OUT_OF_RANGE"]],
    ["refunds on a paid service", { kind: "PAID", refundsAllowed: true }, []],
    ["refunds on a standard service", { refundsAllowed: true }, ["REFUNDS_REQUIRE_PAID"]],
    ["refunds on an appointment", { kind: "APPOINTMENT", refundsAllowed: true }, ["REFUNDS_REQUIRE_PAID"]],
    ["a form with every type", {
      orderForm: [
        text("details"),
        text("count", { type: "NUMBER", required: true }),
        text("preferred_date", { type: "DATE" }),
        select("room", ["Кухня", "Ванная"]),
        text("flooding", { type: "CHECKBOX" }),
      ],
    }, []],
    ["a 40-character key", { orderForm: [text(`a${"b".repeat(39)}`)] }, []],
    ["a 41-character key", { orderForm: [text(`a${"b".repeat(40)}`)] }, ["ORDER_FORM_KEY_INVALID"]],
    ["a key with digits and _", { orderForm: [text("floor_2")] }, []],
    ["an empty key", { orderForm: [text("")] }, ["ORDER_FORM_KEY_INVALID"]],
    ["a key starting with a digit", { orderForm: [text("2floor")] }, ["ORDER_FORM_KEY_INVALID"]],
    ["a key starting with _", { orderForm: [text("_floor")] }, ["ORDER_FORM_KEY_INVALID"]],
    ["a camelCase key", { orderForm: [text("valveClosed")] }, ["ORDER_FORM_KEY_INVALID"]],
    ["a key with a dash", { orderForm: [text("pre-date")] }, ["ORDER_FORM_KEY_INVALID"]],
    ["a Cyrillic key", { orderForm: [text("этаж")] }, ["ORDER_FORM_KEY_INVALID"]],
    ["duplicate keys", { orderForm: [text("floor"), text("floor")] }, ["ORDER_FORM_KEY_DUPLICATE"]],
    ["an empty label", { orderForm: [text("floor", { label: "" })] }, ["ORDER_FORM_LABEL_REQUIRED"]],
    ["a 101-character label", { orderForm: [text("floor", { label: "я".repeat(101) })] }, ["ORDER_FORM_LABEL_TOO_LONG"]],
    ["an unknown type", { orderForm: [text("floor", { type: "COLOR" as never })] }, ["ORDER_FORM_TYPE_INVALID"]],
    ["a select without options", { orderForm: [select("room", [])] }, ["ORDER_FORM_OPTIONS_REQUIRED"]],
    ["a select with one option", { orderForm: [select("room", ["Кухня"])] }, []],
    ["a text field with options", { orderForm: [text("room", { options: ["Кухня"] })] }, ["ORDER_FORM_OPTIONS_NOT_ALLOWED"]],
    ["a checkbox with options", { orderForm: [text("ok", { type: "CHECKBOX", options: ["да"] })] }, ["ORDER_FORM_OPTIONS_NOT_ALLOWED"]],
    ["an empty option", { orderForm: [select("room", ["Кухня", ""])] }, ["ORDER_FORM_OPTION_INVALID"]],
    ["a repeated option", { orderForm: [select("room", ["Кухня", "Кухня"])] }, ["ORDER_FORM_OPTION_INVALID"]],
    ["51 options", { orderForm: [select("room", Array.from({ length: 51 }, (_, i) => `№${i}`))] }, ["ORDER_FORM_OPTIONS_TOO_MANY"]],
    ["30 fields", { orderForm: Array.from({ length: 30 }, (_, i) => text(`f${i}`)) }, []],
    ["31 fields", { orderForm: Array.from({ length: 31 }, (_, i) => text(`f${i}`)) }, ["ORDER_FORM_TOO_LONG"]],
    ["50 checklist items", { checklistTemplate: Array.from({ length: 50 }, (_, i) => ({ title: `Пункт ${i}` })) }, []],
    ["51 checklist items", { checklistTemplate: Array.from({ length: 51 }, (_, i) => ({ title: `Пункт ${i}` })) }, ["CHECKLIST_TOO_LONG"]],
    ["an empty checklist title", { checklistTemplate: [{ title: "Проверить" }, { title: "" }] }, ["CHECKLIST_TITLE_REQUIRED"]],
    ["a 201-character checklist title", { checklistTemplate: [{ title: "я".repeat(201) }] }, ["CHECKLIST_TITLE_TOO_LONG"]],
  ])("%s", (_name, settings, expected) => {
    expect(reasons(settings)).toEqual(expected);
  });

  it.each<[string, Partial<ServiceSettings>, Partial<ServiceFacts>, SettingsProblemReason[]]>([
    ["an unknown department", {}, { departmentFound: false }, ["DEPARTMENT_NOT_FOUND"]],
    ["a paid service with a price list", { kind: "PAID" }, { activePriceListItems: 3 }, []],
    ["a standard service with a price list", {}, { activePriceListItems: 1 }, ["PRICE_LIST_REQUIRES_PAID"]],
    ["an appointment with a price list", { kind: "APPOINTMENT" }, { activePriceListItems: 2 }, ["PRICE_LIST_REQUIRES_PAID"]],
    ["a stored camelCase key stays valid", { orderForm: [text("valveClosed")] }, { storedOrderFormKeys: new Set(["valveClosed"]) }, []],
    ["a new camelCase key next to stored ones", { orderForm: [text("valveClosed"), text("newKey")] }, { storedOrderFormKeys: new Set(["valveClosed"]) }, [
      "ORDER_FORM_KEY_INVALID",
    ]],
    ["a stored key still may not repeat", { orderForm: [text("valveClosed"), text("valveClosed")] }, { storedOrderFormKeys: new Set(["valveClosed"]) }, [
      "ORDER_FORM_KEY_DUPLICATE",
    ]],
  ])("%s", (_name, settings, over, expected) => {
    expect(reasons(settings, over)).toEqual(expected);
  });

  it("points at the offending field", () => {
    const problems = serviceSettingsProblems({ ...base, orderForm: [text("ok"), select("room", ["Кухня", ""])] }, facts);
    expect(problems).toEqual([expect.objectContaining({ reason: "ORDER_FORM_OPTION_INVALID", field: "input.orderForm[1].options[1]" })]);
  });

  it("reports every problem at once", () => {
    expect(reasons({ maxExecutors: 9, slaReactionMinutes: 0, orderForm: [text("Bad", { label: "" })] }, { departmentFound: false })).toEqual([
      "DEPARTMENT_NOT_FOUND",
      "SLA_INVALID",
      "MAX_EXECUTORS_OUT_OF_RANGE",
      "ORDER_FORM_KEY_INVALID",
      "ORDER_FORM_LABEL_REQUIRED",
    ]);
  });
});

describe("normalizeOrderForm", () => {
  it("trims and fills defaults without dropping anything", () => {
    expect(normalizeOrderForm([{ key: " floor ", label: " Этаж ", type: "SELECT", options: [" 1 ", " "] }, { key: "x", label: "X", type: "TEXT" }])).toEqual([
      { key: "floor", label: "Этаж", type: "SELECT", required: false, options: ["1", ""] },
      { key: "x", label: "X", type: "TEXT", required: false, options: [] },
    ]);
  });

  it("a whitespace-only label becomes empty and is reported", () => {
    const orderForm = normalizeOrderForm([{ key: "floor", label: "   ", type: "TEXT", required: true }]);
    expect(reasons({ orderForm })).toEqual(["ORDER_FORM_LABEL_REQUIRED"]);
  });
});

describe("normalizeChecklist", () => {
  it.each([
    ["trims titles; an item asks for nothing and is required by default", { title: "  Проверить стояк " }, { title: "Проверить стояк", required: true, photoRequired: false, noteRequired: false }],
    ["keeps the flags given", { title: "Фото", required: false, photoRequired: true, noteRequired: true }, { title: "Фото", required: false, photoRequired: true, noteRequired: true }],
  ])("%s", (_name, item, expected) => {
    expect(normalizeChecklist([item])).toEqual([expected]);
  });
});

describe("priceListItemProblems", () => {
  const item: PriceListItemDraft = { name: "Замена смесителя", unit: "шт.", unitPrice: 180_000n, position: 0 };

  it.each<[string, Partial<PriceListItemDraft>, ServiceKind, SettingsProblemReason[]]>([
    ["a valid item", {}, "PAID", []],
    ["a free item", { unitPrice: 0n }, "PAID", []],
    ["a negative price", { unitPrice: -1n }, "PAID", ["PRICE_NEGATIVE"]],
    ["a standard service", {}, "STANDARD", ["PRICE_LIST_REQUIRES_PAID"]],
    ["an appointment", {}, "APPOINTMENT", ["PRICE_LIST_REQUIRES_PAID"]],
    ["an empty name", { name: "" }, "PAID", ["PRICE_ITEM_NAME_REQUIRED"]],
    ["a 201-character name", { name: "я".repeat(201) }, "PAID", ["PRICE_ITEM_NAME_TOO_LONG"]],
    ["an empty unit", { unit: "" }, "PAID", ["PRICE_ITEM_UNIT_INVALID"]],
    ["a 21-character unit", { unit: "я".repeat(21) }, "PAID", ["PRICE_ITEM_UNIT_INVALID"]],
    ["a negative position", { position: -1 }, "PAID", ["POSITION_INVALID"]],
  ])("%s", (_name, over, kind, expected) => {
    expect(priceListItemProblems({ ...item, ...over }, kind).map((p) => p.reason)).toEqual(expected);
  });

  it("names fields under the given path", () => {
    expect(priceListItemProblems({ ...item, unitPrice: -100n }, "PAID", "input.priceList[2]")).toEqual([
      expect.objectContaining({ field: "input.priceList[2].unitPrice" }),
    ]);
  });
});
