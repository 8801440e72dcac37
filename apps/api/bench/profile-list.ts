import "reflect-metadata";
import { connect } from "@domovoy/db";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { startBenchServer } from "./server.js";

/**
 * Where the orders list's time goes: the bench's server alone in this process, the peers page
 * (bench/peers.ts) sent by the peers' load generator in a child process, CPU per request of this
 * process and of its database backends per window, and with PROFILE_OUT a CPU profile of the windows
 * only (start-up excluded), for Chrome DevTools or any .cpuprofile reader.
 *   PROFILE_DB=postgres://…/domovoy_bench PROFILE_C=1,8 PROFILE_SECONDS=5 PROFILE_OUT=/tmp/list.cpuprofile \
 *     NODE_ENV=production node --import ./register.mjs bench/profile-list.ts
 * The database must hold the bench seed (npm run bench with BENCH_KEEP=1).
 */
const databaseUrl = process.env.PROFILE_DB ?? "postgres://postgres@127.0.0.1:5432/domovoy_bench";
const seconds = Number(process.env.PROFILE_SECONDS ?? 5);
const concurrencies = (process.env.PROFILE_C ?? "1,8").split(",").map(Number);
const QUERY = `{ orders(tab: ALL, filter: { statuses: [IN_PROGRESS] }, first: 50) { nodes { id number status updatedAt executionDueAt
    service { name } building { address } premise { number } client { fullName phone } executors { fullName } } } }`;

const cpuOf = (pid: number) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return 0;
  }
};
const database = connect(databaseUrl, { max: 20 });
// PROFILE_COMPILED=false: queries on graphql-js instead of compiled (the product's GRAPHQL_COMPILED).
const compiledExecution = !/^(0|false|off|no)$/i.test(process.env.PROFILE_COMPILED ?? "true");
const { app, url } = await startBenchServer(databaseUrl, { database, config: { compiledExecution } });
console.log(`queries: ${compiledExecution ? "compiled (graphql-jit)" : "graphql-js"}`);
const login = (await fetch(`${url}/graphql`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query: `mutation { authLogin(email: "dispatcher@domovoy.example", password: "domovoy") { token } }` }),
}).then((r) => r.json())) as { data: { authLogin: { token: string } } };
const headers = { authorization: `Bearer ${login.data.authLogin.token}` };
const admin = connect(databaseUrl, { max: 1 });
const backends = async () => {
  const rows = await admin.sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
  return new Map(rows.map(({ pid }) => [pid, cpuOf(pid)]));
};
const session = process.env.PROFILE_OUT ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
}
const script = fileURLToPath(new URL("./peers-load.mjs", import.meta.url));
for (const concurrency of concurrencies) {
  const db0 = await backends();
  const own0 = process.cpuUsage();
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify({ url: `${url}/graphql`, headers, query: QUERY, concurrency, seconds, warmup: 20 })], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let s = "";
    child.stdout.on("data", (d) => (s += String(d)));
    child.on("exit", (code) => (code === 0 ? resolve(s) : reject(new Error(`load generator exited with ${code}`))));
  });
  const own = process.cpuUsage(own0);
  const db1 = await backends();
  const r = JSON.parse(out) as { rps: number; p50: number; p95: number; count: number; warmup: number };
  const requests = r.count + r.warmup;
  const dbMs = [...db1].reduce((sum, [pid, ms]) => sum + ms - (db0.get(pid) ?? 0), 0);
  console.log(
    `c=${concurrency}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms; CPU per request: API ${((own.user + own.system) / 1000 / requests).toFixed(2)} ms, database ${(dbMs / requests).toFixed(2)} ms`,
  );
}
if (session) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(process.env.PROFILE_OUT!, JSON.stringify(profile));
  console.log(`profile: ${process.env.PROFILE_OUT}`);
}
await app.close();
await database.close();
await admin.close();
process.exit(0);
