import { ORDER_STATUSES, workloadLevel, type OrderStatus } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requirePermission } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { badInput, notFound } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { DashboardRepository } from "./dashboard.repository.js";
import type { Dashboard, DashboardInput, DashboardSla } from "./dashboard.type.js";

const DAY = 24 * 60 * 60 * 1000;
/** The per-day chart stays readable and the query cheap. */
export const DASHBOARD_MAX_DAYS = 366;

const percent = (kept: number, decided: number) => (decided > 0 ? Math.round((kept / decided) * 1000) / 10 : null);

export class DashboardService {
  constructor(private readonly deps: AppDeps) {}

  async get(viewer: Viewer, input: DashboardInput | null): Promise<Dashboard> {
    const v = requirePermission(viewer, "DASHBOARD_VIEW");
    const repo = new DashboardRepository(this.deps.database.db, v.organizationId);
    const now = this.deps.clock.now();
    const to = input?.to ?? now;
    const departmentId = input?.departmentId ?? null;
    const serviceId = input?.serviceId ?? null;
    if (departmentId && !isUuid(departmentId)) throw notFound("Подразделение");
    if (serviceId && !isUuid(serviceId)) throw notFound("Услуга");
    // The period, its split into rollup days and edges and the ids' check in one round trip; then the
    // figures' statements at once, each on a connection of its own.
    const period = await repo.period(now, { from: input?.from ?? (input?.to ? new Date(to.getTime() - 30 * DAY) : null), to, departmentId, serviceId });
    const { from, timeZone, bounds } = period;
    if (from.getTime() >= to.getTime()) throw badInput("Начало периода должно быть раньше конца", "input.from", "EMPTY_PERIOD");
    if (to.getTime() - from.getTime() > DASHBOARD_MAX_DAYS * DAY) throw badInput(`Период не длиннее ${DASHBOARD_MAX_DAYS} дней`, "input.to", "PERIOD_TOO_LONG");
    if (!period.departmentFound) throw notFound("Подразделение");
    if (!period.serviceFound) throw notFound("Услуга");

    const scope = { from, to, departmentId, serviceId };
    const [statuses, overview, daily, sla, workload] = await Promise.all([
      repo.statusCounts(scope),
      repo.overview(scope, bounds),
      repo.daily(scope, bounds, timeZone),
      repo.sla(scope, bounds),
      repo.workload(departmentId),
    ]);
    const toSla = (r: (typeof sla)[number]): DashboardSla => ({
      id: r.id,
      name: r.name,
      reactionKept: r.reaction_kept,
      reactionDecided: r.reaction_decided,
      reactionKeptPercent: percent(r.reaction_kept, r.reaction_decided),
      executionKept: r.execution_kept,
      executionDecided: r.execution_decided,
      executionKeptPercent: percent(r.execution_kept, r.execution_decided),
    });
    const counts = [overview.r1, overview.r2, overview.r3, overview.r4, overview.r5];
    return {
      from,
      to,
      timeZone,
      statusCounts: (ORDER_STATUSES as readonly OrderStatus[]).map((status) => ({ status, count: statuses.get(status) ?? 0 })),
      daily: daily.map((d) => ({ day: d.day, created: d.created, done: d.done })),
      slaByService: sla.filter((r) => r.grouping === "service").map(toSla),
      slaByDepartment: sla.filter((r) => r.grouping === "department").map(toSla),
      averageReactionMinutes: overview.reaction_avg,
      reactionSamples: overview.reaction_n,
      averageExecutionMinutes: overview.execution_avg,
      executionSamples: overview.execution_n,
      ratings: { counts, total: counts.reduce((a, b) => a + b, 0), average: overview.rating_avg },
      workload: workload.map((w) => ({ employeeId: w.employee.id, employee: w.employee, openOrders: w.n, workload: workloadLevel(w.n) })),
    };
  }
}
