import type { AnyVariables, Client, CombinedError, OperationContext, TypedDocumentNode } from "@urql/core";
import { t } from "$lib/i18n";
import { toast } from "$lib/toast.svelte";
import { client as defaultClient } from "./client";
import { errorMessage, fieldErrors } from "./errors";

/** A mutation's result as the UI needs it: the data, or the error (already toasted unless asked not to). */
export type Outcome<Data> =
  | { ok: true; data: Data; error: null }
  | {
      ok: false;
      data: null;
      error: CombinedError | null;
      /** Messages by input path (`extensions.field`), for the form to show at its controls. */
      fields: Record<string, string>;
    };

/** How a failure is announced when no control of the form shows it. */
export type FailureToast = {
  /** `data-testid` of the toast. */
  testid?: string;
  /** Wraps the API's message, e.g. «Не удалось сохранить настройки: …». */
  message?: (apiMessage: string) => string;
  /**
   * No toast when the error names an input path the caller shows at a control: the listed paths,
   * or `"any"` for every path.
   */
  shownAt?: readonly string[] | "any";
};

export type SuccessToast = { message: string; testid?: string };

export type MutateOptions<Data> = {
  /** `false`: the caller shows the failure itself (inline alert, form) or it needs no word. */
  failure?: FailureToast | false;
  success?: SuccessToast | ((data: Data) => SuccessToast);
  context?: Partial<OperationContext>;
  /** Another urql client (tests); the app's by default. */
  client?: Client;
};

/** Whether a failure goes to a toast: not when the caller shows it at one of its fields. */
export function failureToasted(failure: FailureToast | false | undefined, fields: Record<string, string>): boolean {
  if (failure === false) return false;
  const shownAt = failure?.shownAt;
  if (!shownAt) return true;
  const paths = Object.keys(fields);
  return shownAt === "any" ? paths.length === 0 : !paths.some((path) => shownAt.includes(path));
}

/**
 * Runs one mutation the way every UI action does: a failure (an error, or no data) becomes a toast
 * with the API's Russian message unless the caller shows it at a field; a success may toast too.
 * Never throws for GraphQL or network errors.
 */
export async function mutate<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  options: MutateOptions<Data> = {},
): Promise<Outcome<Data>> {
  const result = await (options.client ?? defaultClient).mutation(document, variables, options.context).toPromise();
  if (result.error || !result.data) {
    const error = result.error ?? null;
    const fields = fieldErrors(error);
    if (failureToasted(options.failure, fields)) {
      const failure = options.failure || undefined;
      const message = errorMessage(error) || t("error.unknown");
      toast({ tone: "error", message: failure?.message ? failure.message(message) : message, testid: failure?.testid });
    }
    return { ok: false, data: null, error, fields };
  }
  const success = typeof options.success === "function" ? options.success(result.data) : options.success;
  if (success) toast({ tone: "success", message: success.message, testid: success.testid });
  return { ok: true, data: result.data, error: null };
}

/** The same outcome with the payload the caller wants (e.g. `data.orderUpdate`). */
export function mapOutcome<A, B>(outcome: Outcome<A>, pick: (data: A) => B): Outcome<B> {
  return outcome.ok ? { ok: true, data: pick(outcome.data), error: null } : outcome;
}
