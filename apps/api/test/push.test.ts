import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { newOrder } from "./support/factories.js";
import { startTestServer, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { deliverPushes, startPushEndpoint, type TestDevice } from "./support/push-endpoint.js";

let t: TestServer;
let f: OrderFixtures;
let push: Awaited<ReturnType<typeof startPushEndpoint>>;
let dispatcher: string;
let executor: string;
let resident: string;
let foreignAdmin: string;
let publicKey: string;

const PUSH_TIMEOUT_MS = 400;

beforeAll(async () => {
  t = await startTestServer({ config: { push: { ...loadConfig({ NODE_ENV: "test" }).push, timeoutMs: PUSH_TIMEOUT_MS } } });
  f = await orderFixtures(t);
  push = await startPushEndpoint();
  dispatcher = await t.login("dispatcher@domovoy.example");
  executor = await t.login("plumber@domovoy.example");
  foreignAdmin = await t.login("admin@severny.example");
  resident = await t.residentLogin("+79160000001");
  publicKey = (await ok(t.graphql(`{ pushPublicKey }`, {}, { token: executor }))).pushPublicKey;
  push.expectKey(publicKey);
});
afterAll(async () => {
  await t?.close();
  await push?.close();
});
afterEach(async () => {
  // Each test starts with no devices registered and nothing in flight.
  await t.app.jobs.runDue();
  await t.database.sql`delete from jobs where kind in ('push.send', 'push.cleanup')`;
  await t.database.sql`delete from push_subscriptions`;
});

async function ok(promise: Promise<{ data?: Record<string, any> | null; errors?: unknown }>): Promise<Record<string, any>> {
  const result = await promise;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

const REGISTER = `mutation ($input: PushSubscriptionInput!) { pushSubscriptionRegister(input: $input) { id endpoint userAgent locale createdAt lastSuccessAt } }`;
const RESIDENT_REGISTER = `mutation ($input: PushSubscriptionInput!) { residentPushSubscriptionRegister(input: $input) { id endpoint createdAt } }`;

async function register(token: string, device: { endpoint: string; p256dh: string; auth: string }, userAgent = "Test phone", locale?: string) {
  const me = await ok(t.graphql(`{ me { kind } }`, {}, { token }));
  const [document, field] = me.me.kind === "RESIDENT" ? [RESIDENT_REGISTER, "residentPushSubscriptionRegister"] : [REGISTER, "pushSubscriptionRegister"];
  const input = { endpoint: device.endpoint, p256dh: device.p256dh, auth: device.auth, userAgent, ...(locale ? { locale } : {}) };
  return (await ok(t.graphql(document, { input }, { token })))[field];
}

async function manage(orderId: string, input: Record<string, unknown>, token = dispatcher) {
  const [row] = await t.database.sql`select version from orders where id = ${orderId}`;
  return ok(t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id status version } }`, { input: { id: orderId, version: row!.version, ...input } }, { token }));
}

const kindsOf = (device: TestDevice) => push.accepted(device).map((r) => r.payload!.kind);

describe("registering a device", () => {
  it("the public key is the installation's own VAPID key: made once, kept in the database, the same on every instance", async () => {
    expect(Buffer.from(publicKey, "base64url")).toHaveLength(65);
    const [stored] = await t.database.sql`select public_key from push_vapid_keys`;
    expect(stored!.public_key).toBe(publicKey);
    const second = await t.startInstance();
    const other = await ok(
      fetch(`${second.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${resident}` },
        body: JSON.stringify({ query: `{ pushPublicKey }` }),
      }).then((r) => r.json()),
    );
    expect(other.pushPublicKey).toBe(publicKey);
    await second.close();
  });

  it("stores one row per endpoint and organization: registering again updates it, another person signing in on that browser takes it over", async () => {
    const device = push.device();
    const first = await register(executor, device, "Android phone");
    expect(first).toMatchObject({ endpoint: device.endpoint, userAgent: "Android phone", lastSuccessAt: null });
    const again = await register(executor, device, "Android phone, updated");
    expect(again.id).toBe(first.id);
    const rows = await t.database.sql`select employee_id, client_id, recipient_kind, user_agent from push_subscriptions where endpoint = ${device.endpoint}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ employee_id: f.plumber, client_id: null, recipient_kind: "EMPLOYEE", user_agent: "Android phone, updated" });

    // The dispatcher signs in on the same browser: the subscription is now theirs, still one row.
    await register(dispatcher, device);
    const moved = await t.database.sql`select employee_id from push_subscriptions where endpoint = ${device.endpoint}`;
    expect(moved.map((r) => r.employee_id)).toEqual([(await t.database.sql`select id from employees where email = 'dispatcher@domovoy.example'`)[0]!.id]);

    // Another organization's employee with the same endpoint gets a row of their own organization; neither sees the other's.
    await register(foreignAdmin, device);
    const orgs = await t.database.sql`select count(distinct organization_id)::int as n, count(*)::int as rows from push_subscriptions where endpoint = ${device.endpoint}`;
    expect(orgs[0]).toMatchObject({ n: 2, rows: 2 });

    // Unregistering is the owner's own: the executor no longer owns it, the dispatcher does.
    const unregister = `mutation ($endpoint: String!) { pushSubscriptionUnregister(endpoint: $endpoint) }`;
    expect((await ok(t.graphql(unregister, { endpoint: device.endpoint }, { token: executor }))).pushSubscriptionUnregister).toBe(false);
    expect((await ok(t.graphql(unregister, { endpoint: device.endpoint }, { token: dispatcher }))).pushSubscriptionUnregister).toBe(true);
    const left = await t.database.sql`select organization_id from push_subscriptions where endpoint = ${device.endpoint}`;
    expect(left).toHaveLength(1);
    expect(left[0]!.organization_id).not.toBe(f.organizationId);
  });

  it("a resident registers through their own mutation and type, and unregisters only their own device", async () => {
    const device = push.device();
    const registered = await register(resident, device);
    expect(Object.keys(registered).sort()).toEqual(["createdAt", "endpoint", "id"]);
    const [row] = await t.database.sql`select client_id, employee_id, recipient_kind from push_subscriptions where id = ${registered.id}`;
    expect(row).toMatchObject({ client_id: f.residentClient, employee_id: null, recipient_kind: "RESIDENT" });
    // The staff type has fields a resident's never shows.
    const staffType = await ok(t.graphql(`{ __type(name: "ResidentPushSubscription") { fields { name } } }`, {}, { token: dispatcher }));
    expect(staffType.__type.fields.map((x: { name: string }) => x.name).sort()).toEqual(["createdAt", "endpoint", "id"]);
    const unregister = `mutation ($endpoint: String!) { residentPushSubscriptionUnregister(endpoint: $endpoint) }`;
    const other = await t.residentLogin("+79160000002");
    expect((await ok(t.graphql(unregister, { endpoint: device.endpoint }, { token: other }))).residentPushSubscriptionUnregister).toBe(false);
    expect((await ok(t.graphql(unregister, { endpoint: device.endpoint }, { token: resident }))).residentPushSubscriptionUnregister).toBe(true);
    expect(await t.database.sql`select 1 from push_subscriptions where endpoint = ${device.endpoint}`).toHaveLength(0);
  });

  it("keeps at most ten devices per person: an eleventh forgets the oldest", async () => {
    const devices = Array.from({ length: 11 }, () => push.device());
    for (const device of devices) {
      await register(executor, device);
      t.clock.advance(1000);
    }
    const rows = await t.database.sql`select endpoint from push_subscriptions where employee_id = ${f.plumber}`;
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.endpoint)).not.toContain(devices[0]!.endpoint);
  });

  it.each([
    ["a malformed endpoint", { endpoint: "not a url" }, "ENDPOINT_INVALID", "input.endpoint"],
    ["plain http to another host", { endpoint: "http://push.example.com/abc" }, "ENDPOINT_INSECURE", "input.endpoint"],
    ["a non-web scheme", { endpoint: "file:///etc/passwd" }, "ENDPOINT_INSECURE", "input.endpoint"],
    ["an over-long endpoint", { endpoint: `https://push.example.com/${"a".repeat(3000)}` }, "ENDPOINT_TOO_LONG", "input.endpoint"],
    ["a huge p256dh key", { p256dh: "B".repeat(5_000) }, "KEY_INVALID", "input.p256dh"],
    ["a p256dh key that is not a point of P-256", { p256dh: `B${"A".repeat(86)}` }, "KEY_INVALID", "input.p256dh"],
    ["a huge auth secret", { auth: "A".repeat(5_000) }, "KEY_INVALID", "input.auth"],
    ["an auth secret of the wrong size", { auth: "AAAA" }, "KEY_INVALID", "input.auth"],
    ["an over-long user agent", { userAgent: "x".repeat(600) }, "USER_AGENT_TOO_LONG", "input.userAgent"],
    // Past 10,000 characters the API's argument guard refuses any string before the rule runs.
    ["a megabyte of key", { p256dh: "B".repeat(1_000_000) }, "TOO_LONG", "input.p256dh"],
  ])("refuses %s with BAD_USER_INPUT, storing nothing", async (_name, change, reason, field) => {
    const device = push.device();
    const input = { endpoint: device.endpoint, p256dh: device.p256dh, auth: device.auth, userAgent: "Test", ...change };
    for (const [document, token] of [
      [REGISTER, executor],
      [RESIDENT_REGISTER, resident],
    ] as const) {
      const result = await t.graphql(document, { input }, { token });
      expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({ code: "BAD_USER_INPUT", reason, field });
    }
    expect((await t.database.sql`select count(*)::int as n from push_subscriptions`)[0]!.n).toBe(0);
  });
});

describe("delivery from the outbox", () => {
  it("each device's pushes are written in the locale its app registered with: an English phone gets English, a Russian one Russian", async () => {
    const english = push.device();
    const russian = push.device();
    const residentEnglish = push.device();
    await register(executor, english, "English phone", "en");
    await register(executor, russian, "Russian phone");
    await register(resident, residentEnglish, "Resident phone", "en");
    expect((await t.database.sql`select locale from push_subscriptions where endpoint = ${english.endpoint}`)[0]!.locale).toBe("en");

    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber], status: "IN_PROGRESS" });
    await deliverPushes(t);

    expect(push.accepted(english).map((r) => r.payload)).toEqual([
      { kind: "ASSIGNED", title: `Request No. ${order.number} was assigned to you`, body: expect.stringContaining("Засор канализации"), url: `/m/orders/${order.number}`, tag: expect.any(String) },
    ]);
    expect(push.accepted(english)[0]!.payload!.body).toMatch(/, flat \S+$/);
    expect(push.accepted(russian).map((r) => r.payload!.title)).toEqual([`Вам назначена заявка № ${order.number}`]);
    expect(push.accepted(residentEnglish).map((r) => r.payload)).toEqual([
      expect.objectContaining({ kind: "STATUS_CHANGED", title: `Request No. ${order.number}`, body: "Status changed: In progress", url: `/r/orders/${order.number}` }),
    ]);

    // Registering again from the app switched to Russian: the next push is Russian.
    await register(resident, residentEnglish, "Resident phone", "ru");
    await manage(order.id, { status: "PAUSED", statusComment: "Ждём запчасть", resumeBy: new Date(Date.now() + 86_400_000).toISOString() });
    await deliverPushes(t);
    expect(push.accepted(residentEnglish).at(-1)!.payload).toMatchObject({ title: `Заявка № ${order.number}`, body: "Статус изменён: Приостановлено" });

    // A locale the apps do not have is refused, typed.
    const refused = await t.graphql(REGISTER, { input: { endpoint: push.device().endpoint, p256dh: english.p256dh, auth: english.auth, locale: "de" } }, { token: executor });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LOCALE_INVALID", field: "input.locale" });
  });

  it("each pushed notification reaches each of its recipient's devices exactly once, encrypted for it, with a deep link to the card", async () => {
    const phone = push.device();
    const tablet = push.device();
    const residentPhone = push.device();
    await register(executor, phone);
    await register(executor, tablet);
    await register(resident, residentPhone);

    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber], status: "IN_PROGRESS" });
    await deliverPushes(t);

    for (const device of [phone, tablet]) {
      expect(push.accepted(device).map((r) => r.payload)).toEqual([
        { kind: "ASSIGNED", title: `Вам назначена заявка № ${order.number}`, body: expect.stringContaining("Засор канализации"), url: `/m/orders/${order.number}`, tag: expect.any(String) },
      ]);
    }
    const [status] = push.accepted(residentPhone);
    expect(status!.payload).toMatchObject({ kind: "STATUS_CHANGED", title: `Заявка № ${order.number}`, body: "Статус изменён: В работе", url: `/r/orders/${order.number}` });
    const [notification] = await t.database.sql`select id from notifications where order_id = ${order.id} and client_id is not null and kind = 'STATUS_CHANGED'`;
    expect(status!.payload!.tag).toBe(notification!.id);
    expect(status!.topic).toBe(String(notification!.id).replaceAll("-", ""));
    expect(Number(status!.ttl)).toBeGreaterThan(0);

    // The resident writes in the chat; staff answer; an important comment; the order is done.
    await ok(t.graphql(`mutation ($orderId: ID!) { residentChatMessageSend(orderId: $orderId, text: "Когда придёте?") { id } }`, { orderId: order.id }, { token: resident }));
    await ok(t.graphql(`mutation ($orderId: ID!) { chatMessageSend(orderId: $orderId, text: "Через час") { id } }`, { orderId: order.id }, { token: dispatcher }));
    await ok(t.graphql(`mutation ($input: OrderCommentCreateInput!) { orderCommentCreate(input: $input) { id } }`, { input: { orderId: order.id, text: "Ключи у консьержа", important: true } }, { token: dispatcher }));
    await ok(t.graphql(`mutation ($input: OrderCommentCreateInput!) { orderCommentCreate(input: $input) { id } }`, { input: { orderId: order.id, text: "Обычный", important: false } }, { token: dispatcher }));
    await manage(order.id, { status: "DONE" }, executor);
    await deliverPushes(t);

    // Each kind once per device; the order may differ when a send was retried.
    for (const device of [phone, tablet]) expect(kindsOf(device).sort()).toEqual(["ASSIGNED", "CHAT_MESSAGE", "IMPORTANT_COMMENT"]);
    expect(push.accepted(phone).find((r) => r.payload!.kind === "IMPORTANT_COMMENT")!.payload).toMatchObject({ title: `Важный комментарий · № ${order.number}`, url: `/m/orders/${order.number}` });
    // The resident hears of staff's message and of the status changes, never of comments; the executor's own DONE
    // asks them to rate.
    expect(kindsOf(residentPhone).sort()).toEqual(["CHAT_MESSAGE", "RATE_REQUEST", "STATUS_CHANGED"]);
    expect(push.received.filter((r) => r.problem)).toEqual([]);

    // Every delivery is recorded once and sent; running the jobs again sends nothing more.
    const deliveries = await t.database.sql`select d.sent_at from push_deliveries d join notifications n on n.id = d.notification_id where n.order_id = ${order.id}`;
    expect(deliveries).toHaveLength(9);
    expect(deliveries.every((d) => d.sent_at)).toBe(true);
    const before = push.received.length;
    await t.database.sql`update notifications set delivered_at = null where order_id = ${order.id}`;
    await t.database.sql`insert into jobs (kind, organization_id, payload, run_at) values ('notifications.push', ${f.organizationId}, '{}', now() - interval '1 minute')`;
    await t.app.jobs.runDue();
    expect(push.received.length).toBe(before);
    const [seen] = await t.database.sql`select last_success_at, failure_count from push_subscriptions where endpoint = ${phone.endpoint}`;
    expect(seen).toMatchObject({ failure_count: 0 });
    expect(seen!.last_success_at).not.toBeNull();
  });

  it("notifications that are never pushed are written delivered; ones without a device are fanned out to none", async () => {
    const order = await newOrder(t, { token: dispatcher });
    const [newOrderRow] = await t.database.sql`select delivered_at from notifications where order_id = ${order.id} and kind = 'NEW_ORDER' limit 1`;
    expect(newOrderRow!.delivered_at).not.toBeNull();
    await manage(order.id, { executorIds: [f.plumber], status: "IN_PROGRESS" });
    const pending = await t.database.sql`select kind from notifications where order_id = ${order.id} and delivered_at is null order by kind`;
    expect(pending.map((r) => r.kind)).toEqual(["ASSIGNED", "STATUS_CHANGED"]);
    await t.app.jobs.runDue();
    expect(await t.database.sql`select 1 from notifications where order_id = ${order.id} and delivered_at is null`).toHaveLength(0);
    expect(await t.database.sql`select 1 from push_deliveries d join notifications n on n.id = d.notification_id where n.order_id = ${order.id}`).toHaveLength(0);
  });

  it("an assignment is pushed to those newly made executors only, not to one who assigns themselves", async () => {
    const mine = push.device();
    const colleague = push.device();
    await register(executor, mine);
    const plumber2 = await t.login("plumber2@domovoy.example");
    await register(plumber2, colleague);
    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber] });
    await t.app.jobs.runDue();
    await manage(order.id, { executorIds: [f.plumber, f.plumber2] });
    await t.app.jobs.runDue();
    expect(kindsOf(mine)).toEqual(["ASSIGNED"]);
    expect(kindsOf(colleague)).toEqual(["ASSIGNED"]);
  });

  it("two API instances' job runners racing over the same deliveries send each once, also when a delivery's job was enqueued twice", async () => {
    const devices = [push.device(), push.device(), push.device()];
    for (const device of devices) {
      device.delayMs = 150;
      await register(executor, device);
    }
    const second = await t.startInstance();
    const race = () => Promise.all([t.app.jobs.runDue(), second.app.jobs.runDue(), t.app.jobs.runDue(), second.app.jobs.runDue()]);
    const orders = [await newOrder(t, { token: dispatcher }), await newOrder(t, { token: dispatcher })];
    for (const order of orders) await manage(order.id, { executorIds: [f.plumber] });
    await race();
    await race();
    for (const device of devices) {
      expect(push.accepted(device)).toHaveLength(2);
      expect(new Set(push.accepted(device).map((r) => r.payload!.tag)).size).toBe(2);
    }

    // Two send jobs per delivery under different keys (as a repeated enqueue would leave) on two
    // instances' runners at once: the delivery's row lock and sent_at let one of them send.
    const deliveries = await t.database.sql`select d.id from push_deliveries d join notifications n on n.id = d.notification_id where n.order_id in ${t.database.sql(orders.map((o) => o.id))}`;
    expect(deliveries).toHaveLength(6);
    await t.database.sql`update push_deliveries set sent_at = null where id in ${t.database.sql(deliveries.map((d) => d.id))}`;
    push.received.length = 0;
    for (const d of deliveries) {
      for (const copy of ["a", "b"]) {
        await t.database.sql`insert into jobs (kind, organization_id, payload, run_at, dedupe_key, max_attempts)
          values ('push.send', ${f.organizationId}, ${JSON.stringify({ deliveryId: d.id })}::jsonb, now() - interval '1 minute', ${`race:${copy}:${d.id}`}, 8)`;
      }
    }
    await race();
    await second.close();
    for (const device of devices) expect(push.accepted(device)).toHaveLength(2);
    expect(push.received).toHaveLength(6);
    expect(await t.database.sql`select 1 from jobs where kind = 'push.send'`).toHaveLength(0);
  });

  it("a 500 or a time-out is retried with backoff and then delivered once; the others' devices are not sent again", async () => {
    const flaky = push.device();
    const slow = push.device();
    const steady = push.device();
    flaky.answers.push(500);
    await register(executor, flaky);
    await register(executor, slow);
    await register(executor, steady);
    slow.delayMs = PUSH_TIMEOUT_MS * 3;
    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber] });
    await t.app.jobs.runDue();

    expect(push.received.filter((r) => r.deviceId === flaky.id).map((r) => r.status)).toEqual([500]);
    expect(push.accepted(steady)).toHaveLength(1);
    expect(push.accepted(slow)).toHaveLength(0);
    const failed = await t.database.sql`select endpoint, failure_count from push_subscriptions where endpoint in ${t.database.sql([flaky.endpoint, slow.endpoint, steady.endpoint])} order by endpoint`;
    expect(Object.fromEntries(failed.map((r) => [r.endpoint, r.failure_count]))).toEqual({ [flaky.endpoint]: 1, [slow.endpoint]: 1, [steady.endpoint]: 0 });
    const [job] = await t.database.sql`select count(*)::int as n, max(last_error) as error from jobs where kind = 'push.send'`;
    expect(job!.n).toBe(2);

    // Not before the backoff: nothing is due yet.
    await t.app.jobs.runDue();
    expect(push.received.filter((r) => r.deviceId === flaky.id)).toHaveLength(1);

    slow.delayMs = 0;
    t.clock.advance(10 * 60_000);
    await t.app.jobs.runDue();
    for (const device of [flaky, slow, steady]) {
      expect(push.accepted(device).map((r) => r.payload!.kind)).toEqual(["ASSIGNED"]);
    }
    expect(await t.database.sql`select 1 from jobs where kind = 'push.send'`).toHaveLength(0);
    const [recovered] = await t.database.sql`select failure_count from push_subscriptions where endpoint = ${flaky.endpoint}`;
    expect(recovered!.failure_count).toBe(0);
  });

  it.each([410, 404])("a %i from the push service deletes the subscription; later notifications skip it", async (status) => {
    const gone = push.device();
    const alive = push.device();
    gone.answers.push(status);
    await register(executor, gone);
    await register(executor, alive);
    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber] });
    await t.app.jobs.runDue();
    expect(await t.database.sql`select 1 from push_subscriptions where endpoint = ${gone.endpoint}`).toHaveLength(0);
    expect(await t.database.sql`select 1 from push_subscriptions where endpoint = ${alive.endpoint}`).toHaveLength(1);
    expect(await t.database.sql`select 1 from jobs where kind = 'push.send'`).toHaveLength(0);

    await ok(t.graphql(`mutation ($input: OrderCommentCreateInput!) { orderCommentCreate(input: $input) { id } }`, { input: { orderId: order.id, text: "Важно", important: true } }, { token: dispatcher }));
    await t.app.jobs.runDue();
    expect(push.received.filter((r) => r.deviceId === gone.id)).toHaveLength(1);
    expect(kindsOf(alive)).toEqual(["ASSIGNED", "IMPORTANT_COMMENT"]);
  });

  it("another refusal (403: keys the subscription was not made with) is recorded and not retried", async () => {
    const refusing = push.device();
    refusing.answers.push(403);
    await register(executor, refusing);
    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber] });
    await t.app.jobs.runDue();
    t.clock.advance(60 * 60_000);
    await t.app.jobs.runDue();
    expect(push.received.filter((r) => r.deviceId === refusing.id).map((r) => r.status)).toEqual([403]);
    const [delivery] = await t.database.sql`select d.sent_at, d.dropped_reason, s.failure_count from push_deliveries d join push_subscriptions s on s.id = d.subscription_id where s.endpoint = ${refusing.endpoint}`;
    expect(delivery).toMatchObject({ sent_at: null, dropped_reason: "push service answered 403", failure_count: 1 });
  });

  describe("a push service that asks to wait (429, 503 with Retry-After)", () => {
    const sendsTo = (device: TestDevice) => push.received.filter((r) => r.deviceId === device.id).map((r) => r.status);

    it.each([
      ["429 with Retry-After in seconds", 429, () => "120", 120_000],
      ["503 with Retry-After as an HTTP-date", 503, () => new Date(t.clock.now().getTime() + 300_000).toUTCString(), 300_000],
      ["503 with a Retry-After of a day, kept within an hour", 503, () => "86400", 60 * 60_000],
    ])("%s: the delivery is tried again at that time, not before (the queue's backoff would be 2 s), and then sent once", async (_name, status, header, waitMs) => {
      const busy = push.device();
      await register(executor, busy);
      const order = await newOrder(t, { token: dispatcher });
      busy.answers.push({ status, retryAfter: header() });
      await manage(order.id, { executorIds: [f.plumber] });
      await t.app.jobs.runDue();
      expect(sendsTo(busy)).toEqual([status]);
      const [job] = await t.database.sql`select attempts, last_error from jobs where kind = 'push.send'`;
      expect(job).toMatchObject({ attempts: 1, last_error: expect.stringContaining(`push service answered ${status}, retry after`) });

      // Well past the backoff, still before the asked time: nothing is sent.
      t.clock.advance(waitMs - 20_000);
      await t.app.jobs.runDue();
      expect(sendsTo(busy)).toEqual([status]);

      t.clock.advance(21_000);
      await t.app.jobs.runDue();
      expect(sendsTo(busy)).toEqual([status, 201]);
      expect(kindsOf(busy)).toEqual(["ASSIGNED"]);
      expect(await t.database.sql`select 1 from jobs where kind = 'push.send'`).toHaveLength(0);
      const [delivery] = await t.database.sql`select d.sent_at, d.dropped_reason, s.failure_count from push_deliveries d join push_subscriptions s on s.id = d.subscription_id where s.endpoint = ${busy.endpoint}`;
      expect(delivery).toMatchObject({ dropped_reason: null, failure_count: 0 });
      expect(delivery!.sent_at).not.toBeNull();
    });

    it("a delivery refused on every try is given up after the last one and recorded, leaving no dead job; the device still gets later pushes", async () => {
      const down = push.device();
      await register(executor, down);
      const order = await newOrder(t, { token: dispatcher });
      for (let i = 0; i < 8; i++) down.answers.push(i % 2 ? 503 : { status: 429, retryAfter: "5" });
      await manage(order.id, { executorIds: [f.plumber] });
      for (let i = 0; i < 12; i++) {
        await t.app.jobs.runDue();
        t.clock.advance(10 * 60_000);
      }
      expect(sendsTo(down)).toEqual([429, 503, 429, 503, 429, 503, 429, 503]);
      expect(await t.database.sql`select 1 from jobs where kind = 'push.send'`).toHaveLength(0);
      const [delivery] = await t.database.sql`select d.sent_at, d.dropped_reason, s.failure_count from push_deliveries d join push_subscriptions s on s.id = d.subscription_id where s.endpoint = ${down.endpoint}`;
      expect(delivery).toMatchObject({ sent_at: null, dropped_reason: "gave up after 8 attempts: push service answered 503", failure_count: 8 });

      // Given up is final for that delivery only: the next notification reaches the device.
      await ok(t.graphql(`mutation ($input: OrderCommentCreateInput!) { orderCommentCreate(input: $input) { id } }`, { input: { orderId: order.id, text: "Важно", important: true } }, { token: dispatcher }));
      await t.app.jobs.runDue();
      expect(kindsOf(down)).toEqual(["IMPORTANT_COMMENT"]);
      expect(sendsTo(down)).toHaveLength(9);
    });
  });

  it("the clean-up job deletes deliveries older than 30 days, sent or dropped, keeps younger ones and schedules its next run", async () => {
    const phone = push.device();
    const refusing = push.device();
    refusing.answers.push(403, 403);
    await register(executor, phone);
    await register(executor, refusing);
    const old = await newOrder(t, { token: dispatcher });
    await manage(old.id, { executorIds: [f.plumber] });
    await t.app.jobs.runDue();
    const oldIds = (await t.database.sql`select d.id, d.sent_at, d.dropped_reason from push_deliveries d join notifications n on n.id = d.notification_id where n.order_id = ${old.id}`);
    expect(oldIds.map((d) => (d.sent_at ? "sent" : d.dropped_reason)).sort()).toEqual(["push service answered 403", "sent"]);
    await t.database.sql`update push_deliveries set created_at = ${new Date(t.clock.now().getTime() - 31 * 24 * 3600_000).toISOString()}::timestamptz where id in ${t.database.sql(oldIds.map((d) => d.id))}`;

    const young = await newOrder(t, { token: dispatcher });
    await manage(young.id, { executorIds: [f.plumber] });
    await t.app.jobs.runDue();
    const youngIds = (await t.database.sql`select d.id from push_deliveries d join notifications n on n.id = d.notification_id where n.order_id = ${young.id}`).map((d) => d.id);
    expect(youngIds).toHaveLength(2);
    // 29 days old: kept.
    await t.database.sql`update push_deliveries set created_at = ${new Date(t.clock.now().getTime() - 29 * 24 * 3600_000).toISOString()}::timestamptz where id in ${t.database.sql(youngIds)}`;
    const others = (await t.database.sql`select count(*)::int as n from push_deliveries`)[0]!.n - 4;

    await t.database.sql`insert into jobs (kind, payload, run_at, dedupe_key) values ('push.cleanup', '{}', now() - interval '1 minute', 'push.cleanup')`;
    await t.app.jobs.runDue();
    const left = (await t.database.sql`select id from push_deliveries`).map((d) => d.id);
    for (const id of oldIds.map((d) => d.id)) expect(left).not.toContain(id);
    for (const id of youngIds) expect(left).toContain(id);
    expect(left).toHaveLength(others + 2);
    // The notifications and the devices stay; only the delivery records go.
    expect(await t.database.sql`select 1 from push_subscriptions where endpoint in ${t.database.sql([phone.endpoint, refusing.endpoint])}`).toHaveLength(2);
    expect(await t.database.sql`select 1 from notifications where order_id = ${old.id} and kind = 'ASSIGNED'`).toHaveLength(1);

    // One pending run, about a day ahead.
    const next = await t.database.sql`select run_at from jobs where kind = 'push.cleanup'`;
    expect(next).toHaveLength(1);
    expect(new Date(next[0]!.run_at).getTime()).toBeGreaterThan(t.clock.now().getTime() + 23 * 3600_000);
    await t.app.jobs.runDue();
    expect(await t.database.sql`select 1 from jobs where kind = 'push.cleanup'`).toHaveLength(1);
  });
});
