import { CombinedError } from "@urql/core";
import { GraphQLError } from "graphql";

/** A GraphQL refusal as urql hands it over: one error per entry, with its `extensions`. */
export function refusal(...errors: { message: string; code?: string; field?: string; reason?: string; problems?: unknown; retryAfterSeconds?: number; [detail: string]: unknown }[]): CombinedError {
  return new CombinedError({
    graphQLErrors: errors.map(
      ({ message, code = "BAD_USER_INPUT", ...rest }) =>
        new GraphQLError(message, { extensions: { code, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) } }),
    ),
  });
}
