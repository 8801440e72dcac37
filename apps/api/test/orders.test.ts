import { describe, expect, it } from "vitest";
import { settle, subscribe, type TestServer } from "./support/harness.js";
import { ORDER_FIELDS, validAnswers, type OrderFixtures } from "./support/orders.js";
import { orderSuite } from "./support/order-suite.js";

let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let executor: string;
let resident: string;

orderSuite((s) => ({ t, f, dispatcher, executor, resident } = s));

type Order = Record<string, any>;

async function create(input: Record<string, unknown> = {}, token = dispatcher): Promise<Order> {
  const result = await t.graphql(`mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { ${ORDER_FIELDS} } }`, {
    input: {
      channel: "INCOMING_CALL",
      serviceId: f.clog,
      buildingId: f.residentBuilding,
      premiseId: f.residentPremise,
      clientId: f.residentClient,
      formAnswers: [{ key: "place", value: "Кухня" }],
      ...input,
    },
  }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.orderCreate;
}

async function manage(order: Order, input: Record<string, unknown>, token = dispatcher) {
  return t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { ${ORDER_FIELDS} } }`, {
    input: { id: order.id, version: order.version, ...input },
  }, { token });
}

async function manageOk(order: Order, input: Record<string, unknown>, token = dispatcher): Promise<Order> {
  const result = await manage(order, input, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.orderManage;
}

const reason = (result: { errors?: { extensions?: { reason?: string; code?: string } }[] }) => result.errors?.[0]?.extensions?.reason ?? result.errors?.[0]?.extensions?.code;
const tomorrow = () => new Date(t.clock.now().getTime() + 24 * 3600_000).toISOString();

describe("creating orders", () => {
  it("numbers orders per organization, starts PENDING, copies the service's department and SLA", async () => {
    const a = await create();
    const b = await create();
    expect(b.number).toBe(a.number + 1);
    expect(a).toMatchObject({ status: "PENDING", channel: "INCOMING_CALL", department: { id: f.plumbingDepartment }, slaReaction: "RUNNING", slaExecution: "NONE" });
    expect(new Date(a.reactionDueAt).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(a.createdBy).toEqual({ kind: "EMPLOYEE", employee: { id: expect.any(String) } });
  });

  it("starts an APPOINTMENT order IN_PROGRESS and a routed one in APPROVAL", async () => {
    const appointment = await create({ serviceId: f.appointment, formAnswers: await validAnswers(t, f.appointment) });
    expect(appointment).toMatchObject({ status: "IN_PROGRESS", slaReaction: expect.stringMatching(/KEPT|NONE/) });
    expect(appointment.firstInProgressAt).toBeTruthy();
    expect((await create({ serviceId: f.routed, formAnswers: await validAnswers(t, f.routed) })).status).toBe("APPROVAL");
  });

  it("enforces required and typed order-form answers", async () => {
    const missing = await t.graphql(`mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`, {
      input: { channel: "INCOMING_CALL", serviceId: f.clog, buildingId: f.residentBuilding, formAnswers: [] },
    }, { token: dispatcher });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "FORM_INVALID", problems: [{ key: "place", reason: "REQUIRED" }] });
    const wrong = await t.graphql(`mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`, {
      input: { channel: "INCOMING_CALL", serviceId: f.clog, buildingId: f.residentBuilding, formAnswers: [{ key: "place", value: "Чердак" }] },
    }, { token: dispatcher });
    expect(wrong.errors?.[0]?.extensions?.problems).toEqual([{ key: "place", reason: "NOT_AN_OPTION", message: expect.any(String) }]);
    const count = await t.database.sql`select count(*)::int as n from orders where form_answers->>'place' = 'Чердак'`;
    expect(count[0]!.n).toBe(0);
  });

  it("refuses an incident that does not exist", async () => {
    const result = await t.graphql(`mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`, {
      input: { channel: "INCOMING_CALL", serviceId: f.clog, buildingId: f.residentBuilding, formAnswers: [{ key: "place", value: "Кухня" }], incidentId: "00000000-0000-4000-8000-000000000000" },
    }, { token: dispatcher });
    expect(reason(result)).toBe("INCIDENT_NOT_FOUND");
  });

  it("refuses a premise of another building", async () => {
    const [other] = await t.database.sql`select id from premises where building_id <> ${f.residentBuilding} and organization_id = ${f.organizationId} limit 1`;
    const result = await t.graphql(`mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`, {
      input: { channel: "INCOMING_CALL", serviceId: f.clog, buildingId: f.residentBuilding, premiseId: other!.id, formAnswers: [{ key: "place", value: "Кухня" }] },
    }, { token: dispatcher });
    expect(reason(result)).toBe("PREMISE_NOT_FOUND");
  });

  it("lets a resident create an order for their own premise only, through the resident app channel", async () => {
    const own = await t.graphql(`mutation ($input: ResidentOrderCreateInput!) { residentOrderCreate(input: $input) { id status channel createdBy { kind employee { id } } } }`, {
      input: { serviceId: f.clog, premiseId: f.residentPremise, formAnswers: [{ key: "place", value: "Ванная" }] },
    }, { token: resident });
    const { id, ...created } = own.data!.residentOrderCreate;
    expect(created).toEqual({ status: "PENDING", channel: "RESIDENT_APP", createdBy: { kind: "RESIDENT", employee: null } });
    const asStaff = await t.graphql(`query ($id: ID!) { order(id: $id) { client { id } } }`, { id }, { token: dispatcher });
    expect(asStaff.data!.order.client).toEqual({ id: f.residentClient });
    const [foreignPremise] = await t.database.sql`select id from premises where id not in (select premise_id from client_premises where client_id = ${f.residentClient}) and organization_id = ${f.organizationId} limit 1`;
    const other = await t.graphql(`mutation ($input: ResidentOrderCreateInput!) { residentOrderCreate(input: $input) { id } }`, {
      input: { serviceId: f.clog, premiseId: foreignPremise!.id, formAnswers: [{ key: "place", value: "Ванная" }] },
    }, { token: resident });
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("status rules through the API", () => {
  it("IN_PROGRESS and DONE need an executor", async () => {
    const order = await create();
    expect(reason(await manage(order, { status: "IN_PROGRESS" }))).toBe("EXECUTOR_REQUIRED");
    const taken = await manageOk(order, { status: "IN_PROGRESS", executorIds: [f.plumber] });
    expect(taken).toMatchObject({ status: "IN_PROGRESS", executors: [{ id: f.plumber }], slaReaction: "KEPT", slaExecution: "RUNNING" });
    expect(taken.executionDueAt).toBeTruthy();
    expect(reason(await manage(taken, { status: "DONE", executorIds: [] }))).toBe("EXECUTOR_REQUIRED");
  });

  it("DONE only from IN_PROGRESS", async () => {
    const order = await manageOk(await create(), { executorIds: [f.plumber] });
    expect(reason(await manage(order, { status: "DONE" }))).toBe("DONE_ONLY_FROM_IN_PROGRESS");
  });

  it("PAUSED needs a comment and a future resume-by date; a paused order resumes and pauses again", async () => {
    const order = await manageOk(await create(), { status: "IN_PROGRESS", executorIds: [f.plumber] });
    expect(reason(await manage(order, { status: "PAUSED", resumeBy: tomorrow() }))).toBe("COMMENT_REQUIRED");
    expect(reason(await manage(order, { status: "PAUSED", statusComment: "Ждём запчасть" }))).toBe("RESUME_BY_REQUIRED");
    expect(reason(await manage(order, { status: "PAUSED", statusComment: "Ждём запчасть", resumeBy: new Date(Date.now() - 60_000).toISOString() }))).toBe("RESUME_BY_IN_PAST");
    const paused = await manageOk(order, { status: "PAUSED", statusComment: "Ждём запчасть", resumeBy: tomorrow() });
    expect(paused).toMatchObject({ status: "PAUSED", statusComment: "Ждём запчасть" });
    const resumed = await manageOk(paused, { status: "IN_PROGRESS" });
    expect(resumed).toMatchObject({ status: "IN_PROGRESS", resumeBy: null, statusComment: "Ждём запчасть" });
    const again = await manageOk(resumed, { status: "PAUSED", resumeBy: tomorrow() });
    expect(again.status).toBe("PAUSED");
  });

  it("flags a paused order whose resume-by date passed", async () => {
    const order = await manageOk(await create(), { status: "IN_PROGRESS", executorIds: [f.plumber] });
    const paused = await manageOk(order, { status: "PAUSED", statusComment: "Обед", resumeBy: new Date(t.clock.now().getTime() + 60_000).toISOString() });
    expect(paused.labels).not.toContain("PAUSE_OVERDUE");
    t.clock.advance(2 * 60_000);
    const { data } = await t.graphql(`query ($id: ID!) { order(id: $id) { labels } }`, { id: order.id }, { token: dispatcher });
    expect(data!.order.labels).toContain("PAUSE_OVERDUE");
    const filtered = await t.graphql(`{ orders(filter: { labels: [PAUSE_OVERDUE] }, first: 100) { nodes { id } } }`, {}, { token: dispatcher });
    expect(filtered.data!.orders.nodes.map((n: Order) => n.id)).toContain(order.id);
  });

  it("cancel needs a comment, never from DONE; staff reopen a done order", async () => {
    const order = await create();
    expect(reason(await manage(order, { status: "CANCELLED" }))).toBe("COMMENT_REQUIRED");
    expect((await manageOk(order, { status: "CANCELLED", statusComment: "Житель передумал" })).status).toBe("CANCELLED");
    const done = await manageOk(await manageOk(await create(), { status: "IN_PROGRESS", executorIds: [f.plumber] }), { status: "DONE" });
    expect(done.doneAt).toBeTruthy();
    expect(reason(await manage(done, { status: "CANCELLED", statusComment: "x" }))).toBe("NOT_ALLOWED");
    const reopened = await manageOk(done, { status: "REOPENED", statusComment: "Снова течёт" });
    expect(reopened).toMatchObject({ status: "REOPENED", doneAt: null });
  });

  it("the status comment is sticky until cleared, and written to history", async () => {
    const order = await manageOk(await create(), { statusComment: "Позвонить после 18:00", executorIds: [f.plumber] });
    const taken = await manageOk(order, { status: "IN_PROGRESS" });
    expect(taken.statusComment).toBe("Позвонить после 18:00");
    const cleared = await manageOk(taken, { statusComment: "" });
    expect(cleared.statusComment).toBeNull();
    const { data } = await t.graphql(`query ($id: ID!) { order(id: $id) { history { kind statusComment fromStatus toStatus actor { kind employee { id } } } } }`, { id: order.id }, { token: dispatcher });
    const history = data!.order.history;
    expect(history.map((e: Order) => e.kind)).toEqual(["STATUS_COMMENT_CHANGED", "SLA_REACTION_KEPT", "STATUS_CHANGED", "STATUS_COMMENT_CHANGED", "EXECUTORS_CHANGED", "CREATED"]);
    expect(history[2]).toMatchObject({ fromStatus: "PENDING", toStatus: "IN_PROGRESS", statusComment: null, actor: { kind: "EMPLOYEE" } });
    expect(history[3]).toMatchObject({ kind: "STATUS_COMMENT_CHANGED", statusComment: "Позвонить после 18:00" });
    expect(history[1].actor).toEqual({ kind: "SYSTEM", employee: null });
  });

  it("a status change logs the status comment only when it changed (#15 bug 8)", async () => {
    const order = await manageOk(await create(), { status: "IN_PROGRESS", statusComment: "Ждём доступ в подвал", executorIds: [f.plumber] });
    const paused = await manageOk(order, { status: "PAUSED", statusComment: "Ждём доступ в подвал", resumeBy: tomorrow() });
    const resumed = await manageOk(paused, { status: "IN_PROGRESS" });
    const again = await manageOk(resumed, { status: "PAUSED", statusComment: "Ждём запчасть", resumeBy: tomorrow() });
    await manageOk(again, { status: "IN_PROGRESS" });
    const { data } = await t.graphql(`query ($id: ID!) { order(id: $id) { history { kind statusComment toStatus } } }`, { id: order.id }, { token: dispatcher });
    const logged = data!.order.history.filter((e: Order) => e.kind === "STATUS_CHANGED" || e.kind === "STATUS_COMMENT_CHANGED").reverse();
    expect(logged).toEqual([
      { kind: "STATUS_CHANGED", toStatus: "IN_PROGRESS", statusComment: "Ждём доступ в подвал" },
      { kind: "STATUS_CHANGED", toStatus: "PAUSED", statusComment: null },
      { kind: "STATUS_CHANGED", toStatus: "IN_PROGRESS", statusComment: null },
      { kind: "STATUS_CHANGED", toStatus: "PAUSED", statusComment: "Ждём запчасть" },
      { kind: "STATUS_CHANGED", toStatus: "IN_PROGRESS", statusComment: null },
    ]);
  });

  it("residents cancel only pending orders, reopen done ones where the service allows, and never see staff fields", async () => {
    const pending = await create();
    const cancel = (id: string, status = "CANCELLED", token = resident) =>
      t.graphql(`mutation ($id: ID!, $status: OrderStatus!) { residentOrderStatusChange(input: { id: $id, status: $status, comment: "Передумал" }) { status } }`, { id, status }, { token });
    expect((await cancel(pending.id)).data!.residentOrderStatusChange.status).toBe("CANCELLED");
    const inWork = await manageOk(await create(), { status: "IN_PROGRESS", executorIds: [f.plumber] });
    expect(reason(await cancel(inWork.id))).toBe("NOT_ALLOWED");
    const done = await manageOk(inWork, { status: "DONE" });
    expect((await cancel(done.id, "REOPENED")).data!.residentOrderStatusChange.status).toBe("REOPENED");
    const intercom = await manageOk(await manageOk(await create({ serviceId: f.intercom, formAnswers: await validAnswers(t, f.intercom) }), { status: "IN_PROGRESS", executorIds: [f.electrician], departmentId: f.electricalDepartment }), { status: "DONE" });
    expect(reason(await cancel(intercom.id, "REOPENED"))).toBe("RESIDENT_MAY_NOT_REOPEN");

    const staffOnly = await t.graphql(`query ($id: ID!) { order(id: $id) { statusComment } }`, { id: done.id }, { token: resident });
    expect(staffOnly.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const history = await t.graphql(`query ($id: ID!) { order(id: $id) { history { kind } } }`, { id: done.id }, { token: resident });
    expect(history.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const staffHistory = await t.graphql(`query ($id: ID!) { order(id: $id) { history { kind actor { kind employee { id } } } } }`, { id: done.id }, { token: dispatcher });
    expect(staffHistory.data!.order.history[0]).toEqual({ kind: "STATUS_CHANGED", actor: { kind: "RESIDENT", employee: null } });
  });

  it("routing: approval → clarification → the resident's answer → approval → pending", async () => {
    let order = await create({ serviceId: f.routed, formAnswers: await validAnswers(t, f.routed) });
    expect(order.status).toBe("APPROVAL");
    expect(reason(await manage(order, { status: "IN_PROGRESS", executorIds: [] }))).toBe("NOT_ALLOWED");
    order = await manageOk(order, { status: "NEEDS_CLARIFICATION", statusComment: "Приложите проект" });
    const answer = await t.graphql(`mutation ($id: ID!) { residentOrderStatusChange(input: { id: $id, status: APPROVAL, comment: "Проект отправил на почту" }) { status } }`, { id: order.id }, { token: resident });
    expect(answer.data!.residentOrderStatusChange.status).toBe("APPROVAL");
    const { data } = await t.graphql(`query ($id: ID!) { order(id: $id) { version } }`, { id: order.id }, { token: dispatcher });
    order = await manageOk({ ...order, version: data!.order.version }, { status: "PENDING" });
    expect(order.status).toBe("PENDING");
  });
});

describe("executors", () => {
  it("come from the order's department, up to the service maximum, and show workload", async () => {
    const order = await create();
    expect(reason(await manage(order, { executorIds: [f.electrician] }))).toBe("EXECUTOR_NOT_IN_DEPARTMENT");
    expect(reason(await manage(order, { executorIds: [f.plumber, f.plumber2, f.plumber3] }))).toBe("TOO_MANY_EXECUTORS");
    expect(reason(await manage(order, { executorIds: [f.inactivePlumber] }))).toBe("EXECUTOR_NOT_FOUND");
    expect(reason(await manage(order, { executorIds: [f.plumber, f.plumber] }))).toBe("DUPLICATE_EXECUTOR");
    const assigned = await manageOk(order, { executorIds: [f.plumber2, f.plumber] });
    expect(assigned.executors.map((e: Order) => e.id)).toEqual([f.plumber2, f.plumber]);

    const query = `query ($d: ID!) { orderExecutorCandidates(departmentId: $d) { employee { id } openOrders workload } }`;
    const before = (await t.graphql(query, { d: f.plumbingDepartment }, { token: dispatcher })).data!.orderExecutorCandidates;
    const plumber3 = before.find((c: Order) => c.employee.id === f.plumber3);
    const open = await t.database.sql`select count(*)::int as n from order_executors oe join orders o on o.id = oe.order_id
      where oe.employee_id = ${f.plumber2} and o.status not in ('DONE', 'CANCELLED')`;
    expect(before.find((c: Order) => c.employee.id === f.plumber2).openOrders).toBe(open[0]!.n);
    expect(before.some((c: Order) => c.employee.id === f.inactivePlumber)).toBe(false);
    for (let i = 0; i < 6; i++) await manageOk(await create(), { executorIds: [f.plumber3] });
    const after = (await t.graphql(query, { d: f.plumbingDepartment }, { token: dispatcher })).data!.orderExecutorCandidates;
    const plumber3After = after.find((c: Order) => c.employee.id === f.plumber3);
    expect(plumber3After.openOrders).toBe(plumber3.openOrders + 6);
    expect(plumber3After.workload).toBe(plumber3After.openOrders <= 5 ? "GREEN" : plumber3After.openOrders <= 10 ? "YELLOW" : "RED");
  });

  it("moving an order to another department keeps only that department's executors, and the history names it", async () => {
    const order = await manageOk(await create(), { executorIds: [f.plumber] });
    const moved = await manageOk(order, { departmentId: f.electricalDepartment });
    expect(moved).toMatchObject({ department: { id: f.electricalDepartment }, executors: [] });
    const { data } = await t.graphql(`query ($id: ID!) { order(id: $id) { history { kind department { id name } } } }`, { id: order.id }, { token: dispatcher });
    expect(data!.order.history.slice(0, 2)).toEqual([
      { kind: "EXECUTORS_CHANGED", department: null },
      { kind: "DEPARTMENT_CHANGED", department: { id: f.electricalDepartment, name: "Электротехническая служба" } },
    ]);
  });

  it("an executor may change the status of their order but not assign people", async () => {
    const order = await manageOk(await create(), { executorIds: [f.plumber] });
    const taken = await manageOk(order, { status: "IN_PROGRESS" }, executor);
    expect(taken.status).toBe("IN_PROGRESS");
    const assign = await manage(taken, { executorIds: [f.plumber, f.plumber2] }, executor);
    expect(assign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const someoneElses = await create();
    const hidden = await manage(someoneElses, { statusComment: "x" }, executor);
    expect(hidden.errors?.[0]).toMatchObject({ message: "Заявка не найдена", extensions: { code: "NOT_FOUND" } });
  });
});

describe("editing base data", () => {
  const update = (order: Order, input: Record<string, unknown>) =>
    t.graphql(`mutation ($input: OrderUpdateInput!) { orderUpdate(input: $input) { ${ORDER_FIELDS} history { kind changes { field from to } } } }`, {
      input: { id: order.id, version: order.version, ...input },
    }, { token: dispatcher });

  it("records what changed and is locked once the order is done or cancelled", async () => {
    const order = await create();
    const changed = await t.graphql(`mutation ($input: OrderUpdateInput!) { orderUpdate(input: $input) { version formAnswers { key value } history { kind changes { field from to } } } }`, {
      input: { id: order.id, version: order.version, formAnswers: [{ key: "place", value: "Туалет" }], description: "Сильный запах" },
    }, { token: dispatcher });
    expect(changed.data!.orderUpdate.history[0]).toEqual({
      kind: "BASE_DATA_CHANGED",
      changes: expect.arrayContaining([{ field: "form:place", from: "Кухня", to: "Туалет" }, { field: "description", from: null, to: "Сильный запах" }]),
    });
    const cancelled = await manageOk({ ...order, version: changed.data!.orderUpdate.version }, { status: "CANCELLED", statusComment: "Дубль" });
    expect(cancelled.baseDataLocked).toBe(true);
    const locked = await t.graphql(`mutation ($input: OrderUpdateInput!) { orderUpdate(input: $input) { id } }`, {
      input: { id: order.id, version: cancelled.version, description: "ещё" },
    }, { token: dispatcher });
    expect(reason(locked)).toBe("BASE_DATA_LOCKED");
  });

  it("a new building drops the old premise, an empty client id clears the client, and the channel never changes", async () => {
    const order = await create();
    const [other] = await t.database.sql`select id, address from buildings where id <> ${f.residentBuilding} and organization_id = ${f.organizationId} order by address limit 1`;
    const result = await update(order, { buildingId: other!.id, clientId: "" });
    expect(result.errors).toBeUndefined();
    const changed = result.data!.orderUpdate;
    expect(changed).toMatchObject({ client: null, channel: "INCOMING_CALL" });
    expect(changed.history[0].changes.map((c: Order) => c.field).sort()).toEqual(["building", "client", "premise"]);
    expect(changed.history[0].changes.find((c: Order) => c.field === "building").to).toBe(other!.address);
    const channel = await t.graphql(`mutation ($input: OrderUpdateInput!) { orderUpdate(input: $input) { id } }`, { input: { id: order.id, version: changed.version, channel: "VISIT" } }, { token: dispatcher });
    expect(channel.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("an order for a premise where people live", () => {
  const CREATE = `mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id client { id } } }`;
  const input = async (extra: Record<string, unknown>) => ({
    channel: "INCOMING_CALL",
    serviceId: f.clog,
    buildingId: f.residentBuilding,
    premiseId: f.residentPremise,
    formAnswers: [{ key: "place", value: "Кухня" }],
    ...extra,
  });
  const count = async () => Number((await t.database.sql`select count(*)::int as n from orders`)[0]!.n);
  const update = (order: Order, changes: Record<string, unknown>) =>
    t.graphql(`mutation ($input: OrderUpdateInput!) { orderUpdate(input: $input) { version } }`, { input: { id: order.id, version: order.version, ...changes } }, { token: dispatcher });

  it("names one of its residents, or says on purpose that it has none; never a client left out silently", async () => {
    const before = await count();
    const silent = await t.graphql(CREATE, { input: await input({}) }, { token: dispatcher });
    expect(silent.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CLIENT_CHOICE_REQUIRED", field: "input.clientId" });
    expect(await count()).toBe(before);

    const commonArea = await t.graphql(CREATE, { input: await input({ withoutClient: true }) }, { token: dispatcher });
    expect(commonArea.errors).toBeUndefined();
    expect(commonArea.data!.orderCreate.client).toBeNull();

    const [empty] = await t.database.sql`select p.id, p.building_id from premises p where p.organization_id = ${f.organizationId}
      and not exists (select 1 from client_premises cp where cp.premise_id = p.id) limit 1`;
    const vacant = await t.graphql(CREATE, { input: await input({ buildingId: empty!.building_id, premiseId: empty!.id }) }, { token: dispatcher });
    expect(vacant.errors).toBeUndefined();
  });

  it("keeps its client unless cleared on purpose when edited", async () => {
    const order = await create();
    const cleared = await update(order, { clientId: "" });
    expect(cleared.errors?.[0]?.extensions).toMatchObject({ reason: "CLIENT_CHOICE_REQUIRED", field: "input.clientId" });
    const onPurpose = await update(order, { clientId: "", withoutClient: true });
    expect(onPurpose.errors).toBeUndefined();
    // An edit that does not touch the place is not asked again.
    const described = await update({ ...order, version: onPurpose.data!.orderUpdate.version }, { description: "Течёт в подвале" });
    expect(described.errors).toBeUndefined();
  });
});

describe("concurrent edits", () => {
  it("the second of two dispatchers saving the same version gets CONFLICT naming what changed", async () => {
    const other = await t.login("dispatcher2@domovoy.example");
    const order = await create();
    const first = await manage(order, { executorIds: [f.plumber] }, other);
    expect(first.errors).toBeUndefined();
    const second = await manage(order, { statusComment: "Мой комментарий" });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION", changed: ["исполнители"] });
    expect(second.errors?.[0]?.message).toMatch(/Егоров Кирилл Дмитриевич/);
    const { data } = await t.graphql(`query ($id: ID!) { order(id: $id) { statusComment executors { id } } }`, { id: order.id }, { token: dispatcher });
    expect(data!.order).toEqual({ statusComment: null, executors: [{ id: f.plumber }] });
  });
});

describe("SLA", () => {
  it("records a reaction breach once when the deadline passes (job), shows the label while pending, and pushes it live", async () => {
    const order = await create();
    const sub = subscribe(t.ws(dispatcher), `subscription ($id: ID!) { orderUpdated(id: $id) { labels } }`, { id: order.id });
    await settle(200);
    t.clock.advance(31 * 60_000);
    await t.app.jobs!.runDue();
    await t.app.jobs!.runDue();
    const events = await sub.next(1);
    expect(events[0]!.data!.orderUpdated.labels).toContain("SLA_REACTION_BREACHED");
    const { data } = await t.graphql(`query ($id: ID!) { order(id: $id) { labels slaReaction history { kind } } }`, { id: order.id }, { token: dispatcher });
    expect(data!.order.slaReaction).toBe("BREACHED");
    expect(data!.order.history.filter((e: Order) => e.kind === "SLA_REACTION_BREACHED")).toHaveLength(1);
    const taken = await manageOk(order, { status: "IN_PROGRESS", executorIds: [f.plumber] });
    expect(taken.labels).not.toContain("SLA_REACTION_BREACHED");
    const history = (await t.graphql(`query ($id: ID!) { order(id: $id) { history { kind } } }`, { id: order.id }, { token: dispatcher })).data!.order.history;
    expect(history.filter((e: Order) => e.kind.startsWith("SLA_REACTION"))).toEqual([{ kind: "SLA_REACTION_BREACHED" }]);
    // The breach label is gone once in work, so «Нарушен SLA» no longer lists the order (#15 bug 6).
    const breached = await t.graphql(`{ orders(filter: { slaBreached: true }, first: 100) { nodes { id } } }`, {}, { token: dispatcher });
    expect(breached.data!.orders.nodes.map((n: Order) => n.id)).not.toContain(order.id);
  });

  it("one execution outcome, recorded once: a reopened order done in time stays «соблюдён» past its deadline (#15 bug 6)", async () => {
    const taken = await manageOk(await create(), { status: "IN_PROGRESS", executorIds: [f.plumber] });
    const done = await manageOk(taken, { status: "DONE" });
    expect(done.slaExecution).toBe("KEPT");
    const reopened = await manageOk(done, { status: "REOPENED", statusComment: "Снова засор" });
    t.clock.advance(5 * 3600_000);
    await t.app.jobs!.runDue();
    await t.app.jobs!.runDue();
    const query = `query ($id: ID!) { order(id: $id) { version slaExecution labels history { kind } } }`;
    const late = (await t.graphql(query, { id: done.id }, { token: dispatcher })).data!.order;
    expect(late).toMatchObject({ slaExecution: "KEPT" });
    expect(late.labels).not.toContain("SLA_EXECUTION_BREACHED");
    const breached = await t.graphql(`{ orders(filter: { slaBreached: true }, first: 100) { nodes { id } } }`, {}, { token: dispatcher });
    expect(breached.data!.orders.nodes.map((n: Order) => n.id)).not.toContain(done.id);
    const again = await manageOk(await manageOk({ ...reopened, version: late.version }, { status: "IN_PROGRESS" }), { status: "DONE" });
    expect(again.slaExecution).toBe("KEPT");
    const history = (await t.graphql(query, { id: done.id }, { token: dispatcher })).data!.order.history;
    expect(history.filter((e: Order) => e.kind.startsWith("SLA_EXECUTION"))).toEqual([{ kind: "SLA_EXECUTION_KEPT" }]);
  });

  it("records execution kept when done in time", async () => {
    const order = await manageOk(await create(), { status: "IN_PROGRESS", executorIds: [f.plumber] });
    const done = await manageOk(order, { status: "DONE" });
    expect(done).toMatchObject({ slaReaction: "KEPT", slaExecution: "KEPT" });
  });
});

describe("live updates", () => {
  it("a second client sees the New counter and the list change; another organization hears nothing", async () => {
    const watcher = await t.login("admin@domovoy.example");
    const foreign = await t.login("admin@severny.example");
    const counter = subscribe(t.ws(watcher), `subscription { ordersNewCountChanged }`);
    const list = subscribe(t.ws(watcher), `subscription { orderChanged { id number status } }`);
    const foreignList = subscribe(t.ws(foreign), `subscription { orderChanged { id } }`);
    const foreignCounter = subscribe(t.ws(foreign), `subscription { ordersNewCountChanged }`);
    await settle(300);
    const before = (await t.graphql(`{ ordersNewCount }`, {}, { token: watcher })).data!.ordersNewCount;
    // The counter starts with its current value.
    const [initial] = await counter.next(1);
    expect(initial!.data!.ordersNewCountChanged).toBe(before);
    const order = await create();
    const [, count] = await counter.next(2);
    expect(count!.data!.ordersNewCountChanged).toBe(before + 1);
    const [changed] = await list.next(1);
    expect(changed!.data!.orderChanged).toMatchObject({ id: order.id, status: "PENDING" });
    await manageOk(order, { status: "IN_PROGRESS", executorIds: [f.plumber] });
    const counts = await counter.next(3);
    expect(counts[2]!.data!.ordersNewCountChanged).toBe(before);
    expect((await list.next(2))[1]!.data!.orderChanged.status).toBe("IN_PROGRESS");
    await settle(300);
    expect(foreignList.events).toHaveLength(0);
    // Only the foreign organization's own current value, nothing about this one's orders.
    expect(foreignCounter.events).toHaveLength(1);
  });
});
