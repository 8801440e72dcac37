import { connect, type Database } from "@domovoy/db";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from "@domovoy/db/embedded";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp, type App } from "../src/app.js";
import { loadConfig, type Config } from "../src/config.js";
import { LogSmsSender, type SmsGateway } from "../src/modules/auth/sms.js";
import { createPubSub } from "../src/pubsub.js";
import { systemClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";

export const benchLogger = createLogger("warn");

/**
 * A database of its own for a bench: `name` on the server of DATABASE_URL (dropped first unless
 * `reuse`), or an embedded PostgreSQL in a temporary folder when DATABASE_URL is not set.
 */
export async function benchDatabase(name: string, options: { reuse?: boolean } = {}): Promise<{ url: string; close(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    if (!options.reuse) await dropDatabase(process.env.DATABASE_URL, name);
    await ensureDatabase(process.env.DATABASE_URL, name);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return { url: url.toString(), close: () => dropDatabase(process.env.DATABASE_URL!, name) };
  }
  const dir = await mkdtemp(path.join(tmpdir(), `${name.replace(/_/g, "-")}-`));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), fast: true });
  await ensureDatabase(server.adminUrl, name);
  return {
    url: server.urlFor(name),
    close: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The real server (production config) over a bench database, listening on a free port. */
export async function startBenchServer(
  databaseUrl: string,
  options: { database?: Database; config?: Partial<Config>; redisUrl?: string; channel?: string; sms?: SmsGateway } = {},
): Promise<{ app: App; database: Database; url: string }> {
  const database = options.database ?? connect(databaseUrl);
  const app = await createApp({
    config: { ...loadConfig({ NODE_ENV: "production" }), databaseUrl, ...options.config },
    database,
    pubsub: createPubSub(options.redisUrl, benchLogger, options.channel),
    clock: systemClock,
    logger: benchLogger,
    sms: options.sms ?? new LogSmsSender(benchLogger),
  });
  const url = await app.listen(0, "127.0.0.1");
  return { app, database, url };
}
