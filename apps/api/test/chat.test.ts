import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filtered } from "../src/shared/filtered.js";
import { createPubSub } from "../src/pubsub.js";
import { createLogger } from "../src/shared/logger.js";
import { chatHelpers, codeOf, reasonOf, refusal, CHANGES, RESIDENT_CHANGES } from "./support/chat.js";
import { newOrder } from "./support/factories.js";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { PNG_1x1, upload } from "./support/uploads.js";

/**
 * The order chat between staff and the order's resident through the real server: live messages,
 * read ticks, editing and deleting, attachments, and who may read and write.
 */
let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let colleague: string;
let resident: string;
let otherResident: string;

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
  colleague = await t.login("dispatcher2@domovoy.example");
  resident = await t.residentLogin("+79160000001");
  otherResident = await t.residentLogin("+79160000002");
});
afterAll(() => t?.close());

const { send, edit, remove, markRead, thread, liveChat } = chatHelpers(() => t, () => f);

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
    const anonymous = await newOrder(t, { clientId: null, withoutClient: true });
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
    const readOther = await t.graphql(`query ($id: ID!) { residentOrder(id: $id) { chatMessages { id } } }`, { id: order.id }, { token: otherResident });
    expect(codeOf(readOther)).toBe("NOT_FOUND");
    expect(codeOf(await send(otherResident, order.id, "Чужая заявка"))).toBe("NOT_FOUND");
    expect(codeOf(await markRead(otherResident, order.id))).toBe("NOT_FOUND");
    expect(codeOf(await edit(otherResident, message.id, "Чужое"))).toBe("NOT_FOUND");
    const sub = subscribe(t.ws(otherResident), RESIDENT_CHANGES, { orderId: order.id });
    await sub.next(1, 3000);
    expect(refusal(sub)).toBe("NOT_FOUND");

    // The resident's messages have no employee field at all, and the staff chat fields refuse them.
    const staffOnly = await t.graphql(`query ($id: ID!) { residentOrder(id: $id) { chatMessages { author { employee { id } } } } }`, { id: order.id }, { token: resident });
    expect(codeOf(staffOnly)).toBe("GRAPHQL_VALIDATION_FAILED");
    const staffSend = await t.graphql(`mutation ($id: ID!) { chatMessageSend(orderId: $id, text: "x") { author { employee { email } } } }`, { id: order.id }, { token: resident });
    expect(codeOf(staffSend)).toBe("FORBIDDEN");
    const staffSub = subscribe(t.ws(resident), CHANGES, { orderId: order.id });
    await staffSub.next(1, 3000).catch(() => undefined);
    expect(refusal(staffSub)).toBe("FORBIDDEN");
    // Scheduled messages are not a field of the resident's order at all.
    const scheduled = await t.graphql(`query ($id: ID!) { residentOrder(id: $id) { scheduledMessages { id } } }`, { id: order.id }, { token: resident });
    expect(codeOf(scheduled)).toBe("GRAPHQL_VALIDATION_FAILED");
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
