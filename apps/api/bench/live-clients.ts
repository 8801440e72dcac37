import { createClient, type Client } from "graphql-ws";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";

/**
 * The benchmark's subscribers, in a process of their own so the server's process does only the
 * server's work. Opens N real graphql-ws clients, each subscribed once; when every one has its first
 * value it reports "ready", then for each round triggers one change and times when each client
 * hears the next value. Used by bench/live.ts; talks to it over IPC.
 */
type Job = {
  wsUrl: string;
  token: string | null;
  subscribers: number;
  rounds: number;
  query: string;
  field: string;
  /** What one change is: an HTTP POST of this body to this URL (a mutation, or the baseline's publish). */
  trigger: { url: string; body: string; headers: Record<string, string> };
};

const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

async function main(job: Job) {
  const clients: Client[] = [];
  const received = new Float64Array(job.subscribers);
  const counts = new Int32Array(job.subscribers);
  let firstValues = 0;
  let errors = 0;
  const connectStarted = performance.now();
  // Connect in waves so the server's accept queue is not the thing measured.
  for (let start = 0; start < job.subscribers; start += 250) {
    const wave: Promise<void>[] = [];
    for (let i = start; i < Math.min(job.subscribers, start + 250); i++) {
      const client = createClient({
        url: job.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: job.token ? { authorization: `Bearer ${job.token}` } : undefined,
        retryAttempts: 0,
        lazy: false,
      });
      clients.push(client);
      wave.push(
        new Promise<void>((resolve) => {
          client.subscribe<Record<string, number>>(
            { query: job.query },
            {
              next: (value) => {
                if (value.errors) errors++;
                received[i] = performance.now();
                if (counts[i]++ === 0) {
                  firstValues++;
                  resolve();
                }
              },
              error: () => {
                errors++;
                resolve();
              },
              complete: () => resolve(),
            },
          );
        }),
      );
    }
    await Promise.all(wave);
  }
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  await send({ type: "ready", firstValues, errors, connectSeconds });
  // Let the server settle (GC, the connection burst) before measuring.
  await new Promise((resolve) => setTimeout(resolve, 1000));

  const rounds: { lastMs: number; p50Ms: number; ackMs: number; heard: number }[] = [];
  for (let round = 0; round < job.rounds; round++) {
    const before = Int32Array.from(counts);
    const t0 = performance.now();
    const response = await fetch(job.trigger.url, { method: "POST", headers: { "content-type": "application/json", ...job.trigger.headers }, body: job.trigger.body });
    const ackMs = performance.now() - t0;
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`trigger failed: ${text}`);
    const deadline = performance.now() + 30_000;
    const heard = () => counts.reduce((n, c, i) => n + (c > before[i]! ? 1 : 0), 0);
    while (heard() < job.subscribers && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    const times: number[] = [];
    for (let i = 0; i < job.subscribers; i++) if (counts[i]! > before[i]!) times.push(received[i]! - t0);
    times.sort((a, b) => a - b);
    rounds.push({ lastMs: times.at(-1) ?? NaN, p50Ms: times[Math.floor(times.length / 2)] ?? NaN, ackMs, heard: times.length });
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  await send({ type: "done", rounds, errors });
  await Promise.all(clients.map((c) => c.dispose()));
  process.exit(0);
}

process.once("message", (job: Job) => {
  main(job).catch(async (error) => {
    await send({ type: "failed", message: String(error?.stack ?? error) });
    process.exit(1);
  });
});
