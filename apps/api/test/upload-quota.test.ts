import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { newOrder } from "./support/factories.js";
import { startTestServer, type TestServer } from "./support/harness.js";
import { upload, zeros } from "./support/uploads.js";

const MB = 1024 * 1024;
let t: TestServer;
let dispatcher: string;
let colleague: string;
let orderId: string;

beforeAll(async () => {
  t = await startTestServer({ config: { uploadLimits: { files: 4, bytes: 3 * MB, perMinute: 6 } } });
  dispatcher = await t.login("dispatcher@domovoy.example");
  colleague = await t.login("dispatcher2@domovoy.example");
  orderId = (await newOrder(t, { token: dispatcher })).id;
});
afterAll(() => t?.close());

const send = (token: string, bytes = 1024) => upload(t, { token, purpose: "ORDER_DOCUMENT", orderId, fileName: "скан.bin", body: zeros(bytes) });
const unattached = async () => (await t.database.sql`select count(*)::int as n from stored_files where attached_at is null and purpose = 'ORDER_DOCUMENT'`)[0]!.n as number;

describe("POST /files quota and rate", () => {
  it("has documented defaults: 20 unattached uploads, 200 MB, 30 a minute", () => {
    expect(loadConfig({ NODE_ENV: "test" }).uploadLimits).toEqual({ files: 20, bytes: 200 * MB, perMinute: 30 });
    expect(loadConfig({ NODE_ENV: "test", UPLOAD_QUOTA_FILES: "5", UPLOAD_QUOTA_MB: "50", UPLOAD_RATE_PER_MINUTE: "10" }).uploadLimits).toEqual({ files: 5, bytes: 50 * MB, perMinute: 10 });
    expect(() => loadConfig({ NODE_ENV: "test", UPLOAD_QUOTA_FILES: "many" })).toThrow(/UPLOAD_QUOTA_FILES/);
  });

  it("refuses more unattached uploads than the quota with 409 UPLOAD_QUOTA_EXCEEDED, per user, until some are used", async () => {
    for (let i = 0; i < 4; i++) expect((await send(dispatcher)).status).toBe(201);
    const refused = await send(dispatcher);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "CONFLICT", reason: "UPLOAD_QUOTA_EXCEEDED" });
    expect(refused.body.error.message).toMatch(/не прикреплённых файлов/);
    expect(await unattached()).toBe(4);
    // Another employee has a quota of their own.
    expect((await send(colleague)).status).toBe(201);
    // Using an upload frees its place.
    const one = (await t.database.sql`select f.id from stored_files f join employees e on e.id = f.uploaded_by_employee_id where f.attached_at is null and e.email = 'dispatcher@domovoy.example' limit 1`)[0]!.id as string;
    const added = await t.graphql(`mutation ($o: ID!, $f: ID!) { orderDocumentAdd(orderId: $o, fileId: $f) { id } }`, { o: orderId, f: one }, { token: dispatcher });
    expect(added.errors).toBeUndefined();
    t.clock.advance(61_000);
    expect((await send(dispatcher)).status).toBe(201);
  });

  it("counts bytes: once a user's unattached uploads pass the byte quota, the next upload is refused", async () => {
    await t.database.sql`delete from stored_files where attached_at is null`;
    t.clock.advance(61_000);
    expect((await send(dispatcher, 2 * MB)).status).toBe(201);
    // A streamed upload's size is known only at its end (Content-Length, when sent, is counted first).
    expect((await send(dispatcher, 1.5 * MB)).status).toBe(201);
    const refused = await send(dispatcher, 10);
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toBe("UPLOAD_QUOTA_EXCEEDED");
    expect(refused.body.error.message).toMatch(/3 МБ/);
  });

  it("limits uploads per minute with 429 UPLOAD_RATE_LIMITED and Retry-After, across instances", async () => {
    await t.database.sql`delete from stored_files where attached_at is null`;
    t.clock.advance(61_000);
    const other = await t.startInstance();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await upload(i % 2 ? other : t, { token: colleague, purpose: "ORDER_DOCUMENT", orderId, body: zeros(10) })).status);
      // Used at once (as a mutation would), so only the rate counts here, not the quota.
      await t.database.sql`update stored_files set attached_at = created_at where attached_at is null`;
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201]);
    const refused = await upload(other, { token: colleague, purpose: "ORDER_DOCUMENT", orderId, body: zeros(10) });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "UPLOAD_RATE_LIMITED" });
    const retryAfter = Number(refused.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Someone else is not slowed down by it.
    expect((await send(dispatcher)).status).toBe(201);
    t.clock.advance(61_000);
    expect((await upload(t, { token: colleague, purpose: "ORDER_DOCUMENT", orderId, body: zeros(10) })).status).toBe(201);
  });
});
