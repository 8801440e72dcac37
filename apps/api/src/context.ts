import type { Database } from "@domovoy/db";
import type { Request, Response } from "express";
import type { Config } from "./config.js";
import type { PubSub } from "./pubsub.js";
import type { Clock } from "./shared/clock.js";
import type { Logger } from "./shared/logger.js";
import type { Loaders } from "./loaders.js";
import type { Viewer } from "./shared/auth/viewer.js";
import type { SmsSender } from "./modules/auth/sms.js";
import type { PushSender } from "./modules/notifications/push.js";
import type { Services } from "./services.js";

/** Long-lived parts of a running API instance. */
export type AppDeps = {
  config: Config;
  database: Database;
  pubsub: PubSub;
  clock: Clock;
  logger: Logger;
  sms: SmsSender;
  /** Delivers residents' notifications to their devices; logs them when absent. */
  push?: PushSender;
};

export type Context = {
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
  /** Present for HTTP requests (cookies are set on the response); absent over WebSocket. */
  http?: { req: Request; res: Response };
};

export function createContext(services: Services, viewer: Viewer, http?: Context["http"]): Context {
  return { viewer, services, loaders: services.loadersFor(viewer, { cache: http !== undefined }), http };
}
