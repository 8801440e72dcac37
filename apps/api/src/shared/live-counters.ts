import type { AppDeps } from "../deps.js";
import type { Topic } from "../pubsub.js";

/**
 * One pushed value, the same object for every subscriber of a scope. The WebSocket server executes
 * a subscription's document once per broadcast (not once per subscriber, see `shared-execution.ts`),
 * so 5,000 dispatchers of one organization cost one execution and 5,000 sends.
 */
export class Broadcast<V> {
  constructor(readonly value: V) {}
}

/**
 * One subscriber's mailbox. It holds only the latest value: a counter that changed three times while
 * the socket was busy needs to send the last one, not all three.
 */
class Sink<V> implements AsyncIterableIterator<Broadcast<V>> {
  /** The value (as JSON) this subscriber last received or is about to, so it is never sent twice in a row. */
  private last: string | undefined;
  private pending: Broadcast<V> | undefined;
  private waiting: ((result: IteratorResult<Broadcast<V>>) => void) | undefined;
  private done = false;

  constructor(private readonly onClose: (sink: Sink<V>) => void) {}

  offer(key: string, event: Broadcast<V>): void {
    if (this.done || key === this.last) return;
    this.last = key;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value: event, done: false });
    } else {
      this.pending = event;
    }
  }

  next(): Promise<IteratorResult<Broadcast<V>>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    if (this.pending !== undefined) {
      const value = this.pending;
      this.pending = undefined;
      return Promise.resolve({ value, done: false });
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<Broadcast<V>>> {
    if (!this.done) {
      this.done = true;
      this.onClose(this);
      this.waiting?.({ value: undefined, done: true });
      this.waiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<Broadcast<V>>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/** What one projection of a scope's value (a subscription field) last broadcast, and to whom. */
type Feed = { sinks: Set<Sink<unknown>>; key: string | undefined; event: Broadcast<unknown> | undefined };

type Scope<V> = { feeds: Map<string, Feed>; value: V | undefined };

type Organization<V> = {
  /** Scope key (e.g. everyone who reads all orders, or one executor) → its feeds and latest value. */
  scopes: Map<string, Scope<V>>;
  /** A change arrived (or a scope was added) since the last computation started. */
  dirty: boolean;
  timer: NodeJS.Timeout | undefined;
  running: boolean;
  events: AsyncIterator<unknown>;
};

export type CounterSpec<V, P extends string> = {
  /** For logs. */
  name: string;
  /** The organization's topic whose events may change the value. */
  topic: Topic;
  /** Every scope's value of one organization, computed together (one or two statements, whatever the number of scopes). */
  compute(organizationId: string, keys: readonly string[]): Promise<Map<string, V>>;
  /** What a subscription field sends of the value; each is broadcast only when it changes. */
  projections: Record<P, (value: V) => unknown>;
};

/**
 * Live counters: instead of one query per subscriber per change, an instance listens once per
 * organization, computes each distinct scope once per change (all scopes in one computation) and
 * hands the result to every subscriber of the scope as one shared `Broadcast`. Changes arriving while
 * a computation waits or runs fold into the next one, so an import of thousands of orders costs a few
 * computations, not thousands. Subscribers hear the current value on subscribing, then every change.
 */
export class LiveCounter<V, P extends string> {
  private readonly organizations = new Map<string, Organization<V>>();
  /** Computations run so far (each covers every scope of one organization). */
  computations = 0;

  constructor(
    private readonly spec: CounterSpec<V, P>,
    private readonly deps: Pick<AppDeps, "pubsub" | "logger">,
    private readonly coalesceMs: number,
  ) {}

  /** A subscription's event stream: `projection` of the scope's value, now and on every change. */
  subscribe(organizationId: string, scopeKey: string, projection: P): AsyncIterableIterator<Broadcast<unknown>> {
    const organization = this.organization(organizationId);
    let scope = organization.scopes.get(scopeKey);
    if (!scope) {
      scope = { feeds: new Map(), value: undefined };
      organization.scopes.set(scopeKey, scope);
    }
    let feed = scope.feeds.get(projection);
    if (!feed) {
      feed = { sinks: new Set(), key: undefined, event: undefined };
      scope.feeds.set(projection, feed);
      if (scope.value !== undefined) this.refresh(feed, projection, scope.value);
    }
    const owner = { scope, feed };
    const sink = new Sink<unknown>((closed) => this.leave(organizationId, scopeKey, projection, owner, closed));
    feed.sinks.add(sink);
    if (feed.event && !organization.dirty) sink.offer(feed.key!, feed.event);
    else this.schedule(organizationId, organization, scope.value === undefined ? 0 : this.coalesceMs);
    return sink;
  }

  /** Subscribers currently held. */
  get subscriberCount(): number {
    let n = 0;
    for (const organization of this.organizations.values()) {
      for (const scope of organization.scopes.values()) for (const feed of scope.feeds.values()) n += feed.sinks.size;
    }
    return n;
  }

  close(): void {
    for (const [id, organization] of this.organizations) {
      clearTimeout(organization.timer);
      void organization.events.return?.();
      this.organizations.delete(id);
    }
  }

  /** Projects the value for a feed; a new broadcast only when the projection changed. */
  private refresh(feed: Feed, projection: P, value: V): boolean {
    const projected = this.spec.projections[projection](value);
    const key = JSON.stringify(projected);
    if (key === feed.key) return false;
    feed.key = key;
    feed.event = new Broadcast(projected);
    return true;
  }

  private organization(organizationId: string): Organization<V> {
    const existing = this.organizations.get(organizationId);
    if (existing) return existing;
    const events = this.deps.pubsub.subscribe(this.spec.topic, organizationId)[Symbol.asyncIterator]();
    const organization: Organization<V> = { scopes: new Map(), dirty: true, timer: undefined, running: false, events };
    this.organizations.set(organizationId, organization);
    // The first pull attaches the listener right away, before any value is read, so no change made
    // while the first computation runs goes unnoticed.
    const listen = async (pulled: Promise<IteratorResult<unknown>>) => {
      for (let result = await pulled; !result.done; result = await events.next()) {
        organization.dirty = true;
        this.schedule(organizationId, organization, this.coalesceMs);
      }
    };
    listen(events.next()).catch((error) => this.deps.logger.warn({ err: error, counter: this.spec.name }, "live counts: event stream failed"));
    return organization;
  }

  private schedule(organizationId: string, organization: Organization<V>, delayMs: number): void {
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

  private async compute(organizationId: string, organization: Organization<V>): Promise<void> {
    if (this.organizations.get(organizationId) !== organization) return;
    organization.running = true;
    organization.dirty = false;
    const keys = [...organization.scopes.keys()];
    let failed = false;
    try {
      const values = await this.spec.compute(organizationId, keys);
      this.computations++;
      for (const key of keys) {
        const scope = organization.scopes.get(key);
        const value = values.get(key);
        if (!scope || value === undefined) continue;
        scope.value = value;
        for (const [projection, feed] of scope.feeds) {
          this.refresh(feed, projection as P, value);
          for (const sink of feed.sinks) sink.offer(feed.key!, feed.event!);
        }
      }
    } catch (error) {
      failed = true;
      this.deps.logger.warn({ err: error, counter: this.spec.name }, "live counts: computing the counts failed");
    } finally {
      organization.running = false;
    }
    // After a failure (the database is away) retry in a second rather than on every event.
    if (failed) this.schedule(organizationId, organization, 1000);
    else if (organization.dirty) this.schedule(organizationId, organization, this.coalesceMs);
  }

  private leave(organizationId: string, key: string, projection: string, owner: { scope: Scope<V>; feed: Feed }, sink: Sink<unknown>): void {
    const { scope, feed } = owner;
    feed.sinks.delete(sink);
    if (feed.sinks.size > 0) return;
    if (scope.feeds.get(projection) === feed) scope.feeds.delete(projection);
    const organization = this.organizations.get(organizationId);
    if (!organization || scope.feeds.size > 0) return;
    if (organization.scopes.get(key) === scope) organization.scopes.delete(key);
    if (organization.scopes.size > 0) return;
    clearTimeout(organization.timer);
    void organization.events.return?.();
    this.organizations.delete(organizationId);
  }
}
