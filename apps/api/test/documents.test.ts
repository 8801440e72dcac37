import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle, startTestServer, subscribe, type TestServer } from "./support/harness.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";
import { download, PNG_1x1, storedPaths, upload } from "./support/uploads.js";
import { newOrder } from "./support/factories.js";

let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;
let colleague: string;
let plumber: string;
let resident: string;
let foreign: string;

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
  colleague = await t.login("dispatcher2@domovoy.example");
  plumber = await t.login("plumber@domovoy.example");
  foreign = await t.login("dispatcher@severny.example");
  resident = await t.residentLogin("+79160000001");
});
afterAll(() => t?.close());

type Order = { id: string; number: number; version: number; status: string };

async function uploadDocument(orderId: string, fileName = "акт.txt", token = dispatcher, body: Buffer = Buffer.from(`документ ${Math.random()}`)) {
  const result = await upload(t, { token, purpose: "ORDER_DOCUMENT", orderId, fileName, body });
  return result;
}

const ADD = `mutation ($orderId: ID!, $fileId: ID!) { orderDocumentAdd(orderId: $orderId, fileId: $fileId) { id createdAt file { id fileName contentType size url } uploadedBy { email } } }`;
const add = (orderId: string, fileId: string, token = dispatcher) => t.graphql(ADD, { orderId, fileId }, { token });
const remove = (id: string, token = dispatcher) => t.graphql(`mutation ($id: ID!) { orderDocumentDelete(id: $id) { id documentCount } }`, { id }, { token });

async function attach(orderId: string, fileName?: string, token = dispatcher) {
  const uploaded = await uploadDocument(orderId, fileName, token);
  expect(uploaded.status).toBe(201);
  const result = await add(orderId, uploaded.body.id, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.orderDocumentAdd;
}

const reason = (result: { errors?: { extensions?: { reason?: string; code?: string } }[] }) => result.errors?.[0]?.extensions?.reason ?? result.errors?.[0]?.extensions?.code;

async function fileRows(orderId: string) {
  return t.database.sql`select id, storage_key, attached_at from stored_files where order_id = ${orderId} order by created_at`;
}

async function documentsOf(orderId: string, token = dispatcher) {
  return t.graphql(`query ($id: ID!) { order(id: $id) { documentCount documents { id file { fileName } uploadedBy { email } } history { kind fileName actor { employee { email } } } } }`, { id: orderId }, { token });
}

describe("order documents", () => {
  it("are added from an upload, listed with file and uploader, written to history and downloadable by staff", async () => {
    const order = await newOrder(t);
    const document = await attach(order.id, "Акт осмотра №3.png");
    expect(document).toMatchObject({ file: { fileName: "Акт осмотра №3.png", contentType: "text/plain; charset=utf-8" }, uploadedBy: { email: "dispatcher@domovoy.example" } });
    const { data } = await documentsOf(order.id, colleague);
    expect(data!.order.documentCount).toBe(1);
    expect(data!.order.documents).toEqual([{ id: document.id, file: { fileName: "Акт осмотра №3.png" }, uploadedBy: { email: "dispatcher@domovoy.example" } }]);
    expect(data!.order.history[0]).toMatchObject({ kind: "DOCUMENT_ADDED", fileName: "Акт осмотра №3.png", actor: { employee: { email: "dispatcher@domovoy.example" } } });

    const got = await download(t, document.file.url, colleague);
    expect(got.status).toBe(200);
    expect(got.body.toString("utf8")).toMatch(/^документ /);
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(got.headers.get("content-disposition")!)![1]!)).toBe("Акт осмотра №3.png");
    const [row] = await t.database.sql`select attached_at from stored_files where id = ${document.file.id}`;
    expect(row!.attached_at).not.toBeNull();
  });

  it("are never shown to residents and downloads are refused to residents, other organizations and other executors", async () => {
    const order = await newOrder(t);
    const document = await attach(order.id, "Смета.png");
    const asResident = await t.graphql(`query ($id: ID!) { order(id: $id) { id documents { id } } }`, { id: order.id }, { token: resident });
    expect(asResident.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const countAsResident = await t.graphql(`query ($id: ID!) { order(id: $id) { documentCount } }`, { id: order.id }, { token: resident });
    expect(countAsResident.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await download(t, document.file.url, resident)).status).toBe(404);
    expect((await download(t, document.file.url, foreign)).status).toBe(404);
    expect((await download(t, document.file.url, plumber)).status).toBe(404);
    expect((await download(t, document.file.url)).status).toBe(401);
    // Once the plumber executes the order, they see its documents.
    const [{ version }] = (await t.database.sql`select version from orders where id = ${order.id}`) as unknown as { version: number }[];
    const managed = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, { input: { id: order.id, version, status: "IN_PROGRESS", executorIds: [f.plumber] } }, { token: dispatcher });
    expect(managed.errors).toBeUndefined();
    expect((await download(t, document.file.url, plumber)).status).toBe(200);
  });

  it("refuses the 16th document at upload and in the mutation, and keeps nothing from the refused uploads", async () => {
    const order = await newOrder(t);
    for (let i = 1; i <= 14; i++) await attach(order.id, `фото ${i}.jpg`);
    // Two uploads pass the pre-check at 14; only one of them fits.
    const fifteenth = await uploadDocument(order.id, "пятнадцатый.txt");
    const sixteenth = await uploadDocument(order.id, "шестнадцатый.txt");
    expect(sixteenth.status).toBe(201);
    expect((await add(order.id, fifteenth.body.id)).errors).toBeUndefined();
    const refused = await add(order.id, sixteenth.body.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "DOCUMENT_LIMIT" });
    expect(refused.errors?.[0]?.message).toMatch(/не больше 15 документов/);
    // The upload endpoint refuses before storing bytes once the order is full.
    const before = await storedPaths(t);
    const atUpload = await uploadDocument(order.id, "ещё один.txt", colleague);
    expect(atUpload.status).toBe(409);
    expect(atUpload.body.error).toMatchObject({ code: "CONFLICT", reason: "DOCUMENT_LIMIT" });

    const rows = await fileRows(order.id);
    expect(rows).toHaveLength(15);
    expect(rows.every((r) => r.attached_at)).toBe(true);
    expect(rows.map((r) => r.id)).not.toContain(sixteenth.body.id);
    const paths = (await storedPaths(t)).map((p) => p.replace(/\\/g, "/"));
    expect(paths.filter((p) => p.startsWith(".tmp"))).toEqual([]);
    expect(paths.filter((p) => !before.includes(p))).toEqual([]);
    expect(paths.filter((p) => p.startsWith(`${f.organizationId}/`)).length).toBeGreaterThanOrEqual(15);
    const [docs] = await t.database.sql`select count(*)::int as n from order_documents where order_id = ${order.id}`;
    expect(docs!.n).toBe(15);
    // The refused upload's bytes are gone too.
    const [gone] = await t.database.sql`select count(*)::int as n from stored_files where id = ${sixteenth.body.id}`;
    expect(gone!.n).toBe(0);
  });

  it("counts under the order's row lock: concurrent adds never make 16", async () => {
    const order = await newOrder(t);
    for (let i = 1; i <= 12; i++) await attach(order.id, `скан ${i}.pdf`);
    const uploads = await Promise.all([1, 2, 3, 4, 5].map((i) => uploadDocument(order.id, `гонка ${i}.txt`)));
    const results = await Promise.all(uploads.map((u) => add(order.id, u.body.id)));
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.filter((r) => reason(r) === "DOCUMENT_LIMIT")).toHaveLength(2);
    const [docs] = await t.database.sql`select count(*)::int as n from order_documents where order_id = ${order.id}`;
    expect(docs!.n).toBe(15);
    expect(await fileRows(order.id)).toHaveLength(15);
  });

  it("claims only the viewer's own unused upload of this order and purpose", async () => {
    const order = await newOrder(t);
    const other = await newOrder(t);
    const colleagues = await uploadDocument(order.id, "чужой.txt", colleague);
    expect(reason(await add(order.id, colleagues.body.id))).toBe("FILE_NOT_FOUND");
    // Someone else's upload is not discarded by my refused attempt.
    expect(await t.database.sql`select id from stored_files where id = ${colleagues.body.id}`).toHaveLength(1);
    expect((await add(order.id, colleagues.body.id, colleague)).errors).toBeUndefined();

    const forOther = await uploadDocument(other.id, "другая заявка.txt");
    expect(reason(await add(order.id, forOther.body.id))).toBe("FILE_NOT_FOUND");
    const chat = await upload(t, { token: dispatcher, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "чат.png", body: PNG_1x1 });
    expect(reason(await add(order.id, chat.body.id))).toBe("FILE_NOT_FOUND");

    const mine = await uploadDocument(order.id, "мой.txt");
    const first = await add(order.id, mine.body.id);
    expect(first.errors).toBeUndefined();
    expect(reason(await add(order.id, mine.body.id))).toBe("FILE_ALREADY_USED");
    // The used file stays attached.
    const { data } = await documentsOf(order.id);
    expect(data!.order.documentCount).toBe(2);

    const inForeignOrg = await add(order.id, mine.body.id, foreign);
    expect(reason(inForeignOrg)).toBe("NOT_FOUND");
    expect(reason(await add(order.id, mine.body.id, resident))).toBe("FORBIDDEN");
    expect(reason(await add(order.id, mine.body.id, plumber))).toBe("NOT_FOUND");
  });

  it("are deleted by any employee who sees the order, file included, with a history entry", async () => {
    const order = await newOrder(t);
    const document = await attach(order.id, "удалить.txt");
    const [{ storage_key: key }] = (await t.database.sql`select storage_key from stored_files where id = ${document.file.id}`) as unknown as { storage_key: string }[];
    expect(reason(await remove(document.id, resident))).toBe("FORBIDDEN");
    expect(reason(await remove(document.id, foreign))).toBe("NOT_FOUND");
    expect(reason(await remove(document.id, plumber))).toBe("NOT_FOUND");
    const deleted = await remove(document.id, colleague);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.orderDocumentDelete).toEqual({ id: order.id, documentCount: 0 });
    expect(reason(await remove(document.id, colleague))).toBe("NOT_FOUND");
    expect(await t.database.sql`select id from stored_files where id = ${document.file.id}`).toHaveLength(0);
    await t.app.jobs.runDue();
    expect((await storedPaths(t)).map((p) => p.replace(/\\/g, "/"))).not.toContain(key);
    expect((await download(t, document.file.url, dispatcher)).status).toBe(404);
    const { data } = await documentsOf(order.id);
    expect(data!.order.history[0]).toMatchObject({ kind: "DOCUMENT_DELETED", fileName: "удалить.txt", actor: { employee: { email: "dispatcher2@domovoy.example" } } });
  });

  it("push the order to live subscribers with a new revision", async () => {
    const order = await newOrder(t);
    const sub = subscribe(t.ws(colleague), `subscription ($id: ID!) { orderUpdated(id: $id) { id revision documentCount } }`, { id: order.id });
    await settle();
    const document = await attach(order.id, "живой.txt");
    const events = await sub.next(1);
    expect(events[0]!.data!.orderUpdated).toMatchObject({ id: order.id, documentCount: 1 });
    await remove(document.id);
    const after = await sub.next(2);
    expect(after[1]!.data!.orderUpdated.documentCount).toBe(0);
    expect(after[1]!.data!.orderUpdated.revision).toBeGreaterThan(after[0]!.data!.orderUpdated.revision);
    sub.unsubscribe();
  });
});

describe("document required to close", () => {
  async function inProgress(): Promise<Order> {
    const order = await newOrder(t, { serviceId: f.leak });
    const result = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id number version status } }`, {
      input: { id: order.id, version: order.version, status: "IN_PROGRESS", executorIds: [f.plumber] },
    }, { token: dispatcher });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.orderManage;
  }
  const close = (order: Order) =>
    t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id version status } }`, { input: { id: order.id, version: order.version, status: "DONE" } }, { token: dispatcher });

  it("refuses DONE until a document is attached, then allows it", async () => {
    const order = await inProgress();
    const refused = await close(order);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "DOCUMENT_REQUIRED" });
    await attach(order.id, "Акт о протечке.jpg");
    const [{ version }] = (await t.database.sql`select version from orders where id = ${order.id}`) as unknown as { version: number }[];
    const done = await close({ ...order, version });
    expect(done.errors).toBeUndefined();
    expect(done.data!.orderManage.status).toBe("DONE");
  });

  it("keeps the last document of a closed order that needed one", async () => {
    const order = await inProgress();
    const first = await attach(order.id, "первый.txt");
    const second = await attach(order.id, "второй.txt");
    const [{ version }] = (await t.database.sql`select version from orders where id = ${order.id}`) as unknown as { version: number }[];
    expect((await close({ ...order, version })).errors).toBeUndefined();
    expect((await remove(first.id)).errors).toBeUndefined();
    expect(reason(await remove(second.id))).toBe("DOCUMENT_REQUIRED");
    const { data } = await documentsOf(order.id);
    expect(data!.order.documentCount).toBe(1);
  });

  it("does not apply to services without the option", async () => {
    const order = await newOrder(t, { serviceId: f.clog });
    const result = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id version status } }`, {
      input: { id: order.id, version: order.version, status: "IN_PROGRESS", executorIds: [f.plumber] },
    }, { token: dispatcher });
    const done = await close(result.data!.orderManage);
    expect(done.errors).toBeUndefined();
  });
});
