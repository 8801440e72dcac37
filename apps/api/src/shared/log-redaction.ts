/**
 * Errors as they go into the log, without the values the statement carried. drizzle's
 * DrizzleQueryError puts the SQL *and its parameters* (phones, token hashes, password hashes) into
 * its message and stack, and postgres.js adds `parameters`/`args` (enumerable in debug mode) and a
 * `detail` that repeats the offending value ("Key (phone)=(+7…) already exists"). The statement's
 * text (placeholders only) and the database's error code stay: they are what an operator needs.
 */

/** Properties never written to a log: they hold a statement's values. */
const VALUE_KEYS = new Set(["params", "parameters", "args", "types", "detail", "where", "internal_query", "internalQuery"]);
const MAX_DEPTH = 4;

type Serialized = Record<string, unknown>;

function isDrizzleQueryError(error: Error): error is Error & { query: string; params: unknown[] } {
  return error.name === "DrizzleQueryError" || (error.constructor?.name === "DrizzleQueryError" && "params" in error);
}

/**
 * A message (and stack) without "params: …" of a failed drizzle query. PostgreSQL's data
 * exceptions (class 22: invalid input syntax, out of range) quote the offending value in the
 * message itself: those quotes are blanked.
 */
export function redactedMessage(error: Error): string {
  if (isDrizzleQueryError(error)) return `Failed query: ${error.query}`;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("22")) return error.message.replace(/"[^"]*"/g, '"…"');
  return error.message;
}

function redactedStack(error: Error, message: string): string | undefined {
  if (!error.stack) return undefined;
  if (message === error.message) return error.stack;
  // The stack starts with "<name>: <message>"; the message may span lines.
  const at = error.stack.indexOf(error.message);
  if (at >= 0) return error.stack.slice(0, at) + message + error.stack.slice(at + error.message.length);
  // Unknown shape: keep only the frames.
  return `${error.name}: ${message}\n${error.stack.split("\n").filter((line) => /^\s+at /.test(line)).join("\n")}`;
}

export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const message = redactedMessage(error);
  const out: Serialized = { type: error.constructor?.name || error.name, message, stack: redactedStack(error, message) };
  for (const key of Object.keys(error)) {
    if (VALUE_KEYS.has(key) || key in out) continue;
    const value = (error as unknown as Record<string, unknown>)[key];
    if (key === "cause" || value instanceof Error) out[key] = depth < MAX_DEPTH ? serializeError(value, depth + 1) : String(value);
    else if (typeof value !== "function") out[key] = value;
  }
  // `cause` is often non-enumerable (Error's own option), and postgres.js' PostgresError hides query.
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && out.cause === undefined) out.cause = depth < MAX_DEPTH ? serializeError(cause, depth + 1) : String(cause);
  return out;
}

/** The same redaction for text stored where operators read it (a job's last error). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const message = redactedMessage(error);
  let text = redactedStack(error, message) ?? `${error.name}: ${message}`;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) text += `\nCaused by: ${errorText(cause)}`;
  return text;
}
