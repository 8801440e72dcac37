import type { OrderStatus } from "$lib/graphql/generated/graphql";

/** The status chips' colours (app.css), strong enough to fill a chart. */
export const STATUS_COLORS: Record<OrderStatus, string> = {
  PENDING: "#d1352b",
  IN_PROGRESS: "#2f5bea",
  DONE: "#1f9d55",
  PAUSED: "#8a93a1",
  CANCELLED: "#d9a400",
  REOPENED: "#8340d6",
  APPROVAL: "#0e8a9a",
  NEEDS_CLARIFICATION: "#e0701a",
};

export const CREATED_COLOR = "#2f5bea";
export const DONE_COLOR = "#1f9d55";

/** Kept % → green from 90, yellow from 70, red below. */
export function percentColor(percent: number): string {
  if (percent >= 90) return "#1f9d55";
  if (percent >= 70) return "#d9a400";
  return "#d1352b";
}

/** 1 → red … 5 → green. */
export const RATING_COLORS = ["#d1352b", "#e0701a", "#d9a400", "#7cb342", "#1f9d55"];

/** A «nice» upper bound for an axis: 1, 2, 5 × 10^n at or above the value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
