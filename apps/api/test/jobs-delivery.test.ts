import { connect, type Database } from "@domovoy/db";
import { sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { cancelJob, enqueueAnyJob } from "../src/jobs/queue.js";
import { JobLostError, JobRunner, type JobHandler } from "../src/jobs/runner.js";
import { createLogger } from "../src/shared/logger.js";
import { TestClock } from "./support/harness.js";
import { captureLogs, gate, kindFor, waitFor, useJobTestServer } from "./support/jobs.js";

/**
 * The job queue's delivery guarantees against real PostgreSQL: the transactional outbox,
 * exactly-once effects with complete(tx), NOTIFY wake-ups and shutdown.
 */
const kit = useJobTestServer();
const { makeRunner, rowsOf } = kit;

describe("transactional outbox", () => {
  it("a job enqueued in a rolled-back transaction never runs; a committed one does", async () => {
    const kind = kindFor("outbox");
    const seen: unknown[] = [];
    const runner = makeRunner({ pollIntervalMs: 50, handlers: { [kind]: async (job) => void seen.push(job.payload.n) } });
    await runner.start();
    await expect(
      kit.t.database.db.transaction(async (tx) => {
        await enqueueAnyJob(tx, { kind, payload: { n: "rolled back" }, runAt: new Date() });
        tx.rollback();
      }),
    ).rejects.toThrow();
    await expect(
      kit.t.database.db.transaction(async (tx) => {
        await enqueueAnyJob(tx, { kind, payload: { n: "failed" }, runAt: new Date() });
        throw new Error("the use case failed after enqueueing");
      }),
    ).rejects.toThrow("the use case failed");
    await kit.t.database.db.transaction((tx) => enqueueAnyJob(tx, { kind, payload: { n: "committed" }, runAt: new Date() }));
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
    (await kit.t.database.sql`select job_id::int as id, worker from job_effects where job_id = any(${ids}::bigint[]) order by job_id`) as unknown as { id: number; worker: string }[];

  it("a failure inside the transaction rolls back the effect with the deletion; the retry does it once", async () => {
    const kind = kindFor("complete-rollback");
    const clock = new TestClock();
    let calls = 0;
    const runner = makeRunner({
      clock,
      handlers: {
        [kind]: async (job, { complete }) => {
          calls++;
          await kit.t.database.db.transaction(async (tx) => {
            await complete(tx);
            await tx.execute(sql`insert into job_effects (job_id, worker) values (${job.id}, 'A')`);
            if (calls === 1) throw new Error("failed before commit");
          });
        },
      },
    });
    const { id } = await enqueueAnyJob(kit.t.database.db, { kind, runAt: clock.now() });
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
          await recordEffect(kit.t.database, "A")(job, context).catch((e) => {
            error = e;
            throw e;
          });
        },
      },
    });
    const key = `lost:${randomUUID()}`;
    const { id } = await enqueueAnyJob(kit.t.database.db, { kind, runAt: new Date(), dedupeKey: key });
    const running = runner.runDue();
    await entered.opened;
    expect(await cancelJob(kit.t.database.db, key)).toBe(true);
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
    const instanceA = connect(kit.t.databaseUrl, { max: 6 });
    const instanceB = connect(kit.t.databaseUrl, { max: 6 });
    let parked = 0;
    const park = () => {
      parked++;
      return new Promise<never>(() => {});
    };
    /** When A's lock on each job it hung on expires, as claimed (A's heartbeat could only push it later). */
    const hungAt = new Map<number, number>();
    const committedByA = new Set<number>();
    const startedByB = new Map<number, number>();
    let doneByA = 0;

    const handlerA: JobHandler = async (job, context) => {
      if (doneByA >= 25) {
        // A dies in one of three places: before touching the database, inside the effect's
        // transaction, or after committing it but before the runner hears back.
        const place = hungAt.set(job.id, job.lockedUntil!.getTime()).size % 3;
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
    const ids = await kit.t.database.db.transaction(async (tx) => {
      const ids: number[] = [];
      for (let i = 0; i < 200; i++) ids.push((await enqueueAnyJob(tx, { kind, payload: { i }, runAt: new Date(start + i * 10) })).id);
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
    for (const [id, lockExpiry] of hungAt) {
      if (committedByA.has(id)) continue;
      expect(effects.find((e) => e.id === id)!.worker).toBe("B");
      // The survivor took it over only after A's lock expired (measured from the claim, not from
      // when A's handler got round to hanging: under load that came 160 ms after the claim).
      expect(startedByB.get(id)!).toBeGreaterThanOrEqual(lockExpiry);
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
    await enqueueAnyJob(kit.t.database.db, { kind, runAt: clock.now() });
    await waitFor(() => ranAt.length === 1, 3000, "the job due now");
    expect(ranAt[0]! - enqueuedAt).toBeLessThan(500);

    enqueuedAt = Date.now();
    await enqueueAnyJob(kit.t.database.db, { kind, runAt: new Date(clock.now().getTime() + 400) });
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
    await kit.t.database.db.transaction(async (tx) => {
      await enqueueAnyJob(tx, { kind, runAt: new Date() });
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
    await enqueueAnyJob(kit.t.database.db, { kind, runAt: new Date() });
    await entered.opened;
    await runner.stop();
    expect(finished).toBe(1);
    expect(await rowsOf(kind)).toEqual([]);

    await enqueueAnyJob(kit.t.database.db, { kind, runAt: new Date() });
    await sleep(300);
    expect(finished).toBe(1);
    expect(await rowsOf(kind)).toMatchObject([{ attempts: 0 }]);
  });
});
