import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Config } from "../../config.js";

/** How many first bytes `put` hands back for content sniffing (enough for Office/zip signatures). */
export const HEAD_BYTES = 64 * 1024;

export type PutResult = {
  size: number;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
  /** The first bytes (up to HEAD_BYTES), for sniffing the content type. */
  head: Buffer;
};

/** The stream was longer than allowed; nothing was kept. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file is larger than ${maxBytes} bytes`);
    this.name = "FileTooLargeError";
  }
}

/**
 * Where file bytes live. Keys are opaque, slash-separated and chosen by the server. An
 * S3-compatible store implements the same three calls (multipart upload with abort on failure,
 * GetObject, DeleteObject). `put` streams: it never holds the whole file in memory, stops reading
 * as soon as the limit is passed, and keeps nothing unless the whole stream arrived.
 */
export interface FileStorage {
  put(key: string, body: Readable, options: { maxBytes: number }): Promise<PutResult>;
  /** Rejects with an ENOENT-coded error when the key holds nothing. `range` is inclusive (HTTP Range). */
  open(key: string, range?: { start: number; end: number }): Promise<Readable>;
  /** Idempotent: deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Removes partial writes a crash left behind (older than `maxAgeMs`); optional. */
  sweepPartial?(maxAgeMs: number): Promise<number>;
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/;

export function checkKey(key: string): string {
  if (!KEY.test(key) || key.split("/").some((part) => part === "." || part === "..")) throw new Error(`invalid storage key: ${key}`);
  return key;
}

/** Counts, hashes and keeps the head of what flows through; fails once the limit is passed. */
export class Meter extends Transform {
  size = 0;
  private readonly hash = createHash("sha256");
  private readonly headParts: Buffer[] = [];
  private headSize = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return callback(new FileTooLargeError(this.maxBytes));
    this.hash.update(chunk);
    if (this.headSize < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headSize);
      this.headParts.push(Buffer.from(part));
      this.headSize += part.length;
    }
    callback(null, chunk);
  }

  result(): PutResult {
    return { size: this.size, sha256: this.hash.digest("hex"), head: Buffer.concat(this.headParts) };
  }
}

/**
 * Files on the local disk under one folder. A write goes to `<root>/.tmp/<random>` and is renamed
 * to `<root>/<key>` only when complete (same filesystem, so the rename is atomic): readers never
 * see a partial file and a crash leaves only a temp file behind.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    return path.join(this.root, ...checkKey(key).split("/"));
  }

  async put(key: string, body: Readable, { maxBytes }: { maxBytes: number }): Promise<PutResult> {
    const target = this.pathOf(key);
    const tmpDir = path.join(this.root, ".tmp");
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    const meter = new Meter(maxBytes);
    const out = createWriteStream(tmp, { flags: "wx" });
    try {
      await pipeline(body, meter, out);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(tmp, target);
    } catch (error) {
      // A write stream destroyed before its file opened still creates the file: remove it once closed.
      if (!out.closed) await once(out, "close").catch(() => undefined);
      await rm(tmp, { force: true });
      throw error;
    }
    return meter.result();
  }

  async open(key: string, range?: { start: number; end: number }): Promise<Readable> {
    const file = this.pathOf(key);
    await stat(file);
    return createReadStream(file, range);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Temp files of writes that never finished (the process died mid-upload). Compared with file times, so real time. */
  async sweepPartial(maxAgeMs: number): Promise<number> {
    const dir = path.join(this.root, ".tmp");
    const names = await readdir(dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => null);
      if (info && Date.now() - info.mtimeMs > maxAgeMs) {
        await rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }
}

/**
 * An S3 store made on first use: the AWS SDK (tens of MiB of modules) loads only on an instance
 * configured for S3, when it first stores or reads a file, not at every start.
 */
class LazyStorage implements FileStorage {
  private storage: Promise<FileStorage> | undefined;

  constructor(private readonly make: () => Promise<FileStorage>) {}

  private get(): Promise<FileStorage> {
    return (this.storage ??= this.make());
  }

  async put(key: string, body: Readable, options: { maxBytes: number }): Promise<PutResult> {
    return (await this.get()).put(key, body, options);
  }

  async open(key: string, range?: { start: number; end: number }): Promise<Readable> {
    return (await this.get()).open(key, range);
  }

  async delete(key: string): Promise<void> {
    return (await this.get()).delete(key);
  }

  async sweepPartial(maxAgeMs: number): Promise<number> {
    const storage = await this.get();
    return storage.sweepPartial ? storage.sweepPartial(maxAgeMs) : 0;
  }
}

export function createFileStorage(config: Pick<Config, "fileStorage" | "filesDir" | "s3">): FileStorage {
  const s3 = config.s3;
  if (config.fileStorage === "s3" && s3) return new LazyStorage(async () => new (await import("./s3-storage.js")).S3Storage(s3));
  return new LocalDiskStorage(config.filesDir);
}
