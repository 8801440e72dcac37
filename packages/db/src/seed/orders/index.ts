import { SLA_CHECK_JOB, slaCheckKey } from "@domovoy/domain";
import type { jobs, orderCounters, orderEvents, orderExecutors, orderRatings, orders } from "../../schema/index.js";
import type { SeedRows } from "../build.js";
import { createRandom, seedUuid, shuffle } from "../random.js";
import { context } from "./context.js";
import { date, OrderLife } from "./life.js";
import { DAY, HOUR } from "./model.js";
import { formAnswers, pickChannel, pickExecutors, planOrders } from "./plan.js";
import { eligible } from "./scenarios.js";
import { rateOrder } from "./ratings.js";
import { buildIncidents, type IncidentSeedRows } from "./incidents.js";
import { CANCEL_COMMENTS, DESCRIPTIONS } from "./texts.js";

/**
 * Demo orders: about a month of a dispatcher desk's work. Every order is played step by step
 * through the rules the API applies (status transitions from @domovoy/domain, the SLA clock,
 * the history events and their data, the SLA check jobs and what they record), so the rows are
 * exactly what the API would have written had people clicked through the same steps.
 */

export type OrderSeedRows = {
  orderCounters: (typeof orderCounters.$inferInsert)[];
  orders: (typeof orders.$inferInsert)[];
  orderExecutors: (typeof orderExecutors.$inferInsert)[];
  orderEvents: (typeof orderEvents.$inferInsert)[];
  jobs: (typeof jobs.$inferInsert)[];
  orderRatings: (typeof orderRatings.$inferInsert)[];
  incidents?: IncidentSeedRows;
};

export function buildOrders(rows: SeedRows, options: { now: Date; count: number; demoPhones: string[] }): OrderSeedRows {
  const ctx = context(rows, options.now, options.demoPhones);
  const { random, organizationId, now } = ctx;
  const plans = planOrders(ctx, options.count);
  const out: OrderSeedRows = { orderCounters: [{ organizationId, lastNumber: plans.length }], orders: [], orderExecutors: [], orderEvents: [], jobs: [], orderRatings: [] };
  // Ratings draw from their own stream, so they leave the rest of the demo data as it was.
  const rater = createRandom(`${ctx.slug}:ratings`);
  const lives: { life: OrderLife; id: string }[] = [];

  plans.forEach((plan, index) => {
    const number = index + 1;
    const id = seedUuid(ctx.slug, "order", number);
    let comment: string | undefined;
    if (plan.duplicate) {
      // A second call about the same trouble: same flat, client and service as an order a little earlier.
      const source = plans
        .slice(0, index)
        .reverse()
        .find((p, back) => !p.duplicate && plan.createdAt - p.createdAt < 12 * HOUR && eligible(p.service, "duplicate") && back < 20);
      if (source) {
        Object.assign(plan, {
          service: source.service,
          place: source.place,
          executors: pickExecutors(ctx, source.service),
          channel: pickChannel(ctx, source.service, source.place),
        });
        comment = `Дубль заявки № ${plans.indexOf(source) + 1}`;
      } else comment = random.pick(CANCEL_COMMENTS);
    }
    const { service, place } = plan;
    const resident = plan.channel === "RESIDENT_APP";
    const creator = resident ? ({ kind: "RESIDENT" } as const) : ({ kind: "EMPLOYEE", employeeId: random.pick(ctx.dispatchers) } as const);
    const life = new OrderLife(service, plan.createdAt, creator, new Set(ctx.executorsByService.get(service.id)));
    // Mostly one dispatcher sees an order through; now and then a colleague on another shift.
    const main = creator.kind === "EMPLOYEE" && random.chance(0.6) ? creator.employeeId : random.pick(ctx.dispatchers);
    const dispatcher = () => (random.chance(0.75) ? main : random.pick(ctx.dispatchers));

    for (const step of plan.steps) {
      if (step.at > now) throw new Error(`seed: order ${number} has a step after now`);
      if (step.kind === "resident") {
        life.resident(step.at, step.to, step.comment);
        continue;
      }
      const resumeBy = step.resumeBy == null ? undefined : "at" in step.resumeBy ? step.resumeBy.at : ctx.zone.endOfDay(step.at + step.resumeBy.afterDays * DAY);
      life.save(step.at, step.by === "executor" ? plan.executors[0]! : dispatcher(), {
        executors: step.assign ? plan.executors : undefined,
        status: step.status,
        statusComment: plan.duplicate && step.status === "CANCELLED" ? comment : step.comment,
        resumeBy,
      });
    }
    life.runJobs(now);
    if (life.status !== plan.status) throw new Error(`seed: order ${number} ended ${life.status}, planned ${plan.status}`);

    const descriptionPool = DESCRIPTIONS[service.name];
    const description = descriptionPool && random.chance(resident ? 0.8 : 0.45) ? random.pick(descriptionPool) : null;
    out.orders.push({
      id,
      organizationId,
      number,
      channel: plan.channel,
      serviceId: service.id,
      departmentId: service.departmentId,
      buildingId: place.buildingId,
      premiseId: place.premiseId,
      clientId: place.clientId,
      description,
      formAnswers: formAnswers(ctx, service, place, plan.createdAt, life.status === "DONE" ? life.doneAt : null),
      status: life.status,
      statusComment: life.statusComment,
      resumeBy: date(life.resumeBy),
      createdByKind: resident ? "RESIDENT" : "EMPLOYEE",
      createdByEmployeeId: creator.kind === "EMPLOYEE" ? creator.employeeId : null,
      createdByClientId: resident ? place.clientId : null,
      createdAt: new Date(plan.createdAt),
      updatedAt: new Date(life.updatedAt),
      firstInProgressAt: date(life.firstInProgressAt),
      doneAt: date(life.doneAt),
      cancelledAt: date(life.cancelledAt),
      slaReactionMinutes: service.reactionMinutes,
      slaExecutionMinutes: service.executionMinutes,
      reactionDueAt: date(life.reactionDueAt),
      executionDueAt: date(life.executionDueAt),
      slaReaction: life.slaReaction,
      slaExecution: life.slaExecution,
      importantCommentUnseen: false,
      version: life.version,
      completions: life.completions.length,
      rating: rateOrder(rater, life, { organizationId, orderId: id, clientId: place.clientId, resident: place.usesApp || ctx.demoPlaces.includes(place), now }, out.orderRatings),
    });
    life.executors.forEach((employeeId, position) => out.orderExecutors.push({ organizationId, orderId: id, employeeId, position }));
    for (const job of life.jobs.values()) {
      out.jobs.push({
        organizationId,
        kind: SLA_CHECK_JOB,
        payload: { orderId: id },
        dedupeKey: slaCheckKey(job.key, id),
        runAt: new Date(job.runAt),
        createdAt: new Date(job.enqueuedAt),
      });
    }
    lives.push({ life, id });
  });

  // An executor left an important comment nobody has opened yet.
  const inWork = out.orders.filter((o) => o.status === "IN_PROGRESS" || o.status === "PAUSED");
  for (const order of shuffle(random, inWork).slice(0, options.count >= 100 ? 2 : 1)) order.importantCommentUnseen = true;

  const events = lives.flatMap(({ life, id }) => life.events.map((event) => ({ ...event, orderId: id })));
  out.orderEvents = events
    .map((event, sequence) => ({ event, sequence }))
    .sort((a, b) => a.event.createdAt - b.event.createdAt || a.sequence - b.sequence)
    .map(({ event }) => ({ ...event, organizationId, createdAt: new Date(event.createdAt) }));
  out.incidents = buildIncidents(ctx, out);
  return out;
}
