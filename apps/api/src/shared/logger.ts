import { pino, type DestinationStream, type Logger } from "pino";
import { serializeError } from "./log-redaction.js";

export type { Logger };

const errorSerializer = (value: unknown) => serializeError(value);

export function createLogger(level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"), destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "domovoy-api" },
      redact: ["req.headers.authorization", "req.headers.cookie"],
      // Every key an error is logged under: never a statement's parameter values (see log-redaction).
      serializers: { err: errorSerializer, error: errorSerializer, jobError: errorSerializer, dbError: errorSerializer, cause: errorSerializer },
    },
    destination,
  );
}
