import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as drizzleMigrate } from "drizzle-orm/postgres-js/migrator";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import * as schema from "./schema/index.js";

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  sql: postgres.Sql;
  close(): Promise<void>;
};

export type ConnectOptions = {
  max?: number;
  /**
   * Seconds to wait for a new connection (postgres.js' default is 30): while the database is down
   * or hung, a request then fails within this bound instead of waiting half a minute.
   */
  connectTimeout?: number;
  /** Called for every statement; tests and benchmarks count queries with it. */
  onQuery?: (query: string) => void;
};

export function connect(url: string, options: ConnectOptions = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeout ?? 5,
    // Idle connections are closed after a minute, so a pool that lived through a database restart
    // is soon made of new connections only.
    idle_timeout: 60,
    // Seconds before reconnecting after a connection failed. postgres.js' default grows to 20 s
    // after a few failures, and queries wait for that reconnect: during an outage requests hung
    // for ~19 s, and after it the pool took as long to come back. Capped at 1 s.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    onnotice: () => {},
    connection: { application_name: "domovoy" },
    types: { bigint: postgres.BigInt },
    debug: options.onQuery ? (_connection, query) => options.onQuery!(query) : undefined,
  });
  const db = drizzle(sql, { schema, casing: "snake_case" });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** Applies pending migrations; an advisory lock lets several instances start at once. */
export async function migrate(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(7261504)`;
    await drizzleMigrate(drizzle(sql), { migrationsFolder });
    await sql`select pg_advisory_unlock(7261504)`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// The committed migrations are read (and hashed) once per process; the database is asked every time.
let expectedMigrations: Promise<{ hash: string }[]> | undefined;

/** True when every committed migration is applied; /healthz answers 200 only then. */
export async function isMigrated(sql: postgres.Sql): Promise<boolean> {
  expectedMigrations ??= import("drizzle-orm/migrator").then(({ readMigrationFiles }) => readMigrationFiles({ migrationsFolder }));
  const expected = await expectedMigrations;
  const [exists] = await sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`;
  if (!exists?.ok) return false;
  const rows = await sql`select hash from drizzle.__drizzle_migrations`;
  const applied = new Set(rows.map((r) => r.hash as string));
  return expected.every((m) => applied.has(m.hash));
}
