import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createPubSub, Topic } from "../src/pubsub.js";
import { createLogger } from "../src/shared/logger.js";
import { settle } from "./support/harness.js";
import { reachableRedis } from "./support/redis.js";

const redisUrl = await reachableRedis();

/**
 * A burst larger than 1,024 events to a subscriber that has not taken them yet (an incident of
 * 1,000 orders closed right after they were attached): unbuffered, the 1,025th threw inside the
 * event listener and ended the process. Every event arrives, in order.
 */
const cases: [string, string | undefined][] = [["in process", undefined], ...(redisUrl ? [["through Redis", redisUrl] as [string, string]] : [])];

describe.each(cases)("a subscription %s", (_, url) => {
  it("holds a burst of 3,000 events until its subscriber takes them", async () => {
    const pubsub = createPubSub(url, createLogger("silent"), `burst-${randomUUID()}`);
    await pubsub.ready;
    const organizationId = randomUUID();
    const events = pubsub.subscribe(Topic.ORDER_CHANGED, organizationId)[Symbol.asyncIterator]();
    // The subscription is listening once its first next() is pending.
    const first = events.next();
    await settle(50);
    for (let i = 0; i < 3000; i++) pubsub.publish(Topic.ORDER_CHANGED, organizationId, { orderId: String(i), clientId: null });
    const heard: string[] = [((await first).value as { orderId: string }).orderId];
    while (heard.length < 3000) heard.push(((await events.next()).value as { orderId: string }).orderId);
    expect(heard).toEqual(Array.from({ length: 3000 }, (_, i) => String(i)));
    await events.return?.();
    await pubsub.close();
  });
});
