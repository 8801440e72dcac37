import { describe, expect, it } from "vitest";
import { pluralRu } from "../payments/amount-in-words.js";
import { deletionRefusal, presentHolders } from "./deletion.js";

describe("pluralRu", () => {
  const forms = ["заявка", "заявки", "заявок"] as const;
  it.each([
    [0, "заявок"],
    [1, "заявка"],
    [2, "заявки"],
    [4, "заявки"],
    [5, "заявок"],
    [11, "заявок"],
    [12, "заявок"],
    [14, "заявок"],
    [21, "заявка"],
    [22, "заявки"],
    [111, "заявок"],
    [340, "заявок"],
    [1001, "заявка"],
  ])("%i → %s", (n, form) => expect(pluralRu(n, forms)).toBe(form));
});

describe("deletionRefusal", () => {
  it.each([
    ["BUILDING", {}, null],
    ["BUILDING", { premises: 0, orders: 0 }, null],
    ["BUILDING", { premises: 12, orders: 340 }, "В доме 12 помещений и 340 заявок — удалить нельзя. Его можно отправить в архив: заявки сохранят адрес."],
    ["BUILDING", { orders: 1, premises: 1, incidents: 2 }, "В доме 1 помещение, 2 инцидента и 1 заявка — удалить нельзя. Его можно отправить в архив: заявки сохранят адрес."],
    ["PREMISE", { residents: 2 }, "В помещении 2 жителя — удалить нельзя. Его можно отправить в архив: заявки сохранят адрес."],
    ["QUARTER", { buildings: 5 }, "В квартале 5 домов — удалить нельзя."],
    ["OBJECT_GROUP", { buildings: 21 }, "В группе 21 дом — удалить нельзя."],
    ["LEGAL_ENTITY", { buildings: 3 }, "У юрлица 3 дома — удалить нельзя."],
    ["DEPARTMENT", { employees: 3, services: 1, orders: 40 }, "В подразделении 3 сотрудника, 1 услуга и 40 заявок — удалить нельзя."],
    ["ROLE", { employees: 1 }, "У роли 1 сотрудник — удалить нельзя."],
  ] as const)("%s %j", (kind, holders, message) => expect(deletionRefusal(kind, holders)).toBe(message));

  it("names holders in a fixed order, leaving out the absent", () => {
    expect(presentHolders({ orders: 3, premises: 0, employees: 2 })).toEqual([
      ["employees", 2],
      ["orders", 3],
    ]);
  });
});
