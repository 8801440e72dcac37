import type { DbOrTx } from "@domovoy/db";
import type { AppDeps } from "../../deps.js";
import { enqueueJob } from "../../jobs/queue.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { systemActor, type EventValues } from "./order-input.js";
import { evaluateOrder } from "./order-rules.js";
import { OrdersRepository, type OrderRow, type OrderValues } from "./orders.repository.js";

export const SLA_JOB = "orders.sla-check";

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
      const { sla } = evaluateOrder(current, now);
      const events: EventValues[] = [];
      const changes: Partial<OrderValues> = {};
      const system = { ...systemActor(), createdAt: now };
      if (sla.reaction.state === "BREACHED" && current.slaReaction == null && !current.firstInProgressAt) {
        changes.slaReaction = "BREACHED";
        events.push({ orderId, kind: "SLA_REACTION_BREACHED", ...system, data: { version: current.version, dueAt: current.reactionDueAt } });
      }
      if (sla.execution.state === "BREACHED" && current.slaExecution == null && current.status !== "DONE") {
        changes.slaExecution = "BREACHED";
        events.push({ orderId, kind: "SLA_EXECUTION_BREACHED", ...system, data: { version: current.version, dueAt: current.executionDueAt } });
      }
      if (events.length === 0) return;
      const updated = await repo.record(orderId, changes);
      await repo.insertEvents(events);
      uow.orderChanged(updated!);
    });
  }

  /** Enqueues a check at each SLA deadline still undecided; rescheduling replaces the previous one. */
  async schedule(tx: DbOrTx, order: OrderRow): Promise<void> {
    const due = [
      order.slaReaction == null && !order.firstInProgressAt ? order.reactionDueAt : null,
      order.slaExecution == null && order.firstInProgressAt && order.status !== "DONE" ? order.executionDueAt : null,
    ];
    for (const [i, runAt] of due.entries()) {
      if (!runAt || order.status === "CANCELLED") continue;
      await enqueueJob(tx, {
        kind: SLA_JOB,
        organizationId: order.organizationId,
        payload: { orderId: order.id },
        runAt: new Date(runAt.getTime() + 1000),
        dedupeKey: `sla:${i === 0 ? "reaction" : "execution"}:${order.id}`,
      });
    }
  }
}
