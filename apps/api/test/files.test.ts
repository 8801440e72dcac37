import { existsSync } from "node:fs";
import { readdir, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/harness.js";
import { download, PNG_1x1, storedPaths, upload, zeros } from "./support/uploads.js";
import { newOrder } from "./support/factories.js";

let t: TestServer;
let dispatcher: string;
let resident: string;
let otherResident: string;
let otherOrgDispatcher: string;
let plumber: string;

const MB = 1024 * 1024;

beforeAll(async () => {
  t = await startTestServer();
  dispatcher = await t.login("dispatcher@domovoy.example");
  plumber = await t.login("plumber@domovoy.example");
  otherOrgDispatcher = await t.login("dispatcher@severny.example");
  resident = await t.residentLogin("+79160000001");
  otherResident = await t.residentLogin("+79160000002");
});
afterAll(() => t?.close());

/** Bytes in the storage's temp folder (uploads in flight). */
async function tempBytes(): Promise<number> {
  const dir = path.join(t.app.deps.config.filesDir, ".tmp");
  const names = await readdir(dir).catch(() => [] as string[]);
  let total = 0;
  for (const name of names) total += (await stat(path.join(dir, name)).catch(() => ({ size: 0 }))).size;
  return total;
}

async function rowCount(): Promise<number> {
  const [row] = await t.database.sql`select count(*)::int as n from stored_files`;
  return row!.n as number;
}

describe("POST /files", () => {
  it("stores an upload, sniffs the type from the bytes and keeps the Cyrillic name", async () => {
    const order = await newOrder(t);
    const result = await upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "Акт выполненных работ №5.exe", contentType: "text/plain", body: PNG_1x1 });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ fileName: "Акт выполненных работ №5.exe", contentType: "image/png", size: PNG_1x1.length });
    const [row] = await t.database.sql`select content_type, attached_at, order_id, uploaded_by_kind from stored_files where id = ${result.body.id}`;
    expect(row).toMatchObject({ content_type: "image/png", attached_at: null, order_id: order.id, uploaded_by_kind: "EMPLOYEE" });

    const text = await upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "заметка.pdf", contentType: "application/pdf", body: Buffer.from("Привет, мир\n") });
    expect(text.body.contentType).toBe("text/plain; charset=utf-8");
    const binary = await upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "a.txt", contentType: "text/plain", body: Buffer.from([0, 1, 2, 0xff, 0xfe]) });
    expect(binary.body.contentType).toBe("application/octet-stream");
  });

  it("sanitizes folders and control characters out of the name", async () => {
    const order = await newOrder(t);
    const result = await upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "..\\..\\etc/Счёт\u202e за март.txt", body: Buffer.from("x") });
    expect(result.body, JSON.stringify(result.body)).toMatchObject({ fileName: "Счёт за март.txt" });
  });

  it("requires the CSRF header, a session and a multipart body", async () => {
    const order = await newOrder(t);
    const before = await rowCount();
    const noHeader = await upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, body: Buffer.from("x"), headers: {} });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error).toMatchObject({ code: "BAD_USER_INPUT", reason: "CSRF_HEADER_REQUIRED" });
    const anonymous = await upload(t, { purpose: "ORDER_DOCUMENT", orderId: order.id, body: Buffer.from("x") });
    expect(anonymous.status).toBe(401);
    const json = await fetch(`${t.url}/files`, { method: "POST", headers: { authorization: `Bearer ${dispatcher}`, "x-domovoy-upload": "1", "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(400);
    expect(await rowCount()).toBe(before);
  });

  it("authorizes by purpose and order before storing anything", async () => {
    const order = await newOrder(t);
    const before = await rowCount();
    const asResident = await upload(t, { token: resident, purpose: "ORDER_DOCUMENT", orderId: order.id, body: Buffer.from("x") });
    expect(asResident.status).toBe(403);
    const otherOrg = await upload(t, { token: otherOrgDispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, body: Buffer.from("x") });
    expect(otherOrg.status).toBe(404);
    const notExecutor = await upload(t, { token: plumber, purpose: "ORDER_DOCUMENT", orderId: order.id, body: Buffer.from("x") });
    expect(notExecutor.status).toBe(404);
    const strangerChat = await upload(t, { token: otherResident, purpose: "CHAT_ATTACHMENT", orderId: order.id, body: Buffer.from("x") });
    expect(strangerChat.status).toBe(404);
    const badPurpose = await upload(t, { token: dispatcher, purpose: "REPORT", orderId: order.id, body: Buffer.from("x") });
    expect(badPurpose.status).toBe(400);
    expect(badPurpose.body.error.reason).toBe("PURPOSE_INVALID");
    expect(await rowCount()).toBe(before);
    const ownChat = await upload(t, { token: resident, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "фото.png", body: PNG_1x1 });
    expect(ownChat.status).toBe(201);
  });

  it("refuses a chat attachment of 40 MB + 1 byte while streaming and keeps nothing", async () => {
    const order = await newOrder(t);
    const rowsBefore = await rowCount();
    const filesBefore = await storedPaths(t);
    // Streamed, not buffered: halfway through the request the bytes are already on disk (a temp file).
    let tempSizeMidway = 0;
    async function* body() {
      yield* zeros(20 * MB);
      for (let i = 0; i < 50 && tempSizeMidway < 19 * MB; i++) {
        await new Promise((r) => setTimeout(r, 50));
        tempSizeMidway = await tempBytes();
      }
      yield* zeros(20 * MB + 1);
    }
    const result = await upload(t, { token: dispatcher, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "big.bin", body: body() });
    expect(tempSizeMidway).toBeGreaterThanOrEqual(19 * MB);
    expect(result.status).toBe(413);
    expect(result.body.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", reason: "FILE_TOO_LARGE" });
    expect(await rowCount()).toBe(rowsBefore);
    expect(await storedPaths(t)).toEqual(filesBefore);

    const exact = await upload(t, { token: dispatcher, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "ровно 40.bin", body: zeros(40 * MB) });
    expect(exact.status).toBe(201);
    expect(exact.body.size).toBe(40 * MB);
  }, 60_000);

  it("keeps nothing from an upload the client aborts mid-stream", async () => {
    const order = await newOrder(t);
    const rowsBefore = await rowCount();
    const filesBefore = await storedPaths(t);
    const result = await upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "обрыв.bin", body: zeros(8 * MB), abortAfterBytes: 3 * MB });
    expect(result.status).toBe(0);
    let paths: string[] = [];
    for (let i = 0; i < 50; i++) {
      paths = await storedPaths(t);
      if (paths.length === filesBefore.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(paths).toEqual(filesBefore);
    expect(await rowCount()).toBe(rowsBefore);
  });
});

describe("POST /files with a cut-off body", () => {
  it("answers 400 and keeps nothing when the multipart body ends without its closing boundary", async () => {
    const order = await newOrder(t);
    const rowsBefore = await rowCount();
    const filesBefore = await storedPaths(t);
    const answer = upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "обрезан.bin", body: zeros(2 * MB), truncated: true });
    const result = await Promise.race([answer, new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000))]);
    expect(result, "no answer to the cut-off upload within 10 s").not.toBeNull();
    expect(result!.status).toBe(400);
    expect(result!.body.error.reason).toBe("MULTIPART_INVALID");
    expect(await rowCount()).toBe(rowsBefore);
    // The partial temp file is removed as the refused request winds down, maybe after the answer.
    await expect.poll(() => storedPaths(t), { timeout: 10_000, message: "the cut-off upload's temp file is still there" }).toEqual(filesBefore);
  });
});

describe("GET /files/:id/:name", () => {
  it("serves the bytes with a Cyrillic Content-Disposition, nosniff, inline only for safe types", async () => {
    const order = await newOrder(t);
    const png = (await upload(t, { token: resident, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "Фото счётчика.png", body: PNG_1x1 })).body;
    const got = await download(t, `/files/${png.id}/x`, resident);
    expect(got.status).toBe(200);
    expect(got.body.equals(PNG_1x1)).toBe(true);
    expect(got.headers.get("content-type")).toBe("image/png");
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    const disposition = got.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^inline;/);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1]!;
    expect(decodeURIComponent(encoded)).toBe("Фото счётчика.png");
    const etag = got.headers.get("etag")!;
    const again = await fetch(new URL(`/files/${png.id}/x`, t.url), { headers: { authorization: `Bearer ${resident}`, "if-none-match": etag } });
    expect(again.status).toBe(304);
    // Players and PDF viewers seek with one byte range.
    const part = await fetch(new URL(`/files/${png.id}/x`, t.url), { headers: { authorization: `Bearer ${resident}`, range: "bytes=1-3" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 1-3/${PNG_1x1.length}`);
    expect(Buffer.from(await part.arrayBuffer()).toString("latin1")).toBe("PNG");
    const tail = await fetch(new URL(`/files/${png.id}/x`, t.url), { headers: { authorization: `Bearer ${resident}`, range: "bytes=-4" } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(PNG_1x1.subarray(-4))).toBe(true);
    const beyond = await fetch(new URL(`/files/${png.id}/x`, t.url), { headers: { authorization: `Bearer ${resident}`, range: `bytes=${PNG_1x1.length}-` } });
    expect(beyond.status).toBe(416);

    const html = (await upload(t, { token: dispatcher, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "страница.html", body: Buffer.from("<script>alert(1)</script>") })).body;
    const page = await download(t, `/files/${html.id}/x`, dispatcher);
    expect(page.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(page.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("is refused without a session, across organizations and to other residents, with the same 404", async () => {
    const order = await newOrder(t);
    const file = (await upload(t, { token: dispatcher, purpose: "CHAT_ATTACHMENT", orderId: order.id, fileName: "a.txt", body: Buffer.from("секрет") })).body;
    expect((await download(t, `/files/${file.id}/a.txt`)).status).toBe(401);
    expect((await download(t, `/files/${file.id}/a.txt`, otherOrgDispatcher)).status).toBe(404);
    expect((await download(t, `/files/${file.id}/a.txt`, otherResident)).status).toBe(404);
    expect((await download(t, `/files/${file.id}/a.txt`, plumber)).status).toBe(404);
    expect((await download(t, `/files/00000000-0000-0000-0000-000000000000/a.txt`, dispatcher)).status).toBe(404);
    expect((await download(t, `/files/nonsense/a.txt`, dispatcher)).status).toBe(404);
    // Not yet sent in a chat message: the resident of the order does not see staff's upload.
    expect((await download(t, `/files/${file.id}/a.txt`, resident)).status).toBe(404);
    expect((await download(t, `/files/${file.id}/a.txt`, dispatcher)).status).toBe(200);
  });
});

describe("sweep", () => {
  it("deletes uploads no mutation used within an hour, bytes and row", async () => {
    const order = await newOrder(t);
    const file = (await upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId: order.id, fileName: "забыт.txt", body: Buffer.from("x") })).body;
    const [{ storage_key: key }] = (await t.database.sql`select storage_key from stored_files where id = ${file.id}`) as unknown as { storage_key: string }[];
    expect((await storedPaths(t)).some((p) => p.replace(/\\/g, "/") === key)).toBe(true);
    expect(await t.app.services.files.sweep()).toBe(0);
    t.clock.advance(61 * 60 * 1000);
    expect(await t.app.services.files.sweep()).toBeGreaterThanOrEqual(1);
    expect(await t.database.sql`select id from stored_files where id = ${file.id}`).toHaveLength(0);
    expect((await storedPaths(t)).some((p) => p.replace(/\\/g, "/") === key)).toBe(false);
    // A partial write left by a crash goes too once it is old.
    const leftover = path.join(t.app.deps.config.filesDir, ".tmp", "crashed-upload");
    await writeFile(leftover, "partial");
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(leftover, old, old);
    await t.app.services.files.sweep();
    expect(existsSync(leftover)).toBe(false);
    const [job] = await t.database.sql`select kind from jobs where dedupe_key = 'files:sweep'`;
    expect(job?.kind).toBe("files.sweep");
  });
});
