import { connect, schema, type Database } from "@domovoy/db";
import { eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cancelJob, enqueueJob, type Job } from "../src/jobs/queue.js";
import { JobLostError, JobRunner, type JobHandler, type JobRunnerOptions } from "../src/jobs/runner.js";
import { createLogger } from "../src/shared/logger.js";
import { startTestServer, TestClock, type TestServer } from "./support/harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  // No unique constraint on purpose: a job whose effect happened twice shows up as two rows.
  await t.database.sql`create table job_effects (job_id bigint not null, worker text not null, payload jsonb)`;
});
afterAll(() => t?.close());

const runners: JobRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop({ graceMs: 1000 })));
});

let sequence = 0;
/** A kind of its own per test, so no test's runner claims another test's jobs. */
const kindFor = (name: string) => `test.${name}.${++sequence}`;

function makeRunner(options: Partial<JobRunnerOptions> & Pick<JobRunnerOptions, "handlers">): JobRunner {
  const runner = new JobRunner({ database: t.database, clock: new TestClock(), logger: createLogger("silent"), ...options });
  runners.push(runner);
  return runner;
}

function captureLogs() {
  const lines: { level: number; msg: string; jobId?: number; [k: string]: unknown }[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

const rowsOf = (kind: string) => t.database.db.select().from(schema.jobs).where(eq(schema.jobs.kind, kind)).orderBy(schema.jobs.id);

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("running jobs", () => {
  it("runs a due job once and deletes it; a job for later waits for its time", async () => {
    const kind = kindFor("once");
    const clock = new TestClock();
    const seen: Job[] = [];
    const runner = makeRunner({ clock, handlers: { [kind]: async (job) => void seen.push(job) } });
    const organizationId = randomUUID();
    await enqueueJob(t.database.db, { kind, organizationId, payload: { orderId: "o-1" }, runAt: clock.now() });
    const later = await enqueueJob(t.database.db, { kind, payload: { orderId: "o-2" }, runAt: new Date(clock.now().getTime() + 60_000) });

    expect(await runner.runDue()).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ kind, organizationId, payload: { orderId: "o-1" }, attempts: 1, lockedBy: runner.workerId });
    expect((await rowsOf(kind)).map((r) => r.id)).toEqual([later.id]);
    expect(await runner.runDue()).toBe(0);

    clock.advance(61_000);
    expect(await runner.runDue()).toBe(1);
    expect(seen.map((j) => j.payload.orderId)).toEqual(["o-1", "o-2"]);
    expect(await rowsOf(kind)).toEqual([]);
  });

  it("retries a failing job with exponential backoff and leaves it dead after maxAttempts", async () => {
    const kind = kindFor("failing");
    const clock = new TestClock();
    const { logger, lines } = captureLogs();
    let calls = 0;
    const runner = makeRunner({
      clock,
      logger,
      handlers: {
        [kind]: async () => {
          calls++;
          throw new Error(`boom ${calls}`);
        },
      },
    });
    const { id } = await enqueueJob(t.database.db, { kind, runAt: clock.now(), maxAttempts: 3 });

    for (const [attempt, delayMs] of [[1, 2000], [2, 4000]] as const) {
      const before = clock.now().getTime();
      expect(await runner.runDue()).toBe(1);
      const [row] = await rowsOf(kind);
      expect(row).toMatchObject({ attempts: attempt, lockedBy: null, lockedUntil: null });
      expect(row!.lastError).toContain(`boom ${attempt}`);
      expect(row!.runAt.getTime()).toBeGreaterThanOrEqual(before + delayMs);
      expect(row!.runAt.getTime()).toBeLessThan(clock.now().getTime() + delayMs + 50);
      // Not due again before the backoff has passed.
      clock.advance(delayMs / 2);
      expect(await runner.runDue()).toBe(0);
      clock.advance(delayMs / 2 + 100);
    }
    expect(await runner.runDue()).toBe(1);
    clock.advance(3600_000);
    expect(await runner.runDue()).toBe(0);
    expect(calls).toBe(3);
    const [dead] = await rowsOf(kind);
    expect(dead).toMatchObject({ id, attempts: 3, maxAttempts: 3, lockedBy: null });
    expect(dead!.lastError).toContain("boom 3");
    expect(lines.filter((l) => l.level === 40 && l.jobId === id).map((l) => l.msg)).toEqual(["job failed; will retry", "job failed; will retry"]);
    expect(lines.filter((l) => l.level === 50 && l.jobId === id).map((l) => l.msg)).toEqual(["job failed for the last time and is left as a dead job"]);
  });

  it("claims only the kinds it has handlers for", async () => {
    const mine = kindFor("mine");
    const foreign = kindFor("foreign");
    const runner = makeRunner({ handlers: { [mine]: async () => {} } });
    await enqueueJob(t.database.db, { kind: foreign, runAt: new Date() });
    await enqueueJob(t.database.db, { kind: mine, runAt: new Date() });
    expect(await runner.runDue()).toBe(1);
    expect(await rowsOf(foreign)).toMatchObject([{ attempts: 0, lockedBy: null }]);
  });

  it("aborts the handler's signal when the job's lock expires", async () => {
    const kind = kindFor("lock-expiry");
    let reason: unknown;
    const runner = makeRunner({
      lockMs: 150,
      handlers: {
        [kind]: (_job, { signal }) =>
          new Promise((_resolve, reject) =>
            signal.addEventListener("abort", () => {
              reason = signal.reason;
              reject(signal.reason);
            }),
          ),
      },
    });
    await enqueueJob(t.database.db, { kind, runAt: new Date() });
    expect(await runner.runDue()).toBe(1);
    expect(String(reason)).toMatch(/lock expired/);
    expect((await rowsOf(kind))[0]!.lastError).toMatch(/lock expired/);
  });

  it("extendLock keeps a long run's claim: no other runner takes the job, and the run still completes it", async () => {
    const kind = kindFor("extend-lock");
    const runs: string[] = [];
    const handler =
      (name: string): JobHandler =>
      async (_job, context) => {
        runs.push(name);
        // Three lock periods long, renewing the claim every half period.
        for (let i = 0; i < 6; i++) {
          await sleep(100);
          await context.extendLock!();
        }
        await t.database.db.transaction((tx) => context.complete(tx));
      };
    const first = makeRunner({ lockMs: 200, handlers: { [kind]: handler("first") } });
    const second = makeRunner({ lockMs: 200, handlers: { [kind]: handler("second") } });
    await enqueueJob(t.database.db, { kind, runAt: new Date() });
    const running = first.runDue();
    await sleep(450);
    expect(await second.runDue()).toBe(0);
    expect(await running).toBe(1);
    expect(runs).toEqual(["first"]);
    expect(await rowsOf(kind)).toEqual([]);
  });
});

describe("dedupe keys", () => {
  it("enqueueing the same key again reschedules the pending job instead of adding one", async () => {
    const kind = kindFor("dedupe");
    const clock = new TestClock();
    const seen: Job[] = [];
    const runner = makeRunner({ clock, handlers: { [kind]: async (job) => void seen.push(job) } });
    const key = `sla:reaction:${randomUUID()}`;
    const first = await enqueueJob(t.database.db, { kind, payload: { v: 1 }, runAt: new Date(clock.now().getTime() + 3600_000), dedupeKey: key });
    const second = await enqueueJob(t.database.db, { kind, payload: { v: 2 }, runAt: clock.now(), dedupeKey: key });
    expect(second.id).toBe(first.id);
    expect(await rowsOf(kind)).toMatchObject([{ id: first.id, payload: { v: 2 }, dedupeKey: key }]);

    expect(await runner.runDue()).toBe(1);
    expect(seen.map((j) => j.payload)).toEqual([{ v: 2 }]);
    clock.advance(2 * 3600_000);
    expect(await runner.runDue()).toBe(0);
  });

  it("enqueueing the key of a dead job gives it a fresh set of attempts", async () => {
    const kind = kindFor("revive");
    const runner = makeRunner({
      handlers: {
        [kind]: async (job) => {
          if (job.payload.fail) throw new Error("nope");
        },
      },
    });
    const key = `revive:${randomUUID()}`;
    await enqueueJob(t.database.db, { kind, payload: { fail: true }, runAt: new Date(), dedupeKey: key, maxAttempts: 1 });
    expect(await runner.runDue()).toBe(1);
    expect(await rowsOf(kind)).toMatchObject([{ attempts: 1, maxAttempts: 1 }]);
    await enqueueJob(t.database.db, { kind, payload: {}, runAt: new Date(), dedupeKey: key, maxAttempts: 1 });
    expect(await rowsOf(kind)).toMatchObject([{ attempts: 0, lastError: null }]);
    expect(await runner.runDue()).toBe(1);
    expect(await rowsOf(kind)).toEqual([]);
  });

  it("a job rescheduled while it runs is not deleted by that run", async () => {
    const kind = kindFor("reschedule-running");
    const entered = gate();
    const release = gate();
    const runner = makeRunner({
      handlers: {
        [kind]: async () => {
          entered.open();
          await release.opened;
        },
      },
    });
    const key = `running:${randomUUID()}`;
    await enqueueJob(t.database.db, { kind, payload: { v: 1 }, runAt: new Date(), dedupeKey: key });
    const running = runner.runDue();
    await entered.opened;
    const later = new Date(Date.now() + 3600_000);
    await enqueueJob(t.database.db, { kind, payload: { v: 2 }, runAt: later, dedupeKey: key });
    release.open();
    expect(await running).toBe(1);
    expect(await rowsOf(kind)).toMatchObject([{ payload: { v: 2 }, runAt: later, attempts: 0, lockedBy: null }]);
  });

  it("cancelJob deletes the pending job", async () => {
    const kind = kindFor("cancel");
    let calls = 0;
    const runner = makeRunner({ handlers: { [kind]: async () => void calls++ } });
    const key = `cancel:${randomUUID()}`;
    await enqueueJob(t.database.db, { kind, runAt: new Date(), dedupeKey: key });
    expect(await cancelJob(t.database.db, key)).toBe(true);
    expect(await cancelJob(t.database.db, key)).toBe(false);
    expect(await runner.runDue()).toBe(0);
    expect(calls).toBe(0);
  });
});

describe("transactional outbox", () => {
  it("a job enqueued in a rolled-back transaction never runs; a committed one does", async () => {
    const kind = kindFor("outbox");
    const seen: unknown[] = [];
    const runner = makeRunner({ pollIntervalMs: 50, handlers: { [kind]: async (job) => void seen.push(job.payload.n) } });
    await runner.start();
    await expect(
      t.database.db.transaction(async (tx) => {
        await enqueueJob(tx, { kind, payload: { n: "rolled back" }, runAt: new Date() });
        tx.rollback();
      }),
    ).rejects.toThrow();
    await expect(
      t.database.db.transaction(async (tx) => {
        await enqueueJob(tx, { kind, payload: { n: "failed" }, runAt: new Date() });
        throw new Error("the use case failed after enqueueing");
      }),
    ).rejects.toThrow("the use case failed");
    await t.database.db.transaction((tx) => enqueueJob(tx, { kind, payload: { n: "committed" }, runAt: new Date() }));
    await waitFor(() => seen.length > 0, 3000, "the committed job");
    await sleep(300);
    expect(seen).toEqual(["committed"]);
    expect(await rowsOf(kind)).toEqual([]);
  });
});

describe("exactly-once effects with complete(tx)", () => {
  const recordEffect = (database: Database, worker: string): JobHandler => async (job, { complete }) => {
    await database.db.transaction(async (tx) => {
      await complete(tx);
      await tx.execute(sql`insert into job_effects (job_id, worker, payload) values (${job.id}, ${worker}, ${JSON.stringify(job.payload)}::jsonb)`);
    });
  };
  const effectsOf = async (ids: number[]) =>
    (await t.database.sql`select job_id::int as id, worker from job_effects where job_id = any(${ids}::bigint[]) order by job_id`) as unknown as { id: number; worker: string }[];

  it("a failure inside the transaction rolls back the effect with the deletion; the retry does it once", async () => {
    const kind = kindFor("complete-rollback");
    const clock = new TestClock();
    let calls = 0;
    const runner = makeRunner({
      clock,
      handlers: {
        [kind]: async (job, { complete }) => {
          calls++;
          await t.database.db.transaction(async (tx) => {
            await complete(tx);
            await tx.execute(sql`insert into job_effects (job_id, worker) values (${job.id}, 'A')`);
            if (calls === 1) throw new Error("failed before commit");
          });
        },
      },
    });
    const { id } = await enqueueJob(t.database.db, { kind, runAt: clock.now() });
    expect(await runner.runDue()).toBe(1);
    expect(await effectsOf([id])).toEqual([]);
    expect(await rowsOf(kind)).toMatchObject([{ attempts: 1, lastError: expect.stringContaining("failed before commit") }]);
    clock.advance(2100);
    expect(await runner.runDue()).toBe(1);
    expect(await effectsOf([id])).toEqual([{ id, worker: "A" }]);
    expect(await rowsOf(kind)).toEqual([]);
  });

  it("complete(tx) throws JobLostError when the job was cancelled during the run; the effect is rolled back", async () => {
    const kind = kindFor("lost");
    const entered = gate();
    const release = gate();
    const { logger, lines } = captureLogs();
    let error: unknown;
    const runner = makeRunner({
      logger,
      handlers: {
        [kind]: async (job, context) => {
          entered.open();
          await release.opened;
          await recordEffect(t.database, "A")(job, context).catch((e) => {
            error = e;
            throw e;
          });
        },
      },
    });
    const key = `lost:${randomUUID()}`;
    const { id } = await enqueueJob(t.database.db, { kind, runAt: new Date(), dedupeKey: key });
    const running = runner.runDue();
    await entered.opened;
    expect(await cancelJob(t.database.db, key)).toBe(true);
    release.open();
    expect(await running).toBe(1);
    expect(error).toBeInstanceOf(JobLostError);
    expect(await effectsOf([id])).toEqual([]);
    expect(lines.filter((l) => l.jobId === id && l.level >= 40).map((l) => l.level)).toEqual([40]);
  });

  it("two runners share 200 jobs; one crashes mid-way; every effect happens exactly once", async () => {
    const kind = kindFor("crash");
    const clock = new TestClock();
    const lockMs = 1500;
    const instanceA = connect(t.databaseUrl, { max: 6 });
    const instanceB = connect(t.databaseUrl, { max: 6 });
    let parked = 0;
    const park = () => {
      parked++;
      return new Promise<never>(() => {});
    };
    const hungAt = new Map<number, number>();
    const committedByA = new Set<number>();
    const startedByB = new Map<number, number>();
    let doneByA = 0;

    const handlerA: JobHandler = async (job, context) => {
      if (doneByA >= 25) {
        // A dies in one of three places: before touching the database, inside the effect's
        // transaction, or after committing it but before the runner hears back.
        const place = hungAt.set(job.id, Date.now()).size % 3;
        if (place === 0) await park();
        await instanceA.db.transaction(async (tx) => {
          await context.complete(tx);
          await tx.execute(sql`insert into job_effects (job_id, worker) values (${job.id}, 'A')`);
          if (place === 1) await park();
        });
        committedByA.add(job.id);
        await park();
      }
      await sleep(5);
      await recordEffect(instanceA, "A")(job, context);
      doneByA++;
    };
    const handlerB: JobHandler = async (job, context) => {
      startedByB.set(job.id, Date.now());
      await sleep(5);
      await recordEffect(instanceB, "B")(job, context);
    };
    const a = new JobRunner({ database: instanceA, clock, logger: createLogger("silent"), workerId: "A", handlers: { [kind]: handlerA }, lockMs, pollIntervalMs: 200, concurrency: 4 });
    const b = makeRunner({ database: instanceB, clock, workerId: "B", handlers: { [kind]: handlerB }, lockMs, pollIntervalMs: 200, concurrency: 4 });
    await Promise.all([a.start(), b.start()]);

    const start = clock.now().getTime();
    const ids = await t.database.db.transaction(async (tx) => {
      const ids: number[] = [];
      for (let i = 0; i < 200; i++) ids.push((await enqueueJob(tx, { kind, payload: { i }, runAt: new Date(start + i * 10) })).id);
      return ids;
    });

    // A crashes once all its slots hang: it stops claiming and its connections die, open transactions with them.
    await waitFor(() => parked === 4, 10_000, "worker A to hang");
    await a.stop({ graceMs: 0 });
    await instanceA.sql.end({ timeout: 0 });

    await waitFor(async () => (await rowsOf(kind)).length === 0, 15_000, "all jobs to finish");
    await b.stop();
    await instanceB.close();

    const effects = await effectsOf(ids);
    expect(effects.map((e) => e.id)).toEqual(ids);
    expect(effects.filter((e) => e.worker === "A").length).toBeGreaterThanOrEqual(25);
    expect(effects.filter((e) => e.worker === "B").length).toBeGreaterThan(50);
    expect(committedByA.size).toBeGreaterThan(0);
    for (const id of committedByA) expect(startedByB.has(id)).toBe(false);
    for (const [id, at] of hungAt) {
      if (committedByA.has(id)) continue;
      expect(effects.find((e) => e.id === id)!.worker).toBe("B");
      // The survivor took it over only after A's lock expired.
      expect(startedByB.get(id)! - at).toBeGreaterThanOrEqual(lockMs - 100);
    }
  });
});

describe("wake-ups and shutdown", () => {
  it("NOTIFY wakes a runner long before its next poll, for jobs due now and due shortly", async () => {
    const kind = kindFor("notify");
    const clock = new TestClock();
    const ranAt: number[] = [];
    const runner = makeRunner({ clock, pollIntervalMs: 60_000, handlers: { [kind]: async () => void ranAt.push(Date.now()) } });
    await runner.start();
    await sleep(100);

    let enqueuedAt = Date.now();
    await enqueueJob(t.database.db, { kind, runAt: clock.now() });
    await waitFor(() => ranAt.length === 1, 3000, "the job due now");
    expect(ranAt[0]! - enqueuedAt).toBeLessThan(500);

    enqueuedAt = Date.now();
    await enqueueJob(t.database.db, { kind, runAt: new Date(clock.now().getTime() + 400) });
    await waitFor(() => ranAt.length === 2, 3000, "the job due in 400 ms");
    expect(ranAt[1]! - enqueuedAt).toBeGreaterThanOrEqual(390);
    expect(ranAt[1]! - enqueuedAt).toBeLessThan(1000);
  });

  it("the NOTIFY of a job enqueued in a transaction arrives on commit", async () => {
    const kind = kindFor("notify-tx");
    const ranAt: number[] = [];
    const runner = makeRunner({ pollIntervalMs: 60_000, handlers: { [kind]: async () => void ranAt.push(Date.now()) } });
    await runner.start();
    let committedAt = 0;
    await t.database.db.transaction(async (tx) => {
      await enqueueJob(tx, { kind, runAt: new Date() });
      await sleep(300);
      expect(ranAt).toEqual([]);
      committedAt = Date.now();
    });
    await waitFor(() => ranAt.length === 1, 3000, "the committed job");
    expect(ranAt[0]! - committedAt).toBeLessThan(500);
  });

  it("stop() stops claiming and waits for the jobs in flight", async () => {
    const kind = kindFor("stop");
    const entered = gate();
    let finished = 0;
    const runner = makeRunner({
      pollIntervalMs: 50,
      handlers: {
        [kind]: async () => {
          entered.open();
          await sleep(300);
          finished++;
        },
      },
    });
    await runner.start();
    await enqueueJob(t.database.db, { kind, runAt: new Date() });
    await entered.opened;
    await runner.stop();
    expect(finished).toBe(1);
    expect(await rowsOf(kind)).toEqual([]);

    await enqueueJob(t.database.db, { kind, runAt: new Date() });
    await sleep(300);
    expect(finished).toBe(1);
    expect(await rowsOf(kind)).toMatchObject([{ attempts: 0 }]);
  });
});
