import type { CombinedError } from "@urql/core";
import { currentLocale, hasMessage, localeTag, t, type Locale, type MessageKey } from "$lib/i18n";

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

/** The language of the API's messages. */
const API_LOCALE: Locale = "ru";

/** An error as the API sends it, or one entry of a refusal's `extensions.problems`. */
type Refusal = { message: string; extensions?: Readonly<Record<string, unknown>> };

/**
 * The text of one refusal in the current locale. In Russian, the API's own message (it may say
 * more, e.g. which item). In another locale, the catalog's text for its machine reason, else for
 * its code — never the Russian message.
 */
export function refusalText(refusal: Refusal): string {
  if (currentLocale() === API_LOCALE) return refusal.message;
  const ext = refusal.extensions ?? {};
  const reasonKey = `error.reason.${String(ext.reason)}`;
  if (typeof ext.reason === "string" && hasMessage(reasonKey)) return t(reasonKey as MessageKey, refusalParams(ext));
  const codeKey = `error.code.${String(ext.code)}`;
  if (typeof ext.code === "string" && hasMessage(codeKey)) return t(codeKey as MessageKey);
  return t("error.unknown");
}

/** Details a refusal's text may name: `{limit}`, and `{items}` (the checklist items left) as a list. */
function refusalParams(ext: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (typeof ext.limit === "number") params.limit = ext.limit;
  if (Array.isArray(ext.items)) {
    const items = ext.items.filter((item): item is string => typeof item === "string").map((item) => `“${item}”`);
    params.items = new Intl.ListFormat(localeTag(), { type: "conjunction" }).format(items);
  }
  return params;
}

/**
 * A message to show the user in the current locale (`refusalText`); network failures and unknown
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
  return refusalText(first);
}

/**
 * Messages by input path for every error that names one (`extensions.field`), e.g.
 * `{ "input.orderForm[1].options[1]": "…" }`; the form marks those controls.
 */
export function fieldErrors(error: CombinedError | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const field = e.extensions?.field;
    if (typeof field === "string" && !(field in out)) out[field] = refusalText(e);
    // Refusals that list every wrong field at once (a legal entity's requisites).
    const problems = e.extensions?.problems;
    if (Array.isArray(problems)) {
      for (const p of problems as { field?: unknown; message?: unknown; reason?: unknown }[]) {
        if (typeof p.field === "string" && typeof p.message === "string" && !(p.field in out)) out[p.field] = refusalText({ message: p.message, extensions: { code: e.extensions?.code, reason: p.reason } });
      }
    }
  }
  return out;
}
