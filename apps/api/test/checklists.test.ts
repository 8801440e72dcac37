import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newOrder } from "./support/factories.js";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { upload, PNG_1x1 } from "./support/uploads.js";

let t: TestServer;
let f: OrderFixtures;
let admin: string;
let dispatcher: string;
let plumber: string;
let plumber2: string;
let resident: string;
let foreign: string;
let strictService: string;
let lenientService: string;

const TEMPLATE = [
  { title: "Осмотреть стояк" },
  { title: "Фото после работ", photoRequired: true },
  { title: "Что заменили", noteRequired: true },
  { title: "Убрать за собой", required: false },
];

type Item = { id: string; title: string; required: boolean; photoRequired: boolean; noteRequired: boolean; done: boolean; doneAt: string | null; note: string | null; version: number; doneBy: { email: string } | null; photo: { id: string } | null };
type Order = { id: string; version: number; revision: number; status: string; documentCount: number; checklist: Item[] };
type Result<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

const ORDER = `id version revision status documentCount checklist { id title required photoRequired noteRequired done doneAt note version doneBy { email } photo { id } }`;
const reason = (r: Result<unknown>) => (r.errors?.[0]?.extensions?.reason ?? r.errors?.[0]?.extensions?.code) as string | undefined;

async function createService(name: string, checklistRequiredToClose: boolean): Promise<string> {
  const r = await t.graphql<{ serviceCreate: { id: string } }>(
    `mutation ($input: ServiceCreateInput!) { serviceCreate(input: $input) { id } }`,
    { input: { name, departmentId: f.plumbingDepartment, checklistTemplate: TEMPLATE, checklistRequiredToClose } },
    { token: admin },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.serviceCreate.id;
}

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  admin = await t.login("admin@domovoy.example");
  dispatcher = await t.login("dispatcher@domovoy.example");
  plumber = await t.login("plumber@domovoy.example");
  plumber2 = await t.login("plumber2@domovoy.example");
  foreign = await t.login("admin@severny.example");
  resident = await t.residentLogin("+79160000001");
  strictService = await createService(`Чек-лист строгий ${Date.now()}`, true);
  lenientService = await createService(`Чек-лист мягкий ${Date.now()}`, false);
});
afterAll(() => t?.close());

async function read(id: string, token = dispatcher): Promise<Order> {
  const r = await t.graphql<{ order: Order }>(`query ($id: ID!) { order(id: $id) { ${ORDER} } }`, { id }, { token });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.order;
}

function manage(order: { id: string; version: number }, input: Record<string, unknown>, token = dispatcher) {
  return t.graphql<{ orderManage: Order }>(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { ${ORDER} } }`, { input: { id: order.id, version: order.version, ...input } }, { token });
}

function tick(item: { id: string; version: number }, input: { done?: boolean; note?: string | null; photoFileId?: string | null } = {}, token = plumber) {
  return t.graphql<{ orderChecklistItemSet: Order }>(`mutation ($input: OrderChecklistItemSetInput!) { orderChecklistItemSet(input: $input) { ${ORDER} } }`, { input: { id: item.id, version: item.version, done: true, ...input } }, { token });
}

async function ticked(item: { id: string; version: number }, input: Parameters<typeof tick>[1] = {}, token = plumber): Promise<Order> {
  const r = await tick(item, input, token);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.orderChecklistItemSet;
}

/** An order of the service in work with the plumber as its executor. */
async function inWork(serviceId = strictService): Promise<Order> {
  const created = await newOrder(t, { serviceId });
  const r = await manage(created, { status: "IN_PROGRESS", executorIds: [f.plumber] });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.orderManage;
}

async function photo(orderId: string, token = plumber): Promise<string> {
  const r = await upload(t, { token, purpose: "ORDER_DOCUMENT", orderId, fileName: "фото.png", body: PNG_1x1 });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

const item = (order: Order, title: string) => order.checklist.find((i) => i.title === title)!;

describe("order checklists", () => {
  it("copy the service's template onto each new order; a later template change leaves the order alone", async () => {
    const order = await inWork();
    expect(order.checklist.map(({ title, required, photoRequired, noteRequired, done }) => ({ title, required, photoRequired, noteRequired, done }))).toEqual(
      TEMPLATE.map((i) => ({ title: i.title, required: i.required ?? true, photoRequired: i.photoRequired ?? false, noteRequired: i.noteRequired ?? false, done: false })),
    );
    const changed = await t.graphql(`mutation ($id: ID!) { serviceUpdate(id: $id, input: { checklistTemplate: [{ title: "Другое" }] }) { id checklistTemplate { title required } } }`, { id: lenientService }, { token: admin });
    expect(changed.errors).toBeUndefined();
    const before = await inWork(strictService);
    expect(before.checklist).toHaveLength(4);
    const after = await inWork(lenientService);
    expect(after.checklist.map((i) => i.title)).toEqual(["Другое"]);
    await t.graphql(`mutation ($id: ID!, $t: [ChecklistTemplateItemInput!]) { serviceUpdate(id: $id, input: { checklistTemplate: $t }) { id } }`, { id: lenientService, t: TEMPLATE }, { token: admin });
  });

  it("«Нельзя закрыть без чек-листа»: DONE is refused naming the unfinished required items until they are done", async () => {
    let order = await inWork();
    const refused = await manage(order, { status: "DONE" }, plumber);
    expect(reason(refused)).toBe("CHECKLIST_REQUIRED");
    expect(refused.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(refused.errors![0]!.extensions!.items).toEqual(["Осмотреть стояк", "Фото после работ", "Что заменили"]);
    expect(refused.errors![0]!.message).toContain("«Фото после работ»");

    order = await ticked(item(order, "Осмотреть стояк"));
    order = await ticked(item(order, "Фото после работ"), { photoFileId: await photo(order.id) });
    const stillOne = await manage(order, { status: "DONE" }, plumber);
    expect(stillOne.errors![0]!.extensions!.items).toEqual(["Что заменили"]);
    order = await ticked(item(order, "Что заменили"), { note: "Заменён участок трубы" });
    // The optional item stays unticked.
    const done = await manage(order, { status: "DONE" }, plumber);
    expect(done.errors).toBeUndefined();
    expect(done.data!.orderManage.status).toBe("DONE");
  });

  it("a service without the setting closes with its checklist unfinished", async () => {
    const order = await inWork(lenientService);
    const done = await manage(order, { status: "DONE" }, plumber);
    expect(done.errors).toBeUndefined();
    expect(done.data!.orderManage.status).toBe("DONE");
  });

  it("items ask for their photo and note; the photo becomes one of the order's documents", async () => {
    let order = await inWork();
    expect(reason(await tick(item(order, "Фото после работ")))).toBe("PHOTO_REQUIRED");
    expect(reason(await tick(item(order, "Что заменили")))).toBe("NOTE_REQUIRED");
    expect(reason(await tick(item(order, "Что заменили"), { note: "   " }))).toBe("NOTE_REQUIRED");
    expect(reason(await tick(item(order, "Что заменили"), { note: "я".repeat(2001) }))).toBe("TOO_LONG");
    order = await ticked(item(order, "Фото после работ"), { photoFileId: await photo(order.id) });
    const withPhoto = item(order, "Фото после работ");
    expect(withPhoto.done).toBe(true);
    expect(order.documentCount).toBe(1);
    const docs = await t.graphql<{ order: { documents: { id: string }[] } }>(`query ($id: ID!) { order(id: $id) { documents { id } } }`, { id: order.id }, { token: dispatcher });
    expect(docs.data!.order.documents.map((d) => d.id)).toEqual([withPhoto.photo!.id]);
    // Unticked and ticked again: the photo it already has is enough.
    order = await ticked(withPhoto, { done: false });
    order = await ticked(item(order, "Фото после работ"));
    expect(item(order, "Фото после работ")).toMatchObject({ done: true, photo: { id: withPhoto.photo!.id } });
  });

  it("record who ticked and when, write history, and untick clears both", async () => {
    let order = await inWork();
    const before = order.revision;
    order = await ticked(item(order, "Осмотреть стояк"));
    const done = item(order, "Осмотреть стояк");
    expect(done).toMatchObject({ done: true, doneBy: { email: "plumber@domovoy.example" }, version: 2 });
    expect(Date.parse(done.doneAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(order.revision).toBeGreaterThan(before);
    order = await ticked(done, { done: false }, dispatcher);
    expect(item(order, "Осмотреть стояк")).toMatchObject({ done: false, doneAt: null, doneBy: null, version: 3 });
    const history = await t.graphql<{ order: { history: { kind: string; checklistItemTitle: string | null; actor: { employee: { email: string } | null } }[] } }>(
      `query ($id: ID!) { order(id: $id) { history { kind checklistItemTitle actor { employee { email } } } } }`,
      { id: order.id },
      { token: dispatcher },
    );
    expect(history.data!.order.history.slice(0, 2)).toEqual([
      { kind: "CHECKLIST_ITEM_UNDONE", checklistItemTitle: "Осмотреть стояк", actor: { employee: { email: "dispatcher@domovoy.example" } } },
      { kind: "CHECKLIST_ITEM_DONE", checklistItemTitle: "Осмотреть стояк", actor: { employee: { email: "plumber@domovoy.example" } } },
    ]);
  });

  it("a tick is not an edit of the order: an open status editor stays current", async () => {
    let order = await inWork();
    const version = order.version;
    order = await ticked(item(order, "Осмотреть стояк"));
    expect(order.version).toBe(version);
    const paused = await manage({ id: order.id, version }, { status: "PAUSED", statusComment: "ждём детали", resumeBy: new Date(Date.now() + 86_400_000).toISOString() }, plumber);
    expect(paused.errors).toBeUndefined();
  });

  it("a change of an item made on an older version is a conflict, never a silent overwrite", async () => {
    const order = await inWork();
    const stale = item(order, "Осмотреть стояк");
    await ticked(stale, {}, dispatcher);
    const conflict = await tick(stale, { done: false });
    expect(conflict.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION", currentVersion: 2, done: true });
    expect(conflict.errors![0]!.message).toContain("Осмотреть стояк");
    expect(item(await read(order.id), "Осмотреть стояк").done).toBe(true);
  });

  it("a closed order's checklist is frozen", async () => {
    const order = await inWork(lenientService);
    const done = (await manage(order, { status: "DONE" }, plumber)).data!.orderManage;
    expect(reason(await tick(item(done, "Осмотреть стояк")))).toBe("CHECKLIST_LOCKED");
  });

  it("are ticked by the order's executors and dispatchers; other executors, other organizations and residents are refused", async () => {
    const order = await inWork();
    const first = item(order, "Осмотреть стояк");
    expect((await tick(first, {}, plumber2)).errors![0]!.extensions!.code).toBe("NOT_FOUND");
    expect((await tick(first, {}, foreign)).errors![0]!.extensions!.code).toBe("NOT_FOUND");
    expect((await tick(first, {}, resident)).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    // An employee who reads every order but neither executes this one nor manages orders.
    const sql = t.database.sql;
    const role = await t.graphql<{ roleCreate: { id: string } }>(`mutation { roleCreate(input: { name: "Наблюдатель ${Date.now()}", permissions: [ORDERS_READ_ALL] }) { id } }`, {}, { token: admin });
    expect(role.errors).toBeUndefined();
    const email = `observer${Date.now()}@domovoy.example`;
    const created = await t.graphql(`mutation ($input: EmployeeCreateInput!) { employeeCreate(input: $input) { id } }`, { input: { fullName: "Наблюдатель Н. Н.", email, password: "domovoy-observer", roleId: role.data!.roleCreate.id } }, { token: admin });
    expect(created.errors).toBeUndefined();
    const observer = await t.login(email, "domovoy-observer");
    expect((await tick(first, {}, observer)).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(item(await read(order.id, observer), "Осмотреть стояк").done).toBe(false);
    expect((await ticked(first, {}, plumber)).checklist[0]!.done).toBe(true);
    const [row] = await sql`select done from order_checklist_items where id = ${first.id}`;
    expect(row!.done).toBe(true);
  });

  it("are never shown to residents", async () => {
    const order = await inWork();
    const asResident = await t.graphql(`query ($id: ID!) { order(id: $id) { checklist { id } } }`, { id: order.id }, { token: resident });
    expect(asResident.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a tick reaches subscribers of the order live", async () => {
    const order = await inWork();
    const sub = subscribe(t.ws(dispatcher), `subscription ($id: ID!) { orderUpdated(id: $id) { id checklist { title done } } }`, { id: order.id });
    await settle();
    await ticked(item(order, "Осмотреть стояк"));
    const events = await sub.next(1);
    expect(events[0]!.data!.orderUpdated).toMatchObject({ id: order.id, checklist: expect.arrayContaining([{ title: "Осмотреть стояк", done: true }]) });
    sub.unsubscribe();
  });
});
