import type { Permission } from "$lib/graphql/generated/graphql";

/** An area of the app and the permissions that open it, in the order the role form shows them. */
export type PermissionGroup = { id: string; permissions: readonly Permission[] };

/**
 * Every permission exactly once, grouped by the part of the app it opens. Chat has no permission of
 * its own: whoever reads an order reads its chat, so it sits with the orders.
 */
export const PERMISSION_GROUPS = [
  { id: "orders", permissions: ["ORDERS_READ_ALL", "ORDERS_CREATE", "ORDERS_MANAGE"] },
  { id: "clients", permissions: ["CLIENTS_MANAGE"] },
  { id: "incidents", permissions: ["INCIDENTS_MANAGE"] },
  { id: "calls", permissions: ["CALLS_READ"] },
  { id: "money", permissions: ["INVOICES_MANAGE", "REFUNDS_MANAGE"] },
  { id: "analytics", permissions: ["DASHBOARD_VIEW", "REPORTS_EXPORT"] },
  { id: "directory", permissions: ["SERVICES_MANAGE", "BUILDINGS_MANAGE", "EMPLOYEES_MANAGE", "ROLES_MANAGE", "INTEGRATIONS_MANAGE"] },
] as const satisfies readonly PermissionGroup[];

type Grouped = (typeof PERMISSION_GROUPS)[number]["permissions"][number];
// A permission added to the API and left out of the groups fails the typecheck here.
const everyPermissionGrouped: [Exclude<Permission, Grouped>] extends [never] ? true : never = true;
void everyPermissionGrouped;

/** The grouped permissions in form order: the canonical order a role's list is compared in. */
export const ALL_PERMISSIONS: readonly Permission[] = PERMISSION_GROUPS.flatMap((g) => g.permissions);
