/**
 * Guards for JSON read back from the database (event data, job payloads): each stored shape is
 * checked at its read boundary with these, and a wrong shape throws the caller's own error.
 */
export type Json = Record<string, unknown>;

export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
export const isString = (v: unknown): v is string => typeof v === "string";
export const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";
export const listOf =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T[] =>
    Array.isArray(v) && v.every(check);

/** `field(kind, data, key, check, optional)`: the key's value when it passes `check`, else `error(kind, problem)`. */
export function shapeReader(error: (kind: string, problem: string) => Error) {
  return function field<T>(kind: string, data: Json, key: string, check: (value: unknown) => value is T, optional = false): T {
    const value = data[key];
    if (value === undefined && optional) return undefined as T;
    if (!check(value)) throw error(kind, `${key} is ${JSON.stringify(value)}`);
    return value;
  };
}
