import { createPubSub } from "@graphql-yoga/subscription";
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLBoolean } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { fork } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { WebSocketServer } from "ws";

/**
 * Live counter fan-out (issue #11 goal 3): how long after one order is created the last of N
 * dispatchers subscribed to `orderTabCountsChanged` (the web app's tab counters) holds the new count, beside a plain graphql-ws
 * broadcast (one Int published to N subscribers, no database) served from this same process —
 * interleaved, so both see the same machine. Subscribers are real graphql-ws clients in a child
 * process (bench/live-clients.ts); the server's memory per connection is read from this process.
 */

type Round = { lastMs: number; p50Ms: number; ackMs: number; heard: number };
type Result = { rounds: Round[]; connectSeconds: number; rssPerConnectionKiB: number; heapPerConnectionKiB: number; errors: number; computations?: number };

/** The plain graphql-ws broadcast: one subscription field fed by the same pub/sub library the API uses. */
async function startBaseline(): Promise<{ url: string; close(): Promise<void> }> {
  const pubsub = createPubSub<{ tick: [number] }>();
  let value = 0;
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLBoolean, resolve: () => true } } }),
    subscription: new GraphQLObjectType({
      name: "Subscription",
      fields: {
        count: {
          type: GraphQLInt,
          // The current value first (as ordersNewCountChanged does), then each published one.
          subscribe: async function* () {
            const events = pubsub.subscribe("tick")[Symbol.asyncIterator]();
            const next = events.next();
            yield { count: value };
            for (let result = await next; !result.done; result = await events.next()) yield { count: result.value };
          },
        },
      },
    }),
  });
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      pubsub.publish("tick", ++value);
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  const wsServer = new WebSocketServer({ server, path: "/graphql" });
  const cleanup = useServer({ schema }, wsServer);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async close() {
      await cleanup.dispose();
      for (const client of wsServer.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function collect(gc: () => void): { rss: number; heap: number } {
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

async function runClients(job: Record<string, unknown> & { subscribers: number }, countComputations?: () => number): Promise<Result> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const before = collect(gc);
  const child = fork(fileURLToPath(new URL("./live-clients.ts", import.meta.url)), [], {
    execArgv: ["--import", fileURLToPath(new URL("../register.mjs", import.meta.url))],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise<Result>((resolve, reject) => {
    let ready: { connectSeconds: number; rss: number; heap: number; computations: number } | undefined;
    child.on("message", (message: { type: string; connectSeconds?: number; rounds?: Round[]; errors?: number; message?: string }) => {
      if (message.type === "ready") {
        const after = collect(gc);
        ready = { connectSeconds: message.connectSeconds!, rss: after.rss - before.rss, heap: after.heap - before.heap, computations: countComputations?.() ?? 0 };
      } else if (message.type === "done") {
        resolve({
          rounds: message.rounds!,
          connectSeconds: ready!.connectSeconds,
          rssPerConnectionKiB: ready!.rss / job.subscribers / 1024,
          heapPerConnectionKiB: ready!.heap / job.subscribers / 1024,
          errors: message.errors!,
          computations: countComputations ? countComputations() - ready!.computations : undefined,
        });
      } else if (message.type === "failed") reject(new Error(message.message));
    });
    child.on("exit", (code) => code !== 0 && reject(new Error(`live clients exited with ${code}`)));
    child.send(job);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function liveBench(options: {
  url: string;
  token: string;
  orderInput: Record<string, unknown>;
  computations: () => number;
  sizes?: number[];
  rounds?: number;
}) {
  const sizes = options.sizes ?? (process.env.BENCH_LIVE_SUBSCRIBERS ?? "1000,5000").split(",").map(Number);
  const rounds = options.rounds ?? Number(process.env.BENCH_LIVE_ROUNDS ?? 5);
  const baseline = await startBaseline();
  const rows: string[][] = [];
  try {
    for (const n of sizes) {
      const results: { baseline: Result[]; domovoy: Result[] } = { baseline: [], domovoy: [] };
      // A/B/A/B: two windows each, so a noisy moment on the shared machine hits both.
      for (let window = 0; window < 2; window++) {
        results.baseline.push(
          await runClients({
            wsUrl: `${baseline.url.replace(/^http/, "ws")}/graphql`,
            token: null,
            subscribers: n,
            rounds,
            query: "subscription { count }",
            field: "count",
            trigger: { url: `${baseline.url}/publish`, body: "{}", headers: {} },
          }),
        );
        results.domovoy.push(
          await runClients(
            {
              wsUrl: `${options.url.replace(/^http/, "ws")}/graphql`,
              token: options.token,
              subscribers: n,
              rounds,
              // What the web app subscribes to (the sidebar badge and the orders list share it).
              query: "subscription { orderTabCountsChanged { new all allExact } }",
              field: "orderTabCountsChanged",
              trigger: {
                url: `${options.url}/graphql`,
                body: JSON.stringify({ query: "mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id } }", variables: { input: options.orderInput } }),
                headers: { authorization: `Bearer ${options.token}` },
              },
            },
            options.computations,
          ),
        );
      }
      const summary = (rs: Result[]) => {
        const all = rs.flatMap((r) => r.rounds);
        const missed = all.reduce((m, r) => m + (n - r.heard), 0);
        return {
          last: median(all.map((r) => r.lastMs)),
          worst: Math.max(...all.map((r) => r.lastMs)),
          p50: median(all.map((r) => r.p50Ms)),
          ack: median(all.map((r) => r.ackMs)),
          missed,
          rss: median(rs.map((r) => r.rssPerConnectionKiB)),
          heap: median(rs.map((r) => r.heapPerConnectionKiB)),
          computations: rs.reduce((s, r) => s + (r.computations ?? 0), 0),
          changes: all.length,
          errors: rs.reduce((s, r) => s + r.errors, 0),
        };
      };
      const b = summary(results.baseline);
      const d = summary(results.domovoy);
      for (const [name, s] of [["plain graphql-ws broadcast", b], ["Domovoy orderTabCountsChanged", d]] as const) {
        rows.push([
          name,
          n.toLocaleString("en"),
          s.p50.toFixed(0),
          s.last.toFixed(0),
          s.worst.toFixed(0),
          s === d ? (d.last / b.last).toFixed(2) : "1",
          s.ack.toFixed(0),
          s.rss.toFixed(1),
          s.heap.toFixed(1),
          s === d ? `${s.computations}/${s.changes}` : "–",
          String(s.missed),
          String(s.errors),
        ]);
        console.log(rows.at(-1)!.join(" | "));
      }
    }
  } finally {
    await baseline.close();
  }
  console.log(`\nLive counter fan-out: one change → the last subscriber holds the new value (ms from sending the change; median of ${rounds} changes × 2 windows, A/B interleaved)`);
  const header = ["case", "subscribers", "median subscriber", "last subscriber", "worst last", "ratio to plain", "change ack", "server RSS KiB/conn", "server heap KiB/conn", "count computations/changes", "missed", "errors"];
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}
