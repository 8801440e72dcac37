import { describe, expect, it } from "vitest";
import { chatEditWindowOpen } from "./edit-window.js";
import { firstNameOf, renderReplyTemplate, unknownPlaceholders, type ReplyTemplateValues } from "./templates.js";

const values: ReplyTemplateValues = {
  clientName: "Смирнова Анна Сергеевна",
  orderNumber: 1042,
  serviceName: "Засор канализации",
  address: "ул. Ленина, д. 5, кв. 12",
  employeeName: "Иванова Ирина Петровна",
  organizationName: "УК «Домовой»",
};

describe("renderReplyTemplate", () => {
  it.each([
    ["no placeholders", "Спасибо за обращение!", values, "Спасибо за обращение!"],
    ["client name", "Здравствуйте, {client_name}!", values, "Здравствуйте, Смирнова Анна Сергеевна!"],
    ["client first name", "{client_first_name}, добрый день", values, "Анна, добрый день"],
    ["order number", "Заявка №{order_number} принята", values, "Заявка №1042 принята"],
    ["several and repeated", "{order_number}/{order_number}: {service_name}", values, "1042/1042: Засор канализации"],
    ["address", "Адрес: {address}", values, "Адрес: ул. Ленина, д. 5, кв. 12"],
    ["employee", "С уважением, {employee_first_name} ({employee_name})", values, "С уважением, Ирина (Иванова Ирина Петровна)"],
    ["organization", "{organization_name}", values, "УК «Домовой»"],
    ["missing values render empty", "Здравствуйте, {client_name}! Заявка {order_number}", {}, "Здравствуйте, ! Заявка "],
    ["unknown placeholder stays", "Привет {client_nam}", values, "Привет {client_nam}"],
    ["braces without a key stay", "{} и { client_name }", values, "{} и { client_name }"],
    ["emoji survive", "👍 {client_first_name}", values, "👍 Анна"],
  ] as const)("%s", (_name, text, input, expected) => {
    expect(renderReplyTemplate(text, input)).toBe(expected);
  });
});

describe("firstNameOf", () => {
  it.each([
    ["Смирнова Анна Сергеевна", "Анна"],
    ["Анна Смирнова", "Анна"],
    ["  Анна  ", "Анна"],
    ["", ""],
    [null, ""],
  ] as const)("%s → %s", (input, expected) => {
    expect(firstNameOf(input)).toBe(expected);
  });
});

describe("unknownPlaceholders", () => {
  it.each([
    ["{client_name} {order_number}", []],
    ["{client_nam} {foo} {foo}", ["client_nam", "foo"]],
    ["без подстановок", []],
  ] as const)("%s", (text, expected) => {
    expect(unknownPlaceholders(text)).toEqual(expected);
  });
});

describe("chatEditWindowOpen", () => {
  const sent = new Date("2026-11-27T10:00:00Z");
  it.each([
    ["right after sending", "2026-11-27T10:00:01Z", true],
    ["59 minutes later", "2026-11-27T10:59:00Z", true],
    ["exactly one hour later", "2026-11-27T11:00:00Z", true],
    ["one hour and a second later", "2026-11-27T11:00:01Z", false],
    ["a day later", "2026-11-28T10:00:00Z", false],
  ] as const)("%s", (_name, now, open) => {
    expect(chatEditWindowOpen(sent, new Date(now))).toBe(open);
  });
});
