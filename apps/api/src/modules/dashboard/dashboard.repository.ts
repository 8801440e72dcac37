import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, desc, eq, getTableColumns, sql, type InferSelectModel, type SQL } from "drizzle-orm";

const { employees, employeeOpenOrders } = schema;

export type DashboardScope = { from: Date; to: Date; departmentId: string | null; serviceId: string | null };

/**
 * See DashboardRepository.bounds. `months`: the whole months of the calendar within the whole days
 * ([first, after) as first days of months), when there are any.
 */
export type PeriodBounds = { firstWholeDay: string; afterWholeDays: string; headEnd: Date; tailStart: Date; months: { first: string; after: string } | null };

/** What the «Сводка» reads before its figures: the organization's calendar, the period and its split. */
export type DashboardPeriod = { timeZone: string; from: Date; to: Date; bounds: PeriodBounds; departmentFound: boolean; serviceFound: boolean };

/**
 * The whole months among the whole days [firstWholeDay, afterWholeDays) (YYYY-MM-DD): from the first
 * first-of-month on or after firstWholeDay to the first-of-month of afterWholeDays; null if none.
 */
export function wholeMonths(firstWholeDay: string, afterWholeDays: string): { first: string; after: string } | null {
  const [y, m, d] = firstWholeDay.split("-").map(Number) as [number, number, number];
  const first = d === 1 ? firstWholeDay : m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  const after = `${afterWholeDays.slice(0, 7)}-01`;
  return first < after ? { first, after } : null;
}

export type DashboardWorkloadRow = { employee: InferSelectModel<typeof employees>; n: number };

type SlaRow = { grouping: "service" | "department"; id: string; name: string; reaction_kept: number; reaction_decided: number; execution_kept: number; execution_decided: number };

/**
 * The «Сводка» figures: whole days and months and «now» counts from the rollups the triggers of
 * migration 0006 keep (order_daily_stats, order_org_daily_stats, order_monthly_stats, order_status_counts,
 * employee_open_orders), the period's partial first and last days from orders (index on organization
 * and created_at / done_at).
 */
export class DashboardRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /**
   * The period and everything the figures' statements need before they run, in one statement: the
   * organization's time zone, the default start (the start of the day 29 days ago there) when `from`
   * is null, the split of the period (see `bounds`), and whether the department and service named
   * are the organization's.
   */
  async period(now: Date, input: { from: Date | null; to: Date; departmentId: string | null; serviceId: string | null }): Promise<DashboardPeriod> {
    const [row] = await this.db.execute<{
      time_zone: string;
      from: string;
      first_day: string;
      after_days: string;
      head_end: string;
      tail_start: string;
      department_found: boolean;
      service_found: boolean;
    }>(sql`
      with o as (select time_zone as tz from organizations where id = ${this.organizationId}),
      p as (
        select tz, coalesce(${input.from?.toISOString() ?? null}::timestamptz,
          (date_trunc('day', ${now.toISOString()}::timestamptz at time zone tz) - interval '29 days') at time zone tz) as f,
          ${input.to.toISOString()}::timestamptz as t
        from o
      ),
      ${this.split(sql`p`)}
      select tz as time_zone, f as "from", first_day, after_days, head_end, tail_start,
        ${input.departmentId ? sql`exists (select 1 from departments where organization_id = ${this.organizationId} and id = ${input.departmentId})` : sql`true`} as department_found,
        ${input.serviceId ? sql`exists (select 1 from services where organization_id = ${this.organizationId} and id = ${input.serviceId})` : sql`true`} as service_found
      from b`);
    if (!row) throw new Error(`dashboard: no organization ${this.organizationId}`);
    return {
      timeZone: row.time_zone,
      from: new Date(row.from),
      to: input.to,
      bounds: toBounds(row),
      departmentFound: row.department_found,
      serviceFound: row.service_found,
    };
  }

  /**
   * `d(tz, f, t)` → CTE `b` with the period's split: lo, the first whole day; hi, the day `t` falls
   * on; head_end and tail_start (see `bounds`).
   */
  private split(d: SQL): SQL {
    return sql`l as (select tz, f, t, f at time zone tz as lf, t at time zone tz as lt from ${d}),
      w as (select *, (date_trunc('day', lf) + case when date_trunc('day', lf) = lf then interval '0' else interval '1 day' end)::date as lo,
        date_trunc('day', lt)::date as hi from l),
      b as (select tz, f, t, to_char(lo, 'YYYY-MM-DD') as first_day, to_char(greatest(lo, hi), 'YYYY-MM-DD') as after_days,
        least(lo::timestamp at time zone tz, t) as head_end, greatest(hi, lo)::timestamp at time zone tz as tail_start from w)`;
  }

  /** Department and service conditions on `o` (literal branches, so each query gets a plan of its own shape). */
  private scope(s: DashboardScope, alias = sql`o`): SQL {
    const parts = [sql`${alias}.organization_id = ${this.organizationId}`];
    if (s.departmentId) parts.push(sql`${alias}.department_id = ${s.departmentId}`);
    if (s.serviceId) parts.push(sql`${alias}.service_id = ${s.serviceId}`);
    return sql.join(parts, sql` and `);
  }

  /**
   * The period's whole days of the rollup (as `r`): the organization's own (one row a day, migration
   * 0020) unless a department or service narrows it, then per service and department.
   */
  private rollupDays(s: DashboardScope, b: PeriodBounds): SQL {
    if (!s.departmentId && !s.serviceId) return sql`order_org_daily_stats r where r.organization_id = ${this.organizationId} and ${this.wholeDays(b)}`;
    return sql`order_daily_stats r where ${this.scope(s, sql`r`)} and ${this.wholeDays(b)}`;
  }

  /**
   * The period's whole days per service and department as rows of `columns` (over `r`): whole months
   * from order_monthly_stats, the days around them from order_daily_stats.
   */
  private periodRows(s: DashboardScope, b: PeriodBounds, columns: SQL, where: SQL = sql`true`): SQL {
    const scope = this.scope(s, sql`r`);
    const days = (lo: string, hi: string) => sql`select ${columns} from order_daily_stats r where ${scope} and r.day >= ${lo}::date and r.day < ${hi}::date and ${where}`;
    if (!b.months) return days(b.firstWholeDay, b.afterWholeDays);
    return sql`select ${columns} from order_monthly_stats r where ${scope} and r.month >= ${b.months.first}::date and r.month < ${b.months.after}::date and ${where}
      union all ${days(b.firstWholeDay, b.months.first)}
      union all ${days(b.months.after, b.afterWholeDays)}`;
  }

  /** Rollup days wholly inside the period. */
  private wholeDays(b: PeriodBounds): SQL {
    return sql`r.day >= ${b.firstWholeDay}::date and r.day < ${b.afterWholeDays}::date`;
  }

  /** `column` in the period's partial edge days, read from orders themselves (a day or two at most). */
  private edges(column: SQL, s: DashboardScope, b: PeriodBounds): SQL {
    return sql`${this.scope(s)} and ((${column} >= ${s.from.toISOString()}::timestamptz and ${column} < ${b.headEnd.toISOString()}::timestamptz)
      or (${column} >= ${b.tailStart.toISOString()}::timestamptz and ${column} < ${s.to.toISOString()}::timestamptz))`;
  }

  /**
   * The period split for the rollups: whole days of the organization's calendar come from
   * order_daily_stats; [from, headEnd) and [tailStart, to) — the partial first and last days, either
   * possibly empty — from orders. (The dashboard gets it from `period`; this is the same alone.)
   */
  async bounds(from: Date, to: Date, timeZone: string): Promise<PeriodBounds> {
    const [row] = await this.db.execute<{ first_day: string; after_days: string; head_end: string; tail_start: string }>(sql`
      with d as (select ${timeZone}::text as tz, ${from.toISOString()}::timestamptz as f, ${to.toISOString()}::timestamptz as t),
      ${this.split(sql`d`)}
      select first_day, after_days, head_end, tail_start from b`);
    return toBounds(row!);
  }

  /** Orders now per status: maintained counters. */
  async statusCounts(s: DashboardScope): Promise<Map<string, number>> {
    const rows = await this.db.execute<{ status: string; n: number }>(sql`
      select o.status, sum(o.n)::int as n from order_status_counts o where ${this.scope(s)} group by o.status`);
    return new Map(rows.map((r) => [r.status, r.n]));
  }

  /** The period's whole days for the overview: the organization's own days, or months and days per service and department. */
  private overviewRows(s: DashboardScope, b: PeriodBounds): SQL {
    const columns = sql`r.reaction_n, r.reaction_seconds, r.execution_n, r.execution_seconds, r.rating_1, r.rating_2, r.rating_3, r.rating_4, r.rating_5`;
    if (!s.departmentId && !s.serviceId) return sql`select ${columns} from ${this.rollupDays(s, b)}`;
    return this.periodRows(s, b, columns);
  }

  /** Reaction and execution averages (minutes) and the rating distribution of the period's orders. */
  async overview(s: DashboardScope, b: PeriodBounds) {
    const [row] = await this.db.execute<{
      reaction_n: number;
      reaction_avg: number | null;
      execution_n: number;
      execution_avg: number | null;
      r1: number;
      r2: number;
      r3: number;
      r4: number;
      r5: number;
      rating_avg: number | null;
    }>(sql`
      with parts as (
        ${this.overviewRows(s, b)}
        union all
        select count(*) filter (where o.first_in_progress_at > o.created_at),
          coalesce(sum(extract(epoch from o.first_in_progress_at - o.created_at)) filter (where o.first_in_progress_at > o.created_at), 0),
          count(*) filter (where o.status = 'DONE' and o.first_in_progress_at is not null and o.done_at is not null),
          coalesce(sum(extract(epoch from o.done_at - o.first_in_progress_at)) filter (where o.status = 'DONE' and o.first_in_progress_at is not null and o.done_at is not null), 0),
          count(*) filter (where o.rating = 1), count(*) filter (where o.rating = 2), count(*) filter (where o.rating = 3),
          count(*) filter (where o.rating = 4), count(*) filter (where o.rating = 5)
        from orders o where ${this.edges(sql`o.created_at`, s, b)}
      ),
      t as (
        select sum(reaction_n)::int as reaction_n, sum(reaction_seconds) as reaction_seconds, sum(execution_n)::int as execution_n,
          sum(execution_seconds) as execution_seconds, sum(rating_1)::int as r1, sum(rating_2)::int as r2, sum(rating_3)::int as r3,
          sum(rating_4)::int as r4, sum(rating_5)::int as r5
        from parts
      )
      select reaction_n, (reaction_seconds / nullif(reaction_n, 0) / 60)::float8 as reaction_avg,
        execution_n, (execution_seconds / nullif(execution_n, 0) / 60)::float8 as execution_avg, r1, r2, r3, r4, r5,
        ((r1 + 2 * r2 + 3 * r3 + 4 * r4 + 5 * r5)::numeric / nullif(r1 + r2 + r3 + r4 + r5, 0))::float8 as rating_avg
      from t`);
    return row!;
  }

  /** Created and done per day of the organization's calendar, every day of the period present. */
  async daily(s: DashboardScope, b: PeriodBounds, timeZone: string): Promise<{ day: string; created: number; done: number }[]> {
    const from = sql`${s.from.toISOString()}::timestamptz`;
    const to = sql`${s.to.toISOString()}::timestamptz`;
    return this.db.execute<{ day: string; created: number; done: number }>(sql`
      with days as (
        select d::date as day from generate_series((${from} at time zone ${timeZone})::date, ((${to} - interval '1 microsecond') at time zone ${timeZone})::date, interval '1 day') d
      ),
      counted as (
        select r.day, r.created, r.done from ${this.rollupDays(s, b)}
        union all
        select (o.created_at at time zone ${timeZone})::date, 1, 0 from orders o where ${this.edges(sql`o.created_at`, s, b)}
        union all
        select (o.done_at at time zone ${timeZone})::date, 0, 1 from orders o where ${this.edges(sql`o.done_at`, s, b)} and o.status = 'DONE'
      ),
      per_day as (select day, sum(created)::int as created, sum(done)::int as done from counted group by day)
      select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(per_day.created, 0) as created, coalesce(per_day.done, 0) as done
      from days left join per_day using (day) order by days.day`);
  }

  /** Kept and decided SLA outcomes per service and per department (grouping sets over days and edge orders). */
  async sla(s: DashboardScope, b: PeriodBounds): Promise<SlaRow[]> {
    return this.db.execute<SlaRow>(sql`
      with parts as (
        ${this.periodRows(
          s,
          b,
          sql`r.service_id, r.department_id, r.reaction_kept, r.reaction_decided, r.execution_kept, r.execution_decided`,
          sql`(r.reaction_decided > 0 or r.execution_decided > 0)`,
        )}
        union all
        select o.service_id, o.department_id, (o.sla_reaction = 'KEPT' is true)::int, (o.sla_reaction is not null)::int,
          (o.sla_execution = 'KEPT' is true)::int, (o.sla_execution is not null)::int
        from orders o where ${this.edges(sql`o.created_at`, s, b)} and (o.sla_reaction is not null or o.sla_execution is not null)
      ),
      g as (
        select service_id, department_id, sum(reaction_kept)::int as reaction_kept, sum(reaction_decided)::int as reaction_decided,
          sum(execution_kept)::int as execution_kept, sum(execution_decided)::int as execution_decided
        from parts group by grouping sets ((service_id), (department_id))
      )
      select 'service' as grouping, s.id, s.name, g.reaction_kept, g.reaction_decided, g.execution_kept, g.execution_decided
        from g join services s on s.id = g.service_id
      union all
      select 'department', d.id, d.name, g.reaction_kept, g.reaction_decided, g.execution_kept, g.execution_decided
        from g join departments d on d.id = g.department_id
      order by 1, 3`);
  }

  /**
   * Open orders per executor now (maintained counters). Shown: active employees with open orders and
   * those of departments that do work (own a service); with a department chosen, its active members.
   */
  async workload(departmentId: string | null): Promise<DashboardWorkloadRow[]> {
    const who = departmentId
      ? sql`exists (select 1 from department_employees de where de.employee_id = ${employees.id} and de.department_id = ${departmentId})`
      : sql`(coalesce(${employeeOpenOrders.n}, 0) > 0 or exists (select 1 from department_employees de join services s on s.department_id = de.department_id and s.active where de.employee_id = ${employees.id}))`;
    const n = sql<number>`coalesce(${employeeOpenOrders.n}, 0)`.mapWith(Number);
    return this.db
      .select({ employee: getTableColumns(employees), n })
      .from(employees)
      .leftJoin(employeeOpenOrders, eq(employeeOpenOrders.employeeId, employees.id))
      .where(and(eq(employees.organizationId, this.organizationId), eq(employees.active, true), who))
      .orderBy(desc(n), employees.fullName);
  }
}

function toBounds(row: { first_day: string; after_days: string; head_end: string; tail_start: string }): PeriodBounds {
  return {
    firstWholeDay: row.first_day,
    afterWholeDays: row.after_days,
    headEnd: new Date(row.head_end),
    tailStart: new Date(row.tail_start),
    months: wholeMonths(row.first_day, row.after_days),
  };
}
