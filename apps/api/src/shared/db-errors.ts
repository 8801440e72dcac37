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

/**
 * postgres.js 3.4 writes a statement queued on a connection from a setImmediate; when the
 * connection closed in between (the database was killed while a transaction had its next
 * statement queued), that write meets a null socket and throws outside any promise. Node would end
 * the process: during an outage under load, 1 run in 11 ended that way, and in the fault suite
 * every run did. It is the driver losing a connection, nothing else: the process keeps running.
 */
export function isDriverClosedSocketError(error: unknown): boolean {
  return error instanceof TypeError && /null \(reading 'write'\)/.test(error.message) && /postgres[\\/](cjs[\\/])?src[\\/]connection\.js/.test(error.stack ?? "");
}
