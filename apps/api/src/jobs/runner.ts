import type { Database, Tx } from "@domovoy/db";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Clock } from "../shared/clock.js";
import { errorText, redactedMessage } from "../shared/log-redaction.js";
import type { Logger } from "../shared/logger.js";
import { retryDelayMs } from "./backoff.js";
import { claimJobs, completeJob, extendJobLock, failJob, JOBS_CHANNEL, takeAbandonedJobs, type ClaimedJob, type Job } from "./queue.js";

const WAKE_MARGIN_MS = 15;

export type JobContext = {
  /**
   * Aborted when this run's lock expires (another worker may start the job again) or when stop()
   * stops waiting for it. Long handlers should give up when it fires.
   */
  signal: AbortSignal;
  /**
   * Deletes the job inside the handler's own transaction, making the run exactly-once: the effect
   * and the job's removal commit together or not at all. Call it first in the transaction: it locks
   * the job row, so no other worker can claim the job while the transaction is open, and it throws
   * JobLostError (rolling the effect back) when the job was cancelled, rescheduled or claimed by
   * another worker since this run began.
   */
  complete(tx: Tx): Promise<void>;
  /**
   * For runs longer than the lock (a million-row report): renews the claim for another lock
   * period, so no other worker starts the job meanwhile. Throws JobLostError if it was lost.
   */
  extendLock?(): Promise<void>;
};

/**
 * Runs one job. Delivery is at-least-once: a worker that dies mid-run leaves the job locked until
 * its lock expires, and then another worker runs it again. A handler must therefore be idempotent,
 * or write its effect to the database in the same transaction as `context.complete(tx)`.
 */
export type JobHandler = (job: Job, context: JobContext) => Promise<void>;

/** Thrown by `complete` when this run no longer owns its job; the runner records nothing for it. */
export class JobLostError extends Error {
  constructor(job: Job) {
    super(`job ${job.id} (${job.kind}) was cancelled, rescheduled or taken over by another worker`);
    this.name = "JobLostError";
  }
}

/**
 * A failed run that knows when it may succeed (a service's Retry-After): the queue retries the job
 * at `retryAt` (when attempts are left) instead of after its own backoff. Without `retryAt` it is a
 * plain failure.
 */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly retryAt?: Date,
  ) {
    super(message);
    this.name = "RetryLaterError";
  }
}

/**
 * Called, inside a transaction, for a job whose worker died during its last attempt (see
 * `takeAbandonedJobs`): settles whatever waited for the job (a report becomes FAILED). May return
 * a function to run after the commit (publishing an event).
 */
export type AbandonedJobHandler = (job: Job, tx: Tx) => Promise<(() => void) | void>;

export type JobRunnerOptions = {
  database: Database;
  clock: Clock;
  logger: Logger;
  handlers: Record<string, JobHandler>;
  workerId?: string;
  /** Fallback poll; NOTIFY wakes the runner sooner. */
  pollIntervalMs?: number;
  /** Most jobs claimed by one statement. */
  batchSize?: number;
  /** How long a claim holds a job; a run still going after that may be repeated elsewhere. */
  lockMs?: number;
  /** Jobs run at once by this runner. */
  concurrency?: number;
  /** Per kind: what to do when a job's last attempt died with its worker. */
  onAbandoned?: Record<string, AbandonedJobHandler>;
  /** How often the runner looks for such jobs. */
  abandonedCheckMs?: number;
};

const MAX_ERROR_LENGTH = 4000;
/** Longest wait between claims while the database does not answer. */
const MAX_OUTAGE_BACKOFF_MS = 30_000;

/** The root cause in one short line: an outage is logged by what it is, not by a 5 KB stack. */
function briefError(error: unknown): { type: string; code?: string; message: string } {
  let root = error;
  while (root instanceof Error && root.cause instanceof Error) root = root.cause;
  if (!(root instanceof Error)) return { type: typeof root, message: String(root) };
  const code = (root as { code?: unknown }).code;
  return { type: root.name, ...(typeof code === "string" ? { code } : {}), message: redactedMessage(root).slice(0, 300) };
}

/**
 * Claims due jobs from the `jobs` table and runs them. Any number of runners (API instances) can
 * share one database: claims use FOR UPDATE SKIP LOCKED, and each runner only claims the kinds it
 * has handlers for, so instances of different versions can run side by side.
 */
export class JobRunner {
  readonly workerId: string;
  private readonly database: Database;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly handlers: Record<string, JobHandler>;
  private readonly kinds: string[];
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly lockMs: number;
  private readonly concurrency: number;
  private readonly onAbandoned: Record<string, AbandonedJobHandler>;
  private readonly abandonedCheckMs: number;
  private lastAbandonedCheck = 0;

  private readonly running = new Map<ClaimedJob, AbortController>();
  private readonly settled = new Set<Promise<void>>();
  private loopDone: Promise<void> | undefined;
  private stopping = false;
  private unlisten: (() => Promise<void>) | undefined;
  private pendingWake = false;
  private wakeSleeper: (() => void) | undefined;
  private nearTimer: { at: number; timer: NodeJS.Timeout } | undefined;
  /** Set while claims fail (the database is unreachable): when it began and how many failed. */
  private outage: { since: number; failures: number } | undefined;

  constructor(options: JobRunnerOptions) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
    this.database = options.database;
    this.clock = options.clock;
    this.handlers = options.handlers;
    this.kinds = Object.keys(options.handlers);
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.batchSize = options.batchSize ?? 20;
    this.lockMs = options.lockMs ?? 30_000;
    this.concurrency = options.concurrency ?? 4;
    this.onAbandoned = options.onAbandoned ?? {};
    this.abandonedCheckMs = options.abandonedCheckMs ?? 10_000;
    this.log = options.logger.child({ component: "jobs", workerId: this.workerId });
  }

  /** Listens for NOTIFY and starts the claim loop; resolves once listening. */
  async start(): Promise<void> {
    if (this.loopDone) throw new Error("job runner already started");
    this.stopping = false;
    try {
      const listener = await this.database.sql.listen(JOBS_CHANNEL, (payload) => this.onNotify(payload), () => this.wake());
      this.unlisten = () => listener.unlisten();
    } catch (error) {
      // Behind a transaction-mode pooler LISTEN is unavailable; polling alone still runs every job.
      this.log.warn({ err: error }, "LISTEN failed; jobs are picked up by polling only");
    }
    this.loopDone = this.loop();
    this.log.info({ kinds: this.kinds, concurrency: this.concurrency }, "job runner started");
  }

  /**
   * Stops claiming and waits for the jobs in flight. After `graceMs` it aborts their signals and
   * returns without them: their locks expire and another runner retries them.
   */
  async stop({ graceMs = 10_000 }: { graceMs?: number } = {}): Promise<void> {
    if (!this.loopDone) return;
    this.stopping = true;
    this.clearNearTimer();
    this.wake();
    await this.loopDone;
    this.loopDone = undefined;
    await this.unlisten?.().catch((error: unknown) => this.log.warn({ err: error }, "UNLISTEN failed"));
    this.unlisten = undefined;
    let grace: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.allSettled([...this.settled]).then(() => true),
      new Promise<boolean>((resolve) => (grace = setTimeout(() => resolve(false), graceMs))),
    ]);
    clearTimeout(grace);
    if (!finished) {
      this.log.warn({ jobIds: [...this.running.keys()].map((j) => j.id) }, "stopped without waiting for jobs in flight");
      for (const controller of this.running.values()) controller.abort(new Error("job runner stopped"));
    }
    this.log.info("job runner stopped");
  }

  /** Runs every job due now (including ones that become due by running others); returns how many ran. Tests call it instead of start(). */
  async runDue(): Promise<number> {
    await this.settleAbandoned();
    let count = 0;
    for (;;) {
      const batch = await this.claim(Math.min(this.batchSize, this.concurrency));
      if (batch.length === 0) return count;
      await Promise.all(batch.map((job) => this.execute(job)));
      count += batch.length;
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const free = this.concurrency - this.running.size;
      let more = false;
      let backoffMs: number | undefined;
      if (free > 0) {
        try {
          if (Date.now() - this.lastAbandonedCheck >= this.abandonedCheckMs) {
            await this.settleAbandoned();
            this.lastAbandonedCheck = Date.now();
          }
          const limit = Math.min(this.batchSize, free);
          const batch = await this.claim(limit);
          this.outageEnded();
          for (const job of batch) this.track(this.execute(job));
          more = batch.length === limit;
        } catch (error) {
          backoffMs = this.claimFailed(error);
          this.pendingWake = false;
        }
      }
      if (more && this.running.size < this.concurrency) continue;
      await this.sleep(backoffMs);
    }
  }

  /** Unlocks jobs whose worker died during their last attempt and lets their kind settle them; returns how many. */
  async settleAbandoned(): Promise<number> {
    const now = this.clock.now();
    const after: (() => void)[] = [];
    const taken = await this.database.db.transaction(async (tx) => {
      const rows = await takeAbandonedJobs(tx, { kinds: this.kinds, now, limit: this.batchSize });
      for (const job of rows) {
        const then = await this.onAbandoned[job.kind]?.(job, tx);
        if (then) after.push(then);
      }
      return rows;
    });
    for (const job of taken) {
      this.log.error({ jobId: job.id, kind: job.kind, attempts: job.attempts }, "job abandoned: its worker died during the last attempt");
    }
    for (const then of after) then();
    return taken.length;
  }

  /**
   * A failed claim: the first one of an outage is logged (briefly), the rest only counted, and the
   * wait before the next try doubles up to MAX_OUTAGE_BACKOFF_MS, so an unreachable database is
   * neither flooded with connection attempts nor the log with one error line per poll.
   */
  private claimFailed(error: unknown): number {
    if (!this.outage) {
      this.outage = { since: Date.now(), failures: 0 };
      this.log.error({ error: briefError(error) }, "claiming jobs failed: database unreachable? retrying with backoff");
    }
    this.outage.failures++;
    return Math.min(this.pollIntervalMs * 2 ** (this.outage.failures - 1), MAX_OUTAGE_BACKOFF_MS);
  }

  private outageEnded(): void {
    if (!this.outage) return;
    const { since, failures } = this.outage;
    this.outage = undefined;
    this.log.warn({ outageMs: Date.now() - since, failedClaims: failures }, "claiming jobs works again after a database outage");
  }

  private claim(limit: number): Promise<ClaimedJob[]> {
    const now = this.clock.now();
    return claimJobs(this.database.db, {
      workerId: this.workerId,
      kinds: this.kinds,
      now,
      lockedUntil: new Date(now.getTime() + this.lockMs),
      limit,
    });
  }

  private track(run: Promise<void>): void {
    this.settled.add(run);
    void run.finally(() => {
      this.settled.delete(run);
      this.wake();
    });
  }

  /** Runs one claimed job; never rejects. */
  private async execute(job: ClaimedJob): Promise<void> {
    const { token: _token, ...row } = job;
    const controller = new AbortController();
    let lockTimer = setTimeout(() => controller.abort(new Error("job lock expired")), this.lockMs);
    lockTimer.unref();
    this.running.set(job, controller);
    let completed = false;
    const context: JobContext = {
      signal: controller.signal,
      complete: async (tx) => {
        if (!(await completeJob(tx, job))) throw new JobLostError(row);
        completed = true;
      },
      extendLock: async () => {
        const token = await extendJobLock(this.database.db, job, new Date(this.clock.now().getTime() + this.lockMs));
        if (!token) throw new JobLostError(row);
        job.token = token;
        clearTimeout(lockTimer);
        lockTimer = setTimeout(() => controller.abort(new Error("job lock expired")), this.lockMs);
        lockTimer.unref();
      },
    };
    const started = Date.now();
    try {
      await this.handlers[job.kind]!(row, context);
      if (!completed && !(await completeJob(this.database.db, job))) {
        this.log.warn({ jobId: job.id, kind: job.kind }, "job finished after it was lost (cancelled, rescheduled or taken over)");
        return;
      }
      this.log.debug({ jobId: job.id, kind: job.kind, ms: Date.now() - started }, "job done");
    } catch (error) {
      await this.recordFailure(job, error);
    } finally {
      clearTimeout(lockTimer);
      this.running.delete(job);
    }
  }

  private async recordFailure(job: ClaimedJob, error: unknown): Promise<void> {
    const fields = { jobId: job.id, kind: job.kind, attempts: job.attempts, maxAttempts: job.maxAttempts };
    if (error instanceof JobLostError) {
      this.log.warn(fields, error.message);
      return;
    }
    try {
      const retryAt = error instanceof RetryLaterError && error.retryAt ? error.retryAt : new Date(this.clock.now().getTime() + retryDelayMs(job.attempts));
      const message = errorText(error);
      const failed = await failJob(this.database.db, job, { error: message.slice(0, MAX_ERROR_LENGTH), retryAt });
      if (!failed) this.log.warn({ ...fields, err: error }, "job failed after it was lost (cancelled, rescheduled or taken over)");
      else if (failed.attempts >= failed.maxAttempts) this.log.error({ ...fields, err: error }, "job failed for the last time and is left as a dead job");
      else this.log.warn({ ...fields, err: error, retryAt }, "job failed; will retry");
    } catch (dbError) {
      // The lock expires and the job is retried anyway.
      this.log.error({ ...fields, err: dbError, jobError: error }, "could not record a job failure");
    }
  }

  private onNotify(payload: string): void {
    if (this.stopping) return;
    const runAt = Number(payload);
    const delay = Number.isFinite(runAt) ? runAt - this.clock.now().getTime() : 0;
    if (delay <= 0) return this.wake();
    // Later than one poll away: a poll will find it. Sooner: wake exactly when it is due.
    if (delay >= this.pollIntervalMs) return;
    const at = Date.now() + delay + WAKE_MARGIN_MS;
    if (this.nearTimer && this.nearTimer.at <= at) return;
    this.clearNearTimer();
    // A little late rather than early: a timer may fire a millisecond before the job is due, find
    // nothing to claim, and leave the job to the next poll.
    const timer = setTimeout(() => {
      this.nearTimer = undefined;
      this.wake();
    }, delay + WAKE_MARGIN_MS);
    timer.unref();
    this.nearTimer = { at, timer };
  }

  private clearNearTimer(): void {
    if (this.nearTimer) clearTimeout(this.nearTimer.timer);
    this.nearTimer = undefined;
  }

  private wake(): void {
    if (this.wakeSleeper) this.wakeSleeper();
    else this.pendingWake = true;
  }

  /** Waits for a wake-up or the poll interval; with `ms` (an outage's backoff) that long instead. */
  private sleep(ms?: number): Promise<void> {
    if (this.stopping || (this.pendingWake && ms === undefined)) {
      this.pendingWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeSleeper = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms ?? this.pollIntervalMs);
      timer.unref();
      this.wakeSleeper = done;
    });
  }
}
