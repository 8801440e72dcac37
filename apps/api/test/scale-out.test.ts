import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reachableRedis } from "./support/redis.js";
import { postGraphQL, settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

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
});
