import { zonedDay, zonedEndOfDay, zoneOffsetMs, type FormField, type OrderStatus, type ServiceKind } from "@domovoy/domain";
import type { orders } from "../../schema/index.js";
import type { Random } from "../random.js";

/** The shapes and time units the demo orders are planned in. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** How far back the demo history goes. */
export const HISTORY = 30 * DAY;

export type Channel = NonNullable<(typeof orders.$inferInsert)["channel"]>;
export type Outcome = "KEPT" | "BREACHED";

export type Service = {
  id: string;
  name: string;
  kind: ServiceKind;
  departmentId: string;
  reactionMinutes: number | null;
  executionMinutes: number | null;
  maxExecutors: number;
  residentMayReopen: boolean;
  documentRequiredToClose: boolean;
  checklistRequiredToClose: boolean;
  routingEnabled: boolean;
  orderForm: FormField[];
};

export type Place = {
  buildingId: string;
  premiseId: string;
  flat: number;
  /** Flats in the building: gives the entrance and floor of a flat. */
  flats: number;
  clientId: string;
  clientPhone: string;
  /** The client has signed in to the resident app at least once. */
  usesApp: boolean;
};

// Time-zone helpers: dates shown to people are days in the organization's zone

export function zone(timeZone: string) {
  const local = (at: number) => new Date(at + zoneOffsetMs(timeZone, at));
  return {
    hour: (at: number) => local(at).getUTCHours(),
    weekday: (at: number) => local(at).getUTCDay(),
    day: (at: number) => zonedDay(timeZone, at),
    /** The last millisecond of the day `at` falls on: what «Возобновить до» a date means in the web app. */
    endOfDay: (at: number) => zonedEndOfDay(timeZone, at),
  };
}
export type Zone = ReturnType<typeof zone>;

// An order's planned steps, played by OrderLife (life.ts)

export type Actor = "dispatcher" | "executor";

/** A resume-by date: the end of a day some days after the pause, or a fixed moment. */
export type ResumeBy = { afterDays: number } | { at: number };

export type Step =
  | { kind: "save"; at: number; by: Actor; assign?: boolean; status?: OrderStatus; comment?: string | null; resumeBy?: ResumeBy }
  | { kind: "resident"; at: number; to: OrderStatus; comment: string | null };

export type Plan = {
  status: OrderStatus;
  service: Service;
  place: Place;
  channel: Channel;
  /** Offsets from creation. */
  steps: Step[];
  createdAt: number;
  executors: string[];
  /** Cancelled as a duplicate of an earlier order (resolved once orders are numbered). */
  duplicate?: boolean;
};

/** One organization's material for building orders (context.ts). */
export type Context = {
  slug: string;
  organizationId: string;
  now: number;
  zone: Zone;
  random: Random;
  services: Service[];
  places: Place[];
  /** Places whose client uses the resident app. */
  appPlaces: Place[];
  /** Places of the demo residents: each gets a few orders. */
  demoPlaces: Place[];
  dispatchers: string[];
  executorsByService: Map<string, string[]>;
};
