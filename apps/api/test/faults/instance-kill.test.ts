import { connect, type Database } from "@domovoy/db";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiProcess, FaultyPostgres, fixtures, prepareDatabase, sleep } from "./support.js";

let dir: string;
let pg: FaultyPostgres;
let a: ApiProcess;
let b: ApiProcess;
let database: Database;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "domovoy-faults-kill-"));
  pg = new FaultyPostgres(path.join(dir, "pg"));
  await pg.start();
  await prepareDatabase(pg);
  database = connect(pg.url(), { max: 2 });
  a = new ApiProcess({ DATABASE_URL: pg.url(), DATA_DIR: path.join(dir, "a"), FILES_DIR: path.join(dir, "files"), JOBS_ENABLED: "1" });
  b = new ApiProcess({ DATABASE_URL: pg.url(), DATA_DIR: path.join(dir, "b"), FILES_DIR: path.join(dir, "files"), JOBS_ENABLED: "1" });
  // One after the other: two cold starts at once on a loaded machine take minutes.
  await a.start(240_000);
  await b.start(240_000);
});
afterAll(async () => {
  for (const api of [a, b]) if (api?.alive) await api.signal("SIGKILL");
  await database?.close();
  await pg?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("an API instance killed mid-work", () => {
  it("during due scheduled messages: every message is delivered exactly once by the survivor", async () => {
    const token = await a.login("dispatcher@domovoy.example");
    const f = await fixtures(pg.url());
    const order = await a.graphql(`mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }`, { input: f.orderInput("fault-scheduled") }, token);
    const orderId = order.data!.orderCreate.id as string;
    const count = 100;
    // Far enough ahead for every create to be accepted on a loaded machine.
    const sendAt = new Date(Date.now() + 45_000).toISOString();
    for (let i = 0; i < count; i++) {
      const created = await (i % 2 ? b : a).graphql(
        `mutation ($o: ID!, $text: String, $at: DateTimeISO!) { scheduledMessageCreate(orderId: $o, text: $text, sendAt: $at) { id } }`,
        { o: orderId, text: `fault-scheduled ${i}`, at: sendAt },
        token,
      );
      expect(created.errors).toBeUndefined();
    }
    const delivered = async () => Number((await database.sql`select count(*)::int as n from chat_messages where text like 'fault-scheduled %'`)[0]!.n);
    // Kill A as soon as delivery has begun, with its claimed batch in flight.
    while ((await delivered()) === 0) await sleep(20);
    const killedAfter = await delivered();
    await a.signal("SIGKILL");
    // B takes the rest; A's claimed jobs come back when their 30 s lock expires.
    const until = Date.now() + 120_000;
    while (Date.now() < until && (await delivered()) < count) await sleep(500);
    const rows = await database.sql`select text, count(*)::int as n from chat_messages where text like 'fault-scheduled %' group by text`;
    const twice = rows.filter((r) => r.n !== 1).map((r) => r.text);
    const [pending] = await database.sql`select count(*)::int as n from scheduled_messages where order_id = ${orderId} and sent_message_id is null`;
    console.log(`[faults] scheduled messages: ${count} due, instance killed after ${killedAfter} delivered; delivered ${rows.length} distinct, ${twice.length} more than once, ${pending!.n} pending`);
    expect(rows.length).toBe(count);
    expect(twice).toEqual([]);
    expect(pending!.n).toBe(0);
    expect(b.alive).toBe(true);
  }, 300_000);
});
