import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { AppError, ErrorCode } from "./errors.js";
import { createErrorFormatter } from "./format-error.js";
import { createLogger } from "./logger.js";

const format = createErrorFormatter(createLogger("silent"), false);
const formatDev = createErrorFormatter(createLogger("silent"), true);

describe("error formatter", () => {
  it("keeps an expected error's code and message, without a stack trace", () => {
    const error = new AppError(ErrorCode.NOT_FOUND, "Клиент не найден");
    const formatted = format({ message: error.message, extensions: { code: "NOT_FOUND", stacktrace: ["at x"] } }, error);
    expect(formatted).toEqual({ message: "Клиент не найден", extensions: { code: "NOT_FOUND" } });
  });

  it("masks an unexpected error as INTERNAL_SERVER_ERROR outside development", () => {
    const error = new GraphQLError("relation \"secret\" does not exist", { originalError: new Error("db") });
    const formatted = format({ message: error.message, path: ["clients"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at db.ts:1"] } }, error);
    expect(formatted).toEqual({ message: "Внутренняя ошибка сервера", path: ["clients"], locations: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("keeps the stack trace in development only", () => {
    const error = new AppError(ErrorCode.CONFLICT, "x");
    expect(formatDev({ message: "x", extensions: { code: "CONFLICT", stacktrace: ["at y"] } }, error).extensions?.stacktrace).toEqual(["at y"]);
  });
});

describe("suggestions where introspection is off", () => {
  const hiding = createErrorFormatter(createLogger("silent"), false, { hideSuggestions: true });

  it.each([
    ['Cannot query field "ordr" on type "Query". Did you mean "order" or "orders"?', 'Cannot query field "ordr" on type "Query".'],
    ['Value "NEWW" does not exist in "OrderStatus" enum. Did you mean the enum value "NEW"?', 'Value "NEWW" does not exist in "OrderStatus" enum.'],
    ['Variable "$input" got invalid value { nme: "x" }; Field "nme" is not defined by type "ClientInput". Did you mean "name"?', 'Variable "$input" got invalid value { nme: "x" }; Field "nme" is not defined by type "ClientInput".'],
  ])("strips the suggestion from %j", (message, expected) => {
    expect(hiding({ message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, new GraphQLError(message)).message).toBe(expected);
  });

  it("keeps them otherwise", () => {
    const message = 'Cannot query field "ordr" on type "Query". Did you mean "order"?';
    expect(format({ message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, new GraphQLError(message)).message).toBe(message);
  });
});
