import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Topic } from "../src/pubsub.js";
import { newOrder } from "./support/factories.js";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { ORDER_FIELDS, orderFixtures, type OrderFixtures } from "./support/orders.js";

let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
});
afterAll(() => t?.close());

type Order = Record<string, any>;
type Sub = ReturnType<typeof subscribe<Record<string, any>>>;
const COUNTER = `subscription { ordersNewCountChanged }`;

const create = (): Promise<Order> => newOrder(t, { token: dispatcher });

async function manage(order: Order, input: Record<string, unknown>): Promise<Order> {
  const result = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { ${ORDER_FIELDS} } }`, {
    input: { id: order.id, version: order.version, ...input },
  }, { token: dispatcher });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.orderManage;
}

const newCount = async (token: string) => (await t.graphql(`{ ordersNewCount }`, {}, { token })).data!.ordersNewCount as number;
const last = (sub: Sub) => sub.events.at(-1)?.data?.ordersNewCountChanged as number | undefined;

/** Waits until the subscription's latest value is `value` (values in between may be skipped: only the latest must arrive). */
async function until(sub: Sub, value: number, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (last(sub) !== value) {
    if (Date.now() > deadline) throw new Error(`counter stayed at ${last(sub)}, expected ${value}`);
    await sub.next(sub.events.length + 1, Math.max(1, deadline - Date.now())).catch(() => undefined);
  }
}

/** A second instance whose every SQL statement is recorded, and what its WebSocket clients need. */
async function countedInstance() {
  const statements: string[] = [];
  const instance = await t.startInstance({}, { onQuery: (q) => statements.push(q) });
  const wsUrl = instance.url.replace(/^http/, "ws") + "/graphql";
  const { createClient } = await import("graphql-ws");
  const { default: WebSocket } = await import("ws");
  return { statements, instance, wsUrl, createClient, WebSocket };
}

describe("ordersNewCountChanged", () => {
  it("gives each scope its own count: dispatchers share the organization's, an executor hears only orders they execute", async () => {
    const admin = await t.login("admin@domovoy.example");
    const plumber = await t.login("plumber@domovoy.example");
    const electrician = await t.login("electrician@domovoy.example");
    const dispatchers = [subscribe(t.ws(dispatcher), COUNTER), subscribe(t.ws(admin), COUNTER)];
    const plumberCounter = subscribe(t.ws(plumber), COUNTER);
    const electricianCounter = subscribe(t.ws(electrician), COUNTER);
    // Everyone hears the current value on subscribing: the same figure the query gives.
    const [all, own, other] = [await newCount(dispatcher), await newCount(plumber), await newCount(electrician)];
    for (const sub of dispatchers) await until(sub, all);
    await until(plumberCounter, own);
    await until(electricianCounter, other);

    const order = await create();
    for (const sub of dispatchers) await until(sub, all + 1);
    const assigned = await manage(order, { executorIds: [f.plumber] });
    expect(assigned.status).toBe("PENDING");
    await until(plumberCounter, own + 1);
    expect(await newCount(plumber)).toBe(own + 1);
    await manage(assigned, { status: "IN_PROGRESS" });
    for (const sub of dispatchers) await until(sub, all);
    await until(plumberCounter, own);
    await settle(200);
    // The electrician's scope never included the order: their counter did not move.
    expect(electricianCounter.events.map((e) => e.data!.ordersNewCountChanged)).toEqual([other]);
    // A value is sent only when it changes, never twice in a row.
    const values = dispatchers[0]!.events.map((e) => e.data!.ordersNewCountChanged);
    expect(values.every((v, i) => i === 0 || v !== values[i - 1])).toBe(true);
    for (const sub of [...dispatchers, plumberCounter, electricianCounter]) sub.unsubscribe();
  });

  it("computes once per change for any number of subscribers, and folds a burst of changes into one or two computations", async () => {
    const live = t.app.services.liveCounts;
    // One session, 40 sockets: 40 sign-ins at once would be throttled as the guessing they look like.
    const colleague = await t.login("dispatcher2@domovoy.example");
    const subs = Array.from({ length: 40 }, () => subscribe(t.ws(colleague), COUNTER));
    const before = await newCount(dispatcher);
    for (const sub of subs) await until(sub, before);

    let computations = live.computations;
    await create();
    for (const sub of subs) await until(sub, before + 1);
    expect(live.computations - computations).toBe(1);

    // An import or incident cascade: 300 orders change at once; each change is published.
    const rows = await t.database.sql`
      update orders set status = 'IN_PROGRESS' where id in (
        select id from orders where organization_id = ${f.organizationId} and status in ('PENDING', 'REOPENED') and incident_id is null limit 300)
      returning id, client_id`;
    expect(rows.length).toBeGreaterThan(1);
    computations = live.computations;
    for (const row of rows) t.pubsub.publish(Topic.ORDER_CHANGED, f.organizationId, { orderId: row.id as string, clientId: row.client_id as string | null });
    const after = await newCount(dispatcher);
    for (const sub of subs) await until(sub, after);
    await settle(200);
    expect(live.computations - computations).toBeLessThanOrEqual(2);
    // The intermediate values were never computed, so each subscriber got the final one once.
    for (const sub of subs) expect(sub.events.map((e) => e.data!.ordersNewCountChanged)).toEqual([before, before + 1, after]);
    for (const sub of subs) sub.unsubscribe();
    // Unsubscribing lets go of every mailbox (and of the organization's listener with the last one).
    await expect.poll(() => live.subscriberCount, { timeout: 5000 }).toBe(0);
  });

  it("holds no DataLoaders and no document of its own per subscriber (per-connection memory)", async () => {
    const services = t.app.services;
    const made = { n: 0 };
    const loadersFor = services.loadersFor;
    services.loadersFor = (...args) => {
      made.n++;
      return loadersFor(...args);
    };
    try {
      const colleague = await t.login("dispatcher2@domovoy.example");
      const before = await newCount(colleague);
      made.n = 0;
      const subs = Array.from({ length: 20 }, () => subscribe(t.ws(colleague), COUNTER));
      for (const sub of subs) await until(sub, before);
      await create();
      for (const sub of subs) await until(sub, before + 1);
      // The counter's subscriptions never read a row through a loader, so none was made for them
      // (eagerly: 20, some forty DataLoaders each). The order creation's own request made one.
      expect(made.n).toBeLessThanOrEqual(1);
      for (const sub of subs) sub.unsubscribe();
    } finally {
      services.loadersFor = loadersFor;
    }
  });

  it("never tells another organization's dispatchers anything", async () => {
    const foreign = await t.login("admin@severny.example");
    const foreignCounter = subscribe(t.ws(foreign), COUNTER);
    const homeCounter = subscribe(t.ws(dispatcher), COUNTER);
    const foreignBefore = await newCount(foreign);
    await until(foreignCounter, foreignBefore);
    const home = await newCount(dispatcher);
    await until(homeCounter, home);
    await create();
    await until(homeCounter, home + 1);
    await settle(300);
    expect(foreignCounter.events.map((e) => e.data!.ordersNewCountChanged)).toEqual([foreignBefore]);
    foreignCounter.unsubscribe();
    homeCounter.unsubscribe();
  });

  it("refuses residents", async () => {
    const resident = await t.residentLogin("+79160000001");
    const sub = subscribe(t.ws(resident), COUNTER);
    await sub.next(1, 3000).catch(() => undefined);
    const refusal = Array.isArray(sub.error) ? (sub.error as readonly { extensions?: { code?: string } }[]) : sub.events[0]?.errors;
    expect(refusal?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(sub.events.some((e) => e.data?.ordersNewCountChanged !== undefined && e.data.ordersNewCountChanged !== null)).toBe(false);
  });
});

describe("orderTabCountsChanged and incidentCountsChanged", () => {
  const TABS = `subscription { orderTabCountsChanged { new all allExact } }`;
  const INCIDENTS = `subscription { incidentCountsChanged { status count } }`;
  const total = async (tab: string, token: string) => (await t.graphql(`query ($tab: OrderTab) { orders(tab: $tab, first: 1) { totalCount totalCountExact } }`, { tab }, { token })).data!.orders;
  const incidentCounts = async (token: string) => (await t.graphql(`{ incidentCounts { status count } }`, {}, { token })).data!.incidentCounts;
  const latest = (sub: Sub, field: string) => sub.events.at(-1)?.data?.[field];
  async function until(sub: Sub, field: string, expected: unknown, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    while (JSON.stringify(latest(sub, field)) !== JSON.stringify(expected)) {
      if (Date.now() > deadline) throw new Error(`${field} stayed at ${JSON.stringify(latest(sub, field))}, expected ${JSON.stringify(expected)}`);
      await sub.next(sub.events.length + 1, Math.max(1, deadline - Date.now())).catch(() => undefined);
    }
  }

  it("push the tabs' totals as the list counts them, per scope", async () => {
    const plumber = await t.login("plumber@domovoy.example");
    const tabsOf = async (token: string) => {
      const [n, a] = [await total("NEW", token), await total("ALL", token)];
      expect(n.totalCountExact).toBe(true);
      return { new: n.totalCount, all: a.totalCount, allExact: a.totalCountExact };
    };
    const dispatcherSub = subscribe(t.ws(dispatcher), TABS);
    const plumberSub = subscribe(t.ws(plumber), TABS);
    const [before, plumberBefore] = [await tabsOf(dispatcher), await tabsOf(plumber)];
    await until(dispatcherSub, "orderTabCountsChanged", before);
    await until(plumberSub, "orderTabCountsChanged", plumberBefore);
    const order = await create();
    await until(dispatcherSub, "orderTabCountsChanged", { ...before, new: before.new + 1, all: before.all + 1 });
    await manage(order, { executorIds: [f.plumber] });
    await until(plumberSub, "orderTabCountsChanged", { ...plumberBefore, new: plumberBefore.new + 1, all: plumberBefore.all + 1 });
    expect(await tabsOf(plumber)).toEqual(latest(plumberSub, "orderTabCountsChanged"));
    expect(await tabsOf(dispatcher)).toEqual(latest(dispatcherSub, "orderTabCountsChanged"));
    dispatcherSub.unsubscribe();
    plumberSub.unsubscribe();
  });

  it("push the incidents' counts per status as the query counts them", async () => {
    const sub = subscribe(t.ws(dispatcher), INCIDENTS);
    await until(sub, "incidentCountsChanged", await incidentCounts(dispatcher));
    const created = await t.graphql(`mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { id } }`, {
      input: { title: "Нет воды", serviceId: f.clog, scope: [{ buildingId: f.residentBuilding }], responsibleIds: [f.plumber] },
    }, { token: dispatcher });
    expect(created.errors).toBeUndefined();
    const after = await incidentCounts(dispatcher);
    await until(sub, "incidentCountsChanged", after);
    expect(after.find((c: { status: string }) => c.status === "OPEN").count).toBeGreaterThan(0);
    sub.unsubscribe();
  });

  it("cost O(1) count statements per change whatever the number of subscribers, and execute once per scope", async () => {
    const { statements, instance, wsUrl, createClient, WebSocket } = await countedInstance();
    const colleague = await t.login("dispatcher2@domovoy.example");
    const plumber = await t.login("plumber@domovoy.example");
    const counting = (q: string) => /count\(/.test(q);
    const resolved = { n: 0 };
    const run = async (subscribers: number) => {
      const clients = Array.from({ length: subscribers }, (_, i) =>
        createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: i === 0 ? plumber : colleague }, retryAttempts: 0 }),
      );
      const subs = clients.map((client) => [subscribe(client, TABS), subscribe(client, COUNTER), subscribe(client, INCIDENTS)] as const);
      for (const sub of subs.flat()) await sub.next(1);
      await settle(100);
      // The order is made through the main server; this instance hears of it as from another one.
      const order = await create();
      const [n, a] = [await total("NEW", colleague), await total("ALL", colleague)];
      statements.length = 0;
      const executions = resolved.n;
      instance.pubsub.publish(Topic.ORDER_CHANGED, f.organizationId, { orderId: order.id as string, clientId: null });
      for (const [tabs, counter] of subs.slice(1)) {
        await until(tabs, "orderTabCountsChanged", { new: n.totalCount, all: a.totalCount, allExact: a.totalCountExact });
        await until(counter, "ordersNewCountChanged", n.totalCount);
      }
      await settle(200);
      const counted = statements.filter(counting).length;
      await Promise.all(clients.map((c) => c.dispose()));
      return { counted, executions: resolved.n - executions };
    };
    // Executions of the shared counters' root fields: one per broadcast, not per subscriber.
    const { OrdersResolver } = await import("../src/modules/orders/orders.resolver.js");
    const original = OrdersResolver.prototype.orderTabCountsChanged;
    OrdersResolver.prototype.orderTabCountsChanged = function (this: unknown, ...args: Parameters<typeof original>) {
      resolved.n++;
      return original.apply(this, args);
    };
    try {
      const few = await run(3);
      const many = await run(30);
      // The dispatchers' scope in one statement, the executor's in another; incidents did not change.
      expect(few.counted).toBeGreaterThan(0);
      expect(few.counted).toBeLessThanOrEqual(2);
      expect(many.counted).toBe(few.counted);
      // Two scopes (the dispatchers and the plumber): two executions however many subscribers.
      expect(many.executions).toBeLessThanOrEqual(2);
    } finally {
      OrdersResolver.prototype.orderTabCountsChanged = original;
      await instance.close();
    }
  });
});

describe("orderChanged fan-out", () => {
  it("reads the changed order and its fields once per event, not once per subscriber, and each subscriber still gets it", async () => {
    const { statements, instance, wsUrl, createClient, WebSocket } = await countedInstance();
    const colleague = await t.login("dispatcher2@domovoy.example");
    const tokens = Array.from({ length: 20 }, () => colleague);
    const clients = tokens.map((token) => createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: token }, retryAttempts: 0 }));
    const subs = clients.map((client) => subscribe(client, `subscription { orderChanged { id status service { name } building { address } executors { id } } }`));
    await settle(500);
    const order = await create();
    statements.length = 0;
    instance.pubsub.publish(Topic.ORDER_CHANGED, f.organizationId, { orderId: order.id, clientId: f.residentClient });
    for (const sub of subs) {
      const [event] = await sub.next(1);
      expect(event!.data!.orderChanged).toMatchObject({ id: order.id, status: "PENDING", service: { name: "Засор канализации" } });
    }
    // One read of the order and one per field kind for all 20 subscribers (without sharing: 20 each).
    expect(statements.filter((q) => /from "orders"/.test(q)).length).toBe(1);
    expect(statements.filter((q) => /from "services"/.test(q)).length).toBe(1);
    await Promise.all(clients.map((c) => c.dispose()));
  });
});
