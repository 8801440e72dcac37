import type { Readable } from "node:stream";
import type { AppDeps } from "../../deps.js";
import { CALL_RECORDINGS_SWEEP_JOB } from "../../jobs/kinds.js";
import { enqueueJob } from "../../jobs/queue.js";
import { Topic } from "../../pubsub.js";
import { requireIntegration, requirePermission } from "../../shared/auth/policy.js";
import type { IntegrationViewer, Viewer } from "../../shared/auth/viewer.js";
import { AppError, ErrorCode } from "../../shared/errors.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { requiredText } from "../../shared/validate.js";
import type { FilesService, StoredFileRow } from "../files/files.service.js";
import { FileTooLargeError } from "../files/storage.js";
import { CallsRepository, expiredRecordings, type CallRow } from "./calls.repository.js";
import { fetchRecording, recordingRefusal } from "./recording-fetch.js";

/** The retention an organization may set, in days. */
export const RECORDING_RETENTION_MIN_DAYS = 1;
export const RECORDING_RETENTION_MAX_DAYS = 3650;
const SWEEP_EVERY_MS = 6 * 60 * 60 * 1000;
const SWEEP_BATCH = 200;

export type RecordingResult = { callId: string; contentType: string; size: number; replaced: boolean };

/**
 * Call recordings (issue #12): personal data. A telephony integration attaches one to a call it
 * reported, either by uploading the bytes (`PUT /calls/recording`) or by giving a URL the server
 * fetches once, bounded (recording-fetch.ts); the bytes are stored through the files storage and
 * never proxied from the provider. Downloads are for staff with CALLS_READ of the organization
 * (files.service `mayDownload`). The retention sweep deletes recordings older than the
 * organization's period; the call itself stays in the journal.
 */
export class CallRecordingsService {
  constructor(
    private readonly deps: AppDeps,
    private readonly files: FilesService,
  ) {}

  private repo(organizationId: string) {
    return new CallsRepository(this.deps.database.db, organizationId);
  }

  /** The call a recording is for: it must have been reported first (a `callEvent`). */
  private async callFor(v: IntegrationViewer, externalCallId: string, source: string | null | undefined, field: string): Promise<{ call: CallRow }> {
    const id = requiredText(externalCallId, `${field}.externalCallId`, 200);
    const repo = this.repo(v.organizationId);
    const name = source != null ? requiredText(source, `${field}.source`, 100) : ((await repo.integrationName(v.integrationId)) ?? "partner");
    const call = await repo.byExternalId(name, id);
    if (!call) throw new AppError(ErrorCode.NOT_FOUND, "Звонок не найден: сначала передайте его события", { field: `${field}.externalCallId` });
    return { call };
  }

  /** Partner upload: the body is the recording itself. */
  async upload(viewer: Viewer, params: { externalCallId: string; source?: string | null; fileName?: string | null }, body: Readable): Promise<RecordingResult> {
    const v = requireIntegration(viewer);
    const { call } = await this.callFor(v, params.externalCallId, params.source, "query");
    const file = await this.storeAudio(v, body, params.fileName || `${call.externalCallId}`, "body");
    return this.attach(v, call.id, file);
  }

  /** Partner: the provider's URL, fetched once, bounded in size and time. */
  async fetch(viewer: Viewer, input: { externalCallId: string; source?: string | null; url: string }): Promise<RecordingResult> {
    const v = requireIntegration(viewer);
    const url = requiredText(input.url, "input.url", 2000);
    const { call } = await this.callFor(v, input.externalCallId, input.source, "input");
    const limits = this.deps.config.callRecordings;
    const fetched = await fetchRecording(url, { maxBytes: limits.maxBytes, timeoutMs: limits.fetchTimeoutMs, allowHosts: limits.fetchAllowHosts });
    let file: StoredFileRow;
    try {
      file = await this.storeAudio(v, fetched.body, fetched.fileName, "input.url");
    } catch (error) {
      const failure = fetched.failure();
      fetched.abort("FETCH_FAILED");
      if (failure) throw recordingRefusal(failure);
      throw error;
    }
    return this.attach(v, call.id, file);
  }

  /** Streams the bytes into storage (at most the configured size) and keeps them only if they are audio. */
  private async storeAudio(v: IntegrationViewer, body: Readable, fileName: string, field: string): Promise<StoredFileRow> {
    const maxBytes = this.deps.config.callRecordings.maxBytes;
    let file: StoredFileRow;
    try {
      file = await this.files.store({
        organizationId: v.organizationId,
        purpose: "CALL_RECORDING",
        fileName,
        body,
        maxBytes,
        by: { kind: "SYSTEM" },
        attached: true,
      });
    } catch (error) {
      if (error instanceof FileTooLargeError) throw recordingRefusal("RECORDING_TOO_LARGE", field, { maxBytes });
      throw error;
    }
    if (!file.contentType.startsWith("audio/")) {
      await this.files.remove(this.deps.database.db, file.id, v.organizationId);
      throw recordingRefusal("NOT_AUDIO", field);
    }
    return file;
  }

  /** Sets the call's recording in one transaction; a previous recording is deleted with it. */
  private async attach(v: IntegrationViewer, callId: string, file: StoredFileRow): Promise<RecordingResult> {
    try {
      return await unitOfWork(this.deps, v.organizationId, async (uow) => {
        const repo = uow.repo(CallsRepository);
        const call = await repo.byId(callId, true);
        if (!call) throw new AppError(ErrorCode.NOT_FOUND, "Звонок не найден");
        const previous = call.recordingFileId;
        await repo.update(call.id, { recordingFileId: file.id }, this.deps.clock.now());
        if (previous) await this.files.remove(uow.tx, previous, v.organizationId);
        uow.publish(Topic.CALL_CHANGED, { callId: call.id, employeeId: call.employeeId });
        return { callId: call.id, contentType: file.contentType, size: file.size, replaced: previous !== null };
      });
    } catch (error) {
      await this.files.remove(this.deps.database.db, file.id, v.organizationId).catch(() => undefined);
      throw error;
    }
  }

  // The organization's retention period.

  async retention(viewer: Viewer): Promise<{ recordingRetentionDays: number }> {
    const v = requirePermission(viewer, "CALLS_READ");
    return { recordingRetentionDays: await this.repo(v.organizationId).retentionDays() };
  }

  async setRetention(viewer: Viewer, days: number): Promise<{ recordingRetentionDays: number }> {
    const v = requirePermission(viewer, "INTEGRATIONS_MANAGE");
    if (!Number.isInteger(days) || days < RECORDING_RETENTION_MIN_DAYS || days > RECORDING_RETENTION_MAX_DAYS) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `От ${RECORDING_RETENTION_MIN_DAYS} до ${RECORDING_RETENTION_MAX_DAYS} дней`, {
        field: "recordingRetentionDays",
        reason: "OUT_OF_RANGE",
      });
    }
    return { recordingRetentionDays: await this.repo(v.organizationId).setRetentionDays(days) };
  }

  /**
   * Job: deletes the recordings past their organization's retention period (the row's link in one
   * transaction with the file's row; the bytes by the purge job after commit), then schedules the
   * next run. Idempotent: a recording changed meanwhile is left alone.
   */
  async sweep(): Promise<number> {
    const now = this.deps.clock.now();
    let removed = 0;
    for (;;) {
      const expired = await expiredRecordings(this.deps.database.db, now, SWEEP_BATCH);
      for (const item of expired) {
        const dropped = await unitOfWork(this.deps, item.organizationId, async (uow) => {
          if (!(await uow.repo(CallsRepository).dropRecording(item.callId, item.fileId))) return false;
          await this.files.remove(uow.tx, item.fileId, item.organizationId);
          return true;
        });
        if (dropped) removed++;
      }
      if (expired.length < SWEEP_BATCH) break;
    }
    if (removed > 0) this.deps.logger.info({ removed }, "call recordings past retention deleted");
    await this.scheduleSweep(SWEEP_EVERY_MS);
    return removed;
  }

  /** One pending sweep at a time (dedupe key); called on startup and by each sweep. */
  async scheduleSweep(delayMs = 60_000): Promise<void> {
    await enqueueJob(this.deps.database.db, {
      kind: CALL_RECORDINGS_SWEEP_JOB,
      payload: {},
      runAt: new Date(this.deps.clock.now().getTime() + delayMs),
      dedupeKey: "calls:recordings-sweep",
    });
  }
}
