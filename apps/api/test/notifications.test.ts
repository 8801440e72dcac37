import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newOrder, newResidentOrder } from "./support/factories.js";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";

let t: TestServer;
let f: OrderFixtures;
let admin: string;
let dispatcher: string;
let resident: string;
let ids: { admin: string; dispatcher: string; dispatcher2: string; foreignAdmin: string };

const SECRET_STATUS_COMMENT = "Секрет: сосед не пускает слесаря";
const SECRET_COMMENT = "Секрет для коллег: ключи у консьержа";

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  admin = await t.login("admin@domovoy.example");
  dispatcher = await t.login("dispatcher@domovoy.example");
  resident = await t.residentLogin("+79160000001");
  const id = async (email: string) => (await t.database.sql`select id from employees where email = ${email}`)[0]!.id as string;
  ids = {
    admin: await id("admin@domovoy.example"),
    dispatcher: await id("dispatcher@domovoy.example"),
    dispatcher2: await id("dispatcher2@domovoy.example"),
    foreignAdmin: await id("admin@severny.example"),
  };
});
afterAll(() => t?.close());

async function ok(promise: Promise<{ data?: Record<string, any> | null; errors?: unknown }>): Promise<Record<string, any>> {
  const result = await promise;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function manage(orderId: string, input: Record<string, unknown>, token = dispatcher) {
  const [row] = await t.database.sql`select version from orders where id = ${orderId}`;
  return ok(t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id status version } }`, { input: { id: orderId, version: row!.version, ...input } }, { token }));
}

/** Notifications written for an employee about an order, straight from the table. */
async function employeeRows(employeeId: string, orderId: string, kind?: string) {
  return t.database.sql`select kind, data from notifications where employee_id = ${employeeId} and order_id = ${orderId}
    and (${kind ?? null}::text is null or kind = ${kind ?? null}) order by created_at, id`;
}

const inTx = <T>(fn: (tx: any) => Promise<T>) => t.app.deps.database.db.transaction((tx) => fn(tx));

const LIST = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind orderId orderNumber status title body createdAt read }
  }
  notificationsUnreadCount
}`;

async function roleWith(name: string, settings: Record<string, unknown>): Promise<string> {
  const data = await ok(
    t.graphql(`mutation ($input: RoleCreateInput!) { roleCreate(input: $input) { id } }`, { input: { name, permissions: [], notificationSettings: settings } }, { token: admin }),
  );
  return data.roleCreate.id;
}

async function assignRole(employeeId: string, roleId: string) {
  await ok(t.graphql(`mutation ($id: ID!, $roleId: ID!) { employeeUpdate(id: $id, input: { roleId: $roleId }) { id } }`, { id: employeeId, roleId }, { token: admin }));
}

describe("staff notifications follow the role's settings", () => {
  it("a new order reaches roles whose service and department filters match, never its creator, other organizations or inactive staff", async () => {
    const clogRole = await roleWith("Уведомления: засоры", { newOrders: true, serviceIds: [f.clog], importantComments: false, chatMessages: false });
    const intercomRole = await roleWith("Уведомления: домофоны", { newOrders: true, serviceIds: [f.intercom] });
    const [clogService] = await t.database.sql`select department_id from services where id = ${f.clog}`;
    const deptRole = await roleWith("Уведомления: электрики", { newOrders: true, departmentIds: [f.electricalDepartment] });
    const bothRole = await roleWith("Уведомления: засоры сантехников", { newOrders: true, serviceIds: [f.clog], departmentIds: [clogService!.department_id] });
    await assignRole(f.plumber2, clogRole);
    await assignRole(f.electrician, intercomRole);
    await assignRole(f.plumber3, deptRole);
    await assignRole(f.inactivePlumber, clogRole);
    const [bothEmployee] = await t.database.sql`select id from employees where organization_id = ${f.organizationId} and email = 'dispatcher2@domovoy.example'`;
    await assignRole(bothEmployee!.id, bothRole);

    const order = await newOrder(t, { token: dispatcher });
    const got = async (employeeId: string) => (await employeeRows(employeeId, order.id)).map((r) => r.kind);
    expect(await got(f.plumber2)).toEqual(["NEW_ORDER"]); // service filter matches
    expect(await got(ids.dispatcher2)).toEqual(["NEW_ORDER"]); // service and department both match
    expect(await got(ids.admin)).toEqual(["NEW_ORDER"]); // seed administrator: all new orders
    expect(await got(f.electrician)).toEqual([]); // another service
    expect(await got(f.plumber3)).toEqual([]); // another department
    expect(await got(ids.dispatcher)).toEqual([]); // the creator
    expect(await got(f.plumber)).toEqual([]); // executor role: new orders off
    expect(await got(f.inactivePlumber)).toEqual([]); // deactivated
    const foreign = await t.database.sql`select count(*)::int as n from notifications n join employees e on e.id = n.employee_id
      where n.order_id = ${order.id} and e.organization_id <> ${f.organizationId}`;
    expect(foreign[0]!.n).toBe(0);

    // A resident's order reaches the dispatcher too (the creator is not staff).
    const fromResident = await newResidentOrder(t, { token: resident });
    const rows = await employeeRows(ids.dispatcher, fromResident.id);
    expect(rows.map((r) => r.kind)).toEqual(["NEW_ORDER"]);
    const list = await ok(t.graphql(LIST, { first: 1 }, { token: dispatcher }));
    expect(list.notifications.nodes[0]).toMatchObject({ kind: "NEW_ORDER", orderId: fromResident.id, orderNumber: fromResident.number, read: false });
    expect(list.notifications.nodes[0].title).toBe(`Новая заявка № ${fromResident.number} от жителя`);
    expect(list.notifications.nodes[0].body).toContain("Засор канализации");

    // Opening the order's card reads the viewer's notifications about it (and only the viewer's).
    await ok(t.graphql(`mutation ($id: ID!) { orderMarkSeen(id: $id) { id } }`, { id: fromResident.id }, { token: dispatcher }));
    const readState = await t.database.sql`select e.email, n.read_at is not null as read from notifications n join employees e on e.id = n.employee_id
      where n.order_id = ${fromResident.id} and e.email in ('dispatcher@domovoy.example', 'admin@domovoy.example') order by e.email`;
    expect(readState.map((r) => [r.email, r.read])).toEqual([
      ["admin@domovoy.example", false],
      ["dispatcher@domovoy.example", true],
    ]);
  });

  it("an important comment reaches the order's executors whose role wants them, not its author", async () => {
    const order = await newOrder(t, { token: dispatcher });
    // plumber: executor role (important comments on); plumber2: a role with them off.
    await manage(order.id, { executorIds: [f.plumber, f.plumber2] });
    const executor = await t.login("plumber@domovoy.example");
    const comment = (text: string, important: boolean, token: string) =>
      ok(t.graphql(`mutation ($input: OrderCommentCreateInput!) { orderCommentCreate(input: $input) { id } }`, { input: { orderId: order.id, text, important } }, { token }));

    await comment("Обычный комментарий", false, dispatcher);
    expect(await employeeRows(f.plumber, order.id, "IMPORTANT_COMMENT")).toHaveLength(0);

    await comment(SECRET_COMMENT, true, dispatcher);
    const plumberRows = await employeeRows(f.plumber, order.id, "IMPORTANT_COMMENT");
    expect(plumberRows.map((r) => r.kind)).toEqual(["IMPORTANT_COMMENT"]);
    expect(await employeeRows(f.plumber2, order.id, "IMPORTANT_COMMENT")).toHaveLength(0);
    expect(await employeeRows(ids.dispatcher, order.id, "IMPORTANT_COMMENT")).toHaveLength(0);

    await comment("Сделал, проверьте", true, executor);
    expect(await employeeRows(f.plumber, order.id, "IMPORTANT_COMMENT")).toHaveLength(1); // the author gets nothing for their own
    const { notifications } = await ok(t.graphql(LIST, { first: 1 }, { token: executor }));
    expect(notifications.nodes[0]).toMatchObject({ kind: "IMPORTANT_COMMENT", orderNumber: order.number, title: `Важный комментарий · № ${order.number}` });
    const [author] = await t.database.sql`select full_name from employees where id = ${ids.dispatcher}`;
    expect(notifications.nodes[0].body).toBe(`${author!.full_name}: ${SECRET_COMMENT}`);
  });

  it("a resident's chat message reaches the order's executors whose role wants chat messages; a repeated hook writes nothing twice", async () => {
    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber, f.plumber2] });
    const messageId = randomUUID();
    const post = () => inTx((tx) => t.app.services.notifications.chatMessagePosted(tx, { organizationId: f.organizationId, orderId: order.id, messageId, authorKind: "RESIDENT" }));
    await post();
    await post(); // a retried delivery of the same message
    expect((await employeeRows(f.plumber, order.id, "CHAT_MESSAGE")).map((r) => r.kind)).toEqual(["CHAT_MESSAGE"]);
    expect(await employeeRows(f.plumber2, order.id, "CHAT_MESSAGE")).toHaveLength(0); // chat messages off in that role
    expect(await employeeRows(ids.dispatcher, order.id, "CHAT_MESSAGE")).toHaveLength(0); // not an executor
    // Only the first call enqueued an announcement for this message's row.
    const [row] = await t.database.sql`select id from notifications where employee_id = ${f.plumber} and order_id = ${order.id} and kind = 'CHAT_MESSAGE'`;
    const announced = await t.database.sql`select count(*)::int as n from jobs where kind = 'notifications.announce' and payload -> 'ids' ? ${row!.id as string}`;
    expect(announced[0]!.n).toBe(1);
  });
});

describe("through the chat API", () => {
  it("a resident's message notifies executors, a staff message and a delivered scheduled message reach the resident once each", async () => {
    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber] });
    const send = (token: string, text: string) => {
      const field = token === resident ? "residentChatMessageSend" : "chatMessageSend";
      return ok(t.graphql(`mutation ($o: ID!, $text: String) { ${field}(orderId: $o, text: $text) { id } }`, { o: order.id, text }, { token }));
    };
    await send(resident, "Когда придёт мастер?");
    expect((await employeeRows(f.plumber, order.id, "CHAT_MESSAGE")).length).toBe(1);
    expect((await employeeRows(ids.dispatcher, order.id, "CHAT_MESSAGE")).length).toBe(0);

    await send(dispatcher, "Мастер придёт завтра с 10 до 12");
    const residentChat = async () =>
      (await t.database.sql`select count(*)::int as n from notifications where client_id = ${f.residentClient} and order_id = ${order.id} and kind = 'CHAT_MESSAGE'`)[0]!.n;
    expect(await residentChat()).toBe(1);
    expect((await employeeRows(f.plumber, order.id, "CHAT_MESSAGE")).length).toBe(1); // staff messages do not notify staff

    const sendAt = new Date(t.clock.now().getTime() + 60_000).toISOString();
    await ok(t.graphql(`mutation ($o: ID!, $at: DateTimeISO!) { scheduledMessageCreate(orderId: $o, text: "Напоминаем о визите", sendAt: $at) { id } }`, { o: order.id, at: sendAt }, { token: dispatcher }));
    expect(await residentChat()).toBe(1); // not before it is delivered
    t.clock.advance(61_000);
    await t.app.jobs.runDue();
    await t.app.jobs.runDue();
    expect(await residentChat()).toBe(2);
    const { notifications } = await ok(t.graphql(LIST, { first: 3 }, { token: resident }));
    const chat = notifications.nodes.find((n: { kind: string; orderId: string }) => n.kind === "CHAT_MESSAGE" && n.orderId === order.id);
    expect(chat).toMatchObject({ title: `Новое сообщение по заявке № ${order.number}` });
    expect(JSON.stringify(notifications)).not.toContain("Мастер придёт"); // the text is not copied (it may be edited or deleted)
  });
});

describe("refund requests (the hook paid services will call)", () => {
  it("reach employees whose role has the refund permission and the setting on", async () => {
    const order = await newOrder(t, { token: dispatcher });
    const withPermission = await roleWith("Возвраты: с правом", { refundRequests: true });
    await ok(t.graphql(`mutation ($id: ID!) { roleUpdate(id: $id, input: { permissions: [REFUNDS_MANAGE] }) { id } }`, { id: withPermission }, { token: admin }));
    const withoutPermission = await roleWith("Возвраты: без права", { refundRequests: true });
    const [a, b] = await t.database.sql`select id from employees where organization_id = ${f.organizationId} and email like 'plumber%' and active order by email desc limit 2`;
    await assignRole(a!.id, withPermission);
    await assignRole(b!.id, withoutPermission);
    const refundId = randomUUID();
    await inTx((tx) => t.app.services.notifications.refundRequested(tx, { organizationId: f.organizationId, orderId: order.id, refundId }));
    await inTx((tx) => t.app.services.notifications.refundRequested(tx, { organizationId: f.organizationId, orderId: order.id, refundId }));
    expect((await employeeRows(a!.id, order.id, "REFUND_REQUEST")).length).toBe(1);
    expect((await employeeRows(b!.id, order.id, "REFUND_REQUEST")).length).toBe(0);
    // The seed administrator has the permission and the setting on.
    expect((await employeeRows(ids.admin, order.id, "REFUND_REQUEST")).length).toBe(1);
    expect((await employeeRows(ids.dispatcher, order.id, "REFUND_REQUEST")).length).toBe(0);
  });
});

describe("the resident's outbox", () => {
  it("gets status changes, staff chat messages and one RATE_REQUEST per completion — never staff-only text, never their own changes", async () => {
    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber], status: "IN_PROGRESS", statusComment: SECRET_STATUS_COMMENT });
    await manage(order.id, { status: "PAUSED", resumeBy: new Date(t.clock.now().getTime() + 86_400_000).toISOString(), statusComment: SECRET_STATUS_COMMENT + " (пауза)" });
    await ok(t.graphql(`mutation ($input: OrderCommentCreateInput!) { orderCommentCreate(input: $input) { id } }`, { input: { orderId: order.id, text: SECRET_COMMENT, important: true } }, { token: dispatcher }));
    await manage(order.id, { status: "IN_PROGRESS" });
    await inTx((tx) => t.app.services.notifications.chatMessagePosted(tx, { organizationId: f.organizationId, orderId: order.id, messageId: randomUUID(), authorKind: "EMPLOYEE" }));
    await manage(order.id, { status: "DONE" });
    // The resident reopens: nothing for them; staff finish it again: a second rating request.
    await ok(t.graphql(`mutation ($input: ResidentOrderStatusInput!) { residentOrderStatusChange(input: $input) { id } }`, { input: { id: order.id, status: "REOPENED", comment: "Снова течёт" } }, { token: resident }));
    await manage(order.id, { status: "IN_PROGRESS" });
    await manage(order.id, { status: "DONE" });

    const { notifications } = await ok(t.graphql(LIST, { first: 50 }, { token: resident }));
    const mine = notifications.nodes.filter((n: { orderId: string }) => n.orderId === order.id).reverse();
    expect(mine.map((n: { kind: string; status: string | null }) => [n.kind, n.status])).toEqual([
      ["STATUS_CHANGED", "IN_PROGRESS"],
      ["STATUS_CHANGED", "PAUSED"],
      ["STATUS_CHANGED", "IN_PROGRESS"],
      ["CHAT_MESSAGE", null],
      ["RATE_REQUEST", "DONE"],
      ["STATUS_CHANGED", "IN_PROGRESS"],
      ["RATE_REQUEST", "DONE"],
    ]);
    expect(mine[1]).toMatchObject({ title: `Заявка № ${order.number}`, body: "Статус изменён: Приостановлено", orderNumber: order.number });
    expect(mine[4]).toMatchObject({ title: `Заявка № ${order.number} выполнена`, body: "Оцените, пожалуйста, качество работы" });
    // In the language the app shows (X-Domovoy-Locale); one the server does not speak reads as Russian.
    const inEnglish = (await ok(t.graphql(LIST, { first: 50 }, { token: resident, headers: { "x-domovoy-locale": "en" } }))).notifications.nodes;
    const mineInEnglish = inEnglish.filter((n: { orderId: string }) => n.orderId === order.id).reverse();
    expect(mineInEnglish[1]).toMatchObject({ title: `Request No. ${order.number}`, body: "Status changed: Paused" });
    expect(mineInEnglish[4]).toMatchObject({ title: `Request No. ${order.number} is done`, body: "Please rate the work" });
    const unknown = (await ok(t.graphql(LIST, { first: 50 }, { token: resident, headers: { "x-domovoy-locale": "de" } }))).notifications.nodes;
    expect(unknown.filter((n: { orderId: string }) => n.orderId === order.id).reverse()[1]).toMatchObject({ title: `Заявка № ${order.number}` });
    const everything = JSON.stringify(notifications) + JSON.stringify(await t.database.sql`select data from notifications where client_id = ${f.residentClient}`);
    expect(everything).not.toContain("Секрет");

    // Their own cancellation tells them nothing.
    const own = await newResidentOrder(t, { token: resident });
    await ok(t.graphql(`mutation ($input: ResidentOrderStatusInput!) { residentOrderStatusChange(input: $input) { id } }`, { input: { id: own.id, status: "CANCELLED" } }, { token: resident }));
    const ownRows = await t.database.sql`select count(*)::int as n from notifications where client_id is not null and order_id = ${own.id}`;
    expect(ownRows[0]!.n).toBe(0);
  });

  it("a resident reads only their own; staff and other organizations never see them", async () => {
    const order = await newOrder(t, { token: dispatcher });
    await manage(order.id, { executorIds: [f.plumber], status: "IN_PROGRESS" });
    const [theirs] = await t.database.sql`select id from notifications where client_id = ${f.residentClient} and order_id = ${order.id}`;
    const other = await t.residentLogin("+79160000002");
    const otherList = await ok(t.graphql(LIST, { first: 100 }, { token: other }));
    expect(otherList.notifications.nodes.map((n: { id: string }) => n.id)).not.toContain(theirs!.id);
    expect(otherList.notifications.nodes.every((n: { orderId: string }) => n.orderId !== order.id)).toBe(true);
    const foreign = await t.login("admin@severny.example");
    for (const token of [other, foreign, dispatcher]) {
      const result = await t.graphql(`mutation ($id: ID!) { notificationMarkRead(id: $id) { id } }`, { id: theirs!.id }, { token });
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    const foreignList = await ok(t.graphql(LIST, { first: 100 }, { token: foreign }));
    expect(foreignList.notifications.nodes.some((n: { orderId: string }) => n.orderId === order.id)).toBe(false);
    const [stillUnread] = await t.database.sql`select read_at from notifications where id = ${theirs!.id}`;
    expect(stillUnread!.read_at).toBeNull();
  });
});

describe("reading", () => {
  it("pages newest first, marks one and all read, and counts unread", async () => {
    const token = await t.login("dispatcher2@domovoy.example");
    await ok(t.graphql(`mutation { notificationsMarkAllRead }`, {}, { token }));
    for (let i = 0; i < 3; i++) await newOrder(t, { token: admin });
    const first = await ok(t.graphql(LIST, { first: 2, unreadOnly: true }, { token }));
    expect(first.notificationsUnreadCount).toBe(3);
    expect(first.notifications.totalCount).toBe(3);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await ok(t.graphql(LIST, { first: 2, unreadOnly: true, after: first.notifications.pageInfo.endCursor }, { token }));
    const numbers = [...first.notifications.nodes, ...second.notifications.nodes].map((n: { orderNumber: number }) => n.orderNumber);
    expect(numbers).toHaveLength(3);
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers); // newest first

    const marked = await ok(t.graphql(`mutation ($id: ID!) { notificationMarkRead(id: $id) { id read } }`, { id: first.notifications.nodes[0].id }, { token }));
    expect(marked.notificationMarkRead.read).toBe(true);
    expect((await ok(t.graphql(LIST, { first: 5, unreadOnly: true }, { token }))).notificationsUnreadCount).toBe(2);
    expect((await ok(t.graphql(`mutation { notificationsMarkAllRead }`, {}, { token }))).notificationsMarkAllRead).toBe(2);
    const after = await ok(t.graphql(LIST, { first: 5 }, { token }));
    expect(after.notificationsUnreadCount).toBe(0);
    expect(after.notifications.nodes.every((n: { read: boolean }) => n.read)).toBe(true);

    const bad = await t.graphql(LIST, { first: 2, after: "not-a-cursor" }, { token });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await t.graphql(`mutation ($id: ID!) { notificationMarkRead(id: $id) { id } }`, { id: "00000000-0000-4000-8000-000000000000" }, { token });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = await t.graphql(`mutation ($id: ID!) { notificationMarkRead(id: $id) { id } }`, { id: "nope" }, { token });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id", reason: "INVALID_ID" });
  });
});

describe("live", () => {
  it("notificationAdded reaches only its addressee over WebSocket, with their unread count", async () => {
    const executor = await t.login("plumber@domovoy.example");
    const foreign = await t.login("admin@severny.example");
    await t.app.jobs.runDue(); // announcements of earlier tests
    const query = `subscription { notificationAdded { unreadCount notification { id kind orderId orderNumber title read } } }`;
    const mine = subscribe(t.ws(dispatcher), query);
    const notMine = subscribe(t.ws(executor), query);
    const otherOrg = subscribe(t.ws(foreign), query);
    const residentSub = subscribe(t.ws(resident), query);
    // The same subscription from an app in English (the operation's extensions.locale).
    const inEnglish: { data?: any }[] = [];
    const stopEnglish = t.ws(resident).subscribe({ query, extensions: { locale: "en" } }, { next: (value) => void inEnglish.push(value), error: () => undefined, complete: () => undefined });
    const otherResident = subscribe(t.ws(await t.residentLogin("+79160000002")), query);
    await settle();

    const before = (await ok(t.graphql(`{ notificationsUnreadCount }`, {}, { token: dispatcher }))).notificationsUnreadCount;
    const order = await newResidentOrder(t, { token: resident });
    await t.app.jobs.runDue();
    const [event] = await mine.next(1);
    expect(event!.data!.notificationAdded).toMatchObject({
      unreadCount: before + 1,
      notification: { kind: "NEW_ORDER", orderId: order.id, orderNumber: order.number, read: false },
    });

    await manage(order.id, { executorIds: [f.plumber], status: "IN_PROGRESS" });
    await t.app.jobs.runDue();
    const [residentEvent] = await residentSub.next(1);
    expect(residentEvent!.data!.notificationAdded.notification).toMatchObject({ kind: "STATUS_CHANGED", orderId: order.id, title: `Заявка № ${order.number}` });
    await expect.poll(() => inEnglish.length).toBe(1);
    expect(inEnglish[0]!.data!.notificationAdded.notification).toMatchObject({ kind: "STATUS_CHANGED", title: `Request No. ${order.number}` });
    stopEnglish();

    await settle(300);
    expect(mine.events).toHaveLength(1);
    // The executor hears only of their own assignment, never of the dispatcher's new order.
    expect(notMine.events.map((e) => e.data!.notificationAdded.notification.kind)).toEqual(["ASSIGNED"]);
    expect(otherOrg.events).toHaveLength(0);
    expect(residentSub.events).toHaveLength(1);
    expect(otherResident.events).toHaveLength(0);
    for (const s of [mine, notMine, otherOrg, residentSub, otherResident]) s.unsubscribe();
  });

  it("a socket opened in English (connectionParams.locale) gets its notifications in English; an operation's own extensions.locale wins over it", async () => {
    await t.app.jobs.runDue(); // announcements of earlier tests
    const query = `subscription { notificationAdded { notification { kind orderId title } } }`;
    const english = t.ws(resident, { locale: "en" });
    const inEnglish = subscribe(english, query);
    const russianOperation = subscribe(english, query, {}, { locale: "ru" });
    const unknownOperation = subscribe(english, query, {}, { locale: "de" });
    const unknownConnection = subscribe(t.ws(resident, { locale: "de" }), query);
    await settle();

    const order = await newResidentOrder(t, { token: resident });
    await manage(order.id, { executorIds: [f.plumber], status: "IN_PROGRESS" });
    await t.app.jobs.runDue();
    const [event] = await inEnglish.next(1);
    expect(event!.data!.notificationAdded.notification).toEqual({ kind: "STATUS_CHANGED", orderId: order.id, title: `Request No. ${order.number}` });
    expect((await russianOperation.next(1))[0]!.data!.notificationAdded.notification.title).toBe(`Заявка № ${order.number}`);
    // A locale the server does not speak names none: the connection's, then Russian.
    expect((await unknownOperation.next(1))[0]!.data!.notificationAdded.notification.title).toBe(`Request No. ${order.number}`);
    expect((await unknownConnection.next(1))[0]!.data!.notificationAdded.notification.title).toBe(`Заявка № ${order.number}`);
    for (const s of [inEnglish, russianOperation, unknownOperation, unknownConnection]) s.unsubscribe();
  });
});

describe("scale", () => {
  it("a new order in an organization of 1000 interested employees is written by one statement within the mutation", async () => {
    const role = await roleWith("Уведомления: все", { newOrders: true });
    await t.database.sql`insert into employees (organization_id, role_id, full_name, email, active)
      select ${f.organizationId}, ${role}, 'Сотрудник ' || g, 'bulk' || g || '@bulk.example', true from generate_series(1, 1000) g`;
    const started = performance.now();
    const order = await newOrder(t, { token: dispatcher });
    const ms = performance.now() - started;
    const [count] = await t.database.sql`select count(*)::int as n from notifications where order_id = ${order.id} and kind = 'NEW_ORDER'`;
    expect(count!.n).toBeGreaterThanOrEqual(1000);
    console.log(`[notifications] orderCreate with ${count!.n} recipients: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3000);
    const [job] = await t.database.sql`select jsonb_array_length(payload -> 'ids') as n from jobs where kind = 'notifications.announce' order by id desc limit 1`;
    expect(job!.n).toBe(count!.n);
  });
});
