import { Writable } from "node:stream";
import { connect } from "@domovoy/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEALTH_TIMEOUT_MS } from "../src/app.js";
import { JobRunner } from "../src/jobs/runner.js";
import { createLogger } from "../src/shared/logger.js";
import { postGraphQL, settle, startTestServer, type TestServer } from "./support/harness.js";
import { TcpFaultProxy } from "./support/tcp-proxy.js";

/** A logger whose JSON lines a test reads back. */
function capturingLogger(level = "info") {
  const lines: Record<string, any>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      callback();
    },
  });
  return { logger: createLogger(level, stream), lines, raw };
}

let t: TestServer;
let proxy: TcpFaultProxy;
let instance: Awaited<ReturnType<TestServer["startInstance"]>>;
let captured: ReturnType<typeof capturingLogger>;

beforeAll(async () => {
  t = await startTestServer();
  proxy = TcpFaultProxy.forUrl(t.databaseUrl);
  await proxy.start();
  captured = capturingLogger("warn");
  // An instance whose only road to the database is the proxy the tests break.
  instance = await t.startInstance({}, { databaseUrl: proxy.urlFor(t.databaseUrl), logger: captured.logger });
});
afterAll(async () => {
  proxy?.restore();
  await t?.close();
  await proxy?.close();
});

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const health = (url: string) => fetch(`${url}/healthz`, { signal: AbortSignal.timeout(20_000) });

describe("database outage", () => {
  it("fails requests within a bounded time while the database is down or silent, with a retryable code, and the pool recovers", async () => {
    const token = await t.login("dispatcher@domovoy.example");
    const query = `{ orders(first: 5) { totalCount } }`;
    expect((await postGraphQL(instance.url, query, {}, { token })).data).toBeTruthy();
    proxy.cut();
    try {
      // Killed: connections are reset and refused. Each request fails at once, however long the
      // outage lasts (postgres.js' own reconnect backoff grew to 20 s, and requests waited for it).
      const until = Date.now() + 6000;
      let requests = 0;
      while (Date.now() < until) {
        const { ms, value } = await timed(() => Promise.all([1, 2, 3].map(() => postGraphQL(instance.url, query, {}, { token }))));
        expect(ms).toBeLessThan(2500);
        for (const response of value) expect(response.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
        requests++;
        await settle(200);
      }
      expect(requests).toBeGreaterThan(3);
      // Unreachable: new connections get no answer at all. The pool's connect timeout (5 s; the
      // driver's default is 30 s) bounds the wait.
      proxy.hang();
      const { ms, value } = await timed(() => Promise.all([1, 2, 3].map(() => postGraphQL(instance.url, query, {}, { token }))));
      expect(ms).toBeLessThan(8000);
      for (const response of value) expect(response.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      proxy.restore();
    }
    // Every request after the database is back succeeds: no stale pooled connection answers 500.
    const back = Date.now();
    let first = await postGraphQL(instance.url, query, {}, { token });
    while (first.errors && Date.now() - back < 5000) {
      await settle(100);
      first = await postGraphQL(instance.url, query, {}, { token });
    }
    expect(Date.now() - back).toBeLessThan(2500);
    const after = await Promise.all(Array.from({ length: 20 }, () => postGraphQL(instance.url, query, {}, { token })));
    expect(after.map((r) => r.errors?.[0]?.extensions?.code ?? "OK")).toEqual(Array(20).fill("OK"));
  }, 60_000);

  it("/healthz answers 200 when the database is up, 503 within 2 s when it hangs or is down, 200 again after", async () => {
    expect((await health(instance.url)).status).toBe(200);
    // Down: connections reset, new ones refused.
    proxy.cut();
    try {
      const down = await timed(() => health(instance.url));
      expect(down.value.status).toBe(503);
      expect(down.ms).toBeLessThan(2000);
      // Unreachable: new connections get no answer at all (a hung host, a dropped network). Twice:
      // the second probe must not queue behind the first one's stuck connection attempt either.
      proxy.hang();
      for (let i = 0; i < 2; i++) {
        const { ms, value } = await timed(() => health(instance.url));
        expect(value.status).toBe(503);
        expect(await value.json()).toEqual({ status: "database unreachable" });
        expect(ms).toBeLessThan(2000);
        expect(ms).toBeGreaterThanOrEqual(HEALTH_TIMEOUT_MS - 50);
      }
    } finally {
      proxy.restore();
    }
    const until = Date.now() + 10_000;
    let status = 0;
    while (Date.now() < until && status !== 200) {
      status = (await health(instance.url)).status;
      if (status !== 200) await settle(200);
    }
    expect(status).toBe(200);
  });

  it("the job runner logs an outage once when it begins and once with its duration when it ends, backing off in between", async () => {
    const log = capturingLogger("info");
    const database = connect(proxy.urlFor(t.databaseUrl), { max: 2, connectTimeout: 1 });
    const runner = new JobRunner({ database, clock: t.clock, logger: log.logger, handlers: { "test.noop": async () => {} }, pollIntervalMs: 50 });
    await runner.start();
    try {
      await settle(200);
      proxy.cut();
      await settle(3000);
      proxy.restore();
      const until = Date.now() + 20_000;
      while (Date.now() < until && !log.lines.some((l) => l.msg?.includes("works again"))) await settle(100);
    } finally {
      proxy.restore();
      await runner.stop();
      await database.close();
    }
    const failures = log.lines.filter((l) => l.msg?.startsWith("claiming jobs failed"));
    const ended = log.lines.filter((l) => l.msg?.includes("works again"));
    // Polling every 50 ms, the old runner wrote ~60 error lines of ~5 KB for these 3 s.
    expect(failures).toHaveLength(1);
    expect(ended).toHaveLength(1);
    expect(ended[0]!.outageMs).toBeGreaterThanOrEqual(2500);
    expect(ended[0]!.failedClaims).toBeGreaterThanOrEqual(2);
    expect(ended[0]!.failedClaims).toBeLessThan(15);
    for (const line of log.raw) expect(line.length).toBeLessThan(1500);
  });

  it("never logs a failed statement's parameter values", async () => {
    const phone = "+79169998877";
    const secret = "token-hash-5f1d0c";
    const log = capturingLogger("info");
    const database = connect(t.databaseUrl, { max: 1 });
    try {
      const { sql } = await import("drizzle-orm");
      const error = await database.db.execute(sql`select ${phone}::int, ${secret}::uuid`).catch((e: unknown) => e);
      log.logger.error({ err: error }, "unexpected error");
      // A unique violation's detail repeats the value too.
      const [org] = await database.sql`select id from organizations limit 1`;
      await database.sql`create temp table phones (phone text primary key)`;
      await database.db.execute(sql`insert into phones values (${phone})`);
      const duplicate = await database.db.execute(sql`insert into phones values (${phone})`).catch((e: unknown) => e);
      log.logger.error({ err: duplicate, org: org!.id }, "unexpected error");
    } finally {
      await database.close();
    }
    const text = log.raw.join("\n");
    expect(text).not.toContain(phone);
    expect(text).not.toContain(secret);
    // What an operator needs stays: the statement (placeholders only) and the database's error code.
    expect(text).toContain("select $1::int, $2::uuid");
    expect(text).toContain("23505");
  });
});
