import "reflect-metadata";
import { connect } from "@domovoy/db";
import { readFileSync } from "node:fs";
import { OrderListRepository, type OrderQuery } from "../src/modules/orders/order-list.repository.js";
/**
 * Database CPU per search (the term's look-up, the page and the count, as the server sends them) on
 * one connection, read from its backend's /proc entry, for each term in argv: 20 warm-up searches,
 * then SEARCH_CPU_N (default 300). Ends with how many generic and custom plans each prepared statement
 * got (pg_prepared_statements). Load on the machine disturbs it far less than latency.
 *   SEARCH_CPU_DB=postgres://…/domovoy_bench node --import ./register.mjs bench/search-cpu.ts "Вавилова, д. 7" Аксенов 1958075
 */
const url = process.env.SEARCH_CPU_DB ?? "postgres://postgres@127.0.0.1:5432/domovoy_bench";
const d = connect(url, { max: 1 });
const [org] = await d.sql`select id from organizations where slug = 'domovoy'`;
const [{ pid }] = await d.sql`select pg_backend_pid() as pid`;
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" "); return ((Number(f[11]) + Number(f[12])) * 1000) / 100; };
const repo = new OrderListRepository(d.db, org!.id);
const N = Number(process.env.SEARCH_CPU_N ?? 300);
const out: string[] = [];
for (const term of process.argv.slice(2)) {
  const q0 = { tab: "ALL", viewerEmployeeId: null, scope: { kind: "ALL" }, incident: "NOT_ATTACHED", now: new Date() } as const;
  const one = async () => { const search = await repo.searchMatches(term); const q: OrderQuery = { ...q0, search }; await repo.list(q, { field: "UPDATED_AT", direction: "DESC" }, 50, null); await repo.countUpTo(q, 10000); };
  for (let i = 0; i < 20; i++) await one();
  const c0 = cpu(); const t0 = performance.now();
  for (let i = 0; i < N; i++) await one();
  out.push(`${term}: DB CPU ${((cpu() - c0) / N).toFixed(2)} ms/request, wall ${((performance.now() - t0) / N).toFixed(2)} ms`);
}
console.log(out.join("\n"));
console.log((await d.sql`select generic_plans g, custom_plans c, left(statement, 40) s from pg_prepared_statements where statement like '%orders%'`).map((r) => `${r.g}/${r.c} ${r.s}`).join("\n"));
await d.close();
