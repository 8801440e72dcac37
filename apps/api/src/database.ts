import { connect, migrate, type Database } from "@domovoy/db";
import { ensureDatabase, startEmbeddedPostgres } from "@domovoy/db/embedded";
import { DEMO_PASSWORD, isSeeded, seedDemo } from "@domovoy/db/seed";
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

/** DATABASE_URL when set; otherwise an embedded PostgreSQL in DATA_DIR/pg, started here. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {}, kill: () => {} };
  const dataDir = path.join(config.dataDir, "pg");
  logger.info({ dataDir }, "starting embedded PostgreSQL");
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
  if (await isSeeded(database)) return false;
  const started = Date.now();
  await seedDemo(database, { passwordHash: await hashPassword(DEMO_PASSWORD) });
  logger.info({ ms: Date.now() - started }, "demo data seeded");
  return true;
}
