import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { PassThrough, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { checkKey, Meter, type FileStorage, type PutResult } from "./storage.js";

export type S3StorageOptions = {
  bucket: string;
  /** MinIO, Ceph, Yandex Object Storage…; the AWS endpoint of `region` when absent. */
  endpoint?: string;
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`; MinIO and most self-hosted stores want it. */
  forcePathStyle?: boolean;
  /** Prepended to every key, so one bucket can hold several deployments. */
  prefix?: string;
  /** Part size of multipart uploads (S3's minimum is 5 MiB). */
  partSize?: number;
};

function notFoundError(key: string, cause: unknown): Error {
  return Object.assign(new Error(`no stored object ${key}`), { code: "ENOENT", cause });
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.Code === "NoSuchKey" || e?.$metadata?.httpStatusCode === 404;
}

/**
 * Files in an S3-compatible bucket, so API instances on different hosts share them. `put` streams
 * through the same Meter as the local disk (limit, SHA-256, head for sniffing) into a multipart
 * upload, which is aborted when the stream fails or passes the limit: the object only exists once
 * every byte arrived.
 */
export class S3Storage implements FileStorage {
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly partSize: number;

  constructor(options: S3StorageOptions) {
    const config: S3ClientConfig = {
      region: options.region ?? "us-east-1",
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? Boolean(options.endpoint),
      // Without explicit keys the SDK's default chain applies (env, instance profile).
      credentials:
        options.accessKeyId && options.secretAccessKey ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : undefined,
      // MinIO and other self-hosted stores do not all know the newer default checksums.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    };
    this.client = new S3Client(config);
    this.bucket = options.bucket;
    this.prefix = options.prefix ? options.prefix.replace(/\/+$/, "") + "/" : "";
    this.partSize = options.partSize ?? 8 * 1024 * 1024;
  }

  private objectKey(key: string): string {
    return this.prefix + checkKey(key);
  }

  async put(key: string, body: Readable, { maxBytes }: { maxBytes: number }): Promise<PutResult> {
    const meter = new Meter(maxBytes);
    const metered = new PassThrough();
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: this.objectKey(key), Body: metered },
      partSize: this.partSize,
      queueSize: 2,
      // A failed part aborts the whole multipart upload: nothing partial stays in the bucket.
      leavePartsOnError: false,
    });
    const uploading = upload.done();
    // The store failed mid-way: end the pipeline too, or it would wait forever for a reader.
    uploading.catch((error: unknown) => metered.destroy(error as Error));
    try {
      await pipeline(body, meter, metered);
      await uploading;
    } catch (error) {
      metered.destroy();
      await upload.abort().catch(() => undefined);
      await uploading.catch(() => undefined);
      throw error;
    }
    return meter.result();
  }

  async open(key: string, range?: { start: number; end: number }): Promise<Readable> {
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      if (!result.Body) throw notFoundError(key, undefined);
      return result.Body as Readable;
    } catch (error) {
      if (isMissing(error)) throw notFoundError(key, error);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // DeleteObject of a missing key succeeds on S3 and MinIO; a 404 from others is the same outcome.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) })).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
  }

  /** Multipart uploads a crashed process never finished nor aborted (they cost storage until aborted). */
  async sweepPartial(maxAgeMs: number): Promise<number> {
    let removed = 0;
    const before = Date.now() - maxAgeMs;
    let listed;
    try {
      listed = await this.client.send(new ListMultipartUploadsCommand({ Bucket: this.bucket, Prefix: this.prefix || undefined }));
    } catch {
      // Not every S3-compatible store lists uploads; a bucket lifecycle rule covers those.
      return 0;
    }
    for (const upload of listed.Uploads ?? []) {
      if (!upload.Key || !upload.UploadId || !upload.Initiated || upload.Initiated.getTime() > before) continue;
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: upload.Key, UploadId: upload.UploadId })).catch(() => undefined);
      removed++;
    }
    return removed;
  }

  close(): void {
    this.client.destroy();
  }
}

/** The storage the configuration names: the local disk by default, an S3-compatible bucket with FILES_STORAGE=s3. */
