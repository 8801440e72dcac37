/**
 * Errors that mean "the database cannot be reached right now" (down, restarting, hung, refused)
 * rather than a bug: socket errors, postgres.js' connection errors and PostgreSQL's shutdown codes
 * (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
 */
export const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01",
  "57P02",
  "57P03",
]);
/** The connection failure's code, looking through causes (drizzle wraps the driver's error). */
export function connectionErrorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_ERROR_CODES.has(code)) return code;
  }
  return undefined;
}

/** Whether the error, or one of its causes, is a database connection failure. */
export function isConnectionError(error: unknown): boolean {
  return connectionErrorCode(error) !== undefined;
}
