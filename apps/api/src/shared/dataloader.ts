import type { Db } from "@domovoy/db";
import DataLoader from "dataloader";
import { and, eq, inArray, type InferSelectModel } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

/**
 * `cache: false` for WebSocket operations: a subscription lives for hours and must not serve rows
 * cached from its first event; batching within one event still applies.
 */
export type LoaderOptions = { cache: boolean };

type TenantTable = PgTable & { id: PgColumn; organizationId: PgColumn };

/** Rows by id, batched per request and always within the viewer's organization. */
export function byId<T extends TenantTable>(db: Db, organizationId: string | null, table: T, options: LoaderOptions) {
  return new DataLoader<string, InferSelectModel<T> | null>(async (ids) => {
    if (!organizationId) return ids.map(() => null);
    const rows = (await db
      .select()
      .from(table as PgTable)
      .where(and(eq(table.organizationId, organizationId), inArray(table.id, ids as string[])))) as InferSelectModel<T>[];
    const found = new Map(rows.map((row) => [(row as { id: string }).id, row]));
    return ids.map((id) => found.get(id) ?? null);
  }, options);
}

/**
 * Rows grouped by a foreign key, batched per request. `select` picks the rows for a set of keys;
 * `keyOf` says which key a row belongs to.
 */
export function groupedBy<K, R>(select: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K, options: LoaderOptions) {
  return new DataLoader<K, R[]>(async (keys) => {
    const rows = await select(keys);
    const groups = new Map<K, R[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  }, options);
}
