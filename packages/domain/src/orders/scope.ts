import type { Permission } from "../permissions.js";

/**
 * Which orders a viewer may see, as data: the repositories turn it into SQL, `scopeAdmits` checks
 * one order already read. Staff with ORDERS_READ_ALL see the organization's orders, other staff their
 * own — the orders they execute and those they created (an executor who raises an order in the
 * employee app follows it, adds its photos); a resident their own; integrations and anonymous
 * callers none.
 */
export type OrderScope =
  | { kind: "ALL" }
  /** The orders the employee executes or created. */
  | { kind: "OWN"; employeeId: string }
  | { kind: "CLIENT"; clientId: string }
  | { kind: "NONE" };

/** The parts of a viewer the rule reads (the API's Viewer fits). */
export type ScopeViewer =
  | { kind: "EMPLOYEE"; employeeId: string; permissions: ReadonlySet<Permission> }
  | { kind: "RESIDENT"; clientId: string }
  | { kind: "INTEGRATION" | "ANONYMOUS" };

export function orderScope(viewer: ScopeViewer): OrderScope {
  switch (viewer.kind) {
    case "EMPLOYEE":
      return viewer.permissions.has("ORDERS_READ_ALL") ? { kind: "ALL" } : { kind: "OWN", employeeId: viewer.employeeId };
    case "RESIDENT":
      return { kind: "CLIENT", clientId: viewer.clientId };
    default:
      return { kind: "NONE" };
  }
}

/**
 * Whether the scope admits one order. `ownerIds` (the order's executors and the employee who created
 * it) is asked for only when the scope depends on it, so the common cases cost no query.
 */
export async function scopeAdmits(
  scope: OrderScope,
  order: { clientId: string | null },
  ownerIds: () => Promise<readonly string[]> | readonly string[],
): Promise<boolean> {
  switch (scope.kind) {
    case "ALL":
      return true;
    case "CLIENT":
      return order.clientId === scope.clientId;
    case "OWN":
      return (await ownerIds()).includes(scope.employeeId);
    case "NONE":
      return false;
  }
}

/**
 * Which clients a viewer may see, as the order scope whose orders' clients are visible (ALL: every
 * client of the organization). Staff who read every order or manage clients see them all; other
 * staff the clients of their own orders (executed or created); a resident only themselves.
 */
export function clientScope(viewer: ScopeViewer): OrderScope {
  if (viewer.kind === "EMPLOYEE" && viewer.permissions.has("CLIENTS_MANAGE")) return { kind: "ALL" };
  return orderScope(viewer);
}
