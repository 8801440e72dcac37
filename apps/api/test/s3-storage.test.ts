import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { createHash } from "node:crypto";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage } from "../src/modules/files/s3-storage.js";
import { FileTooLargeError } from "../src/modules/files/storage.js";
import { startTestServer, type TestServer } from "./support/harness.js";
import { newOrder } from "./support/factories.js";
import { download, PNG_1x1, upload } from "./support/uploads.js";

const MB = 1024 * 1024;
const BUCKET = "domovoy-files";
let s3rver: S3rver;
let directory: string;
let endpoint: string;
let storage: S3Storage;

/** A real S3-protocol server (s3rver) on a free port, files in a temp folder. */
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "domovoy-s3-"));
  s3rver = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
  const { port } = await s3rver.run();
  endpoint = `http://127.0.0.1:${port}`;
  storage = new S3Storage({ bucket: BUCKET, endpoint, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", prefix: "test", partSize: 5 * MB });
});
afterAll(async () => {
  storage?.close();
  await s3rver?.close();
  await rm(directory, { recursive: true, force: true });
});

function bytes(size: number, seed = 7): Buffer {
  const buffer = Buffer.alloc(size);
  for (let i = 0; i < size; i++) buffer[i] = (i * 31 + seed) & 0xff;
  return buffer;
}

/** Streams a buffer in 64 KiB chunks, as an upload arrives. */
function chunked(buffer: Buffer): Readable {
  return Readable.from((function* () {
    for (let i = 0; i < buffer.length; i += 64 * 1024) yield buffer.subarray(i, i + 64 * 1024);
  })());
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

async function keys(): Promise<string[]> {
  const listed = await storage.client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listed.Contents ?? []).map((o) => o.Key!);
}

describe("S3Storage against an S3-protocol server", () => {
  it("stores a small file in one request and a large one in parts, with size, SHA-256 and head; reads whole and by range", async () => {
    const small = bytes(1000);
    const put = await storage.put("org/small", chunked(small), { maxBytes: MB });
    expect(put).toMatchObject({ size: 1000, sha256: createHash("sha256").update(small).digest("hex") });
    expect(put.head.equals(small)).toBe(true);
    expect((await readAll(await storage.open("org/small"))).equals(small)).toBe(true);

    const large = bytes(12 * MB + 123, 3);
    const putLarge = await storage.put("org/large", chunked(large), { maxBytes: 40 * MB });
    expect(putLarge.size).toBe(large.length);
    expect(putLarge.sha256).toBe(createHash("sha256").update(large).digest("hex"));
    expect((await readAll(await storage.open("org/large"))).equals(large)).toBe(true);
    const range = await readAll(await storage.open("org/large", { start: 6 * MB - 10, end: 6 * MB + 9 }));
    expect(range.equals(large.subarray(6 * MB - 10, 6 * MB + 10))).toBe(true);
    expect(await keys()).toEqual(expect.arrayContaining(["test/org/small", "test/org/large"]));
  });

  it("keeps nothing when the stream passes the limit (multipart aborted) or fails midway", async () => {
    const before = await keys();
    await expect(storage.put("org/too-big", chunked(bytes(11 * MB)), { maxBytes: 10 * MB })).rejects.toBeInstanceOf(FileTooLargeError);
    const failing = new Readable({ read() {} });
    failing.push(bytes(6 * MB));
    setTimeout(() => failing.destroy(new Error("client went away")), 50);
    await expect(storage.put("org/broken", failing, { maxBytes: 40 * MB })).rejects.toThrow(/client went away/);
    expect(await keys()).toEqual(before);
  });

  it("reports a missing key as ENOENT and deletes idempotently", async () => {
    await expect(storage.open("org/missing")).rejects.toMatchObject({ code: "ENOENT" });
    await storage.put("org/gone", chunked(bytes(10)), { maxBytes: MB });
    await storage.delete("org/gone");
    await storage.delete("org/gone");
    await expect(storage.open("org/gone")).rejects.toMatchObject({ code: "ENOENT" });
    await expect(storage.delete("../escape")).rejects.toThrow(/invalid storage key/);
  });
});

describe("the API with FILES_STORAGE=s3", () => {
  let t: TestServer;
  afterAll(() => t?.close());

  it("uploads through POST /files into the bucket and serves them back from another instance", async () => {
    t = await startTestServer({ config: { fileStorage: "s3", s3: { bucket: BUCKET, endpoint, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER", prefix: "api" } } });
    const dispatcher = await t.login("dispatcher@domovoy.example");
    const { id: orderId } = await newOrder(t, { token: dispatcher });
    const uploaded = await upload(t, { token: dispatcher, purpose: "ORDER_DOCUMENT", orderId, fileName: "фото.png", body: PNG_1x1 });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.contentType).toBe("image/png");
    const [row] = await t.database.sql`select storage_key from stored_files where id = ${uploaded.body.id}`;
    expect(await keys()).toContain(`api/${row!.storage_key}`);
    // A second instance with no shared disk reads the same bytes from the bucket.
    const other = await t.startInstance({ filesDir: path.join(directory, "no-such-disk") });
    const served = await download(other, `/files/${uploaded.body.id}/photo.png`, dispatcher);
    expect(served.status).toBe(200);
    expect(served.body.equals(PNG_1x1)).toBe(true);
  });
});
