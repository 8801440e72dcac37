import { between, weighted, type Random } from "../random.js";
import type { OrderLife } from "./life.js";
import { DAY, MINUTE } from "./model.js";
import type { OrderSeedRows } from "./index.js";
import { HIGH_RATING_COMMENTS, LOW_RATING_COMMENTS } from "./texts.js";

/**
 * The resident's ratings (§14), as OrderRatingsService.rate writes them: after a DONE and before the
 * next change of status, a row per rating (a change keeps the completion's cycle) and a RATED event;
 * returns the order's current rating. App users rate about half their done orders; a completion
 * that the resident later reopened mostly got a low score first.
 */
export function rateOrder(
  random: Random,
  life: OrderLife,
  order: { organizationId: string; orderId: string; clientId: string; resident: boolean; now: number },
  out: OrderSeedRows["orderRatings"],
): number | null {
  if (!order.resident) return null;
  let current: number | null = null;
  life.completions.forEach((completion, index) => {
    const reopened = completion.until != null;
    if (!random.chance(reopened ? 0.6 : 0.55)) return;
    const until = Math.min(completion.until ?? order.now, completion.at + 2 * DAY);
    if (until - completion.at < 20 * MINUTE) return;
    const score = reopened
      ? weighted(random, [[1, 3], [2, 3], [3, 1]] as const)
      : weighted(random, life.slaExecution === "BREACHED" ? ([[2, 2], [3, 3], [4, 3], [5, 3]] as const) : ([[1, 1], [2, 1], [3, 2], [4, 5], [5, 11]] as const));
    const comment = (s: number) => (s < 3 ? random.pick(LOW_RATING_COMMENTS) : random.chance(0.3) ? random.pick(HIGH_RATING_COMMENTS) : null);
    const give = (at: number, s: number) => {
      const text = comment(s);
      const cycle = index + 1;
      out.push({ organizationId: order.organizationId, orderId: order.orderId, clientId: order.clientId, score: s, comment: text, cycle, createdAt: new Date(at) });
      const version = Math.max(...life.events.filter((e) => e.createdAt <= at).map((e) => Number(e.data.version ?? 1)));
      life.events.push({ kind: "RATED", actorKind: "RESIDENT", actorEmployeeId: null, data: { version, score: s, comment: text, cycle }, createdAt: at });
      current = s;
    };
    const at = Math.ceil((completion.at + between(random, 10 * MINUTE, (until - completion.at) * 0.5)) / 1000) * 1000;
    give(at, score);
    // Now and then the resident thinks again and changes the score.
    if (!reopened && random.chance(0.08)) give(Math.ceil((at + between(random, 5 * MINUTE, (until - at) * 0.9)) / 1000) * 1000, Math.min(5, score + 1));
  });
  return current;
}
