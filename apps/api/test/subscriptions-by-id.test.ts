import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Topic } from "../src/pubsub.js";
import { newOrder } from "./support/factories.js";
import { startTestServer, subscribe, type TestServer } from "./support/harness.js";

/**
 * Subscribing to one thing by id answers NOT_FOUND at once when the viewer cannot read it — missing,
 * another organization's, or outside their scope — as the query for it does, instead of an open
 * subscription that never delivers (#10 leftover).
 */
let t: TestServer;
let dispatcher: string;
let foreign: { order: string; client: string };

beforeAll(async () => {
  t = await startTestServer();
  dispatcher = await t.login("dispatcher@domovoy.example");
  const [row] = await t.database.sql`select o.id as order_id, c.id as client_id from orders o join organizations g on g.id = o.organization_id
    join clients c on c.organization_id = g.id where g.slug <> 'domovoy' order by o.number limit 1`;
  foreign = { order: row!.order_id as string, client: row!.client_id as string };
});
afterAll(() => t?.close());

/** The codes a subscription was refused with (graphql-ws's error message, or a result with errors). */
async function refusal(token: string, query: string, variables: Record<string, unknown>): Promise<string[]> {
  const sub = subscribe(t.ws(token), query, variables);
  await sub.next(1, 5000).catch(() => undefined);
  const errors = Array.isArray(sub.error) ? (sub.error as readonly { extensions?: { code?: string } }[]) : (sub.events[0]?.errors ?? []);
  sub.unsubscribe();
  return errors.map((e) => String(e.extensions?.code ?? "?"));
}

const ORDER_UPDATED = `subscription ($id: ID!) { orderUpdated(id: $id) { id } }`;
const COMMENT_ADDED = `subscription ($id: ID!) { orderCommentAdded(orderId: $id) { id } }`;
const CLIENT_UPDATED = `subscription ($id: ID) { clientUpdated(id: $id) { id } }`;
const RESIDENT_ORDER_UPDATED = `subscription ($id: ID!) { residentOrderUpdated(id: $id) { id } }`;

describe("subscriptions by id", () => {
  it.each([
    ["orderUpdated, a missing order", ORDER_UPDATED, () => randomUUID()],
    ["orderUpdated, another organization's order", ORDER_UPDATED, () => foreign.order],
    ["orderCommentAdded, a missing order", COMMENT_ADDED, () => randomUUID()],
    ["orderCommentAdded, another organization's order", COMMENT_ADDED, () => foreign.order],
    ["clientUpdated, a missing client", CLIENT_UPDATED, () => randomUUID()],
    ["clientUpdated, another organization's client", CLIENT_UPDATED, () => foreign.client],
  ])("%s: NOT_FOUND", async (_name, query, id) => {
    expect(await refusal(dispatcher, query, { id: id() })).toEqual(["NOT_FOUND"]);
  });

  it("an executor subscribing to an order outside their scope: NOT_FOUND; a resident to an order not theirs: NOT_FOUND", async () => {
    const order = await newOrder(t, { token: dispatcher });
    const electrician = await t.login("electrician@domovoy.example");
    expect(await refusal(electrician, ORDER_UPDATED, { id: order.id })).toEqual(["NOT_FOUND"]);
    const resident = await t.residentLogin("+79160000002");
    expect(await refusal(resident, RESIDENT_ORDER_UPDATED, { id: order.id })).toEqual(["NOT_FOUND"]);
  });

  it("an order the viewer can see: the subscription stays open and hears its change", async () => {
    const order = await newOrder(t, { token: dispatcher });
    const sub = subscribe(t.ws(dispatcher), `subscription ($id: ID!) { orderUpdated(id: $id) { id } }`, { id: order.id });
    const [row] = await t.database.sql`select organization_id, client_id from orders where id = ${order.id}`;
    // The subscription is open once a change published after subscribing arrives; publish until one does.
    for (let attempt = 0; attempt < 20 && sub.events.length === 0; attempt++) {
      t.pubsub.publish(Topic.ORDER_CHANGED, row!.organization_id as string, { orderId: order.id, clientId: row!.client_id as string | null });
      await sub.next(1, 500).catch(() => undefined);
    }
    expect(sub.error).toBeUndefined();
    expect(sub.events[0]?.data?.orderUpdated?.id).toBe(order.id);
    sub.unsubscribe();
  });
});
