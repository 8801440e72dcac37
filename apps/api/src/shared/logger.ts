import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info")): Logger {
  return pino({ level, base: { service: "domovoy-api" }, redact: ["req.headers.authorization", "req.headers.cookie"] });
}
