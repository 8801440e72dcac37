import { Redis } from "ioredis";

/** REDIS_URL, else a local default; null (with the reason printed) when no Redis answers. */
export async function reachableRedis(): Promise<string | null> {
  const url = process.env.REDIS_URL || "redis://127.0.0.1:6379";
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch (error) {
    console.log(`[tests] skipping Redis tests: no Redis reachable at ${url} (${(error as Error).message})`);
    return null;
  } finally {
    client.disconnect();
  }
}
