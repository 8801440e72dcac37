import { parseFormAnswers, type FormField } from "@domovoy/domain";
import type { FormAnswers } from "../../schema/index.js";
import { between, shuffle, weighted } from "../random.js";
import { DAY, HISTORY, type Channel, type Context, type Place, type Plan, type Service } from "./model.js";
import { eligible, path, scenarios, STATUS_OF, type Scenario } from "./scenarios.js";
import { CHANNEL_WEIGHTS, SERVICE_WEIGHTS, TEXT_ANSWERS } from "./texts.js";

/** An age in [lo, hi], mostly with creation in the daytime of the organization's zone. */
export function pickAge(ctx: Context, [lo, hi]: [number, number]): number {
  const top = Math.max(lo, Math.min(hi, HISTORY));
  let age = between(ctx.random, lo, top);
  for (let attempt = 0; attempt < 8 && ctx.zone.hour(ctx.now - age) < 7 && ctx.random.chance(0.85); attempt++) {
    age = between(ctx.random, lo, top);
  }
  // Whole seconds (steps too): a deadline is then either `now` itself or a second or more away from
  // it, never in the second between a deadline and its check job, where the recorded outcome lags.
  return Math.ceil(age / 1000) * 1000;
}

export function pickService(ctx: Context, scenario: Scenario): Service {
  // Emergencies are taken to work within minutes: what waits in «Новые» for hours is the slower kind.
  const waits = (s: Service) => (scenario === "pending" && s.reactionMinutes != null ? Math.min(1, s.reactionMinutes / 240) : 1);
  const candidates = ctx.services.filter((s) => eligible(s, scenario)).map((s) => [s, (SERVICE_WEIGHTS[s.name] ?? 2) * waits(s)] as const);
  return weighted(ctx.random, candidates);
}

export function pickExecutors(ctx: Context, service: Service): string[] {
  const pool = shuffle(ctx.random, [...ctx.executorsByService.get(service.id)!]);
  const count = Math.min(service.maxExecutors, 2) >= 2 && ctx.random.chance(0.25) ? 2 : 1;
  return pool.slice(0, Math.min(count, pool.length));
}

/** How the order came in; the resident app only for residents who use it. */
export function pickChannel(ctx: Context, service: Service, place: Place | null): Channel {
  const channel = weighted(ctx.random, CHANNEL_WEIGHTS);
  if (channel === "RESIDENT_APP" && place && !place.usesApp) return "INCOMING_CALL";
  if (channel === "INTERNAL" && service.kind !== "STANDARD") return "INCOMING_CALL";
  return channel;
}

/** Answers for the service's order form, as the API stores them (parsed from the typed text). */
export function formAnswers(ctx: Context, service: Service, place: Place, createdAt: number, doneAt: number | null): FormAnswers {
  const { random, zone } = ctx;
  const perEntrance = 36;
  const entrances = Math.max(1, Math.ceil(place.flats / perEntrance));
  const entrance = Math.min(entrances, Math.floor((place.flat - 1) / perEntrance) + 1);
  const floor = Math.floor(((place.flat - 1) % perEntrance) / 4) + 1;
  const nextReceptionDay = (from: number) => {
    let at = from + DAY;
    while (![2, 4].includes(zone.weekday(at))) at += DAY;
    return zone.day(at);
  };
  const text = (key: string) => random.pick(TEXT_ANSWERS[`${service.name}:${key}`] ?? ["Подробности уточнить у жителя"]);
  const value = (field: FormField): string => {
    switch (field.key) {
      case "entrance":
        return String(entrance);
      case "floor":
        return String(service.name === "Замена лампы в подъезде" && random.chance(0.5) ? random.int(1, 9) : floor);
      case "flooding":
        return String(random.chance(0.15));
      case "peopleInside":
        return String(random.chance(0.08));
      case "lift":
        return random.chance(0.8) ? "Пассажирский" : "Грузовой";
      case "neighbour":
        return String(place.flat + 4 <= place.flats ? place.flat + 4 : Math.max(1, place.flat - 4));
      case "count":
        return String(random.int(1, 4));
      case "area":
        return String(random.int(28, 120));
      case "date":
        return doneAt != null ? zone.day(doneAt) : nextReceptionDay(Math.max(createdAt, ctx.now));
      case "startDate":
        return zone.day(createdAt + random.int(7, 30) * DAY);
      case "preferredDate":
        return zone.day(createdAt + random.int(1, 10) * DAY);
    }
    switch (field.type) {
      case "SELECT":
        return random.pick(field.options);
      case "CHECKBOX":
        return String(random.chance(0.5));
      case "NUMBER":
        return String(random.int(1, 5));
      case "DATE":
        return zone.day(createdAt + random.int(1, 7) * DAY);
      case "TEXT":
        return text(field.key);
    }
  };
  const inputs = service.orderForm.filter((field) => field.required || random.chance(0.55)).map((field) => ({ key: field.key, value: value(field) }));
  const { answers, problems } = parseFormAnswers(service.orderForm, inputs);
  if (problems.length) throw new Error(`seed: form answers of ${service.name}: ${JSON.stringify(problems)}`);
  return answers;
}

export function planOrders(ctx: Context, total: number): Plan[] {
  const { random } = ctx;
  const list = scenarios(random, total);
  const perResident = total >= 100 ? 3 : 2;
  const demo = shuffle(random, Array.from({ length: perResident }, () => ctx.demoPlaces).flat());
  const plans = list.map((scenario, index) => {
    const service = pickService(ctx, scenario);
    const demoPlace = index < demo.length ? demo[index]! : null;
    const channel = pickChannel(ctx, service, demoPlace);
    const place = demoPlace ?? random.pick(channel === "RESIDENT_APP" ? ctx.appPlaces : ctx.places);
    const { steps, ages } = path(ctx, scenario, service, place);
    const createdAt = ctx.now - pickAge(ctx, ages);
    return {
      status: STATUS_OF[scenario],
      service,
      place,
      channel,
      steps: steps.map((step) => ({ ...step, at: createdAt + Math.round(step.at / 1000) * 1000 })),
      createdAt,
      executors: pickExecutors(ctx, service),
      duplicate: scenario === "duplicate",
    } satisfies Plan;
  });
  return plans.sort((a, b) => a.createdAt - b.createdAt);
}
