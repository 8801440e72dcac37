// The peers bench's load generator, in a process of its own (plain JS: starts in ~50 ms). Both servers
// are measured by it, so neither serves requests on the thread that also sends them and parses the
// answers. Arguments: one JSON object { url, headers, query, concurrency, seconds, warmup }. Prints
// one JSON line: req/s, p50, p95, p99, the measured count and the warm-up count (for CPU per request).
import { performance } from "node:perf_hooks";

const job = JSON.parse(process.argv[2]);
const body = JSON.stringify({ query: job.query });
const headers = { "content-type": "application/json", ...job.headers };
const post = async () => {
  const response = await fetch(job.url, { method: "POST", headers, body });
  const text = await response.text();
  // Cheap check that it is an answer, not an error (the parent compared the full pages before).
  if (!response.ok || text.includes('"errors"')) throw new Error(`${job.url}: ${text.slice(0, 500)}`);
};
const warmup = job.warmup ?? 20;
for (let i = 0; i < warmup; i++) await post();
const latencies = [];
const started = performance.now();
const deadline = started + job.seconds * 1000;
await Promise.all(
  Array.from({ length: job.concurrency }, async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await post();
      latencies.push(performance.now() - t0);
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
process.stdout.write(JSON.stringify({ rps: latencies.length / elapsed, p50: q(0.5), p95: q(0.95), p99: q(0.99), count: latencies.length, warmup }) + "\n");
