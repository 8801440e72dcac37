import "reflect-metadata";
import { connect, migrate } from "@domovoy/db";
import { DEMO_PASSWORD, seedDemo } from "@domovoy/db/seed";
import { hash } from "@node-rs/argon2";
import { fork } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { benchDatabase, benchLogger as logger, startBenchServer } from "./server.js";

/**
 * `npm run test:load` (issue #10 item 23): LOAD_READERS (100) HTTP clients reading the orders list,
 * LOAD_SUBSCRIBERS (1,000) graphql-ws connections each subscribed to the list's `orderChanged` and
 * the «Новые» counter (in a child process), and one writer creating and moving orders for
 * LOAD_SECONDS (60), against the production pool size (10). Prints list p95, mutation
 * acknowledgement p95 and events expected/delivered; exits 1 if any entitled event or the latest
 * counter value did not arrive within LOAD_DRAIN_SECONDS (10) after the writer stopped.
 */
const READERS = Number(process.env.LOAD_READERS ?? 100);
const SUBSCRIBERS = Number(process.env.LOAD_SUBSCRIBERS ?? 1000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const DRAIN_MS = Number(process.env.LOAD_DRAIN_SECONDS ?? 10) * 1000;

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] ?? NaN;

async function main() {
  const db = await benchDatabase(process.env.LOAD_DATABASE ?? "domovoy_load");
  await migrate(db.url);
  const seedDb = connect(db.url, { max: 1 });
  await seedDemo(seedDb, { passwordHash: await hash(DEMO_PASSWORD, { memoryCost: 1024, timeCost: 1 }) });
  await seedDb.close();
  const { app, database: database_, url } = await startBenchServer(db.url, {
    config: { jobsEnabled: false },
    redisUrl: process.env.REDIS_URL,
    channel: `load-${process.pid}`,
  });
  const gql = async <T>(token: string, query: string, variables: object = {}): Promise<T> => {
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const json = (await response.json()) as { data?: T; errors?: unknown };
    if (!json.data || json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  const login = async (email: string) =>
    (await gql<{ authLogin: { token: string } }>("", `mutation ($e: String!, $p: String!) { authLogin(email: $e, password: $p) { token } }`, { e: email, p: DEMO_PASSWORD })).authLogin.token;
  const dispatcher = await login("dispatcher@domovoy.example");
  const writer = await login("dispatcher2@domovoy.example");
  const sql = database_.sql;
  const [org] = await sql`select id from organizations where slug = 'domovoy'`;
  const [svc] = await sql`select id from services where organization_id = ${org!.id} and name = 'Засор канализации'`;
  const [plumber] = await sql`select id from employees where email = 'plumber@domovoy.example'`;
  const [resident] = await sql`select c.id as client_id, cp.premise_id, p.building_id from clients c
    join client_premises cp on cp.client_id = c.id join premises p on p.id = cp.premise_id
    where c.phone = '+79160000001' and c.organization_id = ${org!.id} order by cp.premise_id limit 1`;

  const child = fork(fileURLToPath(new URL("./load-clients.ts", import.meta.url)), [], {
    execArgv: ["--import", fileURLToPath(new URL("../register.mjs", import.meta.url))],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const messages: { type: string; [key: string]: unknown }[] = [];
  const waitFor = (type: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const found = messages.find((m) => m.type === type);
        if (found) return resolve(found);
        const failed = messages.find((m) => m.type === "failed");
        if (failed) return reject(new Error(String(failed.message)));
        setTimeout(check, 50);
      };
      check();
    });
  child.on("message", (m: { type: string }) => messages.push(m));
  const connectStarted = performance.now();
  child.send({ wsUrl: `${url.replace(/^http/, "ws")}/graphql`, token: dispatcher, subscribers: SUBSCRIBERS });
  await waitFor("ready");
  console.log(`${SUBSCRIBERS} subscribers ready in ${((performance.now() - connectStarted) / 1000).toFixed(1)} s; running ${SECONDS} s`);

  const deadline = performance.now() + SECONDS * 1000;
  const listTimes: number[] = [];
  const ackTimes: number[] = [];
  let listErrors = 0;
  let mutationErrors = 0;
  let changes = 0;
  const finalVersions: Record<string, number> = {};
  const listQuery = `{ orders(tab: ALL, first: 50) { nodes { id number status labels updatedAt service { name } building { address } premise { number } client { fullName phone } executors { fullName } } } }`;
  const readers = Array.from({ length: READERS }, async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await gql(dispatcher, listQuery);
        listTimes.push(performance.now() - t0);
      } catch {
        listErrors++;
      }
    }
  });
  const orderInput = { channel: "INCOMING_CALL", serviceId: svc!.id, buildingId: resident!.building_id, premiseId: resident!.premise_id, clientId: resident!.client_id, formAnswers: [{ key: "place", value: "Кухня" }] };
  const writerLoop = (async () => {
    while (performance.now() < deadline) {
      // A new order, then a dispatcher takes it into work: two changes every subscriber must hear.
      const t0 = performance.now();
      try {
        const { orderCreate } = await gql<{ orderCreate: { id: string; version: number } }>(writer, `mutation ($input: OrderCreateInput!) { orderCreate(input: $input) { id version } }`, { input: orderInput });
        ackTimes.push(performance.now() - t0);
        changes++;
        finalVersions[orderCreate.id] = orderCreate.version;
        const t1 = performance.now();
        const { orderManage } = await gql<{ orderManage: { id: string; version: number } }>(
          writer,
          `mutation ($input: OrderManageInput!) { orderManage(input: $input) { id version } }`,
          { input: { id: orderCreate.id, version: orderCreate.version, status: "IN_PROGRESS", executorIds: [plumber!.id] } },
        );
        ackTimes.push(performance.now() - t1);
        changes++;
        finalVersions[orderManage.id] = orderManage.version;
      } catch (error) {
        mutationErrors++;
        logger.warn({ err: error }, "load writer");
      }
    }
  })();
  await Promise.all([...readers, writerLoop]);
  const finalCount = (await gql<{ ordersNewCount: number }>(dispatcher, `{ ordersNewCount }`)).ordersNewCount;
  child.send({ type: "finish", changes, finalVersions, finalCount, drainMs: DRAIN_MS });
  const done = (await waitFor("done")) as { expected: number; delivered: number; missingSubscribers: number; staleCounters: number; staleOrders: number; errors: number; drainedMs: number };
  console.log(`\nLoad mix: ${READERS} list readers + ${SUBSCRIBERS} subscribers (orderChanged + ordersNewCountChanged) + 1 writer, ${SECONDS} s, pool 10${process.env.REDIS_URL ? ", Redis pub/sub" : ""}`);
  console.log(`| figure | value |\n|---|---|`);
  console.log(`| list requests | ${listTimes.length} (${(listTimes.length / SECONDS).toFixed(0)}/s), errors ${listErrors} |`);
  console.log(`| list p95 | ${p95(listTimes).toFixed(0)} ms |`);
  console.log(`| mutations acknowledged | ${ackTimes.length}, errors ${mutationErrors} |`);
  console.log(`| mutation ack p95 | ${p95(ackTimes).toFixed(0)} ms |`);
  console.log(`| orderChanged events expected / delivered | ${done.expected} / ${done.delivered} (subscribers missing one: ${done.missingSubscribers}; holding a stale order: ${done.staleOrders}) |`);
  console.log(`| counters holding the final value | ${SUBSCRIBERS - done.staleCounters} / ${SUBSCRIBERS} |`);
  console.log(`| subscription errors | ${done.errors} |`);
  console.log(`| drained after the writer stopped | ${done.drainedMs} ms |`);
  await app.close();
  await database_.close();
  await db.close();
  const ok = done.delivered === done.expected && done.staleCounters === 0 && done.staleOrders === 0 && done.errors === 0;
  process.exit(ok ? 0 : 1);
}

await main();
