import { loadConfigOrExit } from "../config.js";
import { migrateAndConnect, openDatabase, seedIfEmpty } from "../database.js";
import { createLogger } from "../shared/logger.js";

/** `npm run seed`: migrates and adds the demo organizations unless the database has data already. */
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const opened = await openDatabase(config, logger);
const database = await migrateAndConnect(opened.url, logger);
try {
  const seeded = await seedIfEmpty(database, logger);
  console.log(seeded ? "demo data seeded" : "the database already has data; nothing seeded");
} finally {
  await database.close();
  await opened.stop();
}
