import { schema } from "@domovoy/db";
import { eq } from "drizzle-orm";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll } from "vitest";
import { JobRunner, type JobRunnerOptions } from "../../src/jobs/runner.js";
import { createLogger } from "../../src/shared/logger.js";
import { startTestServer, TestClock, type TestServer } from "./harness.js";

/**
 * A test server for the job queue's test files, started before the file's tests, with a
 * `job_effects` table for effects; runners made with `makeRunner` are stopped after each test.
 */
export function useJobTestServer() {
  let server: TestServer | undefined;
  const runners: JobRunner[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    // No unique constraint on purpose: a job whose effect happened twice shows up as two rows.
    await server.database.sql`create table job_effects (job_id bigint not null, worker text not null, payload jsonb)`;
  });
  afterAll(() => server?.close());
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop({ graceMs: 1000 })));
  });
  const kit = {
    get t(): TestServer {
      if (!server) throw new Error("the job test server is not started yet");
      return server;
    },
    makeRunner(options: Partial<JobRunnerOptions> & Pick<JobRunnerOptions, "handlers">): JobRunner {
      const runner = new JobRunner({ database: kit.t.database, clock: new TestClock(), logger: createLogger("silent"), ...options });
      runners.push(runner);
      return runner;
    },
    rowsOf(kind: string) {
      return kit.t.database.db.select().from(schema.jobs).where(eq(schema.jobs.kind, kind)).orderBy(schema.jobs.id);
    },
  };
  return kit;
}

let sequence = 0;
/** A kind of its own per test, so no test's runner claims another test's jobs. */
export const kindFor = (name: string) => `test.${name}.${++sequence}`;

export function captureLogs() {
  const lines: { level: number; msg: string; jobId?: number; [k: string]: unknown }[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
