import { CombinedError } from "@urql/core";
import { describe, expect, it } from "vitest";
import { t } from "$lib/i18n";
import { refusal } from "$lib/test/errors";
import { errorCode, errorField, errorMessage, fieldErrors } from "./errors";

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
