import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrderListRepository } from "../src/modules/orders/order-list.repository.js";
import { newOrder } from "./support/factories.js";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { PNG_1x1, upload } from "./support/uploads.js";

/**
 * An employee without ORDERS_READ_ALL sees their own orders: those they execute and those they
 * created (an executor raising «Новое обращение» in the employee app follows it and adds its photos).
 * The list, the card, uploads, the live counters and the subscriptions all agree; another executor
 * and another organization still see nothing of it.
 */
let t: TestServer;
let plumber: string;
let plumber2: string;
let foreign: string;

beforeAll(async () => {
  t = await startTestServer();
  plumber = await t.login("plumber@domovoy.example");
  plumber2 = await t.login("plumber2@domovoy.example");
  foreign = await t.login("admin@severny.example");
});
afterAll(() => t?.close());

type Sub = ReturnType<typeof subscribe<Record<string, any>>>;
const TABS = `subscription { orderTabCountsChanged { new all } }`;
const lastTabs = (sub: Sub) => sub.events.at(-1)?.data?.orderTabCountsChanged as { new: number; all: number } | undefined;
async function until(sub: Sub, expected: { new: number; all: number }, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (JSON.stringify(lastTabs(sub)) !== JSON.stringify(expected)) {
    if (Date.now() > deadline) throw new Error(`counts stayed at ${JSON.stringify(lastTabs(sub))}, expected ${JSON.stringify(expected)}`);
    await sub.next(sub.events.length + 1, Math.max(1, deadline - Date.now())).catch(() => undefined);
  }
}

const listIds = async (token: string, tab: string) => {
  const result = await t.graphql<{ orders: { totalCount: number; nodes: { id: string }[] } }>(
    `query ($tab: OrderTab) { orders(tab: $tab, first: 100) { totalCount nodes { id } } }`,
    { tab },
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.orders;
};
const tabCounts = async (token: string) => {
  const [fresh, all] = [await listIds(token, "NEW"), await listIds(token, "ALL")];
  return { new: fresh.totalCount, all: all.totalCount };
};
const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe("an executor's own orders", () => {
  it("an order the executor created is in «Новые» and «Все» (not «Мои»), on the card, takes their photo, counted and pushed live", async () => {
    const before = await tabCounts(plumber);
    const counter = subscribe(t.ws(plumber), TABS);
    await until(counter, before);
    const otherBefore = await tabCounts(plumber2);

    const order = await newOrder(t, { token: plumber });
    await until(counter, { new: before.new + 1, all: before.all + 1 });
    expect((await listIds(plumber, "ALL")).nodes.map((n) => n.id)).toContain(order.id);
    expect((await listIds(plumber, "NEW")).nodes.map((n) => n.id)).toContain(order.id);
    expect((await listIds(plumber, "MINE")).nodes.map((n) => n.id)).not.toContain(order.id);
    expect(await tabCounts(plumber)).toEqual({ new: before.new + 1, all: before.all + 1 });
    expect((await t.graphql(`{ ordersNewCount }`, {}, { token: plumber })).data!.ordersNewCount).toBe(before.new + 1);

    const card = await t.graphql(`query ($id: ID!) { order(id: $id) { id number client { id fullName } } }`, { id: order.id }, { token: plumber });
    expect(card.errors).toBeUndefined();
    const byNumber = await t.graphql(`query ($n: Int!) { orderByNumber(number: $n) { id } }`, { n: order.number }, { token: plumber });
    expect(byNumber.data?.orderByNumber).toEqual({ id: order.id });
    // Its client is visible to them too (the card shows it).
    const clientId = (card.data as any).order.client.id as string;
    expect(code(await t.graphql(`query ($id: ID!) { client(id: $id) { id } }`, { id: clientId }, { token: plumber }))).toBeUndefined();

    // The card's live updates reach the creator.
    const updates = subscribe(t.ws(plumber), `subscription ($id: ID!) { orderUpdated(id: $id) { id updatedAt } }`, { id: order.id });
    await settle(200);
    expect(updates.error).toBeUndefined();

    const photo = await upload(t, { token: plumber, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "фото.png", body: PNG_1x1 });
    expect(photo.status).toBe(201);
    const added = await t.graphql(`mutation ($o: ID!, $f: ID!) { orderDocumentAdd(orderId: $o, fileId: $f) { id } }`, { o: order.id, f: photo.body.id }, { token: plumber });
    expect(added.errors).toBeUndefined();
    await updates.next(1, 5000);
    expect(updates.events[0]?.data?.orderUpdated?.id).toBe(order.id);
    updates.unsubscribe();
    counter.unsubscribe();

    // Another executor of the same trade: nothing of it.
    expect(await tabCounts(plumber2)).toEqual(otherBefore);
    expect(code(await t.graphql(`query ($id: ID!) { order(id: $id) { id } }`, { id: order.id }, { token: plumber2 }))).toBe("NOT_FOUND");
    const refused = await upload(t, { token: plumber2, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "чужое.png", body: PNG_1x1 });
    expect(refused.status).toBe(404);
    const sub = subscribe(t.ws(plumber2), `subscription ($id: ID!) { orderUpdated(id: $id) { id } }`, { id: order.id });
    await sub.next(1, 3000).catch(() => undefined);
    expect(JSON.stringify(sub.error ?? sub.events)).toContain("NOT_FOUND");
    sub.unsubscribe();
    // Another organization: the same refusal as for a missing order.
    expect(code(await t.graphql(`query ($id: ID!) { order(id: $id) { id } }`, { id: order.id }, { token: foreign }))).toBe("NOT_FOUND");
  });

  it("still may not change the status of an order they only created, and the card offers them none", async () => {
    const order = await newOrder(t, { token: plumber });
    const allowed = `query ($id: ID!) { order(id: $id) { allowedStatuses } }`;
    expect((await t.graphql(allowed, { id: order.id }, { token: plumber })).data?.order.allowedStatuses).toEqual([]);
    const dispatcher = await t.login("dispatcher@domovoy.example");
    expect((await t.graphql(allowed, { id: order.id }, { token: dispatcher })).data?.order.allowedStatuses).toContain("IN_PROGRESS");
    const result = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, {
      input: { id: order.id, version: order.version, status: "IN_PROGRESS" },
    }, { token: plumber });
    expect(code(result)).toBe("FORBIDDEN");
  });

  it("counts an executor's own orders from the two indexes, never by testing every order of the organization", async () => {
    const [me] = await t.database.sql`select id, organization_id from employees where email = 'plumber@domovoy.example'`;
    const repo = new OrderListRepository(t.database.db, me!.organization_id as string);
    const statement = repo.countStatement({
      tab: "ALL",
      viewerEmployeeId: me!.id as string,
      scope: { kind: "OWN", employeeId: me!.id as string },
      search: null,
      incident: "NOT_ATTACHED",
      now: new Date(),
    });
    const plan = await t.database.sql.begin(async (tx) => {
      // On a small table the planner may read it whole; without that choice the indexes must serve.
      await tx`set local enable_seqscan = off`;
      const [row] = await tx.unsafe(`explain (format json) ${statement.sql}`, statement.params as never[]);
      return JSON.stringify(row);
    });
    expect(plan).toContain('"Index Name":"orders_created_by_employee_idx"');
    expect(plan).toContain('"Index Name":"order_executors_employee_idx"');
  });
});
