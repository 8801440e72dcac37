const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are uuids in the database; anything else cannot name a row. Checked before querying so a
 * malformed id is the same NOT_FOUND as a missing one instead of a PostgreSQL cast error.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
