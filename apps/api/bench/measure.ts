import { performance } from "node:perf_hooks";

export type Stats = { rps: number; p50: number; p95: number; p99: number; count: number };

/** `concurrency` loops calling `run` for `seconds` after 20 warm-up calls; latencies in ms. */
export async function measure(concurrency: number, run: () => Promise<void>, seconds: number): Promise<Stats> {
  for (let i = 0; i < 20; i++) await run();
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await run();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { rps: latencies.length / elapsed, p50: q(0.5), p95: q(0.95), p99: q(0.99), count: latencies.length };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
