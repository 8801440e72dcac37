import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reachableRedis } from "./support/redis.js";
import { postGraphQL, settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { randomUUID } from "node:crypto";
import { createPubSub, Topic } from "../src/pubsub.js";
import { createLogger } from "../src/shared/logger.js";
import { TcpFaultProxy } from "./support/tcp-proxy.js";
import { newOrder } from "./support/factories.js";

const redisUrl = await reachableRedis();

describe.skipIf(!redisUrl)("subscriptions across API instances through Redis", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ redisUrl: redisUrl! });
  });
  afterAll(() => t?.close());

  it("an event raised on one instance reaches a subscriber on another, and only in its organization", async () => {
    const other = await t.startInstance();
    const token = await t.login("dispatcher@domovoy.example");
    const foreignToken = await t.login("admin@severny.example");
    const ws = (url: string, authorization: string) =>
      createClient({ url: url.replace("http", "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0 });
    const onOther = ws(other.url, token);
    const foreignOnOther = ws(other.url, foreignToken);
    const sub = subscribe(onOther, `subscription { clientUpdated { id tags } }`);
    const foreignSub = subscribe(foreignOnOther, `subscription { clientUpdated { id } }`);
    await settle(300);

    const { data } = await t.graphql(`{ clients(first: 1) { nodes { id } } }`, {}, { token });
    const id = data!.clients.nodes[0].id;
    const result = await postGraphQL(t.url, `mutation ($id: ID!) { clientUpdate(id: $id, input: { tags: ["через Redis"] }) { id } }`, { id }, { token });
    expect(result.errors).toBeUndefined();

    const events = await sub.next(1);
    expect(events[0]!.data).toEqual({ clientUpdated: { id, tags: ["через Redis"] } });
    await settle(300);
    expect(foreignSub.events).toHaveLength(0);
    await onOther.dispose();
    await foreignOnOther.dispose();
  });

  it("the «Новые» counter on one instance follows orders created on another, computed once there for all its subscribers", async () => {
    const other = await t.startInstance();
    const token = await t.login("dispatcher@domovoy.example");
    const clients = Array.from({ length: 10 }, () =>
      createClient({ url: other.url.replace("http", "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization: token }, retryAttempts: 0 }),
    );
    const subs = clients.map((client) => subscribe(client, `subscription { ordersNewCountChanged }`));
    const value = (sub: (typeof subs)[number]) => sub.events.at(-1)?.data?.ordersNewCountChanged as number | undefined;
    const before = (await t.graphql(`{ ordersNewCount }`, {}, { token })).data!.ordersNewCount as number;
    await expect.poll(() => subs.every((sub) => value(sub) === before)).toBe(true);
    const computations = other.app.services.liveCounts.computations;
    await newOrder(t, { token });
    // Created through the first instance; heard through Redis by the other, whose subscribers all move.
    await expect.poll(() => subs.every((sub) => value(sub) === before + 1)).toBe(true);
    // Once per change for all 10 (per subscriber it would be 10); a second change of the same order
    // (its SLA job, another instance's event) may add one more computation, never one per subscriber.
    expect(other.app.services.liveCounts.computations - computations).toBeLessThanOrEqual(2);
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it("delivers the first event of a channel published the moment its first listener arrives (no subscribe race)", async () => {
    const namespace = `race-${randomUUID()}`;
    // The listening instance is 30 ms farther from Redis than the publishing one.
    const far = TcpFaultProxy.forUrl(redisUrl!);
    far.latencyMs = 30;
    await far.start();
    const [listening, publishing] = [createPubSub(far.urlFor(redisUrl!), createLogger("silent"), namespace), createPubSub(redisUrl!, createLogger("silent"), namespace)];
    await Promise.all([listening.ready, publishing.ready]);
    // 50 fresh channels: each gets its first listener and, at once, an event from the other instance.
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const organizationId = randomUUID();
        const events = listening.subscribe(Topic.CLIENT_UPDATED, organizationId)[Symbol.asyncIterator]();
        const first = events.next();
        publishing.publish(Topic.CLIENT_UPDATED, organizationId, { clientId: organizationId });
        const outcome = await Promise.race([first.then((r) => r.value), settle(2_000).then(() => "missed")]);
        await events.return?.();
        return outcome;
      }),
    );
    expect(outcomes.filter((o) => o === "missed")).toHaveLength(0);
    expect(outcomes.every((o) => typeof o === "object")).toBe(true);
    await Promise.all([listening.close(), publishing.close()]);
    await far.close();
  });

  it("sign-in failures are counted in Redis across instances: 10 on one, the 11th on another is throttled", async () => {
    const other = await t.startInstance();
    const login = (url: string, password: string) =>
      postGraphQL(url, `mutation ($p: String!) { authLogin(email: "electrician@domovoy.example", password: $p) { token } }`, { p: password }, { headers: { "x-forwarded-for": "198.18.0.7" } });
    for (let i = 0; i < 10; i++) expect((await login(t.url, `wrong-${i}`)).errors?.[0]?.extensions?.reason).toBe("INVALID_CREDENTIALS");
    const refused = await login(other.url, "domovoy");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "LOGIN_THROTTLED" });
    const [{ n }] = await t.database.sql`select count(*)::int as n from rate_limits`;
    expect(n).toBe(0);
  });

  it("a logout on one instance closes the session's sockets on another (4401) before any further event", async () => {
    const other = await t.startInstance();
    const token = await t.login("dispatcher2@domovoy.example");
    const admin = await t.login("admin@domovoy.example");
    const onOther = createClient({ url: other.url.replace("http", "ws") + "/graphql", webSocketImpl: WebSocket, connectionParams: { authorization: token }, retryAttempts: 0 });
    const closed = new Promise<number>((resolve) => onOther.on("closed", (event) => resolve((event as { code: number }).code)));
    const sub = subscribe(onOther, `subscription { clientUpdated { id } }`);
    await settle(300);
    const out = await postGraphQL(t.url, `mutation { authLogout }`, {}, { token });
    expect(out.data).toEqual({ authLogout: true });
    expect(await closed).toBe(4401);
    const { data } = await t.graphql(`{ clients(first: 1) { nodes { id } } }`, {}, { token: admin });
    await postGraphQL(t.url, `mutation ($id: ID!) { clientUpdate(id: $id, input: { tags: ["после выхода"] }) { id } }`, { id: data!.clients.nodes[0].id }, { token: admin });
    await settle(300);
    expect(sub.events).toHaveLength(0);
    await onOther.dispose();
  });
});
