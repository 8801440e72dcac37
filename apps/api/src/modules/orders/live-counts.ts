import { NEW_STATUSES, orderScope } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { Topic } from "../../pubsub.js";
import { requireEmployee } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { OrderListRepository } from "./order-list.repository.js";
import { OrdersRepository } from "./orders.repository.js";

/** Everyone who may read all orders shares one count per organization; an executor's is their own. */
const ALL = "*";

/**
 * One subscriber's mailbox. It holds only the latest value: a counter that changed three times while
 * the socket was busy needs to send the last one, not all three.
 */
class Sink implements AsyncIterableIterator<number> {
  /** The value this subscriber last received (or is about to), so it is never sent twice in a row. */
  last: number | undefined;
  private pending: number | undefined;
  private waiting: ((result: IteratorResult<number>) => void) | undefined;
  private done = false;

  constructor(private readonly onClose: (sink: Sink) => void) {}

  offer(value: number): void {
    if (this.done || value === this.last) return;
    this.last = value;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value, done: false });
    } else {
      this.pending = value;
    }
  }

  next(): Promise<IteratorResult<number>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    if (this.pending !== undefined) {
      const value = this.pending;
      this.pending = undefined;
      return Promise.resolve({ value, done: false });
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<number>> {
    if (!this.done) {
      this.done = true;
      this.onClose(this);
      this.waiting?.({ value: undefined, done: true });
      this.waiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<number>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

type Scope = { sinks: Set<Sink>; value: number | undefined };

type Organization = {
  /** Scope key (ALL or an executor's employee id) → its subscribers and latest count. */
  scopes: Map<string, Scope>;
  /** An order changed (or a scope was added) since the last computation started. */
  dirty: boolean;
  timer: NodeJS.Timeout | undefined;
  running: boolean;
  events: AsyncIterator<unknown>;
};

export type LiveCountsOptions = {
  /** How long a change waits for more changes before the counts are computed (bursts coalesce). */
  coalesceMs?: number;
};

/**
 * The «Новые» counter pushed live. Instead of one `count(*)` per subscriber per order change, an
 * instance listens once per organization, computes each distinct scope once per change (everyone with
 * ORDERS_READ_ALL shares one; each executor without it has their own small one, all in one grouped
 * statement) and hands the result to every subscriber of the scope. Changes arriving while a
 * computation waits or runs are folded into the next one, so an import of thousands of orders costs
 * a few computations, not thousands. Subscribers hear the current value on subscribing, then every
 * change of it.
 */
export class LiveCounts {
  private readonly organizations = new Map<string, Organization>();
  private readonly coalesceMs: number;
  /** Computations run so far (each covers every scope of one organization): tests and the benchmark read it. */
  computations = 0;

  constructor(
    private readonly deps: Pick<AppDeps, "database" | "pubsub" | "logger">,
    options: LiveCountsOptions = {},
  ) {
    this.coalesceMs = options.coalesceMs ?? 15;
  }

  /** The subscription's event stream for this viewer. */
  newCount(viewer: Viewer): AsyncIterableIterator<number> {
    const v = requireEmployee(viewer);
    const visible = orderScope(v);
    const key = visible.kind === "EXECUTED_BY" ? visible.employeeId : ALL;
    const organization = this.organization(v.organizationId);
    let scope = organization.scopes.get(key);
    if (!scope) {
      scope = { sinks: new Set(), value: undefined };
      organization.scopes.set(key, scope);
    }
    const owner = scope;
    const sink = new Sink((closed) => this.leave(v.organizationId, key, owner, closed));
    scope.sinks.add(sink);
    if (scope.value !== undefined && !organization.dirty) sink.offer(scope.value);
    else this.schedule(v.organizationId, organization, scope.value === undefined ? 0 : this.coalesceMs);
    return sink;
  }

  /** Subscribers currently held (for tests and the benchmark's memory figures). */
  get subscriberCount(): number {
    let n = 0;
    for (const organization of this.organizations.values()) for (const scope of organization.scopes.values()) n += scope.sinks.size;
    return n;
  }

  close(): void {
    for (const [id, organization] of this.organizations) {
      clearTimeout(organization.timer);
      void organization.events.return?.();
      this.organizations.delete(id);
    }
  }

  private organization(organizationId: string): Organization {
    const existing = this.organizations.get(organizationId);
    if (existing) return existing;
    const events = this.deps.pubsub.subscribe(Topic.ORDER_CHANGED, organizationId)[Symbol.asyncIterator]();
    const organization: Organization = { scopes: new Map(), dirty: true, timer: undefined, running: false, events };
    this.organizations.set(organizationId, organization);
    // The first pull attaches the listener right away, before any count is read, so no change made
    // while the first count runs goes unnoticed.
    const listen = async (pulled: Promise<IteratorResult<unknown>>) => {
      for (let result = await pulled; !result.done; result = await events.next()) {
        organization.dirty = true;
        this.schedule(organizationId, organization, this.coalesceMs);
      }
    };
    listen(events.next()).catch((error) => this.deps.logger.warn({ err: error }, "live counts: event stream failed"));
    return organization;
  }

  private schedule(organizationId: string, organization: Organization, delayMs: number): void {
    organization.dirty = true;
    if (organization.running) return; // the running computation reschedules when it ends
    if (organization.timer) {
      if (delayMs > 0) return;
      clearTimeout(organization.timer);
    }
    organization.timer = setTimeout(() => {
      organization.timer = undefined;
      void this.compute(organizationId, organization);
    }, delayMs);
  }

  private async compute(organizationId: string, organization: Organization): Promise<void> {
    if (this.organizations.get(organizationId) !== organization) return;
    organization.running = true;
    organization.dirty = false;
    const keys = [...organization.scopes.keys()];
    const executorIds = keys.filter((key) => key !== ALL);
    let failed = false;
    try {
      const repo = new OrderListRepository(this.deps.database.db, organizationId);
      const [all, perExecutor] = await Promise.all([
        keys.includes(ALL) ? repo.newCount() : undefined,
        executorIds.length > 0
          ? new OrdersRepository(this.deps.database.db, organizationId).countsOfExecutors(executorIds, NEW_STATUSES, { notAttached: true })
          : undefined,
      ]);
      this.computations++;
      for (const key of keys) {
        const scope = organization.scopes.get(key);
        if (!scope) continue;
        const value = key === ALL ? all! : (perExecutor!.get(key) ?? 0);
        scope.value = value;
        for (const sink of scope.sinks) sink.offer(value);
      }
    } catch (error) {
      failed = true;
      this.deps.logger.warn({ err: error }, "live counts: computing the counts failed");
    } finally {
      organization.running = false;
    }
    // After a failure (the database is away) retry in a second rather than on every event.
    if (failed) this.schedule(organizationId, organization, 1000);
    else if (organization.dirty) this.schedule(organizationId, organization, this.coalesceMs);
  }

  private leave(organizationId: string, key: string, scope: Scope, sink: Sink): void {
    scope.sinks.delete(sink);
    const organization = this.organizations.get(organizationId);
    if (!organization || scope.sinks.size > 0) return;
    if (organization.scopes.get(key) === scope) organization.scopes.delete(key);
    if (organization.scopes.size > 0) return;
    clearTimeout(organization.timer);
    void organization.events.return?.();
    this.organizations.delete(organizationId);
  }
}
