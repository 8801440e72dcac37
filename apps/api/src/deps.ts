import type { Database } from "@domovoy/db";
import type { Config } from "./config.js";
import type { PubSub } from "./pubsub.js";
import type { Clock } from "./shared/clock.js";
import type { Logger } from "./shared/logger.js";
import type { SmsGateway } from "./modules/auth/sms.js";
import type { PushSender } from "./modules/push/push-sender.js";

/** Long-lived parts of a running API instance. */
export type AppDeps = {
  config: Config;
  database: Database;
  pubsub: PubSub;
  clock: Clock;
  logger: Logger;
  /** Residents' one-time codes; null when none is configured (production without SMS_PROVIDER). */
  sms: SmsGateway | null;
  /** Sends Web Push messages; the real one (web-push over fetch) when absent. */
  push?: PushSender;
};
