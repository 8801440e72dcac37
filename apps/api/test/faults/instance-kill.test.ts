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
  it("during a report export: the survivor takes the report over from the first row and finishes it, with one complete file", async () => {
    // The previous case killed A: start it again, so both instances compete for the export.
    const started = Date.now();
    const stage = (what: string) => console.log(`[faults] report export: ${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (!a.alive) await a.start(240_000);
    stage("both instances up");
    const token = await a.login("dispatcher@domovoy.example");
    const f = await fixtures(pg.url());
    // Enough rows for the export to take a while: copies of one order with new numbers.
    const extra = 30_000;
    // (Rollups are not what this case is about: the triggers stay off while the copies go in.)
    await database.sql`alter table orders disable trigger user`;
    await database.sql.begin(async (sql) => {
      await sql`create temp table fault_copies on commit drop as select o.* from orders o, generate_series(1, ${extra})
        where o.id = (select id from orders where organization_id = ${f.organizationId} order by number limit 1)`;
      await sql`create temp sequence fault_numbers`;
      await sql`update fault_copies set id = gen_random_uuid(), number = 1000000 + nextval('fault_numbers'), description = 'fault-report'`;
      await sql`insert into orders select * from fault_copies`;
    });
    await database.sql`alter table orders enable trigger user`;
    stage(`${extra} orders added`);
    const fields = "id state totalRows rowsWritten error file { id size url }";
    const created = await a.graphql(`mutation ($input: OrderReportCreateInput!) { orderReportCreate(input: $input) { ${fields} } }`, {
      input: { fields: ["NUMBER", "SERVICE", "ADDRESS", "DESCRIPTION", "STATUS"] },
    }, token);
    expect(created.errors).toBeUndefined();
    const reportId = created.data!.orderReportCreate.id as string;

    // Kill whichever instance claimed the export, once it has written rows.
    let worker = "";
    for (const until = Date.now() + 60_000; Date.now() < until && !worker; await sleep(20)) {
      const [job] = await database.sql`select locked_by from jobs where dedupe_key = ${`report:${reportId}`}`;
      const current = await database.sql`select rows_written from report_exports where id = ${reportId}`;
      if (job?.locked_by && Number(current[0]?.rows_written ?? 0) > 0) worker = job.locked_by as string;
    }
    expect(worker).not.toBe("");
    const victim = worker.split(":")[1] === String(a.child!.pid) ? a : b;
    const survivor = victim === a ? b : a;
    await victim.signal("SIGKILL");
    stage(`worker killed (${victim === a ? "A" : "B"})`);
    const survivorToken = await survivor.login("dispatcher@domovoy.example");

    let last: Record<string, any> | undefined;
    for (const until = Date.now() + 150_000; Date.now() < until; await sleep(500)) {
      last = (await survivor.graphql(`query ($id: ID!) { reportExport(id: $id) { ${fields} } }`, { id: reportId }, survivorToken)).data?.reportExport;
      if (last?.state === "READY" || last?.state === "FAILED") break;
    }
    console.log(`[faults] report export: ${last?.totalRows} rows, worker killed mid-export, then ${last?.state} with ${last?.rowsWritten}/${last?.totalRows} rows`);
    expect(last?.state).toBe("READY");
    expect(last?.totalRows).toBeGreaterThanOrEqual(extra);
    expect(last?.rowsWritten).toBe(last?.totalRows);
    const download = await fetch(new URL(last!.file.url, survivor.url), { headers: { authorization: `Bearer ${survivorToken}` } });
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBe(last!.file.size);
    // The killed attempt left no second stored file behind.
    const [files] = await database.sql`select count(*)::int as n from stored_files where purpose = 'REPORT' and organization_id = ${f.organizationId}`;
    expect(files!.n).toBe(1);
    expect(survivor.alive).toBe(true);
  }, 300_000);
});
