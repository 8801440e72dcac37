export type WorkloadLevel = "GREEN" | "YELLOW" | "RED";

/** Open orders assigned to an executor → the colour of the indicator (§17): ≤5, 6–10, ≥11. */
export function workloadLevel(openOrders: number): WorkloadLevel {
  if (openOrders <= 5) return "GREEN";
  if (openOrders <= 10) return "YELLOW";
  return "RED";
}

export const MAX_EXECUTORS_LIMIT = 4;
