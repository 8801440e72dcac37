/** Order-form answers (§8): checked against the service's field definitions. */
export type FormFieldType = "TEXT" | "NUMBER" | "DATE" | "SELECT" | "CHECKBOX";
export type FormField = { key: string; label: string; type: FormFieldType; required: boolean; options: string[] };
export type FormAnswerInput = { key: string; value?: string | null };
export type FormValue = string | number | boolean;
export type FormProblemReason = "REQUIRED" | "UNKNOWN_FIELD" | "DUPLICATE" | "NOT_A_NUMBER" | "NOT_A_DATE" | "NOT_AN_OPTION" | "NOT_A_BOOLEAN" | "TOO_LONG";
export type FormProblem = { key: string; reason: FormProblemReason };

const MAX_TEXT = 2000;

type Parsed = { ok: true; value: FormValue } | { ok: false; reason: FormProblemReason };

function parseValue(field: FormField, raw: string): Parsed {
  switch (field.type) {
    case "TEXT":
      return raw.length > MAX_TEXT ? { ok: false, reason: "TOO_LONG" } : { ok: true, value: raw };
    case "NUMBER": {
      const n = Number(raw.replace(",", "."));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: "NOT_A_NUMBER" };
    }
    case "DATE": {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      const valid = m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().startsWith(raw);
      return valid ? { ok: true, value: raw } : { ok: false, reason: "NOT_A_DATE" };
    }
    case "SELECT":
      return field.options.includes(raw) ? { ok: true, value: raw } : { ok: false, reason: "NOT_AN_OPTION" };
    case "CHECKBOX":
      return raw === "true" || raw === "false" ? { ok: true, value: raw === "true" } : { ok: false, reason: "NOT_A_BOOLEAN" };
  }
}

/**
 * Parses the answers; a required field needs a non-empty value (a required checkbox must be ticked).
 * Empty values of optional fields are dropped.
 */
export function parseFormAnswers(fields: FormField[], inputs: FormAnswerInput[]): { answers: Record<string, FormValue>; problems: FormProblem[] } {
  const answers: Record<string, FormValue> = {};
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const input of inputs) {
    const field = byKey.get(input.key);
    if (!field) {
      problems.push({ key: input.key, reason: "UNKNOWN_FIELD" });
      continue;
    }
    if (seen.has(input.key)) {
      problems.push({ key: input.key, reason: "DUPLICATE" });
      continue;
    }
    seen.add(input.key);
    const raw = input.value?.trim() ?? "";
    if (raw === "") continue;
    const parsed = parseValue(field, raw);
    if (parsed.ok) answers[field.key] = parsed.value;
    else problems.push({ key: field.key, reason: parsed.reason });
  }
  for (const field of fields) {
    if (!field.required) continue;
    const value = answers[field.key];
    const missing = value === undefined || (field.type === "CHECKBOX" && value === false);
    if (missing && !problems.some((p) => p.key === field.key)) problems.push({ key: field.key, reason: "REQUIRED" });
  }
  return { answers, problems };
}

/** An answer as the text the API shows. */
export function formatFormValue(value: FormValue | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

export const FORM_PROBLEM_MESSAGES: Record<FormProblemReason, string> = {
  REQUIRED: "Обязательное поле",
  UNKNOWN_FIELD: "Такого поля нет в форме услуги",
  DUPLICATE: "Поле указано дважды",
  NOT_A_NUMBER: "Нужно число",
  NOT_A_DATE: "Нужна дата в формате ГГГГ-ММ-ДД",
  NOT_AN_OPTION: "Выберите значение из списка",
  NOT_A_BOOLEAN: "Нужно true или false",
  TOO_LONG: `Не длиннее ${MAX_TEXT} символов`,
};
