import { loadConfig } from "../config.js";
import { migrateAndConnect, openDatabase } from "../database.js";
import { createLogger } from "../shared/logger.js";

/** `npm run migrate`: applies pending migrations and exits. */
const config = loadConfig();
const logger = createLogger();
const opened = await openDatabase(config, logger);
const database = await migrateAndConnect(opened.url, logger);
await database.close();
await opened.stop();
console.log("migrations applied");
