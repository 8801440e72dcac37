import type { DbOrTx } from "@domovoy/db";
import { CLOSED_STATUSES, ORDER_STATUSES } from "@domovoy/domain";
import { sql, type SQL } from "drizzle-orm";

/** Open statuses as a literal list: the planner then reaches open orders through the status index. */
const OPEN_STATUSES = sql.raw(ORDER_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s)).map((s) => `'${s}'`).join(", "));

export type DashboardScope = { from: Date; to: Date; departmentId: string | null; serviceId: string | null };

type SlaRow = { grouping: "service" | "department"; id: string; name: string; reaction_kept: number; reaction_decided: number; execution_kept: number; execution_decided: number };

/** The «Сводка» figures, each computed by PostgreSQL in one pass over the orders it needs. */
export class DashboardRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /** The organization's time zone and the default period start: the start of the day 29 days ago there. */
  async calendar(now: Date): Promise<{ timeZone: string; defaultFrom: Date }> {
    const [row] = await this.db.execute<{ time_zone: string; default_from: string }>(sql`
      select time_zone,
        (date_trunc('day', ${now.toISOString()}::timestamptz at time zone time_zone) - interval '29 days') at time zone time_zone as default_from
      from organizations where id = ${this.organizationId}`);
    return { timeZone: row!.time_zone, defaultFrom: new Date(row!.default_from) };
  }

  async departmentExists(id: string): Promise<boolean> {
    const rows = await this.db.execute(sql`select 1 from departments where organization_id = ${this.organizationId} and id = ${id}`);
    return rows.length > 0;
  }

  async serviceExists(id: string): Promise<boolean> {
    const rows = await this.db.execute(sql`select 1 from services where organization_id = ${this.organizationId} and id = ${id}`);
    return rows.length > 0;
  }

  /** Department and service conditions on `o` (literal branches, so each query gets a plan of its own shape). */
  private scope(s: DashboardScope): SQL {
    const parts = [sql`o.organization_id = ${this.organizationId}`];
    if (s.departmentId) parts.push(sql`o.department_id = ${s.departmentId}`);
    if (s.serviceId) parts.push(sql`o.service_id = ${s.serviceId}`);
    return sql.join(parts, sql` and `);
  }

  private created(s: DashboardScope): SQL {
    return sql`${this.scope(s)} and o.created_at >= ${s.from.toISOString()}::timestamptz and o.created_at < ${s.to.toISOString()}::timestamptz`;
  }

  async statusCounts(s: DashboardScope): Promise<Map<string, number>> {
    const rows = await this.db.execute<{ status: string; n: number }>(sql`
      select o.status, count(*)::int as n from orders o where ${this.scope(s)} group by o.status`);
    return new Map(rows.map((r) => [r.status, r.n]));
  }

  /** Reaction and execution averages (minutes) and the rating distribution of the period's orders. */
  async overview(s: DashboardScope) {
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
      select
        count(*) filter (where o.first_in_progress_at > o.created_at)::int as reaction_n,
        (avg(extract(epoch from o.first_in_progress_at - o.created_at)) filter (where o.first_in_progress_at > o.created_at) / 60)::float8 as reaction_avg,
        count(*) filter (where o.status = 'DONE' and o.first_in_progress_at is not null)::int as execution_n,
        (avg(extract(epoch from o.done_at - o.first_in_progress_at)) filter (where o.status = 'DONE' and o.first_in_progress_at is not null) / 60)::float8 as execution_avg,
        count(*) filter (where o.rating = 1)::int as r1,
        count(*) filter (where o.rating = 2)::int as r2,
        count(*) filter (where o.rating = 3)::int as r3,
        count(*) filter (where o.rating = 4)::int as r4,
        count(*) filter (where o.rating = 5)::int as r5,
        avg(o.rating)::float8 as rating_avg
      from orders o where ${this.created(s)}`);
    return row!;
  }

  /** Created and done per day of the organization's calendar, every day of the period present. */
  async daily(s: DashboardScope, timeZone: string): Promise<{ day: string; created: number; done: number }[]> {
    const from = sql`${s.from.toISOString()}::timestamptz`;
    const to = sql`${s.to.toISOString()}::timestamptz`;
    return this.db.execute<{ day: string; created: number; done: number }>(sql`
      with days as (
        select d::date as day from generate_series((${from} at time zone ${timeZone})::date, ((${to} - interval '1 microsecond') at time zone ${timeZone})::date, interval '1 day') d
      ),
      created as (
        select (o.created_at at time zone ${timeZone})::date as day, count(*)::int as n from orders o where ${this.created(s)} group by 1
      ),
      done as (
        select (o.done_at at time zone ${timeZone})::date as day, count(*)::int as n from orders o
        where ${this.scope(s)} and o.done_at >= ${from} and o.done_at < ${to} and o.status = 'DONE' group by 1
      )
      select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(created.n, 0) as created, coalesce(done.n, 0) as done
      from days left join created using (day) left join done using (day) order by days.day`);
  }

  /** Kept and decided SLA outcomes per service and per department, in one pass (grouping sets). */
  async sla(s: DashboardScope): Promise<SlaRow[]> {
    return this.db.execute<SlaRow>(sql`
      with g as (
        select o.service_id, o.department_id,
          count(*) filter (where o.sla_reaction = 'KEPT')::int as reaction_kept,
          count(o.sla_reaction)::int as reaction_decided,
          count(*) filter (where o.sla_execution = 'KEPT')::int as execution_kept,
          count(o.sla_execution)::int as execution_decided
        from orders o
        where ${this.created(s)} and (o.sla_reaction is not null or o.sla_execution is not null)
        group by grouping sets ((o.service_id), (o.department_id))
      )
      select 'service' as grouping, s.id, s.name, g.reaction_kept, g.reaction_decided, g.execution_kept, g.execution_decided
        from g join services s on s.id = g.service_id
      union all
      select 'department', d.id, d.name, g.reaction_kept, g.reaction_decided, g.execution_kept, g.execution_decided
        from g join departments d on d.id = g.department_id
      order by 1, 3`);
  }

  /**
   * Open orders per executor now. Shown: active employees with open orders and those of departments
   * that do work (own a service); with a department chosen, its active members.
   */
  async workload(departmentId: string | null): Promise<{ employee_id: string; n: number }[]> {
    const who = departmentId
      ? sql`exists (select 1 from department_employees de where de.employee_id = e.id and de.department_id = ${departmentId})`
      : sql`(open.n > 0 or exists (select 1 from department_employees de join services s on s.department_id = de.department_id and s.active where de.employee_id = e.id))`;
    return this.db.execute<{ employee_id: string; n: number }>(sql`
      with open as (
        select x.employee_id, count(*)::int as n
        from orders o join order_executors x on x.order_id = o.id
        where o.organization_id = ${this.organizationId} and o.status in (${OPEN_STATUSES})
        group by x.employee_id
      )
      select e.id as employee_id, coalesce(open.n, 0) as n
      from employees e left join open on open.employee_id = e.id
      where e.organization_id = ${this.organizationId} and e.active and ${who}
      order by 2 desc, e.full_name`);
  }
}
