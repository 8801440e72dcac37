import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GraphQLResponse, type TestServer } from "./support/harness.js";
import { fixtures, newOrder } from "./support/factories.js";
import { validAnswers } from "./support/orders.js";
import { upload } from "./support/uploads.js";

/**
 * Creates sent with a client's idempotency key (the field apps replay a request whose answer was
 * lost): the same key gives the same row, never a second; other input under the key is a CONFLICT;
 * the key is the sender's own; receipts go after a week.
 */
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

const CREATE = `mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id number description } }`;

async function orderInput(description: string, idempotencyKey: string | null, extra: Record<string, unknown> = {}) {
  const f = await fixtures(t);
  return {
    channel: "INCOMING_CALL",
    serviceId: f.clog,
    buildingId: f.residentBuilding,
    premiseId: f.residentPremise,
    clientId: f.residentClient,
    formAnswers: await validAnswers(t, f.clog),
    description,
    idempotencyKey,
    ...extra,
  };
}

const create = async (description: string, key: string | null, token = dispatcher, extra: Record<string, unknown> = {}) =>
  t.graphql<{ orderCreate: { id: string; number: number; description: string } }>(CREATE, { input: await orderInput(description, key, extra) }, { token });

const count = async (query: Promise<{ n: number }[]>) => (await query)[0]!.n;
const ordersDescribed = (description: string) => count(t.database.sql<{ n: number }[]>`select count(*)::int as n from orders where description = ${description}`);
const receiptsOf = (key: string) => count(t.database.sql<{ n: number }[]>`select count(*)::int as n from mutation_receipts where key = ${key}`);
const errorOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions;

describe("orderCreate with an idempotency key", () => {
  it("sent twice at once, makes one order, and both answers name it", async () => {
    const key = randomUUID();
    const description = `одновременно ${key}`;
    const [a, b] = await Promise.all([create(description, key), create(description, key)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data!.orderCreate.id).toBe(a.data!.orderCreate.id);
    expect(await ordersDescribed(description)).toBe(1);
    expect(await receiptsOf(key)).toBe(1);
    // Nothing of the order happened twice: one CREATED event in its history.
    const [events] = await t.database.sql`select count(*)::int as n from order_events where order_id = ${a.data!.orderCreate.id} and kind = 'CREATED'`;
    expect(events!.n).toBe(1);
  });

  it("replayed after the answer was lost, returns the same order; a new key makes a new one", async () => {
    const key = randomUUID();
    const description = `повтор ${key}`;
    const first = await create(description, key);
    const replay = await create(description, key);
    expect(replay.data!.orderCreate).toEqual(first.data!.orderCreate);
    const other = await create(description, randomUUID());
    expect(other.data!.orderCreate.id).not.toBe(first.data!.orderCreate.id);
    expect(await ordersDescribed(description)).toBe(2);
    const [receipt] = await t.database.sql`select mutation, result_id, actor_kind from mutation_receipts where key = ${key}`;
    expect(receipt).toMatchObject({ mutation: "orderCreate", result_id: first.data!.orderCreate.id, actor_kind: "EMPLOYEE" });
  });

  it("the same key with other input, or for another mutation, is a CONFLICT and creates nothing", async () => {
    const key = randomUUID();
    const first = await create(`первый ${key}`, key);
    expect(first.errors).toBeUndefined();
    const mismatched = await create(`другой ${key}`, key);
    expect(errorOf(mismatched)).toMatchObject({ code: "CONFLICT", reason: "IDEMPOTENCY_KEY_REUSED" });
    expect(await ordersDescribed(`другой ${key}`)).toBe(0);
    const asComment = await t.graphql(
      `mutation ($input: OrderCommentCreateInput!) { orderCommentCreate(input: $input) { id } }`,
      { input: { orderId: first.data!.orderCreate.id, text: "комментарий", idempotencyKey: key } },
      { token: dispatcher },
    );
    expect(errorOf(asComment)).toMatchObject({ code: "CONFLICT", reason: "IDEMPOTENCY_KEY_REUSED" });
    const [comments] = await t.database.sql`select count(*)::int as n from order_comments where order_id = ${first.data!.orderCreate.id}`;
    expect(comments!.n).toBe(0);
  });

  it("another employee's equal key is theirs: it makes their own order", async () => {
    const key = randomUUID();
    const mine = await create(`мой ${key}`, key, dispatcher);
    const theirs = await create(`мой ${key}`, key, colleague);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.orderCreate.id).not.toBe(mine.data!.orderCreate.id);
    expect(await receiptsOf(key)).toBe(2);
  });

  it("a refused create keeps no receipt: the same key works once the input is fixed", async () => {
    const key = randomUUID();
    const f = await fixtures(t);
    const refused = await create(`без услуги ${key}`, key, dispatcher, { serviceId: f.residentClient });
    expect(errorOf(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.serviceId" });
    expect(await receiptsOf(key)).toBe(0);
    const fixed = await create(`без услуги ${key}`, key);
    expect(fixed.errors).toBeUndefined();
    expect(await receiptsOf(key)).toBe(1);
  });

  it("refuses a malformed or over-long key with BAD_USER_INPUT", async () => {
    for (const key of ["", "пробел и кириллица", "x".repeat(101)]) {
      const result = await create(`плохой ключ ${key.length}`, key);
      expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.idempotencyKey", reason: "INVALID_IDEMPOTENCY_KEY" });
    }
    expect(await ordersDescribed("плохой ключ 0")).toBe(0);
  });

  it("without a key, every request creates (the desk's form as before)", async () => {
    const description = `без ключа ${randomUUID()}`;
    await create(description, null);
    await create(description, null);
    expect(await ordersDescribed(description)).toBe(2);
  });
});

describe("other creates the field apps replay", () => {
  it("orderCommentCreate: one comment per key", async () => {
    const order = await newOrder(t);
    const key = randomUUID();
    const send = () =>
      t.graphql<{ orderCommentCreate: { id: string } }>(
        `mutation ($input: OrderCommentCreateInput!) { orderCommentCreate(input: $input) { id } }`,
        { input: { orderId: order.id, text: "Был на месте", idempotencyKey: key } },
        { token: dispatcher },
      );
    const [a, b] = await Promise.all([send(), send()]);
    const c = await send();
    expect(new Set([a, b, c].map((r) => r.data!.orderCommentCreate.id)).size).toBe(1);
    const [comments] = await t.database.sql`select count(*)::int as n from order_comments where order_id = ${order.id}`;
    expect(comments!.n).toBe(1);
  });

  it("chatMessageSend and residentChatMessageSend: one message per key and sender", async () => {
    const order = await newOrder(t);
    const key = randomUUID();
    const staff = () =>
      t.graphql<{ chatMessageSend: { id: string } }>(
        `mutation ($orderId: ID!, $text: String, $key: String) { chatMessageSend(orderId: $orderId, text: $text, idempotencyKey: $key) { id } }`,
        { orderId: order.id, text: "Мастер будет в 15:00", key },
        { token: dispatcher },
      );
    const first = await staff();
    const again = await staff();
    expect(again.data!.chatMessageSend.id).toBe(first.data!.chatMessageSend.id);
    // The resident's equal key is theirs.
    const residentSend = () =>
      t.graphql<{ residentChatMessageSend: { id: string } }>(
        `mutation ($orderId: ID!, $text: String, $key: String) { residentChatMessageSend(orderId: $orderId, text: $text, idempotencyKey: $key) { id } }`,
        { orderId: order.id, text: "Жду", key },
        { token: resident },
      );
    const [r1, r2] = await Promise.all([residentSend(), residentSend()]);
    expect(r1.data!.residentChatMessageSend.id).toBe(r2.data!.residentChatMessageSend.id);
    expect(r1.data!.residentChatMessageSend.id).not.toBe(first.data!.chatMessageSend.id);
    const [messages] = await t.database.sql`select count(*)::int as n from chat_messages where order_id = ${order.id}`;
    expect(messages!.n).toBe(2);
  });

  it("orderDocumentAdd: a replayed add returns the same document", async () => {
    const order = await newOrder(t);
    const uploaded = await upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "фото.txt", body: Buffer.from("фото") });
    expect(uploaded.status).toBe(201);
    const key = randomUUID();
    const add = () =>
      t.graphql<{ orderDocumentAdd: { id: string } }>(
        `mutation ($orderId: ID!, $fileId: ID!, $key: String) { orderDocumentAdd(orderId: $orderId, fileId: $fileId, idempotencyKey: $key) { id } }`,
        { orderId: order.id, fileId: uploaded.body.id, key },
        { token: dispatcher },
      );
    const [a, b] = await Promise.all([add(), add()]);
    expect(a.errors).toBeUndefined();
    expect(b.data!.orderDocumentAdd.id).toBe(a.data!.orderDocumentAdd.id);
    const [documents] = await t.database.sql`select count(*)::int as n from order_documents where order_id = ${order.id}`;
    expect(documents!.n).toBe(1);
  });

  it("residentOrderCreate: one order per key", async () => {
    const f = await fixtures(t);
    const key = randomUUID();
    const description = `житель ${key}`;
    const send = async () =>
      t.graphql<{ residentOrderCreate: { id: string } }>(
        `mutation ($input: ResidentOrderCreateInput!) { residentOrderCreate(input: $input) { id } }`,
        { input: { serviceId: f.clog, premiseId: f.residentPremise, formAnswers: await validAnswers(t, f.clog), description, idempotencyKey: key } },
        { token: resident },
      );
    const [a, b] = await Promise.all([send(), send()]);
    expect(b.data!.residentOrderCreate.id).toBe(a.data!.residentOrderCreate.id);
    expect(await ordersDescribed(description)).toBe(1);
  });
});

describe("the receipts sweep", () => {
  it("deletes receipts older than a week, keeps newer ones, and schedules its next run", async () => {
    const oldKey = randomUUID();
    const newKey = randomUUID();
    const description = `старый ${oldKey}`;
    const first = await create(description, oldKey);
    await create(`новый ${newKey}`, newKey);
    // The old one was made eight days before now.
    await t.database.sql`update mutation_receipts set created_at = created_at - interval '8 days' where key = ${oldKey}`;
    const removed = await t.app.services.receipts.sweep();
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await receiptsOf(oldKey)).toBe(0);
    expect(await receiptsOf(newKey)).toBe(1);
    const pending = await t.database.sql`select run_at from jobs where kind = 'receipts.sweep' and dedupe_key = 'receipts:sweep'`;
    expect(pending).toHaveLength(1);
    expect(new Date(pending[0]!.run_at).getTime()).toBeGreaterThan(t.clock.now().getTime());
    // Past its receipt, a key is new again.
    const later = await create(description, oldKey);
    expect(later.data!.orderCreate.id).not.toBe(first.data!.orderCreate.id);
  });

  it("runs as a job on the Postgres queue", async () => {
    const key = randomUUID();
    await create(`в очереди ${key}`, key);
    await t.database.sql`update mutation_receipts set created_at = created_at - interval '8 days' where key = ${key}`;
    await t.database.sql`update jobs set run_at = now() - interval '1 minute' where kind = 'receipts.sweep'`;
    t.clock.advance(3600_000 + 1000);
    await t.app.jobs.runDue();
    expect(await receiptsOf(key)).toBe(0);
  });
});
