import type { Database } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { lt } from "drizzle-orm";
import type { Redis } from "ioredis";
import { RateLimiterDrizzle, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";

export type CounterOptions = {
  /** Tells this counter's keys from the others' (and a deployment's from another's in one Redis). */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  /** Once `points` are passed, the key is refused for this long (0: until the window ends). */
  blockSeconds?: number;
};

/**
 * Atomic counters shared by every API instance: in Redis when one is configured, else in
 * PostgreSQL's `rate_limits` table (an upsert per hit); rate-limiter-flexible does the counting.
 */
export function createCounter(store: { database: Database; redis?: Redis }, options: CounterOptions): RateLimiterAbstract {
  const common = {
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationSeconds,
    blockDuration: options.blockSeconds ?? 0,
  };
  if (store.redis) return new RateLimiterRedis({ ...common, storeClient: store.redis, rejectIfRedisNotReady: true });
  // Expired rows are deleted by the auth sweep (`deleteExpiredCounters`), not by a timer per limiter.
  return new RateLimiterDrizzle({ ...common, storeClient: store.database.db, schema: schema.rateLimits, clearExpiredByTimeout: false });
}

export async function deleteExpiredCounters(database: Database, before: Date): Promise<void> {
  await database.db.delete(schema.rateLimits).where(lt(schema.rateLimits.expire, before));
}
