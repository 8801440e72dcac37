import { connect } from "@domovoy/db";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiProcess, FaultyPostgres, fixtures, prepareDatabase, sleep } from "./support.js";

let dir: string;
let pg: FaultyPostgres;
let api: ApiProcess;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "domovoy-faults-"));
  pg = new FaultyPostgres(path.join(dir, "pg"));
  await pg.start();
  await prepareDatabase(pg);
  api = new ApiProcess({ DATABASE_URL: pg.url(), DATA_DIR: dir, JOBS_ENABLED: "1" });
  await api.start();
});
afterAll(async () => {
  if (api?.alive) await api.signal("SIGKILL");
  await pg?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("PostgreSQL killed and restarted under load", () => {
  it("keeps every acknowledged write, survives, fails fast meanwhile, recovers, and stops within 10 s on SIGTERM while the database is gone", async () => {
    const token = await api.login("dispatcher@domovoy.example");
    const f = await fixtures(pg.url());
    const acknowledged = new Map<string, string>();
    const outcomes = { ok: 0, unavailable: 0, other: [] as string[], slowestFailureMs: 0 };
    let stop = false;
    let seq = 0;
    const writer = async (w: number) => {
      while (!stop) {
        const note = `fault-load ${w}-${seq++}`;
        const started = Date.now();
        const result = await api
          .graphql(`mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`, { input: f.orderInput(note) }, token)
          .catch((error: Error) => ({ data: undefined, errors: [{ message: error.message, extensions: { code: "FETCH_FAILED" } }] }));
        const id = result.data?.orderCreate?.id as string | undefined;
        if (id) {
          acknowledged.set(id, note);
          outcomes.ok++;
        } else {
          const code = result.errors?.[0]?.extensions?.code as string | undefined;
          if (code === "SERVICE_UNAVAILABLE") outcomes.unavailable++;
          else outcomes.other.push(`${code}: ${result.errors?.[0]?.message}`);
          outcomes.slowestFailureMs = Math.max(outcomes.slowestFailureMs, Date.now() - started);
          await sleep(100);
        }
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    await sleep(3000);
    const beforeKill = outcomes.ok;
    await pg.kill();
    const killedAt = Date.now();
    // While it is down: the readiness probe answers 503 within 2 s.
    await sleep(500);
    const probe = await api.healthz();
    await sleep(2500);
    await pg.start();
    const restartedAt = Date.now();
    // Writes succeed again once the pool has reconnected.
    let recoveredAt = 0;
    while (Date.now() - restartedAt < 15_000 && !recoveredAt) {
      const okBefore = outcomes.ok;
      await sleep(200);
      if (outcomes.ok > okBefore) recoveredAt = Date.now();
    }
    await sleep(3000);
    // After recovery nothing fails: no stale pooled connection answers an error.
    const failuresAfterRecovery = outcomes.unavailable + outcomes.other.length;
    await sleep(2000);
    stop = true;
    await Promise.all(writers);
    const failuresLate = outcomes.unavailable + outcomes.other.length - failuresAfterRecovery;

    const database = connect(pg.url(), { max: 1 });
    const ids = [...acknowledged.keys()];
    const rows = await database.sql`select id, description from orders where id = any(${ids}::uuid[])`;
    await database.close();
    const stored = new Map(rows.map((r) => [r.id as string, r.description as string]));
    const missing = ids.filter((id) => stored.get(id) !== acknowledged.get(id));

    console.log(
      `[faults] writes acknowledged ${ids.length} (${beforeKill} before the kill), refused with SERVICE_UNAVAILABLE ${outcomes.unavailable}, ` +
        `other errors ${outcomes.other.length}, missing ${missing.length}; slowest refusal ${outcomes.slowestFailureMs} ms; ` +
        `/healthz during the outage ${probe.status} in ${probe.ms} ms; writes again ${recoveredAt - restartedAt} ms after restart ` +
        `(outage ${restartedAt - killedAt} ms)`,
    );
    if (outcomes.other.length || !api.alive) console.log(`[faults] other errors (first 3): ${outcomes.other.slice(0, 3).join(" | ")}\n[faults] API exit: ${JSON.stringify({ code: api.child?.exitCode, signal: api.child?.signalCode })}\n[faults] API log tail:\n${api.output.slice(-3000)}`);
    expect(missing).toEqual([]);
    expect(ids.length).toBeGreaterThan(beforeKill);
    expect(outcomes.other).toEqual([]);
    expect(outcomes.unavailable).toBeGreaterThan(0);
    expect(outcomes.slowestFailureMs).toBeLessThan(6000);
    expect(probe).toMatchObject({ status: 503 });
    expect(probe.ms).toBeLessThan(2000);
    expect(recoveredAt).toBeGreaterThan(0);
    expect(failuresLate).toBe(0);
    expect(api.alive).toBe(true);
    expect(api.crashes()).toEqual([]);
    expect((await api.healthz()).status).toBe(200);

    // The database goes away again, and the process is asked to stop: it does, in time.
    await pg.kill();
    await api.graphql(`{ orders(first: 1) { totalCount } }`, {}, token).catch(() => undefined);
    const stopped = await api.signal("SIGTERM");
    console.log(`[faults] SIGTERM with the database gone: exited in ${stopped.ms} ms (code ${stopped.code})`);
    expect(stopped.ms).toBeLessThan(10_000);
    expect(stopped.signal).toBeNull();
  }, 240_000);
});

describe("embedded database vanished", () => {
  it("SIGTERM stops the server within 10 s after its embedded PostgreSQL was killed and its folder deleted", async () => {
    const own = await mkdtemp(path.join(tmpdir(), "domovoy-faults-embedded-"));
    const server = new ApiProcess({ DATA_DIR: own, JOBS_ENABLED: "1" });
    try {
      await server.start(240_000);
      const { readFile } = await import("node:fs/promises");
      const postmasterPid = Number((await readFile(path.join(own, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
      process.kill(postmasterPid, "SIGKILL");
      await rm(path.join(own, "pg"), { recursive: true, force: true });
      await sleep(500);
      const stopped = await server.signal("SIGTERM");
      console.log(`[faults] SIGTERM with the embedded database vanished: exited in ${stopped.ms} ms (code ${stopped.code})`);
      expect(stopped.ms).toBeLessThan(10_000);
      expect(stopped.signal).toBeNull();
    } finally {
      if (server.alive) await server.signal("SIGKILL");
      await rm(own, { recursive: true, force: true });
    }
  }, 300_000);
});
