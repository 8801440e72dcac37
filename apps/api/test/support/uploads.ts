import { request } from "node:http";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { TestServer } from "./harness.js";

export type UploadResult = { status: number; body: any; headers: Record<string, string | string[] | undefined> };

export type UploadOptions = {
  token?: string;
  purpose?: string;
  orderId?: string;
  fileName?: string;
  /** What the client claims; the server must ignore it. */
  contentType?: string;
  /** The file's bytes: one buffer, or chunks streamed one by one. */
  body: Buffer | Iterable<Buffer> | AsyncIterable<Buffer>;
  /** Defaults to the CSRF header the web app sends. */
  headers?: Record<string, string>;
  /** Destroys the request after this many file bytes were written (a client that goes away). */
  abortAfterBytes?: number;
  /** Ends the request without the closing boundary (a malformed, cut-off body). */
  truncated?: boolean;
};

const CRLF = "\r\n";

/** `POST /files` as multipart/form-data, streamed through node:http (no whole-body buffering). */
export function upload(t: Pick<TestServer, "url">, options: UploadOptions): Promise<UploadResult> {
  const boundary = `----domovoy${Math.random().toString(16).slice(2)}`;
  const fields: [string, string][] = [];
  if (options.purpose !== undefined) fields.push(["purpose", options.purpose]);
  if (options.orderId !== undefined) fields.push(["orderId", options.orderId]);
  const head =
    fields.map(([name, value]) => `--${boundary}${CRLF}content-disposition: form-data; name="${name}"${CRLF}${CRLF}${value}${CRLF}`).join("") +
    `--${boundary}${CRLF}content-disposition: form-data; name="file"; filename="${(options.fileName ?? "file.bin").replace(/"/g, "%22")}"${CRLF}` +
    `content-type: ${options.contentType ?? "application/octet-stream"}${CRLF}${CRLF}`;
  const tail = `${CRLF}--${boundary}--${CRLF}`;
  const headers: Record<string, string> = {
    "content-type": `multipart/form-data; boundary=${boundary}`,
    ...(options.headers ?? { "x-domovoy-upload": "1" }),
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const url = new URL("/files", t.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
      });
    });
    let aborted = false;
    req.on("error", (error) => (aborted ? resolve({ status: 0, body: null, headers: {} }) : reject(error)));
    const write = (chunk: Buffer | string) =>
      new Promise<void>((done) => {
        if (req.destroyed) return done();
        if (req.write(chunk)) done();
        else req.once("drain", () => done());
      });
    void (async () => {
      await write(head);
      let sent = 0;
      const chunks = Buffer.isBuffer(options.body) ? [options.body] : options.body;
      for await (const chunk of chunks) {
        if (req.destroyed) return;
        await write(chunk);
        sent += chunk.length;
        if (options.abortAfterBytes !== undefined && sent >= options.abortAfterBytes) {
          aborted = true;
          await new Promise((r) => setTimeout(r, 100));
          req.destroy();
          return;
        }
      }
      req.end(options.truncated ? undefined : tail);
    })();
  });
}

/** `size` bytes in 1 MiB chunks of one reused buffer. */
export function* zeros(size: number, chunkSize = 1024 * 1024): Iterable<Buffer> {
  const chunk = Buffer.alloc(Math.min(chunkSize, size), 0x61);
  let left = size;
  while (left > 0) {
    const n = Math.min(left, chunk.length);
    yield n === chunk.length ? chunk : chunk.subarray(0, n);
    left -= n;
  }
}

/** Every file under the storage folder (temp files included), relative paths. */
export async function storedPaths(t: TestServer): Promise<string[]> {
  const root = t.app.deps.config.filesDir;
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

export async function download(t: Pick<TestServer, "url">, urlPath: string, token?: string) {
  const response = await fetch(new URL(urlPath, t.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

export const PNG_1x1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
