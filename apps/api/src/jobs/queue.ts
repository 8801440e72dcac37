import { schema, type Db, type DbOrTx } from "@domovoy/db";
import { and, asc, eq, getTableColumns, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { JobKind, JobPayloads } from "./kinds.js";

const { jobs } = schema;

/** NOTIFY channel; the payload is the job's run_at in epoch milliseconds. */
export const JOBS_CHANNEL = "domovoy_jobs";

export type Job = typeof jobs.$inferSelect;

type JobOptions = {
  organizationId?: string | null;
  runAt: Date;
  /** At most one pending job per key: enqueueing the key again reschedules that job. */
  dedupeKey?: string | null;
  maxAttempts?: number;
};

/** A job of one of the API's kinds, with that kind's payload (a wrong payload is a type error). */
export type JobRequest = { [K in JobKind]: { kind: K; payload: JobPayloads[K] } }[JobKind] & JobOptions;

/** A job of any kind: the queue itself works with any (its own tests run kinds of their own). */
export type AnyJobRequest = { kind: string; payload?: Record<string, unknown> } & JobOptions;

/**
 * Adds a job, or, when a job with the same dedupeKey exists, replaces its schedule and payload and
 * gives it a fresh set of attempts (a dead job comes back to life too). Pass the caller's
 * transaction: the job then exists, and its NOTIFY goes out, only if that transaction commits.
 *
 * A job that is running while it is rescheduled stays in the table as the new version: the run in
 * flight can no longer delete it (see `completeJob`), and the new version runs at its own runAt.
 */
export function enqueueJob(db: DbOrTx, job: JobRequest): Promise<{ id: number }> {
  return enqueueAnyJob(db, job);
}

/** `enqueueJob` without the kind's payload type: for the queue's own tests. */
export async function enqueueAnyJob(db: DbOrTx, job: AnyJobRequest): Promise<{ id: number }> {
  const maxAttempts = job.maxAttempts ?? 10;
  if (!job.kind) throw new Error("a job needs a kind");
  if (Number.isNaN(job.runAt.getTime())) throw new Error(`job ${job.kind}: runAt is not a valid date`);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`job ${job.kind}: maxAttempts must be a positive integer`);
  const values = {
    kind: job.kind,
    organizationId: job.organizationId ?? null,
    payload: job.payload ?? {},
    runAt: job.runAt,
    maxAttempts,
  };
  const [row] = await db
    .insert(jobs)
    .values({ ...values, dedupeKey: job.dedupeKey ?? null })
    // NULL keys never conflict, so jobs without a dedupeKey are always inserted.
    .onConflictDoUpdate({
      target: jobs.dedupeKey,
      set: { ...values, attempts: 0, lockedBy: null, lockedUntil: null, lastError: null },
    })
    .returning({ id: jobs.id });
  await db.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${String(job.runAt.getTime())})`);
  return { id: row!.id };
}

/**
 * `enqueueJob` for many jobs in one statement and one NOTIFY (the earliest runAt): a cascade's SLA
 * checks. Every job needs a dedupeKey; a key given twice keeps its last job (one statement cannot
 * upsert the same row twice).
 */
export async function enqueueJobs(db: DbOrTx, requests: (JobRequest & { dedupeKey: string })[]): Promise<void> {
  const byKey = new Map(requests.map((job) => [job.dedupeKey, job]));
  if (byKey.size === 0) return;
  const values = [...byKey.values()].map((job) => {
    if (Number.isNaN(job.runAt.getTime())) throw new Error(`job ${job.kind}: runAt is not a valid date`);
    return { kind: job.kind, organizationId: job.organizationId ?? null, payload: job.payload ?? {}, runAt: job.runAt, maxAttempts: job.maxAttempts ?? 10, dedupeKey: job.dedupeKey };
  });
  await db
    .insert(jobs)
    .values(values)
    .onConflictDoUpdate({
      target: jobs.dedupeKey,
      set: {
        kind: sql`excluded.kind`,
        organizationId: sql`excluded.organization_id`,
        payload: sql`excluded.payload`,
        runAt: sql`excluded.run_at`,
        maxAttempts: sql`excluded.max_attempts`,
        attempts: 0,
        lockedBy: null,
        lockedUntil: null,
        lastError: null,
      },
    });
  const earliest = Math.min(...values.map((v) => v.runAt.getTime()));
  await db.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${String(earliest)})`);
}

/** Deletes the pending job with this key; true when there was one. A run already in flight is not stopped. */
export async function cancelJob(db: DbOrTx, dedupeKey: string): Promise<boolean> {
  const deleted = await db.delete(jobs).where(eq(jobs.dedupeKey, dedupeKey)).returning({ id: jobs.id });
  return deleted.length > 0;
}

/**
 * A job claimed by a worker. `token` is the row version (xmin) the claim wrote: any later change
 * to the row (a reschedule, a cancel, another worker's claim after this one's lock expired) changes
 * it, so the statements below, fenced by it, never touch a job this claim no longer owns.
 */
export type ClaimedJob = Job & { token: string };

export type ClaimRequest = { workerId: string; kinds: string[]; now: Date; lockedUntil: Date; limit: number };

/** Locks up to `limit` due jobs of the given kinds for one worker, in a single statement. */
export async function claimJobs(db: Db, claim: ClaimRequest): Promise<ClaimedJob[]> {
  if (claim.limit < 1 || claim.kinds.length === 0) return [];
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        inArray(jobs.kind, claim.kinds),
        lte(jobs.runAt, claim.now),
        lt(jobs.attempts, jobs.maxAttempts),
        or(isNull(jobs.lockedUntil), lt(jobs.lockedUntil, claim.now)),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(claim.limit)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(jobs)
    .set({ lockedBy: claim.workerId, lockedUntil: claim.lockedUntil, attempts: sql`${jobs.attempts} + 1` })
    .where(inArray(jobs.id, due))
    .returning({ ...getTableColumns(jobs), token: sql<string>`xmin::text` });
  return claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

const ownedBy = (job: ClaimedJob) => and(eq(jobs.id, job.id), sql`xmin = ${job.token}::xid`);

/** Deletes a finished job if the claim still owns it; false when the job was lost meanwhile. */
export async function completeJob(db: DbOrTx, job: ClaimedJob): Promise<boolean> {
  const deleted = await db.delete(jobs).where(ownedBy(job)).returning({ id: jobs.id });
  return deleted.length > 0;
}

/**
 * Pushes a claimed job's lock to `lockedUntil` if the claim still owns it and returns the new
 * token (the update changes the row version); undefined when the job was lost meanwhile.
 */
export async function extendJobLock(db: DbOrTx, job: ClaimedJob, lockedUntil: Date): Promise<string | undefined> {
  const [row] = await db.update(jobs).set({ lockedUntil }).where(ownedBy(job)).returning({ token: sql<string>`xmin::text` });
  return row?.token;
}

/**
 * Records a failed run and unlocks the job for a retry at `retryAt`; once attempts reach
 * max_attempts the row stays as a dead job that no claim picks up. Undefined when the job was lost.
 */
export async function failJob(
  db: DbOrTx,
  job: ClaimedJob,
  failure: { error: string; retryAt: Date },
): Promise<{ attempts: number; maxAttempts: number } | undefined> {
  const [row] = await db
    .update(jobs)
    .set({ lastError: failure.error, runAt: failure.retryAt, lockedBy: null, lockedUntil: null })
    .where(ownedBy(job))
    .returning({ attempts: jobs.attempts, maxAttempts: jobs.maxAttempts });
  return row;
}

/** What `lastError` says of a job whose worker died during its last attempt. */
export const ABANDONED_ERROR = "the worker stopped (crashed or was killed) during the last attempt";

/**
 * Jobs whose last attempt never ended: attempts are used up and the lock expired without the run
 * completing or recording a failure (its process was killed). No claim picks them up again, so
 * without this they would stay locked forever and whatever waits for them (a report RUNNING) too.
 * Unlocks them as dead jobs with a last error, inside the caller's transaction, and returns them.
 */
export async function takeAbandonedJobs(db: DbOrTx, claim: { kinds: string[]; now: Date; limit: number }): Promise<Job[]> {
  if (claim.limit < 1 || claim.kinds.length === 0) return [];
  const abandoned = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        inArray(jobs.kind, claim.kinds),
        gte(jobs.attempts, jobs.maxAttempts),
        isNotNull(jobs.lockedBy),
        lt(jobs.lockedUntil, claim.now),
      ),
    )
    .orderBy(asc(jobs.id))
    .limit(claim.limit)
    .for("update", { skipLocked: true });
  return db
    .update(jobs)
    .set({ lockedBy: null, lockedUntil: null, lastError: ABANDONED_ERROR })
    .where(inArray(jobs.id, abandoned))
    .returning();
}
