import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

/**
 * The load mix's subscribers (bench/load.ts), in their own process: each connection subscribes to
 * the list's `orderChanged` and the «Новые» counter, as the web app's orders page does, and counts
 * what it hears. On "finish" it waits (up to a drain limit) until every change reached every
 * subscriber and the counter shows the final value, then reports.
 */
type Job = { wsUrl: string; token: string; subscribers: number };
type Finish = { type: "finish"; changes: number; finalVersions: Record<string, number>; finalCount: number; drainMs: number };

const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

async function main(job: Job) {
  const clients: Client[] = [];
  const heard = new Int32Array(job.subscribers);
  const latestCount = new Int32Array(job.subscribers).fill(-1);
  const versions: Map<string, number>[] = Array.from({ length: job.subscribers }, () => new Map());
  let errors = 0;
  for (let start = 0; start < job.subscribers; start += 200) {
    const wave: Promise<void>[] = [];
    for (let i = start; i < Math.min(job.subscribers, start + 200); i++) {
      const client = createClient({ url: job.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${job.token}` }, retryAttempts: 0 });
      clients.push(client);
      client.subscribe<{ orderChanged: { id: string; version: number } }>(
        { query: "subscription { orderChanged { id version status service { name } building { address } executors { id } } }" },
        {
          next: (value) => {
            if (value.errors || !value.data) return void errors++;
            heard[i]!++;
            const { id, version } = value.data.orderChanged;
            if ((versions[i]!.get(id) ?? -1) < version) versions[i]!.set(id, version);
          },
          error: () => void errors++,
          complete: () => undefined,
        },
      );
      wave.push(
        new Promise<void>((resolve) => {
          client.subscribe<{ ordersNewCountChanged: number }>(
            { query: "subscription { ordersNewCountChanged }" },
            {
              next: (value) => {
                if (value.errors || !value.data) errors++;
                else latestCount[i] = value.data.ordersNewCountChanged;
                resolve();
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
  // The counter's first value means both subscriptions of the connection are in place.
  await send({ type: "ready" });
  const finish = await new Promise<Finish>((resolve) => process.on("message", (m: Finish) => m.type === "finish" && resolve(m)));
  const complete = () =>
    heard.every((n) => n >= finish.changes) &&
    latestCount.every((c) => c === finish.finalCount) &&
    versions.every((v) => Object.entries(finish.finalVersions).every(([id, version]) => v.get(id) === version));
  const started = Date.now();
  while (!complete() && Date.now() - started < finish.drainMs) await new Promise((resolve) => setTimeout(resolve, 20));
  const delivered = heard.reduce((s, n) => s + Math.min(n, finish.changes), 0);
  const missingSubscribers = heard.filter((n) => n < finish.changes).length;
  const staleCounters = latestCount.filter((c) => c !== finish.finalCount).length;
  const staleOrders = versions.filter((v) => Object.entries(finish.finalVersions).some(([id, version]) => v.get(id) !== version)).length;
  await send({ type: "done", expected: finish.changes * job.subscribers, delivered, missingSubscribers, staleCounters, staleOrders, errors, drainedMs: Date.now() - started });
  await Promise.all(clients.map((c) => c.dispose()));
  process.exit(0);
}

process.once("message", (job: Job) => {
  main(job).catch(async (error) => {
    await send({ type: "failed", message: String(error?.stack ?? error) });
    process.exit(1);
  });
});
