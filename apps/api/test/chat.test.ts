import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { PNG_1x1, upload } from "./support/uploads.js";
import { filtered } from "../src/modules/chat/chat.service.js";
import { createPubSub } from "../src/pubsub.js";
import { createLogger } from "../src/shared/logger.js";
import { newOrder } from "./support/factories.js";

let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let colleague: string;
let admin: string;
let resident: string;
let otherResident: string;

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
  colleague = await t.login("dispatcher2@domovoy.example");
  admin = await t.login("admin@domovoy.example");
  resident = await t.residentLogin("+79160000001");
  otherResident = await t.residentLogin("+79160000002");
});
afterAll(() => t?.close());

const MESSAGE = `id text deleted state mine editedAt editableUntil author { kind name } file { id fileName }`;

const send = (token: string, orderId: string, text: string | null, fileId: string | null = null) =>
  t.graphql(`mutation ($orderId: ID!, $text: String, $fileId: ID) { chatMessageSend(orderId: $orderId, text: $text, fileId: $fileId) { ${MESSAGE} } }`, { orderId, text, fileId }, { token });
const edit = (token: string, id: string, text: string) =>
  t.graphql(`mutation ($id: ID!, $text: String!) { chatMessageEdit(id: $id, text: $text) { ${MESSAGE} } }`, { id, text }, { token });
const remove = (token: string, id: string) => t.graphql(`mutation ($id: ID!) { chatMessageDelete(id: $id) { ${MESSAGE} } }`, { id }, { token });
const markRead = (token: string, orderId: string, upToMessageId: string | null = null) =>
  t.graphql(`mutation ($orderId: ID!, $upTo: ID) { chatMarkRead(orderId: $orderId, upToMessageId: $upTo) { id chatUnreadCount } }`, { orderId, upTo: upToMessageId }, { token });
const thread = async (token: string, orderId: string) => {
  const result = await t.graphql(`query ($id: ID!) { order(id: $id) { chatUnreadCount chatMessages { ${MESSAGE} } } }`, { id: orderId }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.order as { chatUnreadCount: number; chatMessages: any[] };
};
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
const reasonOf = (result: { errors?: { extensions?: { reason?: string } }[] }) => result.errors?.[0]?.extensions?.reason;

/** The code a refused subscription answered with (an error message, or a result carrying errors). */
function refusal(sub: ReturnType<typeof subscribe>): string | undefined {
  const error = sub.error as { extensions?: { code?: string } }[] | undefined;
  if (Array.isArray(error)) return error[0]?.extensions?.code;
  return sub.events.find((e) => e.errors)?.errors?.[0]?.extensions?.code as string | undefined;
}

const CHANGES = `subscription ($orderId: ID!) { chatMessageChanged(orderId: $orderId) { kind orderId messages { id text state deleted mine author { kind name } } } }`;

/**
 * Subscribes to an order's chat and returns once the server has registered the subscription (its
 * first read of the order may be slow on a loaded machine): id-only probes (changes without
 * messages, which the product never sends) are published until one arrives. `events` and `next`
 * leave the probes out, also those another test subscription publishes.
 */
async function liveChat(token: string, orderId: string) {
  const sub = subscribe(t.ws(token), CHANGES, { orderId });
  const deadline = Date.now() + 15_000;
  while (sub.events.length === 0) {
    if (Date.now() > deadline) throw new Error("the chat subscription was not registered");
    t.pubsub.publish("CHAT_MESSAGE_CHANGED", f.organizationId, { orderId, clientId: f.residentClient, kind: "READ", messageIds: [] });
    await sub.next(1, 100).catch(() => undefined);
  }
  const real = () => sub.events.filter((e) => e.data?.chatMessageChanged?.messages?.length !== 0);
  return {
    get events() {
      return real();
    },
    async next(count = real().length + 1, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (real().length < count) {
        if (Date.now() > until || sub.error || sub.completed) throw new Error(`waited in vain for ${count} chat events (have ${real().length})`);
        await sub.next(sub.events.length + 1, Math.max(1, until - Date.now())).catch(() => undefined);
      }
      return real();
    },
  };
}

describe("chat between staff and the order's resident", () => {
  it("both sides exchange messages live over WebSocket and see the read ticks change", async () => {
    const order = await newOrder(t);
    const [staffSub, residentSub] = await Promise.all([liveChat(dispatcher, order.id), liveChat(resident, order.id)]);

    const sent = await send(dispatcher, order.id, "  Здравствуйте! Мастер придёт завтра 🙂  ");
    expect(sent.errors).toBeUndefined();
    const message = sent.data!.chatMessageSend;
    expect(message).toMatchObject({ text: "Здравствуйте! Мастер придёт завтра 🙂", state: "SENT", mine: true, author: { kind: "EMPLOYEE" } });

    const [residentAdded] = await residentSub.next(1);
    expect(residentAdded!.data!.chatMessageChanged).toMatchObject({ kind: "ADDED", orderId: order.id, messages: [{ id: message.id, state: "SENT", mine: false }] });
    // Residents see the employee's first name only.
    const staffName = (await t.graphql(`{ me { employee { fullName } } }`, {}, { token: dispatcher })).data!.me.employee.fullName as string;
    expect(residentAdded!.data!.chatMessageChanged.messages[0].author.name).not.toBe(staffName);
    expect(staffName).toContain(residentAdded!.data!.chatMessageChanged.messages[0].author.name);
    await staffSub.next(1);

    expect((await thread(resident, order.id)).chatUnreadCount).toBe(1);
    expect((await thread(dispatcher, order.id)).chatUnreadCount).toBe(0);

    // The resident opens the chat: two ticks reach staff live.
    const read = await markRead(resident, order.id);
    expect(read.data!.chatMarkRead.chatUnreadCount).toBe(0);
    const staffEvents = await staffSub.next(2);
    expect(staffEvents[1]!.data!.chatMessageChanged).toMatchObject({ kind: "READ", messages: [{ id: message.id, state: "READ", mine: true }] });

    // The resident answers; another employee reads it, which counts for all staff.
    const reply = await send(resident, order.id, "Спасибо, буду дома");
    expect(reply.data!.chatMessageSend).toMatchObject({ mine: true, state: "SENT", author: { kind: "RESIDENT", name: "Соколова Ольга Игоревна" } });
    const [, added] = await staffSub.next(3).then((events) => [events[1], events[2]]);
    expect(added!.data!.chatMessageChanged).toMatchObject({ kind: "ADDED", messages: [{ text: "Спасибо, буду дома", mine: false }] });
    expect((await thread(dispatcher, order.id)).chatUnreadCount).toBe(1);
    expect((await thread(colleague, order.id)).chatUnreadCount).toBe(1);
    expect((await markRead(colleague, order.id)).data!.chatMarkRead.chatUnreadCount).toBe(0);
    expect((await thread(dispatcher, order.id)).chatUnreadCount).toBe(0);
    const residentEvents = await residentSub.next(4);
    expect(residentEvents[3]!.data!.chatMessageChanged).toMatchObject({ kind: "READ", messages: [{ text: "Спасибо, буду дома", state: "READ", mine: true }] });

    // Oldest first, the same thread for both sides.
    const staffView = await thread(dispatcher, order.id);
    expect(staffView.chatMessages.map((m) => [m.text, m.state])).toEqual([
      ["Здравствуйте! Мастер придёт завтра 🙂", "READ"],
      ["Спасибо, буду дома", "READ"],
    ]);
    expect(staffView.chatMessages[0].author.name).toBe(staffName);
  });

  it("marks read only up to a given message", async () => {
    const order = await newOrder(t);
    const first = (await send(resident, order.id, "Один")).data!.chatMessageSend;
    await send(resident, order.id, "Два");
    expect((await markRead(dispatcher, order.id, first.id)).data!.chatMarkRead.chatUnreadCount).toBe(1);
    const other = await newOrder(t);
    const foreign = (await send(resident, other.id, "Другая заявка")).data!.chatMessageSend;
    expect(reasonOf(await markRead(dispatcher, order.id, foreign.id))).toBe("MESSAGE_NOT_FOUND");
  });

  it("refuses empty and too long messages, and orders without a client", async () => {
    const order = await newOrder(t);
    expect(reasonOf(await send(dispatcher, order.id, "   "))).toBe("REQUIRED");
    expect(reasonOf(await send(dispatcher, order.id, "я".repeat(4001)))).toBe("TOO_LONG");
    expect((await send(dispatcher, order.id, "я".repeat(4000))).errors).toBeUndefined();
    const anonymous = await newOrder(t, { clientId: null });
    const refused = await send(dispatcher, anonymous.id, "Кому?");
    expect(codeOf(refused)).toBe("BAD_USER_INPUT");
    expect(reasonOf(refused)).toBe("ORDER_HAS_NO_CLIENT");
    const count = await t.database.sql`select count(*)::int as n from chat_messages where order_id = ${anonymous.id}`;
    expect(count[0]!.n).toBe(0);
  });
});

describe("editing and deleting", () => {
  it("only the author, and only within one hour of sending (injectable clock)", async () => {
    const order = await newOrder(t);
    const message = (await send(dispatcher, order.id, "Мастер придёт в 10")).data!.chatMessageSend;
    const residentMessage = (await send(resident, order.id, "Хорошо")).data!.chatMessageSend;

    const notAuthor = await edit(colleague, message.id, "Чужая правка");
    expect(codeOf(notAuthor)).toBe("FORBIDDEN");
    expect(reasonOf(notAuthor)).toBe("NOT_AUTHOR");
    expect(codeOf(await remove(colleague, message.id))).toBe("FORBIDDEN");
    expect(codeOf(await edit(resident, message.id, "Житель правит сотрудника"))).toBe("FORBIDDEN");
    expect(codeOf(await edit(dispatcher, residentMessage.id, "Сотрудник правит жителя"))).toBe("FORBIDDEN");

    t.clock.advance(59 * 60_000);
    const edited = await edit(dispatcher, message.id, "Мастер придёт в 11");
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.chatMessageEdit).toMatchObject({ text: "Мастер придёт в 11" });
    expect(edited.data!.chatMessageEdit.editedAt).not.toBeNull();
    expect((await edit(resident, residentMessage.id, "Хорошо, жду")).errors).toBeUndefined();

    t.clock.advance(2 * 60_000);
    for (const result of [
      await edit(dispatcher, message.id, "Слишком поздно"),
      await remove(dispatcher, message.id),
      await edit(resident, residentMessage.id, "Слишком поздно"),
      await remove(resident, residentMessage.id),
    ]) {
      expect(codeOf(result)).toBe("FORBIDDEN");
      expect(reasonOf(result)).toBe("EDIT_WINDOW_CLOSED");
    }
    const rows = await t.database.sql`select text, deleted_at from chat_messages where order_id = ${order.id} order by created_at`;
    expect(rows.map((r) => [r.text, r.deleted_at])).toEqual([
      ["Мастер придёт в 11", null],
      ["Хорошо, жду", null],
    ]);
  });

  it("a deletion leaves a tombstone without text or file, live for the other side", async () => {
    const order = await newOrder(t);
    const residentSub = await liveChat(resident, order.id);
    const file = await upload(t, { token: dispatcher, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "схема.png", body: PNG_1x1 });
    expect(file.status).toBe(201);
    const message = (await send(dispatcher, order.id, "Схема подключения", file.body.id)).data!.chatMessageSend;
    expect(message.file).toEqual({ id: file.body.id, fileName: "схема.png" });

    const deleted = await remove(dispatcher, message.id);
    expect(deleted.data!.chatMessageDelete).toMatchObject({ deleted: true, text: null, file: null, editableUntil: null });
    const events = await residentSub.next(2);
    expect(events[1]!.data!.chatMessageChanged).toMatchObject({ kind: "DELETED", messages: [{ id: message.id, deleted: true, text: null }] });
    expect((await thread(resident, order.id)).chatMessages).toMatchObject([{ id: message.id, deleted: true, text: null, file: null }]);
    // The file went with the message.
    const files = await t.database.sql`select count(*)::int as n from stored_files where id = ${file.body.id}`;
    expect(files[0]!.n).toBe(0);
    expect(codeOf(await edit(dispatcher, message.id, "Воскрешение"))).toBe("CONFLICT");
  });
});

describe("attachments", () => {
  it("one file per message: a file once sent cannot be attached again, and only uploads for this order's chat", async () => {
    const order = await newOrder(t);
    const other = await newOrder(t);
    const file = await upload(t, { token: resident, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "фото.png", body: PNG_1x1 });
    expect(file.status).toBe(201);
    const onlyFile = await send(resident, order.id, null, file.body.id);
    expect(onlyFile.data!.chatMessageSend).toMatchObject({ text: "", file: { fileName: "фото.png" } });
    expect(reasonOf(await send(resident, order.id, "Ещё раз", file.body.id))).toBe("FILE_ALREADY_USED");

    const forOther = await upload(t, { token: dispatcher, purpose: "CHAT_ATTACHMENT", orderId: other.id, body: PNG_1x1 });
    expect(reasonOf(await send(dispatcher, order.id, "Не та заявка", forOther.body.id))).toBe("FILE_NOT_FOUND");
    // Somebody else's upload cannot be sent either.
    expect(reasonOf(await send(colleague, other.id, "Чужой файл", forOther.body.id))).toBe("FILE_NOT_FOUND");

    // The schema takes one file id, not a list.
    const list = await t.graphql(`mutation ($o: ID!, $f: [ID!]) { chatMessageSend(orderId: $o, fileId: $f) { id } }`, { o: order.id, f: [forOther.body.id, file.body.id] }, { token: dispatcher });
    expect(list.errors?.length).toBeGreaterThan(0);
    const count = await t.database.sql`select count(*)::int as n from chat_messages where order_id in (${order.id}, ${other.id})`;
    expect(count[0]!.n).toBe(1);
  });
});

describe("the subscription source", () => {
  it("passes only kept events, and an unsubscribe releases the pub/sub subscription at once", async () => {
    const pubsub = createPubSub(undefined, createLogger("silent"), "chat-filter");
    const source = pubsub.subscribe("CHAT_MESSAGE_CHANGED", "org") as AsyncIterable<{ orderId: string }>;
    const events = filtered(source, async (e) => e.orderId === "mine");
    const first = events.next();
    await settle(20);
    pubsub.publish("CHAT_MESSAGE_CHANGED", "org", { orderId: "other", clientId: null, kind: "ADDED", messageIds: [] });
    pubsub.publish("CHAT_MESSAGE_CHANGED", "org", { orderId: "mine", clientId: null, kind: "ADDED", messageIds: [] });
    expect((await first).value).toMatchObject({ orderId: "mine" });
    // Waiting for an event that never comes: return() must end it now, not at the next event.
    const pending = events.next();
    await events.return!();
    expect(await Promise.race([pending.then((r) => r.done), sleep(500).then(() => "still waiting")])).toBe(true);
    await pubsub.close();
  });
});

describe("who may read and write", () => {
  it("residents reach only their own orders' chats and no staff-only fields", async () => {
    const order = await newOrder(t);
    const message = (await send(dispatcher, order.id, "Только для Соколовой")).data!.chatMessageSend;
    const readOther = await t.graphql(`query ($id: ID!) { order(id: $id) { chatMessages { id } } }`, { id: order.id }, { token: otherResident });
    expect(codeOf(readOther)).toBe("NOT_FOUND");
    expect(codeOf(await send(otherResident, order.id, "Чужая заявка"))).toBe("NOT_FOUND");
    expect(codeOf(await markRead(otherResident, order.id))).toBe("NOT_FOUND");
    expect(codeOf(await edit(otherResident, message.id, "Чужое"))).toBe("NOT_FOUND");
    const sub = subscribe(t.ws(otherResident), CHANGES, { orderId: order.id });
    await sub.next(1, 3000);
    expect(refusal(sub)).toBe("NOT_FOUND");

    const staffOnly = await t.graphql(`query ($id: ID!) { order(id: $id) { chatMessages { author { employee { id } } } } }`, { id: order.id }, { token: resident });
    expect(codeOf(staffOnly)).toBe("FORBIDDEN");
    const scheduled = await t.graphql(`query ($id: ID!) { order(id: $id) { scheduledMessages { id } } }`, { id: order.id }, { token: resident });
    expect(codeOf(scheduled)).toBe("FORBIDDEN");
    const create = await t.graphql(
      `mutation ($o: ID!, $at: DateTimeISO!) { scheduledMessageCreate(orderId: $o, text: "x", sendAt: $at) { id } }`,
      { o: order.id, at: new Date(t.clock.now().getTime() + 3600_000).toISOString() },
      { token: resident },
    );
    expect(codeOf(create)).toBe("FORBIDDEN");
    expect(codeOf(await t.graphql(`{ replyTemplates { id } }`, {}, { token: resident }))).toBe("FORBIDDEN");
  });

  it("executors reach only the orders they execute", async () => {
    const order = await newOrder(t);
    const plumber = await t.login("plumber@domovoy.example");
    expect(codeOf(await send(plumber, order.id, "Я не исполнитель"))).toBe("NOT_FOUND");
    const sub = subscribe(t.ws(plumber), CHANGES, { orderId: order.id });
    await sub.next(1, 3000);
    expect(refusal(sub)).toBe("NOT_FOUND");
  });
});

const SCHEDULED = `id text sendAt author { id } file { id }`;
const schedule = (token: string, orderId: string, text: string, sendAt: Date, fileId: string | null = null) =>
  t.graphql(
    `mutation ($o: ID!, $text: String, $f: ID, $at: DateTimeISO!) { scheduledMessageCreate(orderId: $o, text: $text, fileId: $f, sendAt: $at) { ${SCHEDULED} } }`,
    { o: orderId, text, f: fileId, at: sendAt.toISOString() },
    { token },
  );
const inMinutes = (minutes: number) => new Date(t.clock.now().getTime() + minutes * 60_000);
const scheduledOf = async (orderId: string) =>
  (await t.graphql(`query ($id: ID!) { order(id: $id) { scheduledMessages { ${SCHEDULED} } } }`, { id: orderId }, { token: dispatcher })).data!.order.scheduledMessages as any[];
const deliveredOf = (scheduledId: string) => t.database.sql`select count(*)::int as n from chat_messages where scheduled_message_id = ${scheduledId}`.then((r) => r[0]!.n as number);

describe("scheduled messages", () => {
  it("are listed until delivered by the job queue, live, as their author", async () => {
    const order = await newOrder(t);
    expect(reasonOf(await schedule(dispatcher, order.id, "В прошлом", inMinutes(-1)))).toBe("SEND_AT_IN_PAST");
    const later = (await schedule(dispatcher, order.id, "Через час", inMinutes(60))).data!.scheduledMessageCreate;
    const sooner = (await schedule(dispatcher, order.id, "Через 10 минут", inMinutes(10))).data!.scheduledMessageCreate;
    expect((await scheduledOf(order.id)).map((s) => s.text)).toEqual(["Через 10 минут", "Через час"]);

    const residentSub = await liveChat(resident, order.id);
    await t.app.jobs.runDue();
    expect(await deliveredOf(sooner.id)).toBe(0);
    t.clock.advance(11 * 60_000);
    await t.app.jobs.runDue();
    const [event] = await residentSub.next(1);
    expect(event!.data!.chatMessageChanged).toMatchObject({ kind: "ADDED", messages: [{ text: "Через 10 минут", mine: false, author: { kind: "EMPLOYEE" } }] });
    expect(await deliveredOf(sooner.id)).toBe(1);
    expect((await scheduledOf(order.id)).map((s) => s.id)).toEqual([later.id]);
    const delivered = (await thread(dispatcher, order.id)).chatMessages[0];
    expect(delivered).toMatchObject({ text: "Через 10 минут", mine: true });
    // Another run delivers nothing again.
    await t.app.jobs.runDue();
    expect(await deliveredOf(sooner.id)).toBe(1);
    t.clock.advance(60 * 60_000);
    await t.app.jobs.runDue();
  });

  it("reschedule moves the delivery; a deleted one is never delivered; send-now delivers once even if the job fires later", async () => {
    const order = await newOrder(t);
    const moved = (await schedule(dispatcher, order.id, "Перенесённое", inMinutes(5))).data!.scheduledMessageCreate;
    const removed = (await schedule(dispatcher, order.id, "Удалённое", inMinutes(5))).data!.scheduledMessageCreate;
    const now = (await schedule(dispatcher, order.id, "Сразу", inMinutes(5))).data!.scheduledMessageCreate;

    const rescheduled = await t.graphql(`mutation ($id: ID!, $at: DateTimeISO!) { scheduledMessageReschedule(id: $id, sendAt: $at) { id sendAt } }`, { id: moved.id, at: inMinutes(30).toISOString() }, { token: colleague });
    expect(rescheduled.errors).toBeUndefined();
    expect(reasonOf(await t.graphql(`mutation ($id: ID!, $at: DateTimeISO!) { scheduledMessageReschedule(id: $id, sendAt: $at) { id } }`, { id: moved.id, at: inMinutes(-5).toISOString() }, { token: dispatcher }))).toBe("SEND_AT_IN_PAST");
    expect((await t.graphql(`mutation ($id: ID!) { scheduledMessageDelete(id: $id) }`, { id: removed.id }, { token: dispatcher })).data!.scheduledMessageDelete).toBe(true);
    const sentNow = await t.graphql(`mutation ($id: ID!) { scheduledMessageSendNow(id: $id) { id text author { kind } } }`, { id: now.id }, { token: colleague });
    expect(sentNow.data!.scheduledMessageSendNow).toMatchObject({ text: "Сразу", author: { kind: "EMPLOYEE" } });
    expect(codeOf(await t.graphql(`mutation ($id: ID!) { scheduledMessageSendNow(id: $id) { id } }`, { id: now.id }, { token: dispatcher }))).toBe("CONFLICT");
    // Sent by a colleague, still authored by whoever scheduled it.
    const author = await t.database.sql`select e.email from chat_messages m join employees e on e.id = m.author_employee_id where m.scheduled_message_id = ${now.id}`;
    expect(author[0]!.email).toBe("dispatcher@domovoy.example");

    // The old time passes: nothing of these three is delivered by the queue.
    t.clock.advance(6 * 60_000);
    await t.app.jobs.runDue();
    expect([await deliveredOf(moved.id), await deliveredOf(removed.id), await deliveredOf(now.id)]).toEqual([0, 0, 1]);
    // A job for the sent message firing anyway (say, a stale copy) changes nothing.
    await t.app.services.chat.deliverScheduled(
      { id: -1, kind: "chat.scheduled-send", organizationId: f.organizationId, payload: { scheduledMessageId: now.id } } as never,
      { signal: new AbortController().signal, complete: async () => {} },
    );
    expect(await deliveredOf(now.id)).toBe(1);

    t.clock.advance(30 * 60_000);
    await t.app.jobs.runDue();
    expect([await deliveredOf(moved.id), await deliveredOf(removed.id), await deliveredOf(now.id)]).toEqual([1, 0, 1]);
    expect(await scheduledOf(order.id)).toEqual([]);
    expect(codeOf(await t.graphql(`mutation ($id: ID!) { scheduledMessageDelete(id: $id) }`, { id: moved.id }, { token: dispatcher }))).toBe("CONFLICT");
  });

  it("a scheduled file is claimed at once; deleting the scheduled message deletes its file", async () => {
    const order = await newOrder(t);
    const file = await upload(t, { token: dispatcher, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "акт.png", body: PNG_1x1 });
    const scheduled = (await schedule(dispatcher, order.id, "", inMinutes(30), file.body.id)).data!.scheduledMessageCreate;
    expect(scheduled.file).toEqual({ id: file.body.id });
    expect(reasonOf(await send(dispatcher, order.id, "Тот же файл", file.body.id))).toBe("FILE_ALREADY_USED");
    expect(reasonOf(await schedule(dispatcher, order.id, "   ", inMinutes(30)))).toBe("REQUIRED");
    expect((await t.graphql(`mutation ($id: ID!) { scheduledMessageDelete(id: $id) }`, { id: scheduled.id }, { token: dispatcher })).errors).toBeUndefined();
    const files = await t.database.sql`select count(*)::int as n from stored_files where id = ${file.body.id}`;
    expect(files[0]!.n).toBe(0);
    const jobs = await t.database.sql`select count(*)::int as n from jobs where dedupe_key = ${`chat.scheduled:${scheduled.id}`}`;
    expect(jobs[0]!.n).toBe(0);
  });

  it("200 messages due within seconds, two API instances, one killed mid-way: each delivered exactly once", { timeout: 120_000 }, async () => {
    const order = await newOrder(t);
    const start = t.clock.now().getTime() + 10 * 60_000;
    const ids: string[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => schedule(dispatcher, order.id, `Запланированное ${batch * 20 + i}`, new Date(start + (batch * 20 + i) * 15))),
      );
      for (const result of results) {
        if (!result.data) throw new Error(JSON.stringify(result.errors));
        ids.push(result.data.scheduledMessageCreate.id);
      }
    }
    const delivered = async () =>
      (await t.database.sql`select count(*)::int as n from chat_messages where order_id = ${order.id} and scheduled_message_id is not null`)[0]!.n as number;

    const a = await t.startInstance({ jobsEnabled: true });
    const b = await t.startInstance({ jobsEnabled: true });
    // Due over the next three seconds.
    t.clock.advance(10 * 60_000);
    const deadline = Date.now() + 20_000;
    while ((await delivered()) < 40 && Date.now() < deadline) await sleep(10);
    // A dies abruptly while delivering: no grace, its connections (and open transactions) cut.
    await a.app.jobs.stop({ graceMs: 0 });
    await a.app.deps.database.sql.end({ timeout: 0 });
    const atKill = await delivered();
    expect(atKill).toBeGreaterThanOrEqual(40);
    expect(atKill).toBeLessThan(200);
    // It died holding claims: those deliveries were cut off mid-way.
    const heldByA = await t.database.sql`select count(*)::int as n from jobs where kind = 'chat.scheduled-send' and locked_by = ${a.app.jobs.workerId}`;
    expect(heldByA[0]!.n).toBeGreaterThan(0);
    // A's claims stay locked until they expire (30 s); the survivor takes them over afterwards.
    await sleep(500);
    t.clock.advance(31_000);

    const finish = Date.now() + 60_000;
    while ((await delivered()) < 200 && Date.now() < finish) await sleep(50);
    const perScheduled = await t.database.sql`
      select s.id, count(m.id)::int as n, s.sent_message_id is not null as sent
      from scheduled_messages s left join chat_messages m on m.scheduled_message_id = s.id
      where s.order_id = ${order.id} group by s.id`;
    expect(perScheduled).toHaveLength(200);
    expect(perScheduled.filter((r) => r.n !== 1 || !r.sent)).toEqual([]);
    expect(new Set(perScheduled.map((r) => r.id))).toEqual(new Set(ids));
    const jobsLeft = await t.database.sql`select * from jobs where kind = 'chat.scheduled-send'`;
    expect(jobsLeft).toEqual([]);
    const workers = await t.database.sql`select count(*)::int as n from chat_messages where order_id = ${order.id}`;
    expect(workers[0]!.n).toBe(200);
    await b.app.jobs.stop();
  });
});

describe("reply templates", () => {
  const create = (token: string, title: string, text: string) =>
    t.graphql(`mutation ($input: ReplyTemplateInput!) { replyTemplateCreate(input: $input) { id title text } }`, { input: { title, text } }, { token });

  it("are managed with SERVICES_MANAGE, refuse unknown placeholders and render for an order", async () => {
    expect(codeOf(await create(dispatcher, "Приветствие", "Здравствуйте"))).toBe("FORBIDDEN");
    expect(reasonOf(await create(admin, "Опечатка", "Здравствуйте, {clint_name}"))).toBe("UNKNOWN_PLACEHOLDER");
    expect(reasonOf(await create(admin, "  ", "Текст"))).toBe("REQUIRED");
    const created = await create(admin, "Приветствие", "Здравствуйте, {client_first_name}! Заявка №{order_number} ({service_name}) принята. {employee_first_name}");
    expect(created.errors).toBeUndefined();
    const id = created.data!.replyTemplateCreate.id;

    const order = await newOrder(t);
    const listed = await t.graphql(`query ($o: ID!) { replyTemplates { id title rendered(orderId: $o) } }`, { o: order.id }, { token: dispatcher });
    const staffName = (await t.graphql(`{ me { employee { fullName } } }`, {}, { token: dispatcher })).data!.me.employee.fullName as string;
    expect(listed.data!.replyTemplates).toContainEqual({
      id,
      title: "Приветствие",
      rendered: `Здравствуйте, Ольга! Заявка №${order.number} (Засор канализации) принята. ${staffName.split(" ")[1]}`,
    });
    const plumber = await t.login("plumber@domovoy.example");
    expect(codeOf(await t.graphql(`query ($o: ID!) { replyTemplates { rendered(orderId: $o) } }`, { o: order.id }, { token: plumber }))).toBe("NOT_FOUND");

    const updated = await t.graphql(`mutation ($id: ID!) { replyTemplateUpdate(id: $id, input: { title: "Привет" }) { title text } }`, { id }, { token: admin });
    expect(updated.data!.replyTemplateUpdate.title).toBe("Привет");
    expect(codeOf(await t.graphql(`mutation ($id: ID!) { replyTemplateUpdate(id: $id, input: { title: "x" }) { id } }`, { id }, { token: dispatcher }))).toBe("FORBIDDEN");
    expect((await t.graphql(`mutation ($id: ID!) { replyTemplateDelete(id: $id) }`, { id }, { token: admin })).data!.replyTemplateDelete).toBe(true);
    expect(codeOf(await t.graphql(`mutation ($id: ID!) { replyTemplateDelete(id: $id) }`, { id }, { token: admin }))).toBe("NOT_FOUND");
  });
});
