import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { cancelJob, enqueueAnyJob, type Job } from "../src/jobs/queue.js";
import type { JobHandler } from "../src/jobs/runner.js";
import { TestClock } from "./support/harness.js";
import { captureLogs, gate, kindFor, useJobTestServer } from "./support/jobs.js";

/**
 * The job queue against real PostgreSQL: running, retries with backoff, lock expiry and
 * extension, and dedupe keys.
 */
const kit = useJobTestServer();
const { makeRunner, rowsOf } = kit;

describe("running jobs", () => {
  it("runs a due job once and deletes it; a job for later waits for its time", async () => {
    const kind = kindFor("once");
    const clock = new TestClock();
    const seen: Job[] = [];
    const runner = makeRunner({ clock, handlers: { [kind]: async (job) => void seen.push(job) } });
    const organizationId = randomUUID();
    await enqueueAnyJob(kit.t.database.db, { kind, organizationId, payload: { orderId: "o-1" }, runAt: clock.now() });
    const later = await enqueueAnyJob(kit.t.database.db, { kind, payload: { orderId: "o-2" }, runAt: new Date(clock.now().getTime() + 60_000) });

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
    const { id } = await enqueueAnyJob(kit.t.database.db, { kind, runAt: clock.now(), maxAttempts: 3 });

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
    await enqueueAnyJob(kit.t.database.db, { kind: foreign, runAt: new Date() });
    await enqueueAnyJob(kit.t.database.db, { kind: mine, runAt: new Date() });
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
    await enqueueAnyJob(kit.t.database.db, { kind, runAt: new Date() });
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
        await kit.t.database.db.transaction((tx) => context.complete(tx));
      };
    const first = makeRunner({ lockMs: 200, handlers: { [kind]: handler("first") } });
    const second = makeRunner({ lockMs: 200, handlers: { [kind]: handler("second") } });
    await enqueueAnyJob(kit.t.database.db, { kind, runAt: new Date() });
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
    const first = await enqueueAnyJob(kit.t.database.db, { kind, payload: { v: 1 }, runAt: new Date(clock.now().getTime() + 3600_000), dedupeKey: key });
    const second = await enqueueAnyJob(kit.t.database.db, { kind, payload: { v: 2 }, runAt: clock.now(), dedupeKey: key });
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
    await enqueueAnyJob(kit.t.database.db, { kind, payload: { fail: true }, runAt: new Date(), dedupeKey: key, maxAttempts: 1 });
    expect(await runner.runDue()).toBe(1);
    expect(await rowsOf(kind)).toMatchObject([{ attempts: 1, maxAttempts: 1 }]);
    await enqueueAnyJob(kit.t.database.db, { kind, payload: {}, runAt: new Date(), dedupeKey: key, maxAttempts: 1 });
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
    await enqueueAnyJob(kit.t.database.db, { kind, payload: { v: 1 }, runAt: new Date(), dedupeKey: key });
    const running = runner.runDue();
    await entered.opened;
    const later = new Date(Date.now() + 3600_000);
    await enqueueAnyJob(kit.t.database.db, { kind, payload: { v: 2 }, runAt: later, dedupeKey: key });
    release.open();
    expect(await running).toBe(1);
    expect(await rowsOf(kind)).toMatchObject([{ payload: { v: 2 }, runAt: later, attempts: 0, lockedBy: null }]);
  });

  it("cancelJob deletes the pending job", async () => {
    const kind = kindFor("cancel");
    let calls = 0;
    const runner = makeRunner({ handlers: { [kind]: async () => void calls++ } });
    const key = `cancel:${randomUUID()}`;
    await enqueueAnyJob(kit.t.database.db, { kind, runAt: new Date(), dedupeKey: key });
    expect(await cancelJob(kit.t.database.db, key)).toBe(true);
    expect(await cancelJob(kit.t.database.db, key)).toBe(false);
    expect(await runner.runDue()).toBe(0);
    expect(calls).toBe(0);
  });
});
