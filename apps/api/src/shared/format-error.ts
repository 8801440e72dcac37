import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { connectionErrorCode, isConnectionError } from "./db-errors.js";
import type { Logger } from "./logger.js";

/** Codes a client may see with their message; anything else is an internal error and is masked. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "SERVICE_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "INTROSPECTION_DISABLED",
  "MAX_RECURSIVE_SELECTIONS_EXCEEDED",
]);

/** graphql-js's suggestions («Did you mean "order" or "orders"?»), which name fields, types and enum values. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** A message without graphql-js's suggestions: they would reveal the schema that disabled introspection hides. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, "").trimEnd();
}

/** `hideSuggestions`: strip «Did you mean …» (on wherever introspection is off, production by default). */
export function createErrorFormatter(logger: Logger, development: boolean, { hideSuggestions = false }: { hideSuggestions?: boolean } = {}) {
  return (given: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as GraphQLError)?.originalError ?? error;
    const formatted = hideSuggestions ? { ...given, message: withoutSuggestions(given.message) } : given;
    const code = formatted.extensions?.code as string | undefined;
    if (code && PUBLIC_CODES.has(code)) {
      // `http` is the HTTP status a limit asks for (Apollo reads it); WebSocket clients need not see it.
      const { stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: development && stacktrace ? { ...extensions, stacktrace } : extensions };
    }
    if (isConnectionError(original)) {
      // An outage, not a bug: the client may retry; the log gets one short line per failed operation.
      logger.warn({ code: connectionErrorCode(original), path: formatted.path }, "GraphQL operation failed: database unreachable");
      return {
        message: "Сервис временно недоступен: нет связи с базой данных. Повторите попытку позже.",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "SERVICE_UNAVAILABLE" },
      };
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error in GraphQL operation");
    return {
      message: "Внутренняя ошибка сервера",
      locations: formatted.locations,
      path: formatted.path,
      extensions: development ? { ...formatted.extensions, code: "INTERNAL_SERVER_ERROR" } : { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
