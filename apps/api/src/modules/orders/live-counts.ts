import { INCIDENT_STATUSES, orderScope, type IncidentStatus } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { Topic } from "../../pubsub.js";
import { requireEmployee } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { LiveCounter, type Broadcast } from "../../shared/live-counters.js";
import { IncidentsRepository } from "../incidents/incidents.repository.js";
import { OrderListRepository, type TabCounts } from "./order-list.repository.js";
import { LIST_COUNT_LIMIT } from "./orders.service.js";

/** Everyone who may read all orders shares one count per organization; an executor's (their own orders: executed or created) is theirs. */
const ALL = "*";

export type LiveCountsOptions = {
  /** How long a change waits for more changes before the counts are computed (bursts coalesce). */
  coalesceMs?: number;
};

type IncidentCounts = { status: IncidentStatus; count: number }[];

/**
 * The counters pushed live: the orders tabs' totals («Новые», «Все») per organization and scope,
 * and the incidents' counts per status per organization. Each is computed once per organization and
 * scope per (coalesced) change and broadcast to every subscriber of the scope (see LiveCounter).
 */
export class LiveCounts {
  private readonly orders: LiveCounter<TabCounts, "new" | "tabs">;
  private readonly incidents: LiveCounter<IncidentCounts, "byStatus">;

  constructor(deps: Pick<AppDeps, "database" | "pubsub" | "logger">, options: LiveCountsOptions = {}) {
    const coalesceMs = options.coalesceMs ?? 15;
    this.orders = new LiveCounter<TabCounts, "new" | "tabs">(
      {
        name: "orders",
        topic: Topic.ORDER_CHANGED,
        compute: async (organizationId, keys) => {
          const repo = new OrderListRepository(deps.database.db, organizationId);
          const ownerIds = keys.filter((key) => key !== ALL);
          const [all, perOwner] = await Promise.all([
            keys.includes(ALL) ? repo.tabCounts(LIST_COUNT_LIMIT) : undefined,
            repo.tabCountsOfOwners(ownerIds, LIST_COUNT_LIMIT),
          ]);
          if (all) perOwner.set(ALL, all);
          return perOwner;
        },
        projections: { new: (counts) => counts.new, tabs: (counts) => counts },
      },
      deps,
      coalesceMs,
    );
    this.incidents = new LiveCounter<IncidentCounts, "byStatus">(
      {
        name: "incidents",
        topic: Topic.INCIDENT_CHANGED,
        compute: async (organizationId) => {
          const counts = await new IncidentsRepository(deps.database.db, organizationId).countsByStatus({ search: null });
          return new Map([[ALL, INCIDENT_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }))]]);
        },
        projections: { byStatus: (counts) => counts },
      },
      deps,
      coalesceMs,
    );
  }

  /** «Новые» (an Int). */
  newCount(viewer: Viewer): AsyncIterableIterator<Broadcast<unknown>> {
    const v = requireEmployee(viewer);
    return this.orders.subscribe(v.organizationId, orderScopeKey(v), "new");
  }

  /** «Новые» and «Все» of the orders list (OrderTabCounts). */
  tabCounts(viewer: Viewer): AsyncIterableIterator<Broadcast<unknown>> {
    const v = requireEmployee(viewer);
    return this.orders.subscribe(v.organizationId, orderScopeKey(v), "tabs");
  }

  /** Incidents per status (every employee sees every incident of the organization). */
  incidentCounts(viewer: Viewer): AsyncIterableIterator<Broadcast<unknown>> {
    const v = requireEmployee(viewer);
    return this.incidents.subscribe(v.organizationId, ALL, "byStatus");
  }

  /** Computations run so far (each covers every scope of one organization): tests and the benchmark read it. */
  get computations(): number {
    return this.orders.computations + this.incidents.computations;
  }

  /** Subscribers currently held (for tests and the benchmark's memory figures). */
  get subscriberCount(): number {
    return this.orders.subscriberCount + this.incidents.subscriberCount;
  }

  close(): void {
    this.orders.close();
    this.incidents.close();
  }
}

function orderScopeKey(viewer: Parameters<typeof orderScope>[0]): string {
  const visible = orderScope(viewer);
  return visible.kind === "OWN" ? visible.employeeId : ALL;
}
