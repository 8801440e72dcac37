import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatHelpers, codeOf, reasonOf } from "./support/chat.js";
import { newOrder } from "./support/factories.js";
import { startTestServer, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { PNG_1x1, upload } from "./support/uploads.js";

/**
 * Scheduled chat messages delivered by the job queue (also across two API instances, one killed)
 * and reply templates.
 */
let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let colleague: string;
let admin: string;
let resident: string;

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
  colleague = await t.login("dispatcher2@domovoy.example");
  admin = await t.login("admin@domovoy.example");
  resident = await t.residentLogin("+79160000001");
});
afterAll(() => t?.close());

const { send, thread, liveChat } = chatHelpers(() => t, () => f);

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
    await t.app.services.chat.deliverScheduled(f.organizationId, now.id, { signal: new AbortController().signal, complete: async () => {} });
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
    const claimedByA = async () =>
      (await t.database.sql`select count(*)::int as n from jobs where kind = 'chat.scheduled-send' and locked_by = ${a.app.jobs.workerId}`)[0]!.n as number;
    // Kill A once delivery is under way and while it holds claims (between its batches it holds none).
    while (((await delivered()) < 40 || (await claimedByA()) === 0) && Date.now() < deadline) await sleep(5);
    // A dies abruptly while delivering: no grace, its connections (and open transactions) cut.
    await a.app.jobs.stop({ graceMs: 0 });
    await a.app.deps.database.sql.end({ timeout: 0 });
    const atKill = await delivered();
    expect(atKill).toBeGreaterThanOrEqual(40);
    expect(atKill).toBeLessThan(200);
    // It died holding claims: those deliveries were cut off mid-way.
    expect(await claimedByA()).toBeGreaterThan(0);
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
