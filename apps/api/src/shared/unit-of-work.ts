import type { DbOrTx, Tx } from "@domovoy/db";
import type { AppDeps } from "../deps.js";
import { Topic, type DirectoryAction, type DirectoryKind, type TopicPayloads } from "../pubsub.js";

/** More ids than this in one directory event: sent without ids, the lists re-read themselves. */
const DIRECTORY_IDS_MAX = 100;

/** A repository of one organization over a connection or a transaction. */
export type RepositoryClass<R> = new (db: DbOrTx, organizationId: string) => R;

/**
 * One transaction of one organization: its repositories and the events to publish once it has
 * committed. Subscribers re-read what an event names, so an event sent before the commit (or for
 * a transaction that rolls back) would show them a state that does not exist.
 */
export class UnitOfWork {
  private readonly repositories = new Map<RepositoryClass<unknown>, unknown>();
  private readonly events: (() => void)[] = [];
  /** Orders whose ORDER_CHANGED is already queued: subscribers re-read the order, so one event per order is enough. */
  private readonly changedOrders = new Set<string>();

  constructor(
    readonly tx: Tx,
    readonly organizationId: string,
    private readonly pubsub: AppDeps["pubsub"],
  ) {}

  /** The transaction's instance of a repository (one per class). */
  repo<R>(Repository: RepositoryClass<R>): R {
    let repository = this.repositories.get(Repository) as R | undefined;
    if (!repository) {
      repository = new Repository(this.tx, this.organizationId);
      this.repositories.set(Repository, repository);
    }
    return repository;
  }

  publish<K extends Topic>(topic: K, payload: TopicPayloads[K]): void {
    this.events.push(() => this.pubsub.publish(topic, this.organizationId, payload));
  }

  /** Runs `send` after the commit: for what is not one organization's topic (a broadcast). */
  afterCommit(send: () => void): void {
    this.events.push(send);
  }

  /** Every open list and card showing the order re-reads it; once per order per unit, however often it changed. */
  orderChanged(order: { id: string; clientId: string | null }): void {
    if (this.changedOrders.has(order.id)) return;
    this.changedOrders.add(order.id);
    this.publish(Topic.ORDER_CHANGED, { orderId: order.id, clientId: order.clientId });
  }

  /** The incidents list and the incident's card re-read it. */
  incidentChanged(incident: { id: string }): void {
    this.publish(Topic.INCIDENT_CHANGED, { incidentId: incident.id });
  }

  /** Open admin lists of this kind of reference data follow the change (one event per change, shared by every subscriber). */
  directoryChanged(kind: DirectoryKind, action: DirectoryAction, ids: readonly string[]): void {
    this.publish(Topic.DIRECTORY_CHANGED, { kind, action, ids: ids.length > DIRECTORY_IDS_MAX ? [] : [...ids] });
  }

  /** @internal Called by `unitOfWork` after the commit. */
  flush(): void {
    for (const send of this.events.splice(0)) send();
  }
}

/** Runs `work` in a transaction and publishes its events only after the commit. */
export async function unitOfWork<T>(
  deps: Pick<AppDeps, "database" | "pubsub">,
  organizationId: string,
  work: (uow: UnitOfWork) => Promise<T>,
): Promise<T> {
  let uow: UnitOfWork | undefined;
  const result = await deps.database.db.transaction(async (tx) => {
    uow = new UnitOfWork(tx, organizationId, deps.pubsub);
    return work(uow);
  });
  uow!.flush();
  return result;
}
