/** What a role may do. Stored as text in roles.permissions; the API's policy is the only reader. */
export const PERMISSIONS = [
  /** See every order of the organization (without it: only orders the employee executes). */
  "ORDERS_READ_ALL",
  "ORDERS_CREATE",
  /** Change status, executors and base data of orders. */
  "ORDERS_MANAGE",
  "CLIENTS_MANAGE",
  "BUILDINGS_MANAGE",
  "SERVICES_MANAGE",
  "EMPLOYEES_MANAGE",
  "ROLES_MANAGE",
  "REPORTS_EXPORT",
  "DASHBOARD_VIEW",
  "INCIDENTS_MANAGE",
  "INVOICES_MANAGE",
  "REFUNDS_MANAGE",
  "INTEGRATIONS_MANAGE",
  /** The call journal, calls of orders and their recordings (personal data: staff only). */
  "CALLS_READ",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/** The three roles every organization starts with. */
export const DEFAULT_ROLE_PERMISSIONS = {
  Administrator: [...PERMISSIONS],
  Dispatcher: [
    "ORDERS_READ_ALL",
    "ORDERS_CREATE",
    "ORDERS_MANAGE",
    "CLIENTS_MANAGE",
    "REPORTS_EXPORT",
    "DASHBOARD_VIEW",
    "INCIDENTS_MANAGE",
    "INVOICES_MANAGE",
    "CALLS_READ",
  ],
  Executor: ["ORDERS_CREATE"],
} satisfies Record<string, Permission[]>;
