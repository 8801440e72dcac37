import { CombinedError } from "@urql/core";
import { afterEach, describe, expect, it } from "vitest";
import { setLocale, t } from "$lib/i18n";
import { refusal } from "$lib/test/errors";
import { errorCode, errorField, errorMessage, fieldErrors, refusalText } from "./errors";

describe("errorMessage", () => {
  it.each([
    ["nothing", null, ""],
    ["a network failure, without urql's English prefix", new CombinedError({ networkError: new Error("fetch failed") }), t("error.network")],
    ["a typed refusal: the API's Russian message", refusal({ message: "Номер занят", code: "CONFLICT" }), "Номер занят"],
    ["a throttled sign-in: the wait in whole minutes", refusal({ message: "x", code: "TOO_MANY_REQUESTS", retryAfterSeconds: 14 * 60 + 5 }), "Слишком много попыток, повторите через 15 мин"],
    ["an internal error: never its details", refusal({ message: "relation does not exist", code: "INTERNAL_SERVER_ERROR" }), t("error.server")],
  ])("%s", (_name, error, expected) => {
    expect(errorMessage(error)).toBe(expected);
  });
});

describe("fieldErrors", () => {
  it("keeps the first message per input path", () => {
    const error = refusal({ message: "Обязательно", field: "input.name" }, { message: "Второе", field: "input.name" }, { message: "Не тот формат", field: "input.email" });
    expect(fieldErrors(error)).toEqual({ "input.name": "Обязательно", "input.email": "Не тот формат" });
    expect(errorField(error)).toBe("input.name");
    expect(errorCode(error)).toBe("BAD_USER_INPUT");
  });

  it("is empty for errors that name no field", () => {
    expect(fieldErrors(refusal({ message: "Нет доступа", code: "FORBIDDEN" }))).toEqual({});
    expect(fieldErrors(null)).toEqual({});
  });
});

describe("the API's refusals in English", () => {
  afterEach(() => setLocale("ru"));

  it.each([
    ["a reason the catalog knows", refusal({ message: "Неверный или просроченный код", code: "UNAUTHENTICATED", reason: "INVALID_CODE" }), "Wrong or expired code"],
    ["the checklist items left, as a list", refusal({ message: "Чтобы выполнить заявку…", reason: "CHECKLIST_REQUIRED", items: ["Pipes", "Photo", "Lock"] }), "To complete the request, tick the required checklist items: “Pipes”, “Photo” and “Lock”"],
    ["a limit", refusal({ message: "Не больше 10 документов", code: "CONFLICT", reason: "DOCUMENT_LIMIT", limit: 10 }), "No more than 10 documents can be attached to a request"],
    ["an unknown reason: its code's text", refusal({ message: "Номер занят", code: "CONFLICT", reason: "SOMETHING_NEW" }), "The data has changed, reload the page"],
    ["no reason: its code's text", refusal({ message: "Заявка не найдена", code: "NOT_FOUND" }), "Not found"],
  ])("%s", async (_name, error, expected) => {
    await setLocale("en");
    expect(errorMessage(error)).toBe(expected);
  });

  it("marks the fields in English too, form answers included", async () => {
    await setLocale("en");
    const error = refusal({ message: "Поле обязательно для заполнения", field: "input.comment", reason: "REQUIRED" });
    expect(fieldErrors(error)).toEqual({ "input.comment": "Required" });
    expect(refusalText({ message: "Нужно число", extensions: { code: "BAD_USER_INPUT", reason: "NOT_A_NUMBER" } })).toBe("A number is needed");
    await setLocale("ru");
    expect(fieldErrors(error)).toEqual({ "input.comment": "Поле обязательно для заполнения" });
  });
});
