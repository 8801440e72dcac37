import type { DbOrTx } from "@domovoy/db";
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import type { AppDeps } from "../../deps.js";
import { FILES_PURGE_JOB, FILES_SWEEP_JOB } from "../../jobs/kinds.js";
import { enqueueJob } from "../../jobs/queue.js";
import type { Permission } from "@domovoy/domain";
import { requireAuthenticated, requireEmployee, requirePermission } from "../../shared/auth/policy.js";
import type { AuthenticatedViewer, Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, ErrorCode, forbidden, notFound } from "../../shared/errors.js";
import type { OrderRow } from "../orders/orders.repository.js";
import type { OrdersService } from "../orders/orders.service.js";
import { isUuid } from "../../shared/ids.js";
import { sanitizeFileName, sniffContentType } from "./content.js";
import { deleteStaleUpload, FilesRepository, staleUploads, storedFileById, type FilePurpose, type StoredFileRow } from "./files.repository.js";
import { RATE_WINDOW_MS, uploadVerdict } from "./quota.js";
import { createFileStorage, type FileStorage } from "./storage.js";

export type { FilePurpose, StoredFileRow } from "./files.repository.js";

const MB = 1024 * 1024;

/** The largest file of each purpose, in bytes. */
export const FILE_SIZE_LIMITS: Record<FilePurpose, number> = {
  ORDER_DOCUMENT: 40 * MB,
  CHAT_ATTACHMENT: 40 * MB,
  REPORT: 200 * MB,
  CALL_RECORDING: 200 * MB,
  INVOICE_DOCUMENT: 40 * MB,
  PREMISES_IMPORT: 5 * MB,
};

/** Purposes a client may upload through `POST /files`; the rest are written by the server itself. */
export const UPLOAD_PURPOSES = ["ORDER_DOCUMENT", "CHAT_ATTACHMENT", "PREMISES_IMPORT"] as const satisfies readonly FilePurpose[];
/** Upload purposes not bound to an order, with the permission they need. */
const UNBOUND_UPLOADS: Partial<Record<UploadPurpose, Permission>> = { PREMISES_IMPORT: "BUILDINGS_MANAGE" };
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

/** An upload no mutation has used within this time is deleted by the sweep. */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;
const SWEEP_EVERY_MS = 15 * 60 * 1000;
const SWEEP_BATCH = 200;

export type Uploader = { kind: "EMPLOYEE" | "RESIDENT" | "SYSTEM"; employeeId?: string | null; clientId?: string | null };

export type StoreInput = {
  organizationId: string;
  purpose: FilePurpose;
  fileName: string;
  body: Readable;
  /** Defaults to the purpose's limit. */
  maxBytes?: number;
  by: Uploader;
  orderId?: string | null;
  /** True for files the server keeps at once (reports); uploads stay unattached until claimed. */
  attached?: boolean;
};

/**
 * A check a feature adds for uploads of its purpose, run before any byte is stored (e.g. the
 * 15-document limit). Throw an AppError to refuse.
 */
export type UploadGuard = (viewer: AuthenticatedViewer, order: OrderRow) => Promise<void>;

/** The download path; the name at the end is cosmetic (browsers use it when saving). */
export function fileUrl(file: Pick<StoredFileRow, "id" | "fileName">): string {
  return `/files/${file.id}/${encodeURIComponent(file.fileName)}`;
}

/**
 * Stored files (§18 documents, §19 chat attachments, report exports): bytes in a FileStorage,
 * one `stored_files` row per file written only once the bytes are complete.
 */
export class FilesService {
  readonly storage: FileStorage;
  private readonly guards = new Map<FilePurpose, UploadGuard[]>();

  constructor(
    private readonly deps: AppDeps,
    private readonly orders: OrdersService,
    storage?: FileStorage,
  ) {
    this.storage = storage ?? createFileStorage(deps.config);
  }

  private repo(organizationId: string, db: DbOrTx = this.deps.database.db) {
    return new FilesRepository(db, organizationId);
  }

  /** Registers a pre-upload check for one purpose (see UploadGuard). */
  guardUploads(purpose: FilePurpose, guard: UploadGuard): void {
    this.guards.set(purpose, [...(this.guards.get(purpose) ?? []), guard]);
  }

  /**
   * Streams the bytes into storage, sniffs the content type from them and writes the row. Nothing
   * is left behind when the stream fails or passes the limit (FileTooLargeError).
   */
  async store(input: StoreInput): Promise<StoredFileRow> {
    const storageKey = `${input.organizationId}/${randomUUID()}`;
    const maxBytes = input.maxBytes ?? FILE_SIZE_LIMITS[input.purpose];
    const put = await this.storage.put(storageKey, input.body, { maxBytes });
    try {
      const now = this.deps.clock.now();
      return await this.repo(input.organizationId).insert({
        purpose: input.purpose,
        storageKey,
        fileName: sanitizeFileName(input.fileName),
        contentType: await sniffContentType(put.head, put.size),
        size: put.size,
        sha256: put.sha256,
        uploadedByKind: input.by.kind,
        uploadedByEmployeeId: input.by.employeeId ?? null,
        uploadedByClientId: input.by.clientId ?? null,
        orderId: input.orderId ?? null,
        attachedAt: input.attached ? now : null,
        createdAt: now,
      });
    } catch (error) {
      await this.storage.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  /**
   * `POST /files`: who may upload what, checked before any byte is stored. Documents: employees
   * who may see the order; chat attachments: those employees or the order's resident.
   */
  async authorizeUpload(
    viewer: Viewer,
    purpose: string,
    orderId: string | undefined,
    declaredBytes?: number,
  ): Promise<{ viewer: AuthenticatedViewer; purpose: UploadPurpose; order: OrderRow | null }> {
    const v = requireAuthenticated(viewer);
    if (!(UPLOAD_PURPOSES as readonly string[]).includes(purpose)) throw badInput("Неизвестное назначение файла", "purpose", "PURPOSE_INVALID");
    const p = purpose as UploadPurpose;
    const permission = UNBOUND_UPLOADS[p];
    if (permission) {
      requirePermission(v, permission);
      await this.checkUploadQuota(v, declaredBytes);
      return { viewer: v, purpose: p, order: null };
    }
    if (!orderId) throw badInput("Не указана заявка", "orderId", "ORDER_REQUIRED");
    if (p === "ORDER_DOCUMENT") requireEmployee(v);
    if (v.kind !== "EMPLOYEE" && v.kind !== "RESIDENT") throw forbidden();
    const order = await this.orders.get(v, orderId);
    for (const guard of this.guards.get(p) ?? []) await guard(v, order);
    await this.checkUploadQuota(v, declaredBytes);
    return { viewer: v, purpose: p, order };
  }

  /**
   * Per user: at most `uploadLimits.files` unattached uploads of `uploadLimits.bytes` in all (an
   * upload stays unattached until a mutation uses it, up to an hour), and `perMinute` uploads a
   * minute. Counted in the database, so it holds across API instances.
   */
  private async checkUploadQuota(v: AuthenticatedViewer, declaredBytes?: number): Promise<void> {
    const by = v.kind === "EMPLOYEE" ? { employeeId: v.employeeId } : v.kind === "RESIDENT" ? { clientId: v.clientId } : undefined;
    if (!by) return;
    const now = this.deps.clock.now();
    const usage = await this.repo(v.organizationId).uploadUsage(by, new Date(now.getTime() - RATE_WINDOW_MS));
    const limits = this.deps.config.uploadLimits;
    const verdict = uploadVerdict(usage, limits, now, declaredBytes);
    if (verdict.ok) return;
    if (verdict.reason === "UPLOAD_RATE_LIMITED") {
      this.deps.logger.warn({ organizationId: v.organizationId, ...by, recent: usage.recent }, "upload rate limit reached");
      throw new AppError(ErrorCode.TOO_MANY_REQUESTS, `Слишком много загрузок: не больше ${limits.perMinute} в минуту. Повторите через ${verdict.retryAfterSeconds} с.`, {
        reason: verdict.reason,
        retryAfterSeconds: verdict.retryAfterSeconds,
      });
    }
    this.deps.logger.warn({ organizationId: v.organizationId, ...by, ...usage, limit: verdict.limit }, "upload quota reached");
    const mb = Math.round(limits.bytes / 1024 / 1024);
    throw conflict(
      verdict.limit === "files"
        ? `У вас уже ${usage.unattachedFiles} загруженных, но не прикреплённых файлов (не больше ${limits.files}). Прикрепите их или подождите: неиспользованные файлы удаляются через час.`
        : `Загруженные, но не прикреплённые файлы занимают больше ${mb} МБ. Прикрепите их или подождите: неиспользованные файлы удаляются через час.`,
      { reason: verdict.reason, limit: verdict.limit },
    );
  }

  /** Stores an upload for a viewer authorized by `authorizeUpload`; unattached until claimed. */
  upload(viewer: AuthenticatedViewer, purpose: UploadPurpose, order: OrderRow | null, fileName: string, body: Readable): Promise<StoredFileRow> {
    return this.store({
      organizationId: viewer.organizationId,
      purpose,
      fileName,
      body,
      orderId: order?.id ?? null,
      by:
        viewer.kind === "EMPLOYEE"
          ? { kind: "EMPLOYEE", employeeId: viewer.employeeId }
          : viewer.kind === "RESIDENT"
            ? { kind: "RESIDENT", clientId: viewer.clientId }
            : { kind: "SYSTEM" },
    });
  }

  /**
   * Inside a mutation's transaction: takes the viewer's own unattached upload of this purpose and
   * order and marks it attached. Anything else is BAD_USER_INPUT (FILE_NOT_FOUND / FILE_ALREADY_USED).
   */
  async claim(tx: DbOrTx, viewer: Viewer, fileId: string, expected: { purpose: FilePurpose; orderId: string | null }): Promise<StoredFileRow> {
    const v = requireAuthenticated(viewer);
    const repo = this.repo(v.organizationId, tx);
    const file = await repo.byId(fileId, true);
    const mine =
      file &&
      ((v.kind === "EMPLOYEE" && file.uploadedByKind === "EMPLOYEE" && file.uploadedByEmployeeId === v.employeeId) ||
        (v.kind === "RESIDENT" && file.uploadedByKind === "RESIDENT" && file.uploadedByClientId === v.clientId));
    if (!file || !mine || file.purpose !== expected.purpose || (file.orderId ?? null) !== (expected.orderId ?? null)) {
      throw badInput("Файл не найден, загрузите его ещё раз", "fileId", "FILE_NOT_FOUND");
    }
    if (file.attachedAt) throw badInput("Этот файл уже использован", "fileId", "FILE_ALREADY_USED");
    return repo.markAttached(file.id, this.deps.clock.now());
  }

  /**
   * The viewer's own unattached upload of a purpose, read but not claimed (a preview before the
   * mutation that uses it); anything else is BAD_USER_INPUT FILE_NOT_FOUND, as `claim` answers.
   */
  async ownUpload(viewer: Viewer, fileId: string, purpose: FilePurpose): Promise<StoredFileRow> {
    const v = requireAuthenticated(viewer);
    const file = isUuid(fileId) ? await this.repo(v.organizationId).byId(fileId) : undefined;
    const mine = file && v.kind === "EMPLOYEE" && file.uploadedByKind === "EMPLOYEE" && file.uploadedByEmployeeId === v.employeeId;
    if (!file || !mine || file.purpose !== purpose) throw badInput("Файл не найден, загрузите его ещё раз", "fileId", "FILE_NOT_FOUND");
    if (file.attachedAt) throw badInput("Этот файл уже использован", "fileId", "FILE_ALREADY_USED");
    return file;
  }

  /** The whole content of a stored file, at most `maxBytes` (its purpose's limit keeps it small). */
  async readAll(file: StoredFileRow): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.storage.open(file.storageKey)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /**
   * Deletes an upload that a mutation refused, bytes and row. Only unattached uploads are touched;
   * pass the viewer so only their own upload can be discarded.
   */
  async discard(fileId: string, viewer?: Viewer): Promise<void> {
    if (viewer?.kind === "ANONYMOUS") return;
    const organizationId = viewer?.organizationId;
    const uploadedBy =
      viewer?.kind === "EMPLOYEE" ? { employeeId: viewer.employeeId } : viewer?.kind === "RESIDENT" ? { clientId: viewer.clientId } : undefined;
    let row: StoredFileRow | undefined;
    if (organizationId) {
      row = await this.repo(organizationId).delete(fileId, { onlyUnattached: true, uploadedBy });
    } else {
      const storageKey = await deleteStaleUpload(this.deps.database.db, fileId);
      if (storageKey) await this.storage.delete(storageKey);
      return;
    }
    if (row) await this.storage.delete(row.storageKey);
  }

  /** Deletes the row in the caller's transaction; the bytes go after commit (a purge job). */
  async remove(tx: DbOrTx, fileId: string, organizationId?: string): Promise<void> {
    const file = organizationId ? await this.repo(organizationId, tx).byId(fileId) : undefined;
    const row = file ?? (organizationId ? undefined : await this.anyById(tx, fileId));
    if (!row) return;
    await this.repo(row.organizationId, tx).delete(row.id);
    await enqueueJob(tx, {
      kind: FILES_PURGE_JOB,
      organizationId: row.organizationId,
      payload: { storageKey: row.storageKey },
      runAt: this.deps.clock.now(),
    });
  }

  private anyById(tx: DbOrTx, fileId: string): Promise<StoredFileRow | undefined> {
    return storedFileById(tx, fileId);
  }

  /** Job: deletes bytes whose row is gone; idempotent. */
  async purge(storageKey: string): Promise<void> {
    await this.storage.delete(storageKey);
  }

  /** Job: deletes uploads no mutation used within UPLOAD_TTL_MS, then schedules the next sweep. */
  async sweep(): Promise<number> {
    const before = new Date(this.deps.clock.now().getTime() - UPLOAD_TTL_MS);
    let removed = 0;
    for (;;) {
      const stale = await staleUploads(this.deps.database.db, before, SWEEP_BATCH);
      for (const file of stale) {
        const storageKey = await deleteStaleUpload(this.deps.database.db, file.id);
        if (storageKey) {
          await this.storage.delete(storageKey);
          removed++;
        }
      }
      if (stale.length < SWEEP_BATCH) break;
    }
    await this.storage.sweepPartial?.(UPLOAD_TTL_MS);
    await this.scheduleSweep(SWEEP_EVERY_MS);
    return removed;
  }

  /** One pending sweep at a time (dedupe key); called on startup and by each sweep. */
  async scheduleSweep(delayMs = 60_000): Promise<void> {
    await enqueueJob(this.deps.database.db, {
      kind: FILES_SWEEP_JOB,
      payload: {},
      runAt: new Date(this.deps.clock.now().getTime() + delayMs),
      dedupeKey: "files:sweep",
    });
  }

  /** A file's row for GraphQL fields (no access check: the parent field decided). */
  byIds(organizationId: string, ids: readonly string[]): Promise<StoredFileRow[]> {
    return this.repo(organizationId).byIds(ids);
  }

  /**
   * `GET /files/:id`: the row if the viewer may download it, else the same NOT_FOUND for missing,
   * other-organization and forbidden files. Documents: employees who may see the order, never
   * residents; chat attachments: those employees, or the order's resident while the message is
   * not deleted (or before it is sent, their own upload); reports: only their author; call
   * recordings: staff with CALLS_READ; others: staff only.
   */
  async forDownload(viewer: Viewer, id: string): Promise<StoredFileRow> {
    const v = requireAuthenticated(viewer);
    const repo = this.repo(v.organizationId);
    const file = await repo.byId(id);
    if (!file || !(await this.mayDownload(v, file, repo))) throw notFound("Файл");
    return file;
  }

  private async mayDownload(v: AuthenticatedViewer, file: StoredFileRow, repo: FilesRepository): Promise<boolean> {
    const orderVisible = async () => {
      if (!file.orderId) return false;
      try {
        await this.orders.get(v, file.orderId);
        return true;
      } catch {
        return false;
      }
    };
    switch (file.purpose) {
      case "ORDER_DOCUMENT":
      case "INVOICE_DOCUMENT":
        return v.kind === "EMPLOYEE" && (await orderVisible());
      case "CHAT_ATTACHMENT":
        if (v.kind === "EMPLOYEE") return orderVisible();
        if (v.kind !== "RESIDENT" || !(await orderVisible())) return false;
        if (!file.attachedAt) return file.uploadedByKind === "RESIDENT" && file.uploadedByClientId === v.clientId;
        return repo.inLiveChatMessage(file.id);
      case "REPORT":
      case "PREMISES_IMPORT":
        return v.kind === "EMPLOYEE" && file.uploadedByEmployeeId === v.employeeId;
      case "CALL_RECORDING":
        // Personal data: staff who may read calls (the organization is the repository's).
        return v.kind === "EMPLOYEE" && v.permissions.has("CALLS_READ");
      default:
        return v.kind === "EMPLOYEE";
    }
  }

  /** The bytes of a file the viewer may download. */
  open(file: StoredFileRow, range?: { start: number; end: number }): Promise<Readable> {
    return this.storage.open(file.storageKey, range);
  }
}
