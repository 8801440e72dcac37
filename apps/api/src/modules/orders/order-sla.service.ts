import type { DbOrTx } from "@domovoy/db";
import type { AppDeps } from "../../deps.js";
import { enqueueJob, enqueueJobs } from "../../jobs/queue.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { SLA_CHECK_JOB, slaChecked, slaCheckKey, slaChecksDue } from "@domovoy/domain";
import { systemEvents } from "./order-input.js";
import { OrdersRepository, type OrderRow } from "./orders.repository.js";


/** The SLA clock's deadlines: a job at each one still undecided records the breach. */
export class OrderSlaService {
  constructor(private readonly deps: AppDeps) {}

  /** Job handler: records an SLA breach once its deadline has passed; idempotent. */
  async checkSla(organizationId: string, orderId: string): Promise<void> {
    const now = this.deps.clock.now();
    await unitOfWork(this.deps, organizationId, async (uow) => {
      const repo = uow.repo(OrdersRepository);
      const current = await repo.byId(orderId, true);
      if (!current) return;
      const { changes, events } = slaChecked(current, now);
      if (events.length === 0) return;
      const updated = await repo.record(orderId, changes);
      await repo.insertEvents(systemEvents(orderId, events, now));
      uow.orderChanged(updated!);
    });
  }

  /** Enqueues a check at each SLA deadline still undecided; rescheduling replaces the previous one. */
  async schedule(tx: DbOrTx, order: OrderRow): Promise<void> {
    for (const job of slaChecksDue(order)) {
      await enqueueJob(tx, {
        kind: SLA_CHECK_JOB,
        organizationId: order.organizationId,
        payload: { orderId: order.id },
        runAt: job.runAt,
        dedupeKey: slaCheckKey(job.check, order.id),
      });
    }
  }

  /** `schedule` for many orders in one statement (the incident cascade). */
  async scheduleMany(tx: DbOrTx, orders: readonly OrderRow[]): Promise<void> {
    await enqueueJobs(
      tx,
      orders.flatMap((order) =>
        slaChecksDue(order).map((job) => ({
          kind: SLA_CHECK_JOB,
          organizationId: order.organizationId,
          payload: { orderId: order.id },
          runAt: job.runAt,
          dedupeKey: slaCheckKey(job.check, order.id),
        })),
      ),
    );
  }
}
