import { describe, expect, it } from "vitest";
import { postGraphQL, settle, subscribe, type TestServer } from "./support/harness.js";
import { Topic } from "../src/pubsub.js";
import { newOrder, newResidentOrder } from "./support/factories.js";
import { validAnswers, type OrderFixtures } from "./support/orders.js";
import { orderSuite } from "./support/order-suite.js";

let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let executor: string;
let resident: string;

orderSuite((s) => ({ t, f, dispatcher, executor, resident } = s));

type Errors = { errors?: { extensions?: { reason?: string; code?: string } }[] };
const reason = (result: Errors) => result.errors?.[0]?.extensions?.reason ?? result.errors?.[0]?.extensions?.code;
const code = (result: Errors) => result.errors?.[0]?.extensions?.code;

const INCIDENT = `id number title status statusComment version plannedEndAt orderCount openOrderCount closedAt
  service { id } responsible { id } scope { building { id } premises { id } } allowedStatuses`;

async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = dispatcher): Promise<T> {
  const result = await t.graphql<T>(query, variables, { token });
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function createIncident(input: Record<string, unknown> = {}) {
  const data = await gql(`mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { ${INCIDENT} } }`, {
    input: { title: "Нет горячей воды во всём доме", serviceId: f.clog, scope: [{ buildingId: f.residentBuilding }], responsibleIds: [f.plumber], ...input },
  });
  return data.incidentCreate;
}

const manage = (incident: { id: string; version: number }, input: Record<string, unknown>, token = dispatcher) =>
  t.graphql(`mutation ($input: IncidentManageInput!) { incidentManage(input: $input) { ${INCIDENT} } }`, { input: { id: incident.id, version: incident.version, ...input } }, { token });

async function manageOk(incident: { id: string; version: number }, input: Record<string, unknown>) {
  const result = await manage(incident, input);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.incidentManage;
}

const attach = (incidentId: string, orderIds: string[], token = dispatcher) =>
  t.graphql(`mutation ($incidentId: ID!, $orderIds: [ID!]!) { orderIncidentAttach(incidentId: $incidentId, orderIds: $orderIds) { id status version incidentId } }`, { incidentId, orderIds }, { token });

const orderState = (id: string) =>
  gql(`query ($id: ID!) { order(id: $id) { id status version incidentId incident { number } history { kind viaIncidentId actor { kind employee { id } } toStatus incident { number } } } }`, { id }).then((d) => d.order);

describe("incident lifecycle", () => {
  it("numbers incidents on their own sequence and walks OPEN → IN_PROGRESS ↔ PAUSED → DONE with the history", async () => {
    const order = await newOrder(t);
    const a = await createIncident({ responsibleIds: [] });
    const b = await createIncident();
    expect(b.number).toBe(a.number + 1);
    // Orders have their own numbers: the incident's does not follow them.
    expect(a).toMatchObject({ status: "OPEN", version: 1, orderCount: 0, allowedStatuses: ["IN_PROGRESS", "CANCELLED"], scope: [{ building: { id: f.residentBuilding }, premises: [] }] });

    expect(reason(await manage(a, { status: "IN_PROGRESS" }))).toBe("INCIDENT_RESPONSIBLE_REQUIRED");
    expect(reason(await manage(a, { status: "DONE", responsibleIds: [f.plumber] }))).toBe("INCIDENT_NOT_ALLOWED");
    let current = await manageOk(a, { status: "IN_PROGRESS", responsibleIds: [f.plumber, f.plumber2] });
    expect(current).toMatchObject({ status: "IN_PROGRESS", responsible: [{ id: f.plumber }, { id: f.plumber2 }] });
    expect(reason(await manage(current, { status: "PAUSED" }))).toBe("INCIDENT_COMMENT_REQUIRED");
    current = await manageOk(current, { status: "PAUSED", statusComment: "Ждём подрядчика" });
    // A stale version is a conflict, not a silent overwrite.
    expect(code(await manage({ ...current, version: current.version - 1 }, { status: "IN_PROGRESS" }))).toBe("CONFLICT");
    current = await manageOk(current, { status: "IN_PROGRESS" });
    expect(current.statusComment).toBe("Ждём подрядчика");
    expect((await attach(a.id, [order.id])).errors).toBeUndefined();
    current = await manageOk(current, { status: "DONE", statusComment: "Подача восстановлена" });
    expect(current).toMatchObject({ status: "DONE", allowedStatuses: [], orderCount: 1, openOrderCount: 0 });
    expect(current.closedAt).not.toBeNull();
    expect(reason(await manage(current, { status: "IN_PROGRESS" }))).toBe("INCIDENT_NOT_ALLOWED");

    const { incident } = await gql(`query ($id: ID!) { incident(id: $id) { history { kind fromStatus toStatus ordersMoved orderNumbers actor { kind employee { id } } } } }`, { id: a.id });
    expect(incident.history.map((e: { kind: string }) => e.kind).reverse()).toEqual([
      "CREATED",
      "RESPONSIBLE_CHANGED",
      "STATUS_CHANGED",
      "STATUS_CHANGED",
      "STATUS_CHANGED",
      "ORDERS_ATTACHED",
      "STATUS_CHANGED",
    ]);
    expect(incident.history[0]).toMatchObject({ toStatus: "DONE", ordersMoved: 1, actor: { kind: "EMPLOYEE" } });
    expect(incident.history[1]).toMatchObject({ kind: "ORDERS_ATTACHED", orderNumbers: [order.number] });
  });

  it("lists incidents by status tab and search, with counts; an executor reads them, only a manager changes them", async () => {
    const mine = await createIncident({ title: "Отключение света по улице Лесной" });
    const list = await gql(`query { incidents(statuses: [OPEN], search: "лесной", first: 5) { totalCount nodes { id number } } incidentCounts(search: "лесной") { status count } }`);
    expect(list.incidents.nodes.map((n: { id: string }) => n.id)).toContain(mine.id);
    expect(list.incidentCounts.find((c: { status: string }) => c.status === "OPEN").count).toBeGreaterThanOrEqual(1);
    const byNumber = await gql(`query ($s: String) { incidents(search: $s) { nodes { id } } }`, { s: String(mine.number) });
    expect(byNumber.incidents.nodes.map((n: { id: string }) => n.id)).toContain(mine.id);
    expect((await t.graphql(`query ($id: ID!) { incident(id: $id) { id } }`, { id: mine.id }, { token: executor })).data?.incident.id).toBe(mine.id);
    expect(code(await manage(mine, { statusComment: "x" }, executor))).toBe("FORBIDDEN");
    expect(code(await t.graphql(`query ($id: ID!) { incident(id: $id) { id } }`, { id: mine.id }, { token: resident }))).toBe("FORBIDDEN");
  });

  it("edits an open incident in one request: information, scope by premises, planned dates and responsible, with the history; a closed one is refused", async () => {
    const incident = await createIncident();
    const update = (input: Record<string, unknown>) =>
      t.graphql(`mutation ($input: IncidentUpdateInput!) { incidentUpdate(input: $input) { ${INCIDENT} description department { id } } }`, { input: { id: incident.id, ...input } }, { token: dispatcher });
    const start = "2026-12-10T06:00:00.000Z";
    const end = "2026-12-10T18:00:00.000Z";
    const edited = await update({
      version: incident.version,
      title: "Нет холодной воды в подъезде",
      description: "Замена задвижки",
      serviceId: f.leak,
      departmentId: f.plumbingDepartment,
      scope: [{ buildingId: f.residentBuilding, premiseIds: [f.residentPremise] }],
      plannedStartAt: start,
      plannedEndAt: end,
      responsibleIds: [f.plumber2, f.plumber],
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.incidentUpdate).toMatchObject({
      title: "Нет холодной воды в подъезде",
      description: "Замена задвижки",
      version: incident.version + 1,
      plannedEndAt: end,
      service: { id: f.leak },
      department: { id: f.plumbingDepartment },
      responsible: [{ id: f.plumber2 }, { id: f.plumber }],
      scope: [{ building: { id: f.residentBuilding }, premises: [{ id: f.residentPremise }] }],
    });
    const { incident: read } = await gql(`query ($id: ID!) { incident(id: $id) { history { kind responsible { id } } } }`, { id: incident.id });
    expect(read.history.slice(0, 2).map((e: { kind: string }) => e.kind).sort()).toEqual(["RESPONSIBLE_CHANGED", "UPDATED"]);
    // The same values again are no change; a stale version is a conflict; an inactive responsible is refused.
    const same = await update({ version: incident.version + 1, title: "Нет холодной воды в подъезде", responsibleIds: [f.plumber2, f.plumber] });
    expect(same.data!.incidentUpdate.version).toBe(incident.version + 1);
    expect(code(await update({ version: incident.version, title: "Другое" }))).toBe("CONFLICT");
    expect(reason(await update({ version: incident.version + 1, responsibleIds: [f.inactivePlumber] }))).toBe("RESPONSIBLE_NOT_FOUND");
    const closed = await manageOk({ id: incident.id, version: incident.version + 1 }, { status: "CANCELLED", statusComment: "Ошибочно" });
    expect(reason(await update({ version: closed.version, title: "Поздно" }))).toBe("INCIDENT_CLOSED");
  });

  it("refuses bad input with typed errors: no scope, a foreign building, a title too long, planned end before start", async () => {
    const bad = (input: Record<string, unknown>) =>
      t.graphql(`mutation ($input: IncidentCreateInput!) { incidentCreate(input: $input) { id } }`, {
        input: { title: "Авария", serviceId: f.clog, scope: [{ buildingId: f.residentBuilding }], ...input },
      }, { token: dispatcher });
    expect(reason(await bad({ scope: [] }))).toBe("SCOPE_REQUIRED");
    const [foreign] = await t.database.sql`select b.id from buildings b join organizations o on o.id = b.organization_id where o.slug = 'severny' limit 1`;
    expect(reason(await bad({ scope: [{ buildingId: foreign!.id }] }))).toBe("BUILDING_NOT_FOUND");
    expect(reason(await bad({ title: "я".repeat(201) }))).toBe("TOO_LONG");
    expect(reason(await bad({ plannedStartAt: "2026-12-10T10:00:00Z", plannedEndAt: "2026-12-09T10:00:00Z" }))).toBe("PLANNED_END_BEFORE_START");
  });
});

describe("attaching orders", () => {
  it("attaches in bulk, takes the orders out of «Новые» (live), and refuses a closed incident, a closed order and another organization's order", async () => {
    const incident = await createIncident();
    const orders = await Promise.all([newOrder(t), newOrder(t), newOrder(t)]);
    const ws = t.ws(dispatcher);
    const counts = subscribe<{ ordersNewCountChanged: number }>(ws, `subscription { ordersNewCountChanged }`);
    const [first] = await counts.next(1);
    const before = first!.data!.ordersNewCountChanged;

    const attached = await attach(incident.id, orders.map((o) => o.id));
    expect(attached.errors).toBeUndefined();
    expect(attached.data!.orderIncidentAttach.every((o: { incidentId: string }) => o.incidentId === incident.id)).toBe(true);
    await expect.poll(() => counts.events.at(-1)?.data?.ordersNewCountChanged, { timeout: 5000 }).toBe(before - 3);
    // Attaching again is no change.
    expect((await attach(incident.id, [orders[0]!.id])).errors).toBeUndefined();

    const state = await orderState(orders[0]!.id);
    expect(state.incident.number).toBe(incident.number);
    expect(state.history[0]).toMatchObject({ kind: "INCIDENT_ATTACHED", actor: { kind: "EMPLOYEE" }, incident: { number: incident.number } });

    const other = await createIncident();
    expect(reason(await attach(other.id, [orders[0]!.id]))).toBe("ORDER_IN_OTHER_INCIDENT");
    const foreignAdmin = await t.login("admin@severny.example");
    const [foreignService] = await t.database.sql`select s.id from services s join organizations o on o.id = s.organization_id where o.slug = 'severny' and s.name = 'Засор канализации'`;
    const [foreignBuilding] = await t.database.sql`select b.id from buildings b join organizations o on o.id = b.organization_id where o.slug = 'severny' limit 1`;
    const foreignOrder = await newOrder(t, { serviceId: foreignService!.id, buildingId: foreignBuilding!.id, premiseId: null, clientId: null, token: foreignAdmin, formAnswers: await validAnswers(t, foreignService!.id) });
    const refused = await attach(other.id, [orders[1]!.id, foreignOrder.id]);
    expect(code(refused)).toBe("NOT_FOUND");
    // Nothing of the refused batch was attached.
    expect((await orderState(orders[1]!.id)).incidentId).toBe(incident.id);

    const closed = await manageOk(other, { status: "CANCELLED", statusComment: "Ошибочно" });
    const fresh = await newOrder(t);
    expect(reason(await attach(closed.id, [fresh.id]))).toBe("INCIDENT_CLOSED");
    expect(reason(await t.graphql(`mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`, {
      input: { channel: "INCOMING_CALL", serviceId: f.clog, buildingId: f.residentBuilding, formAnswers: [{ key: "place", value: "Кухня" }], incidentId: closed.id },
    }, { token: dispatcher }))).toBe("INCIDENT_CLOSED");
    const cancelled = await newOrder(t);
    await gql(`mutation ($id: ID!, $v: Int!) { orderManage(input: { id: $id, version: $v, status: CANCELLED, statusComment: "дубль" }) { id } }`, { id: cancelled.id, v: cancelled.version });
    expect(reason(await attach(incident.id, [cancelled.id]))).toBe("ORDER_CLOSED");

    // Detach: the card shows it no more; an order not in the incident is refused.
    const detached = await t.graphql(`mutation ($i: ID!, $o: [ID!]!) { orderIncidentDetach(incidentId: $i, orderIds: $o) { id incidentId } }`, { i: incident.id, o: [orders[2]!.id] }, { token: dispatcher });
    expect(detached.data!.orderIncidentDetach[0].incidentId).toBeNull();
    expect(reason(await t.graphql(`mutation ($i: ID!, $o: [ID!]!) { orderIncidentDetach(incidentId: $i, orderIds: $o) { id } }`, { i: incident.id, o: [orders[2]!.id] }, { token: dispatcher }))).toBe("ORDER_NOT_ATTACHED");
    await ws.dispose();
  });

  it("creates an order attached to an open incident from the create form", async () => {
    const incident = await createIncident();
    const created = await newOrder(t, { incidentId: incident.id });
    const state = await orderState(created.id);
    expect(state.incidentId).toBe(incident.id);
    expect(state.history.map((e: { kind: string }) => e.kind)).toContain("INCIDENT_ATTACHED");
  });
});

describe("the cascade", () => {
  it("closes 200 attached orders in one transaction: history via the incident, one live event per order, each resident notified once", async () => {
    const clients = await t.database.sql`select distinct on (c.id) c.id as client_id, cp.premise_id, p.building_id
      from clients c join client_premises cp on cp.client_id = c.id join premises p on p.id = cp.premise_id
      where c.organization_id = ${f.organizationId} order by c.id limit 200`;
    const incident = await createIncident({ scope: [...new Set(clients.map((c) => c.building_id as string))].slice(0, 200).map((buildingId) => ({ buildingId })) });
    const answers = await validAnswers(t, f.clog);
    const orders: { id: string; clientId: string }[] = [];
    for (let i = 0; i < 200; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, k) => {
          const c = clients[(i + k) % clients.length]!;
          return newOrder(t, { buildingId: c.building_id, premiseId: c.premise_id, clientId: c.client_id, formAnswers: answers }).then((o) => ({ id: o.id, clientId: c.client_id as string }));
        }),
      );
      orders.push(...batch);
    }
    // One of them is already in work, one already done by hand: the cascade keeps the done one.
    const [inWork, doneByHand] = orders;
    await gql(`mutation ($id: ID!) { orderManage(input: { id: $id, version: 1, executorIds: ["${f.plumber}"], status: IN_PROGRESS }) { id } }`, { id: inWork!.id });
    await gql(`mutation ($id: ID!) { orderManage(input: { id: $id, version: 1, executorIds: ["${f.plumber}"], status: IN_PROGRESS }) { id } }`, { id: doneByHand!.id });
    await gql(`mutation ($id: ID!) { orderManage(input: { id: $id, version: 2, status: DONE }) { id } }`, { id: doneByHand!.id });
    expect((await attach(incident.id, orders.slice(2).map((o) => o.id))).errors).toBeUndefined();
    // A done order cannot be attached; it joined before it was closed in real life, here we put it in directly.
    await t.database.sql`update orders set incident_id = ${incident.id} where id = ${doneByHand!.id}`;
    await t.database.sql`update orders set incident_id = ${incident.id} where id = ${inWork!.id}`;
    const before = await t.database.sql`select count(*)::int as n from notifications where order_id in ${t.database.sql(orders.map((o) => o.id))} and kind = 'RATE_REQUEST'`;

    const ws = t.ws(dispatcher);
    const live = subscribe<{ orderChanged: { id: string; status: string } }>(ws, `subscription { orderChanged { id status } }`);
    await settle();
    let current = await manageOk(incident, { status: "IN_PROGRESS" });
    const started = Date.now();
    current = await manageOk(current, { status: "DONE", statusComment: "Подача восстановлена" });
    const committedMs = Date.now() - started;
    expect(current).toMatchObject({ status: "DONE", orderCount: 200, openOrderCount: 0 });

    const rows = await t.database.sql`select status, count(*)::int as n from orders where incident_id = ${incident.id} group by status`;
    expect(rows).toEqual([{ status: "DONE", n: 200 }]);
    const history = await t.database.sql`select count(*)::int as n from order_events where via_incident_id = ${incident.id} and kind = 'STATUS_CHANGED' and actor_kind = 'SYSTEM'`;
    expect(history[0]!.n).toBe(199);
    await live.next(199, 15_000);
    const doneEvents = new Set(live.events.filter((e) => e.data?.orderChanged.status === "DONE").map((e) => e.data!.orderChanged.id));
    expect(doneEvents.size).toBe(199);
    expect(live.events.filter((e) => e.data?.orderChanged.id === doneByHand!.id)).toHaveLength(0);
    const notified = await t.database.sql`select client_id, order_id, count(*)::int as n from notifications
      where order_id in ${t.database.sql(orders.map((o) => o.id))} and kind = 'RATE_REQUEST' group by client_id, order_id`;
    // The hand-closed order's resident had theirs already; every other resident exactly one for their order.
    expect(notified.every((r) => r.n === 1)).toBe(true);
    expect(notified.length - before[0]!.n).toBe(199);
    const { incident: read } = await gql(`query ($id: ID!) { incident(id: $id) { history { kind ordersMoved } } }`, { id: incident.id });
    expect(read.history[0]).toEqual({ kind: "STATUS_CHANGED", ordersMoved: 199 });
    const card = await orderState(orders[5]!.id);
    expect(card.status).toBe("DONE");
    expect(card.history[0]).toMatchObject({ kind: "STATUS_CHANGED", toStatus: "DONE", viaIncidentId: incident.id, actor: { kind: "SYSTEM", employee: null }, incident: { number: incident.number } });
    console.info(`cascade of 199 orders committed in ${committedMs} ms`);
    await ws.dispose();
  }, 120_000);

  it("moves the orders set-based (one UPDATE per shape of change, one history INSERT), and leaves closed orders untouched", async () => {
    const incident = await manageOk(await createIncident(), { status: "IN_PROGRESS" });
    const fresh = await Promise.all([newOrder(t), newOrder(t), newOrder(t)]);
    const working = await Promise.all([newOrder(t), newOrder(t), newOrder(t)]);
    for (const o of working) await gql(`mutation ($id: ID!) { orderManage(input: { id: $id, version: 1, executorIds: ["${f.plumber}"], status: IN_PROGRESS }) { id } }`, { id: o.id });
    const closedByHand = await Promise.all([newOrder(t), newOrder(t)]);
    expect((await attach(incident.id, [...fresh, ...working, ...closedByHand].map((o) => o.id))).errors).toBeUndefined();
    await gql(`mutation ($id: ID!, $v: Int!) { orderManage(input: { id: $id, version: $v, status: CANCELLED, statusComment: "дубль" }) { id } }`, { id: closedByHand[0]!.id, v: (await orderState(closedByHand[0]!.id)).version });
    await gql(`mutation ($id: ID!, $v: Int!) { orderManage(input: { id: $id, version: $v, executorIds: ["${f.plumber}"], status: IN_PROGRESS }) { id } }`, { id: closedByHand[1]!.id, v: (await orderState(closedByHand[1]!.id)).version });
    await gql(`mutation ($id: ID!, $v: Int!) { orderManage(input: { id: $id, version: $v, status: DONE }) { id } }`, { id: closedByHand[1]!.id, v: (await orderState(closedByHand[1]!.id)).version });
    const closedIds = closedByHand.map((o) => o.id);
    const closedBefore = await t.database.sql`select id, status, version, revision, updated_at, (select count(*)::int from order_events e where e.order_id = o.id) as events
      from orders o where id in ${t.database.sql(closedIds)} order by id`;
    const versionsBefore = new Map((await t.database.sql`select id, version from orders where id in ${t.database.sql([...fresh, ...working].map((o) => o.id))}`).map((r) => [r.id, r.version]));

    const statements: string[] = [];
    const instance = await t.startInstance({}, { onQuery: (q) => statements.push(q) });
    const heard: string[] = [];
    const events = instance.pubsub.subscribe(Topic.ORDER_CHANGED, f.organizationId) as AsyncIterable<{ orderId: string }>;
    void (async () => {
      for await (const event of events) heard.push(event.orderId);
    })();
    await settle();
    statements.length = 0;
    const closed = await postGraphQL<{ incidentManage: { status: string; openOrderCount: number } }>(
      instance.url,
      `mutation ($input: IncidentManageInput!) { incidentManage(input: $input) { status openOrderCount } }`,
      { input: { id: incident.id, version: incident.version, status: "DONE" } },
      { token: dispatcher },
    );
    expect(closed.data?.incidentManage).toEqual({ status: "DONE", openOrderCount: 0 });
    // Two shapes of change (new orders: status and done time; orders in work: their execution SLA outcome too), six orders.
    expect(statements.filter((q) => /^update "orders"/.test(q))).toHaveLength(2);
    expect(statements.filter((q) => /^insert into "order_events"/.test(q))).toHaveLength(1);
    const moved = [...fresh, ...working].map((o) => o.id);
    // One live event per moved order, none for the closed ones.
    await expect.poll(() => [...heard].sort(), { timeout: 5000 }).toEqual([...moved].sort());
    await settle();
    expect(heard).toHaveLength(moved.length);
    await instance.close();

    const after = await t.database.sql`select id, status, version from orders where id in ${t.database.sql(moved)}`;
    for (const row of after) expect(row).toMatchObject({ status: "DONE", version: versionsBefore.get(row.id) + 1 });
    const history = await t.database.sql`select order_id, kind, data from order_events where via_incident_id = ${incident.id} order by order_id, id`;
    for (const id of moved) {
      const own = history.filter((e) => e.order_id === id);
      const version = after.find((r) => r.id === id)!.version;
      expect(own[0]).toMatchObject({ kind: "STATUS_CHANGED", data: { version, toStatus: "DONE" } });
      expect(own.slice(1).map((e) => e.kind)).toEqual(working.some((o) => o.id === id) ? ["SLA_EXECUTION_KEPT"] : []);
    }
    const closedAfter = await t.database.sql`select id, status, version, revision, updated_at, (select count(*)::int from order_events e where e.order_id = o.id) as events
      from orders o where id in ${t.database.sql(closedIds)} order by id`;
    expect(closedAfter).toEqual(closedBefore);
  });

  it("a resident reopening a cascaded order detaches it: reopened, then detached, both without a staff name", async () => {
    const incident = await createIncident();
    const order = await newResidentOrder(t);
    expect((await attach(incident.id, [order.id])).errors).toBeUndefined();
    const started = await manageOk(incident, { status: "IN_PROGRESS" });
    await manageOk(started, { status: "DONE" });
    const reopened = await t.graphql(`mutation ($id: ID!) { residentOrderStatusChange(input: { id: $id, status: REOPENED, comment: "Вода снова холодная" }) { status } }`, { id: order.id }, { token: resident });
    expect(reopened.data!.residentOrderStatusChange).toEqual({ status: "REOPENED" });
    const state = await orderState(order.id);
    expect(state.incidentId).toBeNull();
    expect(state.history.slice(0, 3).map((e: { kind: string; toStatus: string | null; actor: { kind: string; employee: unknown } }) => [e.kind, e.toStatus, e.actor.kind, e.actor.employee])).toEqual([
      ["INCIDENT_DETACHED", null, "SYSTEM", null],
      ["STATUS_CHANGED", "REOPENED", "RESIDENT", null],
      ["STATUS_CHANGED", "DONE", "SYSTEM", null],
    ]);
    const { incident: read } = await gql(`query ($id: ID!) { incident(id: $id) { orderCount history { kind automatic orderNumbers } } }`, { id: incident.id });
    expect(read.orderCount).toBe(0);
    expect(read.history[0]).toEqual({ kind: "ORDERS_DETACHED", automatic: true, orderNumbers: [order.number] });
    // The order then goes on outside the incident.
    const worked = await gql(`mutation ($id: ID!, $v: Int!) { orderManage(input: { id: $id, version: $v, executorIds: ["${f.plumber}"], status: IN_PROGRESS }) { status incidentId } }`, { id: order.id, v: state.version });
    expect(worked.orderManage).toEqual({ status: "IN_PROGRESS", incidentId: null });
  });

  it("a cascade racing an edit of one of its orders: the edit waits and gets CONFLICT, the incident closes whole", async () => {
    const incident = await manageOk(await createIncident(), { status: "IN_PROGRESS" });
    const orders = await Promise.all([newOrder(t), newOrder(t), newOrder(t)]);
    expect((await attach(incident.id, orders.map((o) => o.id))).errors).toBeUndefined();
    const victim = await orderState(orders[1]!.id);
    const waiting = async (n: number) =>
      expect
        .poll(async () => (await t.database.sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)[0]!.n, { timeout: 5000 })
        .toBe(n);
    // Hold the order's row so both the cascade and the edit queue behind it, the cascade first.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.database.sql.begin(async (tx) => {
      await tx`select id from orders where id = ${victim.id} for update`;
      locked();
      await held;
    });
    await isLocked;
    const cascade = manage(incident, { status: "DONE" });
    await waiting(1);
    const edit = t.graphql(`mutation ($id: ID!, $v: Int!) { orderManage(input: { id: $id, version: $v, statusComment: "уточнение" }) { id } }`, { id: victim.id, v: victim.version }, { token: dispatcher });
    await waiting(2);
    release();
    await holder;
    expect((await cascade).errors).toBeUndefined();
    const edited = await edit;
    expect(code(edited)).toBe("CONFLICT");
    const statuses = await t.database.sql`select status from orders where incident_id = ${incident.id}`;
    expect(statuses.map((r) => r.status)).toEqual(["DONE", "DONE", "DONE"]);
  });
});

describe("residents", () => {
  it("see open incidents of their buildings as notices (title, planned end) until closed; a new order of the same service is flagged, or attached when the organization says so", async () => {
    const plannedEndAt = new Date(Date.now() + 6 * 3600_000).toISOString();
    const incident = await createIncident({ title: "Нет холодной воды", plannedEndAt, serviceId: f.leak });
    const notices = async () => (await gql(`{ residentIncidentNotices { id title plannedEndAt } }`, {}, resident)).residentIncidentNotices as { id: string }[];
    expect(await notices()).toContainEqual({ id: incident.id, title: "Нет холодной воды", plannedEndAt });
    // The notice type has nothing else: a resident cannot ask for the comment or the orders.
    expect(code(await t.graphql(`{ residentIncidentNotices { statusComment } }`, {}, { token: resident }))).toBe("GRAPHQL_VALIDATION_FAILED");

    const flagged = await newResidentOrder(t, { serviceId: f.leak });
    const card = await gql(`query ($id: ID!) { order(id: $id) { incidentId suggestedIncident { number } } }`, { id: flagged.id });
    expect(card.order).toEqual({ incidentId: null, suggestedIncident: { number: incident.number } });
    // The demo seed's incident in work takes the largest group of quiet open orders, which the time
    // of day decides: the order that must get no suggestion takes a service no open incident has.
    const busy = new Set(
      (
        await t.database.sql`select i.service_id from incidents i join incident_scope s on s.incident_id = i.id
          where s.building_id = (select building_id from premises where id = ${f.residentPremise}) and i.status in ('OPEN', 'IN_PROGRESS', 'PAUSED')`
      ).map((r) => r.service_id as string),
    );
    const quiet = [f.intercom, f.clog, f.electrical].find((id) => !busy.has(id));
    expect(quiet).toBeDefined();
    const other = await newResidentOrder(t, { serviceId: quiet! });
    expect((await gql(`query ($id: ID!) { order(id: $id) { suggestedIncident { number } } }`, { id: other.id })).order.suggestedIncident).toBeNull();

    expect(code(await t.graphql(`mutation { incidentSettingsUpdate(autoAttach: true) { autoAttach } }`, {}, { token: executor }))).toBe("FORBIDDEN");
    await gql(`mutation { incidentSettingsUpdate(autoAttach: true) { autoAttach } }`);
    const auto = await newResidentOrder(t, { serviceId: f.leak });
    const autoCard = await orderState(auto.id);
    expect(autoCard.incidentId).toBe(incident.id);
    expect(autoCard.history[0]).toMatchObject({ kind: "INCIDENT_ATTACHED", actor: { kind: "SYSTEM", employee: null } });
    await gql(`mutation { incidentSettingsUpdate(autoAttach: false) { autoAttach } }`);

    await manageOk(incident, { status: "CANCELLED", statusComment: "Ложная тревога" });
    expect((await notices()).map((n) => n.id)).not.toContain(incident.id);
    expect((await orderState(auto.id)).status).toBe("CANCELLED");
  });
});

describe("demo data", () => {
  it("has an incident in work with open orders and a done one whose orders closed with it", async () => {
    const { incidents } = await gql(`{ incidents(first: 100) { nodes { number status orderCount openOrderCount orders(first: 10) { nodes { id status } } } } }`);
    const seeded = incidents.nodes.filter((i: { number: number }) => i.number <= 2);
    const inWork = seeded.find((i: { status: string }) => i.status === "IN_PROGRESS");
    const done = seeded.find((i: { status: string }) => i.status === "DONE");
    expect(inWork.openOrderCount).toBeGreaterThanOrEqual(1);
    expect(done.orderCount).toBeGreaterThanOrEqual(1);
    expect(done.openOrderCount).toBe(0);
    const card = await orderState(done.orders.nodes[0].id);
    expect(card.history.map((e: { kind: string; viaIncidentId: string | null }) => [e.kind, Boolean(e.viaIncidentId)])).toContainEqual(["STATUS_CHANGED", true]);
  });
});
