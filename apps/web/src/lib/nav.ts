import type { MessageKey } from "$lib/i18n";

/**
 * Addresses of the app's pages, typed as SvelteKit pathnames so `resolve(paths.x)` checks them
 * against the routes (the linter wants every internal link to go through `resolve`).
 */
export const paths = {
  home: "/exploitation/dispatcher/orders",
  login: "/login",
  orders: "/exploitation/dispatcher/orders",
  ordersAll: "/exploitation/dispatcher/orders?tab=all",
  orderNew: "/exploitation/dispatcher/orders/new",
  order: (number: number | string): `/exploitation/dispatcher/orders/${string}` => `/exploitation/dispatcher/orders/${encodeURIComponent(String(number))}`,
  myOrders: "/exploitation/dispatcher/my-orders",
  incidents: "/exploitation/dispatcher/incidents",
  incidentNew: "/exploitation/dispatcher/incidents/new",
  incident: (id: string): `/exploitation/dispatcher/incidents/${string}` => `/exploitation/dispatcher/incidents/${encodeURIComponent(id)}`,
  calls: "/exploitation/dispatcher/calls",
  clients: "/clients",
  client: (id: string): `/clients/${string}` => `/clients/${encodeURIComponent(id)}`,
  directory: "/directory",
  services: "/directory/services",
  serviceNew: "/directory/services/new",
  service: (id: string): `/directory/services/${string}` => `/directory/services/${encodeURIComponent(id)}`,
  employees: "/directory/employees",
  employeeNew: "/directory/employees/new",
  employee: (id: string): `/directory/employees/${string}` => `/directory/employees/${encodeURIComponent(id)}`,
  buildings: "/directory/buildings",
  roles: "/directory/roles",
  roleNew: "/directory/roles/new",
  role: (id: string): `/directory/roles/${string}` => `/directory/roles/${encodeURIComponent(id)}`,
  departments: "/directory/departments",
  departmentNew: "/directory/departments/new",
  department: (id: string): `/directory/departments/${string}` => `/directory/departments/${encodeURIComponent(id)}`,
  building: (id: string): `/directory/buildings/${string}` => `/directory/buildings/${encodeURIComponent(id)}`,
  premise: (id: string): `/directory/premises/${string}` => `/directory/premises/${encodeURIComponent(id)}`,
  replyTemplates: "/directory/reply-templates",
  integrations: "/directory/integrations",
  buildingPremises: (id: string): `/directory/buildings/${string}/premises` => `/directory/buildings/${encodeURIComponent(id)}/premises`,
  quarters: "/directory/quarters",
  objectGroups: "/directory/object-groups",
  legalEntities: "/directory/legal-entities",
  dashboard: "/dashboard",
} as const;

import type { IconName } from "$lib/components/icons";
import type { Pathname } from "$app/types";
import type { Permission } from "$lib/graphql/generated/graphql";

export type NavItem = {
  /** Stable id, also the data-testid suffix: `nav-<id>`. */
  id: string;
  label: MessageKey;
  href: Pathname;
  icon: IconName;
  /** A live counter slot; the orders feature fills it with the New count. */
  badge?: "ordersNew";
  children?: NavItem[];
  /** Shown only to employees with this permission. */
  permission?: Permission;
};

/** A section of the sidebar; without a label it is set off by a divider only. */
export type NavGroup = { id: string; label?: MessageKey; items: NavItem[] };

export const navigation: NavGroup[] = [
  {
    id: "requests",
    label: "nav.group.requests",
    items: [
      { id: "orders", label: "nav.orders", href: paths.orders, icon: "inbox", badge: "ordersNew" },
      { id: "my-orders", label: "nav.myOrders", href: paths.myOrders, icon: "user-check" },
      { id: "incidents", label: "nav.incidents", href: paths.incidents, icon: "alert" },
      { id: "calls", label: "nav.calls", href: paths.calls, icon: "phone", permission: "CALLS_READ" },
    ],
  },
  {
    id: "analytics",
    items: [{ id: "dashboard", label: "nav.dashboard", href: paths.dashboard, icon: "bar-chart", permission: "DASHBOARD_VIEW" }],
  },
  {
    id: "data",
    items: [
      { id: "clients", label: "nav.clients", href: paths.clients, icon: "users" },
      {
        id: "directory",
        label: "nav.directory",
        href: paths.directory,
        icon: "book",
        children: [
          { id: "services", label: "nav.services", href: paths.services, icon: "wrench" },
          { id: "employees", label: "nav.employees", href: paths.employees, icon: "id-card" },
          { id: "departments", label: "nav.departments", href: paths.departments, icon: "users" },
          { id: "roles", label: "nav.roles", href: paths.roles, icon: "key", permission: "ROLES_MANAGE" },
          { id: "buildings", label: "nav.buildings", href: paths.buildings, icon: "building" },
          { id: "quarters", label: "nav.quarters", href: paths.quarters, icon: "map", permission: "BUILDINGS_MANAGE" },
          { id: "object-groups", label: "nav.objectGroups", href: paths.objectGroups, icon: "layers", permission: "BUILDINGS_MANAGE" },
          { id: "legal-entities", label: "nav.legalEntities", href: paths.legalEntities, icon: "briefcase", permission: "BUILDINGS_MANAGE" },
          { id: "reply-templates", label: "nav.replyTemplates", href: paths.replyTemplates, icon: "template" },
          { id: "integrations", label: "nav.integrations", href: paths.integrations, icon: "key", permission: "INTEGRATIONS_MANAGE" },
        ],
      },
    ],
  },
];

/**
 * The sidebar a viewer sees: only the items their permissions open, at every level (a child such as
 * «Интеграции» under «Справочники» included), and no group left empty. An executor never sees a
 * page that would answer «Недостаточно прав».
 */
export function visibleNavigation(groups: NavGroup[], permissions: readonly Permission[]): NavGroup[] {
  const allowed = (item: NavItem) => !item.permission || permissions.includes(item.permission);
  const prune = (items: NavItem[]): NavItem[] =>
    items.filter(allowed).map((item) => (item.children ? { ...item, children: prune(item.children) } : item));
  return groups.map((group) => ({ ...group, items: prune(group.items) })).filter((group) => group.items.length > 0);
}

/** True when `pathname` is `href` or below it. */
export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
