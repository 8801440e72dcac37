import "reflect-metadata";
import { connect } from "@domovoy/db";
import { OrderListRepository, type OrderQuery } from "../src/modules/orders/order-list.repository.js";
import { LIST_COUNT_LIMIT } from "../src/modules/orders/orders.service.js";

/**
 * The search cases' statements as the server sends them, each under EXPLAIN (ANALYZE, BUFFERS,
 * SUMMARY): planning and execution time, median of EXPLAIN_RUNS (default 7). The bench database must
 * hold the seed (npm run bench with BENCH_KEEP=1).
 *   EXPLAIN_DB=postgres://…/domovoy_bench node --import ./register.mjs bench/explain-search.ts [term…]
 */
const url = process.env.EXPLAIN_DB ?? "postgres://postgres@127.0.0.1:5432/domovoy_bench";
const runs = Number(process.env.EXPLAIN_RUNS ?? 7);
let captured: { text: string; params: unknown[] }[] = [];
const database = connect(url, { max: 1 });
const sql = database.sql;
const capture = connect(url, { max: 1 });
(capture.sql as unknown as { options: { debug: unknown } }).options.debug = (_c: number, text: string, params: unknown[]) => captured.push({ text, params });
const [org] = await sql`select id from organizations where slug = 'domovoy'`;
const organizationId = org!.id as string;
const [named] = await sql`select full_name, phone from clients where organization_id = ${organizationId} and full_name like '%ё%' order by full_name limit 1`;
const [n] = await sql`select max(number) as n from orders where organization_id = ${organizationId}`;
const terms = process.argv.length > 2 ? process.argv.slice(2) : ["Вавилова, д. 7", String(Math.floor(Number(n!.n) * 0.73)), (named!.full_name as string).split(" ")[0]!.replaceAll("ё", "е"), (named!.phone as string).slice(-7)];
const repo = new OrderListRepository(capture.db, organizationId);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const term of terms) {
  captured = [];
  const search = await repo.searchMatches(term);
  const query: OrderQuery = { tab: "ALL", viewerEmployeeId: null, scope: { kind: "ALL" }, incident: "NOT_ATTACHED", now: new Date(), search };
  await repo.list(query, { field: "UPDATED_AT", direction: "DESC" }, 50, null);
  await repo.countUpTo(query, LIST_COUNT_LIMIT);
  console.log(`\n«${term}»: ${search.buildingIds.length} buildings, ${search.clientIds.length} clients, ${search.serviceIds.length} services, number ${search.numberPrefix ?? "-"}`);
  for (const [i, s] of captured.entries()) {
    const plan: number[] = [];
    const exec: number[] = [];
    let buffers = "";
    for (let r = 0; r < runs; r++) {
      const rows = await sql.unsafe(`explain (analyze, buffers, summary) ${s.text}`, s.params as never[]);
      const lines = rows.map((x) => x["QUERY PLAN"] as string);
      plan.push(Number(/Planning Time: ([\d.]+)/.exec(lines.join("\n"))![1]));
      exec.push(Number(/Execution Time: ([\d.]+)/.exec(lines.join("\n"))![1]));
      buffers = lines.find((l) => /Buffers/.test(l))?.trim() ?? "";
      if (process.env.EXPLAIN_SHOW && r === 0) console.log(lines.join("\n"));
    }
    console.log(`  statement ${i + 1} (${s.text.length} chars, ${s.params.length} params): planning ${median(plan).toFixed(2)} ms, execution ${median(exec).toFixed(2)} ms; ${buffers}`);
    // The same statement prepared and run on its generic plan (what a connection's plan cache holds
    // once PostgreSQL stops planning it per execution): no planning, and is that plan still good?
    if (s.params.length && process.env.EXPLAIN_GENERIC !== "0") {
      await sql.unsafe(`deallocate all`);
      await sql.unsafe(`prepare g as ${s.text}`).simple();
      await sql.unsafe(`set plan_cache_mode = force_generic_plan`);
      const literal = (v: unknown) => (v === null ? "null" : typeof v === "number" ? String(v) : `'${String(v).replaceAll("'", "''")}'`);
      const args = `(${s.params.map(literal).join(", ")})`;
      const gexec: number[] = [];
      let gbuffers = "";
      for (let r = 0; r < runs; r++) {
        const rows = await sql.unsafe(`explain (analyze, buffers, summary) execute g${args}`);
        const lines = rows.map((x) => x["QUERY PLAN"] as string);
        gexec.push(Number(/Execution Time: ([\d.]+)/.exec(lines.join("\n"))![1]));
        gbuffers = lines.find((l) => /Buffers/.test(l))?.trim() ?? "";
        if (process.env.EXPLAIN_SHOW && r === 0) console.log(lines.join("\n"));
      }
      await sql.unsafe(`reset plan_cache_mode`);
      await sql.unsafe(`deallocate g`);
      console.log(`    generic plan: execution ${median(gexec).toFixed(2)} ms; ${gbuffers}`);
    }
  }
}
await database.close();
await capture.close();
