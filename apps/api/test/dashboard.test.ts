import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/harness.js";
import { newOrder } from "./support/factories.js";
import { orderFixtures, type OrderFixtures } from "./support/orders.js";

let t: TestServer;
let f: OrderFixtures;
let dispatcher: string;

beforeAll(async () => {
  t = await startTestServer();
  f = await orderFixtures(t);
  dispatcher = await t.login("dispatcher@domovoy.example");
});
afterAll(() => t?.close());

const DASHBOARD = `query ($input: DashboardInput) { dashboard(input: $input) {
  from to timeZone
  statusCounts { status count }
  daily { day created done }
  slaByService { id name reactionKept reactionDecided reactionKeptPercent executionKept executionDecided executionKeptPercent }
  slaByDepartment { id name reactionKept reactionDecided reactionKeptPercent executionKept executionDecided executionKeptPercent }
  averageReactionMinutes reactionSamples averageExecutionMinutes executionSamples
  ratings { counts total average }
  workload { employee { id fullName } openOrders workload }
} }`;

async function dashboard(input: Record<string, unknown> | null = null, token = dispatcher) {
  const result = await t.graphql<{ dashboard: any }>(DASHBOARD, { input }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.dashboard;
}

type Row = {
  status: string;
  created_at: Date;
  first_in_progress_at: Date | null;
  done_at: Date | null;
  service_id: string;
  department_id: string | null;
  sla_reaction: string | null;
  sla_execution: string | null;
};

/**
 * The figures recomputed another way: the orders are read as plain rows and counted in JavaScript;
 * days come from PostgreSQL's calendar one day at a time; ratings from the ratings history.
 */
async function expected(d: { from: string; to: string; timeZone: string }, scope: { departmentId?: string } = {}) {
  const sql = t.database.sql;
  const org = f.organizationId;
  const when = (v: unknown) => (v == null ? null : new Date(v as string));
  const all: Row[] = (
    await sql`select status, created_at, first_in_progress_at, done_at, service_id, department_id, sla_reaction, sla_execution
    from orders where organization_id = ${org}`
  ).map((r) => ({ ...(r as unknown as Row), created_at: when(r.created_at)!, first_in_progress_at: when(r.first_in_progress_at), done_at: when(r.done_at) }));
  const inScope = all.filter((o) => !scope.departmentId || o.department_id === scope.departmentId);
  const from = new Date(d.from).getTime();
  const to = new Date(d.to).getTime();
  const period = inScope.filter((o) => o.created_at.getTime() >= from && o.created_at.getTime() < to);

  const statusCounts: Record<string, number> = {};
  for (const o of inScope) statusCounts[o.status] = (statusCounts[o.status] ?? 0) + 1;

  const days = await sql`select to_char(day, 'YYYY-MM-DD') as day, (day::timestamp at time zone ${d.timeZone}) as starts,
      ((day + 1)::timestamp at time zone ${d.timeZone}) as ends
    from (select generate_series(date(${d.from}::timestamptz at time zone ${d.timeZone}), date((${d.to}::timestamptz - interval '1 second') at time zone ${d.timeZone}), '1 day')::date as day) x
    order by day`;
  const daily = days.map((day) => {
    const lo = Math.max(from, when(day.starts)!.getTime());
    const hi = Math.min(to, when(day.ends)!.getTime());
    const within = (at: Date | null) => at != null && at.getTime() >= lo && at.getTime() < hi;
    return { day: day.day, created: inScope.filter((o) => within(o.created_at)).length, done: inScope.filter((o) => o.status === "DONE" && within(o.done_at)).length };
  });

  const slaOf = (key: "service_id" | "department_id", names: Map<string, string>) => {
    const groups = new Map<string, Row[]>();
    for (const o of period) if (o[key]) groups.set(o[key]!, [...(groups.get(o[key]!) ?? []), o]);
    return [...groups]
      .map(([id, rows]) => {
        const reaction = rows.filter((o) => o.sla_reaction);
        const execution = rows.filter((o) => o.sla_execution);
        const kept = (list: Row[], k: "sla_reaction" | "sla_execution") => list.filter((o) => o[k] === "KEPT").length;
        const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : null);
        return {
          id,
          name: names.get(id)!,
          reactionKept: kept(reaction, "sla_reaction"),
          reactionDecided: reaction.length,
          reactionKeptPercent: pct(kept(reaction, "sla_reaction"), reaction.length),
          executionKept: kept(execution, "sla_execution"),
          executionDecided: execution.length,
          executionKeptPercent: pct(kept(execution, "sla_execution"), execution.length),
        };
      })
      .filter((g) => g.reactionDecided + g.executionDecided > 0)
      .sort((a, b) => a.name.localeCompare(b.name, "ru"));
  };
  const services = new Map((await sql`select id, name from services where organization_id = ${org}`).map((r) => [r.id as string, r.name as string]));
  const departments = new Map((await sql`select id, name from departments where organization_id = ${org}`).map((r) => [r.id as string, r.name as string]));

  const minutes = (ms: number[]) => (ms.length ? ms.reduce((a, b) => a + b, 0) / ms.length / 60_000 : null);
  const reacted = period.filter((o) => o.first_in_progress_at && o.first_in_progress_at > o.created_at);
  const executed = period.filter((o) => o.status === "DONE" && o.first_in_progress_at);

  // The current rating is the last one in the history of each order.
  const ratings = await sql`select distinct on (r.order_id) r.order_id, r.score from order_ratings r join orders o on o.id = r.order_id
    where o.organization_id = ${org} and o.created_at >= ${d.from}::timestamptz and o.created_at < ${d.to}::timestamptz
    ${scope.departmentId ? sql`and o.department_id = ${scope.departmentId}` : sql``}
    order by r.order_id, r.created_at desc`;
  const counts = [1, 2, 3, 4, 5].map((s) => ratings.filter((r) => r.score === s).length);

  const open = await sql`select x.employee_id, o.status from order_executors x join orders o on o.id = x.order_id where o.organization_id = ${org}`;
  const openOf = (employeeId: string) => open.filter((r) => r.employee_id === employeeId && r.status !== "DONE" && r.status !== "CANCELLED").length;

  return {
    statusCounts,
    daily,
    slaByService: slaOf("service_id", services),
    slaByDepartment: slaOf("department_id", departments),
    averageReactionMinutes: minutes(reacted.map((o) => o.first_in_progress_at!.getTime() - o.created_at.getTime())),
    reactionSamples: reacted.length,
    averageExecutionMinutes: minutes(executed.map((o) => o.done_at!.getTime() - o.first_in_progress_at!.getTime())),
    executionSamples: executed.length,
    ratings: { counts, total: ratings.length, average: ratings.length ? ratings.reduce((a, r) => a + (r.score as number), 0) / ratings.length : null },
    openOf,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "ru");

function compare(actual: any, want: Awaited<ReturnType<typeof expected>>) {
  expect(Object.fromEntries(actual.statusCounts.filter((s: any) => s.count > 0).map((s: any) => [s.status, s.count]))).toEqual(want.statusCounts);
  expect(actual.daily).toEqual(want.daily);
  expect([...actual.slaByService].sort(byName)).toEqual(want.slaByService);
  expect([...actual.slaByDepartment].sort(byName)).toEqual(want.slaByDepartment);
  expect(actual.reactionSamples).toBe(want.reactionSamples);
  expect(actual.executionSamples).toBe(want.executionSamples);
  expect(actual.averageReactionMinutes).toBeCloseTo(want.averageReactionMinutes!, 6);
  expect(actual.averageExecutionMinutes).toBeCloseTo(want.averageExecutionMinutes!, 6);
  expect(actual.ratings.counts).toEqual(want.ratings.counts);
  expect(actual.ratings.total).toBe(want.ratings.total);
  expect(actual.ratings.average).toBeCloseTo(want.ratings.average!, 9);
  for (const w of actual.workload) expect(w.openOrders).toBe(want.openOf(w.employee.id));
}

describe("«Сводка»", () => {
  it("by default: the last 30 days of the organization's calendar, figures equal to the seeded data recomputed", async () => {
    const d = await dashboard();
    expect(d.timeZone).toBe("Europe/Moscow");
    expect(d.daily).toHaveLength(30);
    expect(Math.abs(new Date(d.to).getTime() - t.clock.now().getTime())).toBeLessThan(5000);
    const want = await expected(d);
    // The seed is a month of real work: every part has something to show.
    expect(want.ratings.total).toBeGreaterThan(10);
    expect(want.slaByService.length).toBeGreaterThan(3);
    expect(d.daily.reduce((n: number, day: { created: number }) => n + day.created, 0)).toBeGreaterThan(50);
    compare(d, want);
    // Workload: every executor holding open orders is listed, busiest first, with the domain colours.
    const holders = await t.database.sql`select distinct x.employee_id from order_executors x join orders o on o.id = x.order_id join employees e on e.id = x.employee_id
      where o.organization_id = ${f.organizationId} and o.status not in ('DONE', 'CANCELLED') and e.active`;
    expect(d.workload.map((w: any) => w.employee.id)).toEqual(expect.arrayContaining(holders.map((h) => h.employee_id)));
    const loads = d.workload.map((w: any) => w.openOrders);
    expect(loads).toEqual([...loads].sort((a, b) => b - a));
    for (const w of d.workload) expect(w.workload).toBe(w.openOrders <= 5 ? "GREEN" : w.openOrders <= 10 ? "YELLOW" : "RED");
  });

  it("for a department and an explicit period", async () => {
    const to = t.clock.now();
    const from = new Date(to.getTime() - 10 * 24 * 3600_000 - 7 * 3600_000);
    const d = await dashboard({ from: from.toISOString(), to: to.toISOString(), departmentId: f.plumbingDepartment });
    expect(d.daily.length).toBeGreaterThanOrEqual(11);
    compare(d, await expected(d, { departmentId: f.plumbingDepartment }));
    expect(d.slaByDepartment.map((s: any) => s.id)).toEqual([f.plumbingDepartment]);
    const members = await t.database.sql`select employee_id from department_employees where department_id = ${f.plumbingDepartment}`;
    for (const w of d.workload) expect(members.map((m) => m.employee_id)).toContain(w.employee.id);
  });

  it("refuses an empty or too long period, and ids of other organizations", async () => {
    const now = t.clock.now().toISOString();
    const bad = await t.graphql(DASHBOARD, { input: { from: now, to: now } }, { token: dispatcher });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "EMPTY_PERIOD" });
    const long = await t.graphql(DASHBOARD, { input: { from: "2020-01-01T00:00:00Z", to: now } }, { token: dispatcher });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "PERIOD_TOO_LONG" });
    const [foreign] = await t.database.sql`select d.id from departments d join organizations o on o.id = d.organization_id where o.slug = 'severny' limit 1`;
    const other = await t.graphql(DASHBOARD, { input: { departmentId: foreign!.id } }, { token: dispatcher });
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const executor = await t.login("plumber@domovoy.example");
    expect((await t.graphql(DASHBOARD, {}, { token: executor })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("counts a new rating and a new order at once", async () => {
    const before = await dashboard();
    const resident = await t.residentLogin("+79160000001");
    const [order] = await t.database.sql`select o.id from orders o where o.organization_id = ${f.organizationId} and o.client_id = ${f.residentClient}
      and o.status = 'DONE' and o.created_at >= ${before.from}::timestamptz order by o.created_at desc limit 1`;
    if (order) {
      const rated = await t.graphql(`mutation ($id: ID!) { orderRate(input: { orderId: $id, score: 1, comment: "Плохо" }) { id } }`, { id: order.id }, { token: resident });
      expect(rated.errors).toBeUndefined();
    }
    const after = await dashboard({ from: before.from, to: new Date(t.clock.now().getTime() + 1000).toISOString() });
    compare(after, await expected(after));
  });

  it("keeps its rollups right through an order's whole life: create, executors, department, done, reopen, cancel", async () => {
    const period = () => ({ from: new Date(t.clock.now().getTime() - 20 * 24 * 3600_000).toISOString(), to: new Date(t.clock.now().getTime() + 60_000).toISOString() });
    const check = async () => {
      const d = await dashboard(period());
      compare(d, await expected(d));
      const department = await dashboard({ ...period(), departmentId: f.plumbingDepartment });
      compare(department, await expected(department, { departmentId: f.plumbingDepartment }));
      return d;
    };
    const before = await check();
    const order = await newOrder(t, { token: dispatcher });
    const manage = async (input: Record<string, unknown>) => {
      const [row] = await t.database.sql`select version from orders where id = ${order.id}`;
      const result = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, { input: { id: order.id, version: row!.version, ...input } }, { token: dispatcher });
      expect(result.errors).toBeUndefined();
      await check();
    };
    const created = await check();
    expect(created.daily.at(-1).created).toBe(before.daily.at(-1).created + 1);
    const pending = (d: any) => d.statusCounts.find((s: any) => s.status === "PENDING").count;
    expect(pending(created)).toBe(pending(before) + 1);
    await manage({ status: "IN_PROGRESS", executorIds: [f.plumber, f.plumber2] });
    await manage({ executorIds: [f.plumber3] });
    await manage({ departmentId: f.electricalDepartment, executorIds: [f.electrician] });
    await manage({ status: "DONE" });
    await manage({ status: "REOPENED", statusComment: "Снова течёт" });
    await manage({ status: "CANCELLED", statusComment: "Житель отказался" });
  });

  it("rebuilds its days when the organization's time zone changes", async () => {
    const sql = t.database.sql;
    await sql`update organizations set time_zone = 'Asia/Vladivostok' where id = ${f.organizationId}`;
    try {
      const d = await dashboard();
      expect(d.timeZone).toBe("Asia/Vladivostok");
      compare(d, await expected(d));
      const [{ n }] = await sql`select count(*)::int as n from order_daily_stats where organization_id = ${f.organizationId}
        and day = (select (max(created_at) at time zone 'Asia/Vladivostok')::date from orders where organization_id = ${f.organizationId})`;
      expect(n).toBeGreaterThan(0);
    } finally {
      await sql`update organizations set time_zone = 'Europe/Moscow' where id = ${f.organizationId}`;
    }
    const d = await dashboard();
    compare(d, await expected(d));
  });
  it("rebuilds its daily rollups in day order, so a period's rows lie on neighbouring pages", async () => {
    const sql = t.database.sql;
    await sql`select order_stats_rebuild(${f.organizationId})`;
    const rows = await sql`select day from order_daily_stats where organization_id = ${f.organizationId} order by ctid`;
    const days = rows.map((r) => new Date(r.day as string).getTime());
    expect(new Set(days).size).toBeGreaterThan(5);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it("keeps its rollups equal to a recount when one statement changes many orders (an import, an incident's cascade)", async () => {
    const sql = t.database.sql;
    const org = f.organizationId;
    /** The rollup rows of the organization, without rows that count nothing. */
    const rollups = async (db: typeof sql) => {
      const out: Record<string, string[]> = {};
      for (const table of ["order_daily_stats", "order_org_daily_stats", "order_monthly_stats", "order_status_counts", "employee_open_orders"]) {
        const rows = await db`select to_jsonb(r) - 'updated_at' as row from ${db(table)} r where organization_id = ${org}`;
        out[table] = rows
          .map((r) => r.row as Record<string, unknown>)
          .filter((row) => Object.values(row).some((v) => typeof v === "number" && v !== 0))
          .map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))))
          .sort();
      }
      return out;
    };
    const recount = async () => {
      const rollback = new Error("rollback");
      let recounted: Awaited<ReturnType<typeof rollups>> | undefined;
      await sql
        .begin(async (tx) => {
          await tx`select order_stats_rebuild(${org})`;
          recounted = await rollups(tx as unknown as typeof sql);
          throw rollback;
        })
        .catch((error: unknown) => {
          if (error !== rollback) throw error;
        });
      return recounted!;
    };
    const agree = async () => expect(await rollups(sql)).toEqual(await recount());
    await agree();

    // 600 orders in one INSERT…
    await sql`insert into orders select (o).* from (
      select jsonb_populate_record(null::orders, to_jsonb(x) || jsonb_build_object('id', gen_random_uuid(), 'number', 500000 + row_number() over ())) as o
      from (select * from orders where organization_id = ${org} order by number limit 3) x, generate_series(1, 200) g) copies`;
    await agree();
    // …every open order with executors closed in one UPDATE, so the executors' workload drops at once…
    const closed = await sql`update orders set status = 'DONE', done_at = now(), first_in_progress_at = coalesce(first_in_progress_at, created_at + interval '5 minutes')
      where organization_id = ${org} and status not in ('DONE', 'CANCELLED') and id in (select order_id from order_executors) returning id`;
    expect(closed.length).toBeGreaterThan(0);
    await agree();
    // …reopened in one UPDATE, and the copies deleted in one DELETE.
    await sql`update orders set status = 'REOPENED', done_at = null where id in ${sql(closed.map((r) => r.id as string))}`;
    await agree();
    const deleted = await sql`delete from orders where organization_id = ${org} and number >= 500000 returning id`;
    expect(deleted).toHaveLength(600);
    await agree();
    const d = await dashboard();
    compare(d, await expected(d));
  });

  it("keeps the organization's daily rollup equal to the orders' own aggregate through inserts, updates and status changes", async () => {
    const sql = t.database.sql;
    const org = f.organizationId;
    const raw = async () =>
      (await sql`
        with tz as (select time_zone from organizations where id = ${org}),
        parts as (
          select (o.created_at at time zone tz.time_zone)::date as day, 1 as created, 0 as done,
            (o.first_in_progress_at > o.created_at is true)::int as reaction_n,
            case when o.first_in_progress_at > o.created_at then extract(epoch from o.first_in_progress_at - o.created_at) else 0 end as reaction_seconds,
            (o.status = 'DONE' and o.first_in_progress_at is not null and o.done_at is not null)::int as execution_n,
            case when o.status = 'DONE' and o.first_in_progress_at is not null and o.done_at is not null then extract(epoch from o.done_at - o.first_in_progress_at) else 0 end as execution_seconds,
            (o.rating = 1 is true)::int as r1, (o.rating = 2 is true)::int as r2, (o.rating = 3 is true)::int as r3, (o.rating = 4 is true)::int as r4, (o.rating = 5 is true)::int as r5
          from orders o, tz where o.organization_id = ${org}
          union all
          select (o.done_at at time zone tz.time_zone)::date, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0
          from orders o, tz where o.organization_id = ${org} and o.status = 'DONE' and o.done_at is not null
        )
        select to_char(day, 'YYYY-MM-DD') as day, sum(created)::int as created, sum(done)::int as done, sum(reaction_n)::int as reaction_n,
          round(sum(reaction_seconds), 3)::text as reaction_seconds, sum(execution_n)::int as execution_n, round(sum(execution_seconds), 3)::text as execution_seconds,
          sum(r1)::int as r1, sum(r2)::int as r2, sum(r3)::int as r3, sum(r4)::int as r4, sum(r5)::int as r5
        from parts group by day having sum(created) <> 0 or sum(done) <> 0 order by day`).map((r) => ({ ...r }));
    const rollup = async () =>
      (await sql`
        select to_char(day, 'YYYY-MM-DD') as day, created, done, reaction_n, round(reaction_seconds, 3)::text as reaction_seconds, execution_n,
          round(execution_seconds, 3)::text as execution_seconds, rating_1 as r1, rating_2 as r2, rating_3 as r3, rating_4 as r4, rating_5 as r5
        from order_org_daily_stats where organization_id = ${org} and (created <> 0 or done <> 0) order by day`).map((r) => ({ ...r }));
    const agree = async () => {
      const expected = await raw();
      expect(expected.length).toBeGreaterThan(3);
      expect(await rollup()).toEqual(expected);
    };
    await agree();
    // Through the API: a new order worked to done, rated, moved to another department, reopened and cancelled.
    const order = await newOrder(t, { token: dispatcher });
    await agree();
    const manage = async (input: Record<string, unknown>) => {
      const [row] = await sql`select version from orders where id = ${order.id}`;
      const result = await t.graphql(`mutation ($input: OrderManageInput!) { orderManage(input: $input) { id } }`, { input: { id: order.id, version: row!.version, ...input } }, { token: dispatcher });
      expect(result.errors).toBeUndefined();
      await agree();
    };
    await manage({ status: "IN_PROGRESS", executorIds: [f.plumber] });
    await manage({ status: "DONE" });
    await sql`update orders set rating = 4 where id = ${order.id}`;
    await agree();
    await manage({ departmentId: f.electricalDepartment, executorIds: [f.electrician] });
    await manage({ status: "REOPENED", statusComment: "Снова течёт" });
    await manage({ status: "CANCELLED", statusComment: "Житель отказался" });
    // One statement over many orders of many days (an import, a cascade), then their deletion.
    await sql`insert into orders select (o).* from (
      select jsonb_populate_record(null::orders, to_jsonb(x) || jsonb_build_object('id', gen_random_uuid(), 'number', 600000 + row_number() over ())) as o
      from (select * from orders where organization_id = ${org} order by number limit 20) x, generate_series(1, 10) g) copies`;
    await agree();
    await sql`update orders set status = 'DONE', done_at = created_at + interval '3 days', first_in_progress_at = created_at + interval '1 hour', rating = 5
      where organization_id = ${org} and number >= 600000 and number % 2 = 0`;
    await agree();
    await sql`delete from orders where organization_id = ${org} and number >= 600000`;
    await agree();
  });

  it("reads a long period's whole months from its monthly rollup, equal to the orders' own aggregate through inserts, updates, status changes and deletions", async () => {
    const sql = t.database.sql;
    const org = f.organizationId;
    /** order_monthly_stats recomputed from orders themselves: per month of the calendar, service and department. */
    const raw = async () =>
      (await sql`
        with tz as (select time_zone from organizations where id = ${org}),
        parts as (
          select date_trunc('month', o.created_at at time zone tz.time_zone)::date as month, o.service_id,
            coalesce(o.department_id, '00000000-0000-0000-0000-000000000000') as department_id, 1 as created, 0 as done,
            (o.first_in_progress_at > o.created_at is true)::int as reaction_n,
            case when o.first_in_progress_at > o.created_at then extract(epoch from o.first_in_progress_at - o.created_at) else 0 end as reaction_seconds,
            (o.status = 'DONE' and o.first_in_progress_at is not null and o.done_at is not null)::int as execution_n,
            case when o.status = 'DONE' and o.first_in_progress_at is not null and o.done_at is not null then extract(epoch from o.done_at - o.first_in_progress_at) else 0 end as execution_seconds,
            (o.rating = 1 is true)::int as r1, (o.rating = 2 is true)::int as r2, (o.rating = 3 is true)::int as r3, (o.rating = 4 is true)::int as r4, (o.rating = 5 is true)::int as r5,
            (o.sla_reaction = 'KEPT' is true)::int as rk, (o.sla_reaction is not null)::int as rd, (o.sla_execution = 'KEPT' is true)::int as ek, (o.sla_execution is not null)::int as ed
          from orders o, tz where o.organization_id = ${org}
          union all
          select date_trunc('month', o.done_at at time zone tz.time_zone)::date, o.service_id, coalesce(o.department_id, '00000000-0000-0000-0000-000000000000'),
            0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
          from orders o, tz where o.organization_id = ${org} and o.status = 'DONE' and o.done_at is not null
        )
        select to_char(month, 'YYYY-MM-DD') as month, service_id, department_id, sum(created)::int as created, sum(done)::int as done,
          sum(reaction_n)::int as reaction_n, round(sum(reaction_seconds), 3)::text as reaction_seconds, sum(execution_n)::int as execution_n,
          round(sum(execution_seconds), 3)::text as execution_seconds, sum(r1)::int as r1, sum(r2)::int as r2, sum(r3)::int as r3, sum(r4)::int as r4,
          sum(r5)::int as r5, sum(rk)::int as rk, sum(rd)::int as rd, sum(ek)::int as ek, sum(ed)::int as ed
        from parts group by 1, 2, 3 having sum(created) <> 0 or sum(done) <> 0 order by 1, 2, 3`).map((r) => ({ ...r }));
    const rollup = async () =>
      (await sql`
        select to_char(month, 'YYYY-MM-DD') as month, service_id, department_id, created, done, reaction_n, round(reaction_seconds, 3)::text as reaction_seconds,
          execution_n, round(execution_seconds, 3)::text as execution_seconds, rating_1 as r1, rating_2 as r2, rating_3 as r3, rating_4 as r4, rating_5 as r5,
          reaction_kept as rk, reaction_decided as rd, execution_kept as ek, execution_decided as ed
        from order_monthly_stats where organization_id = ${org} and (created <> 0 or done <> 0) order by 1, 2, 3`).map((r) => ({ ...r }));
    // The «Сводка» over five months (whole months from the monthly rollup, the days around them from
    // the daily one, the edges from orders), for the organization and for a department.
    const period = () => ({ from: new Date(t.clock.now().getTime() - 150 * 24 * 3600_000 - 5 * 3600_000).toISOString(), to: new Date(t.clock.now().getTime() + 60_000).toISOString() });
    const agreeRollup = async () => {
      const want = await raw();
      expect(new Set(want.map((r) => r.month)).size).toBeGreaterThan(3);
      expect(await rollup()).toEqual(want);
    };
    const agree = async () => {
      await agreeRollup();
      const d = await dashboard(period());
      compare(d, await expected(d));
      const department = await dashboard({ ...period(), departmentId: f.plumbingDepartment });
      compare(department, await expected(department, { departmentId: f.plumbingDepartment }));
      return d;
    };
    // A rating written without its history by an earlier test would disagree with the recount (it reads the history).
    await sql`update orders set rating = null where organization_id = ${org} and rating is not null
      and not exists (select 1 from order_ratings r where r.order_id = orders.id)`;
    // Copies of the seeded orders a week apart back to five months ago, in one INSERT: many days and months at once.
    await sql`insert into orders select (o).* from (
      select jsonb_populate_record(null::orders, to_jsonb(x) || jsonb_build_object('id', gen_random_uuid(), 'number', 700000 + row_number() over (),
        'created_at', x.created_at - g * interval '7 days', 'updated_at', x.updated_at - g * interval '7 days',
        'first_in_progress_at', x.first_in_progress_at - g * interval '7 days', 'done_at', x.done_at - g * interval '7 days', 'rating', null)) as o
      from (select * from orders where organization_id = ${org} order by number limit 30) x, generate_series(1, 21) g) copies`;
    const before = await agree();
    expect(before.slaByService.length).toBeGreaterThan(1);
    // Outcomes decided, orders done, a rating, a department moved — over many months in single UPDATEs…
    await sql`update orders set sla_reaction = (case when number % 3 = 0 then 'BREACHED' else 'KEPT' end)::sla_outcome,
      sla_execution = (case when number % 2 = 0 then 'KEPT' else 'BREACHED' end)::sla_outcome
      where organization_id = ${org} and number >= 700000 and number % 5 <> 0`;
    await agree();
    await sql`update orders set status = 'DONE', done_at = created_at + interval '40 days', first_in_progress_at = created_at + interval '2 hours'
      where organization_id = ${org} and number >= 700000 and number % 4 = 0`;
    await agree();
    // Ratings (the rollup only: the recount above reads ratings from their history, which these copies have none of).
    await sql`update orders set rating = 1 + number % 5 where organization_id = ${org} and number >= 700000 and number % 3 = 0`;
    await agreeRollup();
    await sql`update orders set rating = null where organization_id = ${org} and number >= 700000`;
    await agree();
    await sql`update orders set department_id = ${f.electricalDepartment} where organization_id = ${org} and number >= 700000 and number % 7 = 0`;
    await agree();
    await sql`update orders set status = 'REOPENED', done_at = null where organization_id = ${org} and number >= 700000 and number % 8 = 0`;
    await agree();
    // …and deleted, half of them.
    await sql`delete from orders where organization_id = ${org} and number >= 700000 and number % 2 = 1`;
    await agree();
    // A rebuild (a time zone change, a bulk import) writes the same rows.
    await sql`select order_stats_rebuild(${org})`;
    await agree();
    await sql`delete from orders where organization_id = ${org} and number >= 700000`;
  });
});
