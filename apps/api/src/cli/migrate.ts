import { loadConfigOrExit } from "../config.js";
import { migrateAndConnect, openDatabase } from "../database.js";
import { createLogger } from "../shared/logger.js";

/** `npm run migrate`: applies pending migrations and exits. */
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const opened = await openDatabase(config, logger);
const database = await migrateAndConnect(opened.url, logger);
await database.close();
await opened.stop();
console.log("migrations applied");
