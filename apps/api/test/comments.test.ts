import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { newOrder } from "./support/factories.js";

let t: TestServer;
let dispatcher: string;
let colleague: string;
let resident: string;

beforeAll(async () => {
  t = await startTestServer();
  dispatcher = await t.login("dispatcher@domovoy.example");
  colleague = await t.login("dispatcher2@domovoy.example");
  resident = await t.residentLogin("+79160000001");
});
afterAll(() => t?.close());

const comment = (orderId: string, text: string, important = false, token = dispatcher) =>
  t.graphql(`mutation ($input: OrderCommentCreateInput!) { orderCommentCreate(input: $input) { id text important author { email } } }`, { input: { orderId, text, important } }, { token });

describe("comments for colleagues", () => {
  it("are listed oldest first with their author, for staff only", async () => {
    const order = await newOrder(t);
    expect((await comment(order.id, "Первый")).errors).toBeUndefined();
    expect((await comment(order.id, "Второй", false, colleague)).errors).toBeUndefined();
    const { data } = await t.graphql(`query ($id: ID!) { order(id: $id) { comments { text author { email } } } }`, { id: order.id }, { token: dispatcher });
    expect(data!.order.comments).toEqual([
      { text: "Первый", author: { email: "dispatcher@domovoy.example" } },
      { text: "Второй", author: { email: "dispatcher2@domovoy.example" } },
    ]);
    const asResident = await t.graphql(`query ($id: ID!) { order(id: $id) { comments { text } } }`, { id: order.id }, { token: resident });
    expect(asResident.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuse empty text, and orders the author may not see", async () => {
    const order = await newOrder(t);
    expect((await comment(order.id, "   ")).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text" });
    const executor = await t.login("plumber@domovoy.example");
    expect((await comment(order.id, "Не моя заявка", false, executor)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const count = await t.database.sql`select count(*)::int as n from order_comments where order_id = ${order.id}`;
    expect(count[0]!.n).toBe(0);
  });

  it("an important comment lifts the order to the top with its label until another employee opens it", async () => {
    const order = await newOrder(t);
    await newOrder(t);
    const list = `{ orders(tab: ALL, first: 3) { nodes { id labels } } }`;
    const before = await t.graphql(list, {}, { token: colleague });
    expect(before.data!.orders.nodes[0].id).not.toBe(order.id);

    const revisionOf = async () => (await t.graphql(`query ($id: ID!) { order(id: $id) { version revision } }`, { id: order.id }, { token: colleague })).data!.order;
    const start = await revisionOf();
    expect((await comment(order.id, "Срочно: у жителя маленький ребёнок", true)).data!.orderCommentCreate.important).toBe(true);
    // Not an edit: open editors keep their version, while live clients can tell the snapshot is newer.
    expect(await revisionOf()).toEqual({ version: start.version, revision: start.revision + 1 });
    const lifted = await t.graphql(list, {}, { token: colleague });
    expect(lifted.data!.orders.nodes[0]).toEqual({ id: order.id, labels: ["IMPORTANT_COMMENT"] });

    const seen = await t.graphql(`mutation ($id: ID!) { orderMarkSeen(id: $id) { labels importantCommentUnseen } }`, { id: order.id }, { token: colleague });
    expect(seen.data!.orderMarkSeen).toEqual({ labels: [], importantCommentUnseen: false });
    const after = await t.graphql(list, {}, { token: colleague });
    expect(after.data!.orders.nodes[0].id).not.toBe(order.id);
  });

  it("reach everyone viewing the order live, and only that order", async () => {
    const order = await newOrder(t);
    const other = await newOrder(t);
    const sub = subscribe(t.ws(colleague), `subscription ($id: ID!) { orderCommentAdded(orderId: $id) { text author { email } } }`, { id: order.id });
    await settle(300);
    await comment(other.id, "Не эта заявка");
    await comment(order.id, "Эта заявка");
    const [event] = await sub.next(1);
    expect(event!.data!.orderCommentAdded).toEqual({ text: "Эта заявка", author: { email: "dispatcher@domovoy.example" } });
    await settle(200);
    expect(sub.events).toHaveLength(1);
  });
});
