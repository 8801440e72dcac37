import { checkRating, RATING_MESSAGES } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requireResident } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { badInput, notFound } from "../../shared/errors.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { optionalText } from "../../shared/validate.js";
import { OrdersRepository, type OrderRow } from "../orders/orders.repository.js";
import type { OrderRateInput } from "./rating.type.js";
import { RatingsRepository, type OrderRatingRow } from "./ratings.repository.js";

/**
 * Оценка качества (§14). Only the order's resident rates, only while it is DONE; a new rating of the
 * same completion is a change, one after a reopen and a new DONE is a re-rate (next cycle). Every
 * rating stays in `order_ratings`; `orders.rating` holds the last one, which stays visible through a
 * reopen until the resident rates the new completion (staff then see that it is about an earlier one).
 */
export class RatingsService {
  constructor(private readonly deps: AppDeps) {}

  async rate(viewer: Viewer, input: OrderRateInput): Promise<OrderRow> {
    const v = requireResident(viewer);
    const now = this.deps.clock.now();
    const comment = optionalText(input.comment, "input.comment", 2000);
    return unitOfWork(this.deps, v.organizationId, async (uow) => {
      const orders = uow.repo(OrdersRepository);
      const current = await orders.byId(input.orderId, true);
      if (!current || current.clientId !== v.clientId) throw notFound("Заявка");
      const refusal = checkRating({ status: current.status, score: input.score, comment });
      if (refusal) throw badInput(RATING_MESSAGES[refusal], refusal === "COMMENT_REQUIRED" ? "input.comment" : refusal === "NOT_DONE" ? "input.orderId" : "input.score", refusal);
      const cycle = Math.max(1, current.completions);
      const rating = await uow.repo(RatingsRepository).insert({ orderId: current.id, clientId: v.clientId, score: input.score, comment, cycle, createdAt: now });
      await orders.insertEvents([
        {
          orderId: current.id,
          kind: "RATED",
          actorKind: "RESIDENT",
          actorEmployeeId: null,
          data: { version: current.version, score: rating.score, comment: rating.comment, cycle },
          createdAt: now,
        },
      ]);
      // Not an edit: nobody's open editor turns stale, but live cards see the newer revision.
      const order = (await orders.record(current.id, { rating: rating.score }))!;
      uow.orderChanged(order);
      return order;
    });
  }

  /** What the viewer may read of an order's ratings: staff all of them, a resident the ones they gave. */
  visibleHistory(viewer: Viewer, rows: OrderRatingRow[]): OrderRatingRow[] {
    if (viewer.kind === "EMPLOYEE") return rows;
    if (viewer.kind === "RESIDENT") return rows.filter((r) => r.clientId === viewer.clientId);
    return [];
  }
}
