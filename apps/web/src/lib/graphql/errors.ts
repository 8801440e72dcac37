import type { CombinedError } from "@urql/core";
import { t } from "$lib/i18n";

export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS" | "SERVICE_UNAVAILABLE";

export function errorCode(error: CombinedError | null | undefined): string | undefined {
  const code = error?.graphQLErrors.find((e) => typeof e.extensions?.code === "string")?.extensions.code;
  return typeof code === "string" ? code : undefined;
}

export function isUnauthenticated(error: CombinedError | null | undefined): boolean {
  return errorCode(error) === "UNAUTHENTICATED";
}

/** The input field an error is about (`extensions.field`, e.g. "input.maxExecutors"), if any. */
export function errorField(error: CombinedError | null | undefined): string | undefined {
  const field = error?.graphQLErrors.find((e) => typeof e.extensions?.field === "string")?.extensions.field;
  return typeof field === "string" ? field : undefined;
}

/** Someone saved first: the edit started from an older version (CONFLICT, STALE_VERSION). */
export function isStaleVersion(error: CombinedError | null | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === "CONFLICT" && e.extensions?.reason === "STALE_VERSION");
}

/**
 * A message to show the user. The API already speaks Russian; network failures and unknown
 * errors get a text from the catalog instead of urql's English "[Network] ..." prefix.
 */
export function errorMessage(error: CombinedError | null | undefined): string {
  if (!error) return "";
  if (error.networkError) return t("error.network");
  const first = error.graphQLErrors[0];
  if (!first) return t("error.unknown");
  const code = errorCode(error);
  if (code === "INTERNAL_SERVER_ERROR" || !code) return t("error.server");
  // A throttled attempt (sign-in) says how long to wait, in whole minutes.
  const retryAfter = first.extensions?.retryAfterSeconds;
  if (code === "TOO_MANY_REQUESTS" && typeof retryAfter === "number") return t("error.tooManyAttempts", { minutes: Math.max(1, Math.ceil(retryAfter / 60)) });
  return first.message;
}

/**
 * Messages by input path for every error that names one (`extensions.field`), e.g.
 * `{ "input.orderForm[1].options[1]": "…" }`; the form marks those controls.
 */
export function fieldErrors(error: CombinedError | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const field = e.extensions?.field;
    if (typeof field === "string" && !(field in out)) out[field] = e.message;
    // Refusals that list every wrong field at once (a legal entity's requisites).
    const problems = e.extensions?.problems;
    if (Array.isArray(problems)) {
      for (const p of problems as { field?: unknown; message?: unknown }[]) {
        if (typeof p.field === "string" && typeof p.message === "string" && !(p.field in out)) out[p.field] = p.message;
      }
    }
  }
  return out;
}
