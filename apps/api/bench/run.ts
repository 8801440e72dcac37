import "reflect-metadata";
import { connect, migrate } from "@domovoy/db";
import { DEMO_PASSWORD, seedDemo } from "@domovoy/db/seed";
import { hash } from "@node-rs/argon2";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { measure as measureFor } from "./measure.js";
import { PEERS_HEADER, peersBench } from "./peers.js";
import { fileURLToPath } from "node:url";
import { OrderListRepository, type OrderQuery } from "../src/modules/orders/order-list.repository.js";
import { DashboardRepository } from "../src/modules/dashboard/dashboard.repository.js";
import { LIST_COUNT_LIMIT } from "../src/modules/orders/orders.service.js";
import { liveBench } from "./live.js";
import { cascadeBench } from "./cascade.js";
import { callsBench } from "./calls.js";
import { benchDatabase, startBenchServer } from "./server.js";
import { mkdtemp, rm } from "node:fs/promises";

/**
 * Orders list benchmark: seeds BENCH_ORDERS orders (default 1,000,000) into a separate database,
 * then measures four list requests through the real GraphQL server over HTTP (concurrency 1 and 8)
 * beside the same SQL run directly (the floor), and counts SQL statements per request.
 */
/** `npm run bench -- dashboard` (or BENCH_ONLY=list,dashboard) runs only those parts; none named: all. */
const ONLY = (process.env.BENCH_ONLY ?? process.argv.slice(2).join(",")).split(",").map((s) => s.trim()).filter(Boolean);
// The call ingest bench alone needs no orders: its seed is the demo plus a few thousand clients.
const N = Number(process.env.BENCH_ORDERS ?? (ONLY.length > 0 && ONLY.every((part) => part === "calls") ? 0 : 1_000_000));
const wanted = (part: string) => ONLY.length === 0 || ONLY.includes(part);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

function database() {
  // BENCH_DATABASE names another database, so two benches on one server do not drop each other's.
  // BENCH_REUSE=1 keeps a database an earlier run left (BENCH_KEEP=1) when it holds the same seed.
  return benchDatabase(process.env.BENCH_DATABASE ?? "domovoy_bench", { reuse: Boolean(process.env.BENCH_REUSE) });
}

async function seedOrders(url: string): Promise<string> {
  const db = connect(url, { max: 1 });
  if (process.env.BENCH_REUSE) {
    const [seeded] = await db.sql`select o.id, (select count(*)::int from orders where organization_id = o.id) as n
      from organizations o where slug = 'domovoy'`.catch(() => []);
    if (seeded && seeded.n >= N && seeded.n < N + 1000) {
      console.log(`reusing the seeded database (${(seeded.n as number).toLocaleString("en")} orders)`);
      await db.close();
      return seeded.id as string;
    }
    if (seeded) throw new Error(`BENCH_REUSE: the database holds ${seeded.n} orders, not ${N}; run without BENCH_REUSE`);
  }
  await seedDemo(db, { passwordHash: await hash(DEMO_PASSWORD, { memoryCost: 1024, timeCost: 1 }) });
  const sql = db.sql;
  const [org] = await sql`select id from organizations where slug = 'domovoy'`;
  const organizationId = org!.id as string;
  // The demo seed has orders of its own: the bench's are numbered after them.
  const [counter] = await sql`select last_number from order_counters where organization_id = ${organizationId}`;
  const offset = (counter?.last_number as number | undefined) ?? 0;
  const started = performance.now();
  // A bulk load like an import: the «Сводка» rollup triggers are off and one rebuild follows.
  await sql`alter table orders disable trigger user`;
  await sql`alter table order_executors disable trigger order_executors_stats`;
  // A large organization: 300 more buildings on 30 streets, so an address names a few thousand orders.
  await sql`
    insert into buildings (organization_id, address, quarter_id, object_group_id, legal_entity_id)
    select ${organizationId},
      'г. Москва, ' || (array['ул. Вавилова','ул. Гарибальди','ул. Обручева','ул. Новаторов','ул. Кржижановского','ул. Строителей',
        'ул. Шверника','ул. Губкина','ул. Дмитрия Ульянова','ул. Панферова','Ленинский пр-т','пр-т Вернадского','ул. Удальцова',
        'ул. Академика Челомея','ул. Винокурова','ул. Ивана Бабушкина','ул. Кедрова','ул. Нахимовский пр-т','ул. Архитектора Власова',
        'ул. Бутлерова','ул. Миклухо-Маклая','ул. Островитянова','ул. Профсоюзная','ул. Цюрупы','ул. Каховка','ул. Грина',
        'ул. Зюзинская','ул. Перекопская','ул. Болотниковская','ул. Азовская'])[1 + k % 30] || ', д. ' || (1 + k / 30),
      (select id from quarters where organization_id = ${organizationId} order by name limit 1 offset k % 2),
      (select id from object_groups where organization_id = ${organizationId} order by name limit 1 offset k % 3),
      (select id from legal_entities where organization_id = ${organizationId} order by name limit 1 offset k % 2)
    from generate_series(0, 299) as k`;
  await sql`
    with s as (select id, department_id, name, row_number() over (order by name) - 1 as i, count(*) over () as n from services where organization_id = ${organizationId} and active),
    b as (select id, address, row_number() over (order by address) - 1 as i, count(*) over () as n from buildings where organization_id = ${organizationId}),
    c as (select id, full_name, phone, row_number() over (order by id) - 1 as i, count(*) over () as n from clients where organization_id = ${organizationId}),
    g as (select generate_series(1, ${N}) as k)
    insert into orders (organization_id, number, channel, service_id, department_id, building_id, client_id, status, created_by_kind,
      created_at, updated_at, first_in_progress_at, reaction_due_at, sla_reaction, important_comment_unseen,
      done_at, sla_execution, completions, rating)
    select ${organizationId}, ${offset} + g.k,
      (array['INCOMING_CALL','OUTGOING_CALL','VISIT','EMAIL','MESSENGER','INTERNAL','RESIDENT_APP','OTHER'])[1 + g.k % 8]::order_channel,
      s.id, s.department_id, b.id, c.id,
      (case when h.p < 3 then 'PENDING' when h.p < 4 then 'REOPENED' when h.p < 10 then 'IN_PROGRESS'
            when h.p < 12 then 'PAUSED' when h.p < 17 then 'CANCELLED' else 'DONE' end)::order_status,
      'EMPLOYEE',
      timestamptz '2023-01-01' + g.k * interval '90 seconds', timestamptz '2023-01-01' + g.k * interval '90 seconds' + (g.k % 97) * interval '1 minute',
      case when h.p >= 4 then timestamptz '2023-01-01' + g.k * interval '90 seconds' + interval '20 minutes' end,
      timestamptz '2023-01-01' + g.k * interval '90 seconds' + interval '30 minutes',
      case when h.p >= 4 then 'KEPT'::sla_outcome end,
      g.k % 200000 = 0,
      -- Done orders (p ≥ 17): done some hours after work began, SLA kept mostly; about half rated.
      case when h.p >= 17 then timestamptz '2023-01-01' + g.k * interval '90 seconds' + interval '20 minutes' + (g.k % 29) * interval '1 hour' end,
      case when h.p >= 17 then (case when g.k % 29 < 24 then 'KEPT' else 'BREACHED' end)::sla_outcome end,
      case when h.p >= 17 then 1 else 0 end,
      case when h.p >= 17 and h.si % 2 = 0 then (array[5,5,5,4,4,3,2,1])[1 + h.bi % 8] end
    from g
    -- Independent pseudo-random picks per order, so no filter combination is accidentally empty.
    cross join lateral (select abs(hashint4(g.k)) % 100 as p, abs(hashint4(g.k + 7919)) as si, abs(hashint4(g.k + 104729)) as bi) h
    join s on s.i = h.si % s.n join b on b.i = h.bi % b.n join c on c.i = (g.k::bigint * 13) % c.n`;
  await sql`insert into order_counters (organization_id, last_number) values (${organizationId}, ${offset + N})
    on conflict (organization_id) do update set last_number = excluded.last_number`;
  // One executor per order from its department, so executors' workload (the dashboard) has real rows.
  await sql`
    with staff as (select department_id, array_agg(employee_id order by employee_id) as ids from department_employees
      where organization_id = ${organizationId} group by department_id)
    insert into order_executors (organization_id, order_id, employee_id, position)
    select o.organization_id, o.id, staff.ids[1 + o.number % array_length(staff.ids, 1)], 0
    from orders o join staff on staff.department_id = o.department_id
    where o.organization_id = ${organizationId} and o.number > ${offset}`;
  await sql`alter table orders enable trigger user`;
  await sql`alter table order_executors enable trigger order_executors_stats`;
  await sql`select order_stats_rebuild(${organizationId})`;
  await sql`vacuum analyze orders`;
  await sql`vacuum analyze order_daily_stats`;
  await sql`vacuum analyze order_executors`;
  console.log(`seeded ${N.toLocaleString("en")} orders in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await db.close();
  return organizationId;
}

const measure = (concurrency: number, run: () => Promise<void>) => measureFor(concurrency, run, SECONDS);

async function analyzeSmallTables(url: string) {
  const db = connect(url, { max: 1 });
  await db.sql`analyze buildings, premises, clients, services, departments, employees, order_org_daily_stats, order_monthly_stats, order_status_counts, employee_open_orders`;
  await db.close();
}

const LIST_FIELDS = `totalCount pageInfo { hasNextPage endCursor } nodes { id number status labels updatedAt executionDueAt
  service { name } building { address } premise { number } client { fullName phone } executors { fullName } }`;

async function main() {
  const db = await database();
  await migrate(db.url);
  const organizationId = await seedOrders(db.url);
  // Autovacuum's statistics of the tables the seed (or an earlier run) filled: a server without
  // autovacuum (as the test one) would otherwise plan the search's look-ups for empty tables.
  await analyzeSmallTables(db.url);
  let statements = 0;
  const database_ = connect(db.url, { max: 20, onQuery: (q) => void (!/from "sessions"/.test(q) && statements++) });
  const { app, url } = await startBenchServer(db.url, { database: database_ });
  const login = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation { authLogin(email: "dispatcher@domovoy.example", password: "domovoy") { token } }` }),
  }).then((r) => r.json() as Promise<{ data: { authLogin: { token: string } } }>);
  const token = login.data.authLogin.token;
  const sql = database_.sql;
  const [service] = await sql`select service_id from orders where organization_id = ${organizationId} group by service_id order by count(*) desc limit 1`;
  // What a dispatcher types for an address: a street and house, e.g. «Вавилова, д. 7».
  const fragment = "Вавилова, д. 7";
  const number = String(Math.floor(N * 0.73));
  // A client's surname typed with «е» for its «ё», and seven digits of their phone.
  const [named] = await sql`select full_name, phone from clients where organization_id = ${organizationId} and full_name like '%ё%' order by full_name limit 1`;
  const surname = (named!.full_name as string).split(" ")[0]!.replaceAll("ё", "е");
  const phone = (named!.phone as string).slice(-7);

  const base: Omit<OrderQuery, "tab" | "search"> = { viewerEmployeeId: null, scope: { kind: "ALL" }, incident: "NOT_ATTACHED", now: new Date() };
  const cases = [
    { name: "(a) New tab, first page", variables: { tab: "NEW" }, query: { ...base, tab: "NEW", search: null }, term: null },
    {
      name: "(b) All, service + status filters",
      variables: { tab: "ALL", filter: { serviceIds: [service!.service_id], statuses: ["IN_PROGRESS", "PAUSED"] } },
      query: { ...base, tab: "ALL", search: null, serviceIds: [service!.service_id], statuses: ["IN_PROGRESS", "PAUSED"] },
      term: null,
    },
    { name: `(c) search address fragment «${fragment}»`, variables: { tab: "ALL", search: fragment }, query: { ...base, tab: "ALL", search: null }, term: fragment },
    { name: `(d) search by number ${number}`, variables: { tab: "ALL", search: number }, query: { ...base, tab: "ALL", search: null }, term: number },
    { name: `(d2) search client name «${surname}» (ё typed as е)`, variables: { tab: "ALL", search: surname }, query: { ...base, tab: "ALL", search: null }, term: surname },
    { name: `(d3) search phone digits «${phone}»`, variables: { tab: "ALL", search: phone }, query: { ...base, tab: "ALL", search: null }, term: phone },
  ] as const;

  const repo = new OrderListRepository(database_.db, organizationId);
  const body = (variables: object) =>
    JSON.stringify({
      query: `query ($tab: OrderTab, $search: String, $filter: OrderFilterInput) { orders(tab: $tab, search: $search, filter: $filter, first: 50) { ${LIST_FIELDS} } }`,
      variables,
    });
  const rows: string[][] = [];
  for (const c of wanted("list") ? cases : []) {
    const payload = body(c.variables);
    const graphql = async () => {
      const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: payload });
      const json = (await response.json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
    };
    const floor = async () => {
      // The same statements the server runs: resolve the search term, then the page and the count.
      const query = { ...c.query, search: c.term ? await repo.searchMatches(c.term) : null } as OrderQuery;
      await Promise.all([repo.list(query, { field: "UPDATED_AT", direction: "DESC" }, 50, null), repo.countUpTo(query, LIST_COUNT_LIMIT)]);
    };
    // The fewest of three requests: the job runner's polling shares the pool and would count too.
    let perRequest = Infinity;
    for (let i = 0; i < 3; i++) {
      statements = 0;
      await graphql();
      perRequest = Math.min(perRequest, statements);
    }
    for (const concurrency of [1, 8]) {
      const g = await measure(concurrency, graphql);
      const s = await measure(concurrency, floor);
      rows.push([c.name, String(concurrency), g.rps.toFixed(0), g.p50.toFixed(1), g.p95.toFixed(1), g.p99.toFixed(1), s.rps.toFixed(0), s.p50.toFixed(1), s.p95.toFixed(1), (g.p50 / s.p50).toFixed(2), String(perRequest)]);
      console.log(rows.at(-1)!.join(" | "));
    }
  }
  if (wanted("list")) {
    console.log(`\nOrders: ${N.toLocaleString("en")}; ${SECONDS}s per measurement; latencies in ms; floor = the server's own SQL (list + count) run directly`);
    const header = ["case", "c", "GraphQL req/s", "p50", "p95", "p99", "SQL req/s", "SQL p50", "SQL p95", "ratio p50", "SQL/request"];
    console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
    for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  }
  if (wanted("live")) {
    // One new order per change, as a dispatcher types it in: the demo resident's kitchen drain.
    const [svc] = await sql`select id from services where organization_id = ${organizationId} and name = 'Засор канализации'`;
    const [resident] = await sql`select c.id as client_id, cp.premise_id, p.building_id from clients c
      join client_premises cp on cp.client_id = c.id join premises p on p.id = cp.premise_id
      where c.phone = '+79160000001' and c.organization_id = ${organizationId} order by cp.premise_id limit 1`;
    await liveBench({
      url,
      token,
      orderInput: {
        channel: "INCOMING_CALL",
        serviceId: svc!.id,
        buildingId: resident!.building_id,
        premiseId: resident!.premise_id,
        clientId: resident!.client_id,
        formAnswers: [{ key: "place", value: "Кухня" }],
      },
      computations: () => app.services.liveCounts.computations,
    });
  }
  if (wanted("peers")) {
    const peers = await peersBench({
      databaseUrl: db.url,
      domovoyUrl: url,
      token,
      organizationId,
      seconds: SECONDS,
      statements: { reset: () => void (statements = 0), read: () => statements },
    });
    console.log(`\nDomovoy vs PostGraphile ${"5.1.5"} on the same page and database, interleaved A/B windows of ${SECONDS}s (medians); latencies in ms`);
    console.log(`| ${PEERS_HEADER.join(" | ")} |\n|${PEERS_HEADER.map(() => "---").join("|")}|`);
    for (const row of peers) console.log(`| ${row.join(" | ")} |`);
  }
  if (wanted("dashboard")) await dashboardBench(url, token, organizationId, database_);
  if (wanted("report")) await reportBench(db.url, organizationId, database_);
  if (wanted("cascade")) await cascadeBench({ url, token, sql, organizationId });
  if (wanted("calls")) await callsBench({ url, sql, organizationId });
  await app.close();
  await database_.close();
  // BENCH_KEEP=1 leaves the database for EXPLAIN sessions.
  if (!process.env.BENCH_KEEP) await db.close();
}

/**
 * «Сводка» over the bench organization: the whole dashboard query through GraphQL (concurrency 1 and
 * 4) for the last 30 days of the bench data, a year, and one department over 90 days.
 */
async function dashboardBench(url: string, token: string, organizationId: string, database: ReturnType<typeof connect>) {
  const sql = database.sql;
  // The bench orders are created every 90 s from 2023-01-01: the periods end with the last of them.
  const end = new Date(Date.UTC(2023, 0, 1) + N * 90_000 + 1000);
  const days = (n: number) => new Date(end.getTime() - n * 86_400_000).toISOString();
  const [department] = await sql`select department_id from orders where organization_id = ${organizationId} group by 1 order by count(*) desc limit 1`;
  const query = `query ($input: DashboardInput) { dashboard(input: $input) { statusCounts { status count } daily { day created done }
    slaByService { id reactionKeptPercent executionKeptPercent } slaByDepartment { id reactionKeptPercent } averageReactionMinutes
    averageExecutionMinutes ratings { counts average } workload { openOrders workload employee { fullName } } } }`;
  const cases = [
    { name: "(e) dashboard, last 30 days", input: { from: days(30), to: end.toISOString() } },
    { name: "(f) dashboard, a year", input: { from: days(365), to: end.toISOString() } },
    { name: "(g) dashboard, one department, 90 days", input: { from: days(90), to: end.toISOString(), departmentId: department!.department_id } },
  ];
  const rows: string[][] = [];
  for (const c of cases) {
    const payload = JSON.stringify({ query, variables: { input: c.input } });
    const run = async () => {
      const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: payload });
      const json = (await response.json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
    };
    for (const concurrency of [1, 4]) {
      const g = await measure(concurrency, run);
      rows.push([c.name, String(concurrency), g.rps.toFixed(1), g.p50.toFixed(1), g.p95.toFixed(1), g.p99.toFixed(1)]);
      console.log(rows.at(-1)!.join(" | "));
    }
  }
  // Each statement alone (median of 5 runs): where the time goes.
  const repo = new DashboardRepository(database.db, organizationId);
  const parts: string[] = [];
  for (const c of cases) {
    const departmentId = (c.input as { departmentId?: string }).departmentId ?? null;
    const input = { from: new Date(c.input.from), to: new Date(c.input.to), departmentId, serviceId: null };
    const { timeZone, bounds } = await repo.period(new Date(), input);
    const scope = input;
    // «period» runs first and alone; the other five at once, each on a connection of its own.
    const steps: [string, () => Promise<unknown>][] = [
      ["period", () => repo.period(new Date(), input)],
      ["statusCounts", () => repo.statusCounts(scope)],
      ["overview", () => repo.overview(scope, bounds)],
      ["daily", () => repo.daily(scope, bounds, timeZone)],
      ["sla", () => repo.sla(scope, bounds)],
      ["workload", () => repo.workload(departmentId)],
    ];
    for (const [name, step] of steps) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await step();
        times.push(performance.now() - t0);
      }
      parts.push(`${c.name} · ${name}: ${times.sort((a, b) => a - b)[2]!.toFixed(1)} ms`);
    }
  }
  const header = ["case", "c", "req/s", "p50", "p95", "p99"];
  console.log(`\n«Сводка» over ${N.toLocaleString("en")} orders; ${SECONDS}s per measurement; latencies in ms`);
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log(`\nStatements alone (median of 5):\n${parts.join("\n")}`);
}

/**
 * Excel report (§7): each case in a child process of its own (report-child.ts), so rows/s and the
 * peak RSS (maxRSS) are the report's alone. The xlsx has the styles of the real one (bold frozen
 * header, autofilter, date formats) and is written to local file storage.
 */
async function reportBench(databaseUrl: string, organizationId: string, database: ReturnType<typeof connect>) {
  const [employee] = await database.sql`select id from employees where email = 'dispatcher@domovoy.example'`;
  const defaultFields = ["NUMBER", "STATUS", "SERVICE", "ADDRESS", "PREMISE", "CLIENT", "EXECUTORS", "CREATED_AT", "UPDATED_AT", "DONE_AT", "EXECUTION_DUE_AT"];
  // Bench orders are created every 90 seconds from 2023-01-01: a window of 100,000 × 90 s holds 100k of them.
  const from = new Date(Date.UTC(2023, 0, 2));
  const window = { createdFrom: from.toISOString(), createdTo: new Date(from.getTime() + 100_000 * 90_000 - 1).toISOString() };
  const cases = [
    { name: "100k rows, default 11 fields", input: { tab: "ALL", filter: window, fields: defaultFields } },
    { name: "100k rows, all fields", input: { tab: "ALL", filter: window, fields: defaultFields }, env: { BENCH_REPORT_FIELDS: "all" } },
    ...(process.env.BENCH_REPORT_SKIP_ALL ? [] : [{ name: `all ${N.toLocaleString("en")} orders, default 11 fields`, input: { tab: "ALL", fields: defaultFields } }]),
  ];
  const filesDir = await mkdtemp(path.join(tmpdir(), "domovoy-bench-files-"));
  const rows: string[][] = [];
  try {
    for (const c of cases) {
      const child = spawnSync(process.execPath, ["--import", "./register.mjs", "bench/report-child.ts", databaseUrl, filesDir, organizationId, employee!.id as string, JSON.stringify(c.input)], {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
        encoding: "utf8",
        env: { ...process.env, ...c.env },
        maxBuffer: 16 * 1024 * 1024,
      });
      const line = child.stdout.trim().split("\n").at(-1) ?? "";
      if (child.status !== 0 || !line.startsWith("{")) throw new Error(`report bench failed: ${child.stderr}`);
      const r = JSON.parse(line) as { state: string; rows: number; columns: number; seconds: number; rowsPerSecond: number; peakMiB: number; baselineMiB: number; fileMiB: number };
      rows.push([c.name, r.state, r.rows.toLocaleString("en"), String(r.columns), r.seconds.toFixed(1), r.rowsPerSecond.toLocaleString("en"), String(r.peakMiB), String(r.baselineMiB), String(r.fileMiB)]);
      console.log(rows.at(-1)!.join(" | "));
    }
  } finally {
    await rm(filesDir, { recursive: true, force: true });
  }
  const header = ["case", "state", "rows", "columns", "seconds", "rows/s", "peak RSS MiB", "RSS before MiB", "xlsx MiB"];
  console.log(`\nExcel report over ${N.toLocaleString("en")} orders (count + cursor + streamed xlsx + file storage, one process per case)`);
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

await main();
