import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newOrder } from "./support/factories.js";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";

let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let resident: string;
let otherResident: string;

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
  resident = await t.residentLogin("+79160000001");
  otherResident = await t.residentLogin("+79160000002");
});
afterAll(() => t?.close());

type Order = { id: string; number: number; version: number; status: string };
const RATING = `rating { score comment ratedAt cycle forLastCompletion }`;

async function gql(query: string, variables: Record<string, unknown>, token: string) {
  const result = await t.graphql<Record<string, any>>(query, variables, { token });
  return result;
}

const create = (): Promise<Order> => newOrder(t, { token: dispatcher });

async function manage(order: Order, input: Record<string, unknown>): Promise<Order> {
  const result = await gql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id number version status } }`, { input: { id: order.id, version: order.version, ...input } }, dispatcher);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.orderManage;
}

async function doneOrder(): Promise<Order> {
  return manage(await manage(await create(), { status: "IN_PROGRESS", executorIds: [f.plumber] }), { status: "DONE" });
}

const rate = (orderId: string, score: number, comment: string | null = null, token = resident) =>
  gql(`mutation ($input: OrderRateInput!) { orderRate(input: $input) { id version revision ${RATING} } }`, { input: { orderId, score, comment } }, token);

/** Staff read the order as Order, its resident as ResidentOrder: the rating fields are the same. */
const read = async (id: string, token = dispatcher) => {
  const field = token === resident ? "residentOrder" : "order";
  return (await gql(`query ($id: ID!) { ${field}(id: $id) { status version revision canRate ${RATING} ratings { score comment cycle } } }`, { id }, token)).data![field];
};

const ratingRows = async (id: string) => (await t.database.sql`select score, comment, cycle from order_ratings where order_id = ${id} order by created_at`).map((r) => ({ ...r }));

describe("rating a done order (§14)", () => {
  it("the order's resident rates it; staff and the resident see it; the history records it without a name", async () => {
    const order = await doneOrder();
    const before = await read(order.id);
    expect(before.rating).toBeNull();
    expect(before.canRate).toBe(false);
    expect((await read(order.id, resident)).canRate).toBe(true);
    t.clock.advance(60_000);
    const result = await rate(order.id, 5);
    expect(result.errors).toBeUndefined();
    expect(result.data!.orderRate.rating).toMatchObject({ score: 5, comment: null, cycle: 1, forLastCompletion: true });
    const after = await read(order.id);
    expect(after.rating).toMatchObject({ score: 5, cycle: 1 });
    expect(after.version).toBe(before.version);
    expect(after.revision).toBeGreaterThan(before.revision);
    expect((await read(order.id, resident)).rating).toMatchObject({ score: 5 });
    const history = await gql(`query ($id: ID!) { order(id: $id) { history { kind score ratingComment actor { kind employee { id } } } } }`, { id: order.id }, dispatcher);
    expect(history.data!.order.history[0]).toEqual({ kind: "RATED", score: 5, ratingComment: null, actor: { kind: "RESIDENT", employee: null } });
  });

  it("needs a comment below 3, and a score from 1 to 5; a refused rating writes nothing", async () => {
    const order = await doneOrder();
    for (const [score, comment, reason, field] of [
      [2, null, "COMMENT_REQUIRED", "input.comment"],
      [1, "   ", "COMMENT_REQUIRED", "input.comment"],
      [0, "плохо", "SCORE_OUT_OF_RANGE", "input.score"],
      [6, null, "SCORE_OUT_OF_RANGE", "input.score"],
    ] as const) {
      const result = await rate(order.id, score, comment);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason, field });
    }
    expect(await ratingRows(order.id)).toEqual([]);
    expect((await t.database.sql`select rating from orders where id = ${order.id}`)[0]!.rating).toBeNull();
    const ok = await rate(order.id, 2, "Сделали, но оставили грязь");
    expect(ok.data!.orderRate.rating).toMatchObject({ score: 2, comment: "Сделали, но оставили грязь" });
    expect((await rate(order.id, 3)).errors).toBeUndefined();
  });

  it("is refused unless the order is done", async () => {
    const order = await manage(await create(), { status: "IN_PROGRESS", executorIds: [f.plumber] });
    expect((await rate(order.id, 5)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_DONE" });
    expect(await ratingRows(order.id)).toEqual([]);
  });

  it("is for the resident only: staff get FORBIDDEN, another resident NOT_FOUND", async () => {
    const order = await doneOrder();
    expect((await rate(order.id, 5, null, dispatcher)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const admin = await t.login("admin@domovoy.example");
    expect((await rate(order.id, 1, "Меняю оценку", admin)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await rate(order.id, 5, null, otherResident)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await rate("00000000-0000-0000-0000-000000000000", 5)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await ratingRows(order.id)).toEqual([]);
  });

  it("can be changed; after a reopen and a new DONE it can be given again; the history keeps every rating", async () => {
    const order = await doneOrder();
    await rate(order.id, 4);
    t.clock.advance(60_000);
    const changed = await rate(order.id, 1, "Снова засор через час");
    expect(changed.data!.orderRate.rating).toMatchObject({ score: 1, cycle: 1 });

    t.clock.advance(60_000);
    const reopen = await gql(`mutation ($input: ResidentOrderStatusInput!) { residentOrderStatusChange(input: $input) { id version status } }`, { input: { id: order.id, status: "REOPENED", comment: "Опять засор" } }, resident);
    expect(reopen.errors).toBeUndefined();
    // Reopened: the last rating stays visible; a new one waits for the next DONE.
    const reopened = await read(order.id);
    expect(reopened.rating).toMatchObject({ score: 1, cycle: 1 });
    expect((await rate(order.id, 5)).errors?.[0]?.extensions?.reason).toBe("NOT_DONE");

    const again = await manage(await manage(reopen.data!.residentOrderStatusChange, { status: "IN_PROGRESS" }), { status: "DONE" });
    const doneAgain = await read(again.id);
    expect(doneAgain.rating).toMatchObject({ score: 1, cycle: 1, forLastCompletion: false });
    expect((await t.database.sql`select completions from orders where id = ${order.id}`)[0]!.completions).toBe(2);

    t.clock.advance(60_000);
    const rerated = await rate(order.id, 5, "Теперь всё хорошо");
    expect(rerated.data!.orderRate.rating).toMatchObject({ score: 5, cycle: 2, forLastCompletion: true });
    const final = await read(order.id);
    expect(final.ratings).toEqual([
      { score: 4, comment: null, cycle: 1 },
      { score: 1, comment: "Снова засор через час", cycle: 1 },
      { score: 5, comment: "Теперь всё хорошо", cycle: 2 },
    ]);
    expect((await read(order.id, resident)).ratings).toHaveLength(3);
    expect(await ratingRows(order.id)).toHaveLength(3);
    expect((await t.database.sql`select rating from orders where id = ${order.id}`)[0]!.rating).toBe(5);
    const history = await gql(`query ($id: ID!) { order(id: $id) { history { kind score } } }`, { id: order.id }, dispatcher);
    expect(history.data!.order.history.filter((e: { kind: string }) => e.kind === "RATED").map((e: { score: number }) => e.score)).toEqual([5, 1, 4]);
  });

  it("an open card hears the rating live", async () => {
    const order = await doneOrder();
    const sub = subscribe(t.ws(dispatcher), `subscription ($id: ID!) { orderUpdated(id: $id) { id revision rating { score comment } } }`, { id: order.id });
    await settle();
    await rate(order.id, 2, "Долго ждали");
    const events = await sub.next(1);
    expect(events[0]!.data!.orderUpdated.rating).toEqual({ score: 2, comment: "Долго ждали" });
    sub.unsubscribe();
  });
});

describe("rating in the orders list", () => {
  it("filters by scores and «без оценки», and offers the rating column", async () => {
    const four = await doneOrder();
    await rate(four.id, 4);
    const unrated = await doneOrder();
    const list = (filter: Record<string, unknown>) =>
      gql(`query ($filter: OrderFilterInput) { orders(tab: ALL, filter: $filter, first: 100) { totalCount nodes { id rating { score } } } }`, { filter }, dispatcher);
    const ids = async (filter: Record<string, unknown>) => (await list(filter)).data!.orders.nodes.map((n: { id: string }) => n.id);

    const fours = await list({ ratingScores: [4] });
    expect(fours.data!.orders.nodes.every((n: { rating: { score: number } }) => n.rating.score === 4)).toBe(true);
    expect(fours.data!.orders.nodes.map((n: { id: string }) => n.id)).toContain(four.id);
    expect(fours.data!.orders.totalCount).toBe(Number((await t.database.sql`select count(*) from orders where organization_id = ${f.organizationId} and rating = 4 and incident_id is null`)[0]!.count));
    expect(await ids({ ratingScores: [1, 2] })).not.toContain(four.id);
    const none = await ids({ unrated: true, statuses: ["DONE"] });
    expect(none).toContain(unrated.id);
    expect(none).not.toContain(four.id);
    const either = await ids({ unrated: true, ratingScores: [4], statuses: ["DONE"] });
    expect(either).toEqual(expect.arrayContaining([four.id, unrated.id]));
    expect((await list({ ratingScores: [7] })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.ratingScores" });
    // Nor is such a filter saved, which the list would then refuse on every opening.
    const badSave = await gql(`mutation { orderListPreferencesSave(list: ALL_ORDERS, filter: { ratingScores: [0] }) { activeFilterCount } }`, {}, dispatcher);
    expect(badSave.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.ratingScores", reason: "OUT_OF_RANGE" });

    const saved = await gql(`mutation { orderListPreferencesSave(list: ALL_ORDERS, columns: [STATUS, NUMBER, RATING], filter: { ratingScores: [1, 2], unrated: false }) { columns activeFilterCount filter { ratingScores unrated } } }`, {}, dispatcher);
    expect(saved.data!.orderListPreferencesSave).toEqual({ columns: ["STATUS", "NUMBER", "RATING"], activeFilterCount: 2, filter: { ratingScores: [1, 2], unrated: false } });
  });
});
