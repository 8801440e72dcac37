#!/usr/bin/env node
// Starts the built API (apps/api/dist/main.js, `npm run build -w @domovoy/api`) the way the
// production image does, twice: the first start migrates, the second is the one measured.
// Prints the time to the first 200 from /healthz, the CPU time spent until then, and the resident
// memory after an idle pause, then stops the server with SIGTERM and checks it exits 0.
//   DATABASE_URL=postgres://… node scripts/probe-prod.mjs      (an embedded PostgreSQL without it)
//   PROBE_NODE=/path/to/node  PROBE_IDLE_MS=5000  PROBE_PORT=4590
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const entry = path.join(root, "apps/api/dist/main.js");
if (!existsSync(entry)) {
  console.error("apps/api/dist/main.js is missing: run `npm run build -w @domovoy/api` first");
  process.exit(1);
}
const node = process.env.PROBE_NODE || process.execPath;
const port = Number(process.env.PROBE_PORT || 4590);
const idleMs = Number(process.env.PROBE_IDLE_MS || 5000);
const dataDir = await mkdtemp(path.join(tmpdir(), "domovoy-probe-"));
const ticks = 100; // USER_HZ on Linux

function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
  } catch {
    return NaN;
  }
}
function rssMiB(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
    return Math.round(Number(line.split(/\s+/)[1]) / 1024);
  } catch {
    return NaN;
  }
}

async function start(label) {
  const env = { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL || "warn" };
  const started = performance.now();
  // The production image's command line (Dockerfile CMD).
  const child = spawn(node, ["--enable-source-maps", "--max-semi-space-size=8", entry], { env, stdio: ["ignore", "inherit", "inherit"] });
  let exited = null;
  child.on("exit", (code) => (exited = code));
  for (;;) {
    if (exited !== null) throw new Error(`${label}: the server exited with ${exited} before /healthz answered`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = Math.round(performance.now() - started);
  const readyCpuMs = cpuMs(child.pid);
  await new Promise((r) => setTimeout(r, idleMs));
  const idleRss = rssMiB(child.pid);
  const stopping = performance.now();
  child.kill("SIGTERM");
  const code = exited ?? (await new Promise((r) => child.on("exit", r)));
  return { label, healthzMs: readyMs, cpuMsToHealthz: readyCpuMs, idleRssMiB: idleRss, stopMs: Math.round(performance.now() - stopping), exitCode: code };
}

try {
  const results = [await start("first start (migrates)"), await start("second start")];
  for (const r of results) console.log(JSON.stringify({ node: node === process.execPath ? process.version : node, database: process.env.DATABASE_URL ? "DATABASE_URL" : "embedded", ...r }));
  if (results.some((r) => r.exitCode !== 0)) process.exitCode = 1;
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
