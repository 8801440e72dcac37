import type { CombinedError } from "@urql/core";
import { fieldErrors, refusalText } from "$lib/graphql/errors";
import type {
  BuildingOptionFragment,
  ClientOptionFragment,
  OrderFormAnswerInput,
  PremiseOptionFragment,
  ServiceOptionFragment,
} from "$lib/graphql/generated/graphql";
import type { MessageKey } from "$lib/i18n";

/** A client as the place fields need it; the card's client has no premises list. */
export type ClientChoice = Pick<ClientOptionFragment, "id" | "fullName" | "phone" | "tags" | "note"> & {
  premises?: ClientOptionFragment["premises"];
};

/** Building → premise → client, chosen in that order (each may also be cleared). */
export type PlaceDraft = {
  building: BuildingOptionFragment | null;
  premise: PremiseOptionFragment | null;
  client: ClientChoice | null;
  /** No client on purpose (a common-area problem reported from a premise where people live). */
  withoutClient?: boolean;
};

export const emptyPlace = (): PlaceDraft => ({ building: null, premise: null, client: null });

/** Order-form answers as the inputs hold them: text, "YYYY-MM-DD", "true"/"false". */
export type Answers = Record<string, string>;

/** A field of a service's order form. */
export type FormFieldDef = Omit<ServiceOptionFragment["orderForm"][number], "__typename">;

/** Answers to the service's fields, in its order; empty ones are sent as null (the API drops them). */
export function answersInput(fields: readonly FormFieldDef[], answers: Answers): OrderFormAnswerInput[] {
  return fields.map((field) => {
    const value = (answers[field.key] ?? "").trim();
    if (field.type === "CHECKBOX") return { key: field.key, value: value === "true" ? "true" : "false" };
    return { key: field.key, value: value || null };
  });
}

/** The answers an order already has, ready for editing. */
export function answersFrom(formAnswers: readonly { key: string; value?: string | null }[]): Answers {
  return Object.fromEntries(formAnswers.map((a) => [a.key, a.value ?? ""]));
}

/**
 * What the API would refuse anyway, found before sending, keyed like `extensions.field`
 * (`input.formAnswers.place`); values are catalog keys.
 */
export function answerProblems(fields: readonly FormFieldDef[], answers: Answers): Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  for (const field of fields) {
    const value = (answers[field.key] ?? "").trim();
    const at = `input.formAnswers.${field.key}`;
    if (field.type === "CHECKBOX") {
      if (field.required && value !== "true") problems[at] = "common.required";
    } else if (!value) {
      if (field.required) problems[at] = "common.required";
    } else if (field.type === "NUMBER" && !Number.isFinite(Number(value.replace(",", ".")))) {
      problems[at] = "newOrder.notANumber";
    }
  }
  return problems;
}

/**
 * Messages by input path: `extensions.field` of every error, plus each entry of a form error's
 * `extensions.problems` (`input.formAnswers.<key>`), so every field the server refused is marked.
 */
export function orderFieldErrors(error: CombinedError | null | undefined): Record<string, string> {
  const out = fieldErrors(error);
  for (const e of error?.graphQLErrors ?? []) {
    const problems = e.extensions?.problems;
    if (!Array.isArray(problems)) continue;
    for (const problem of problems as { key?: unknown; message?: unknown; reason?: unknown }[]) {
      if (typeof problem.key !== "string" || typeof problem.message !== "string") continue;
      const at = `input.formAnswers.${problem.key}`;
      if (!(at in out)) out[at] = refusalText({ message: problem.message, extensions: { code: e.extensions?.code, reason: problem.reason } });
    }
  }
  return out;
}
