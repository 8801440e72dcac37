import type { Permission } from "@domovoy/domain";
import { forbidden, unauthenticated } from "../errors.js";
import type { AuthenticatedViewer, EmployeeViewer, IntegrationViewer, ResidentViewer, Viewer } from "./viewer.js";

/**
 * The one place that decides who may do what. Resolvers declare an `Access` rule with
 * `@Authorized(...)`; services call the `require*` helpers for rules that need the target row.
 */
export type Access =
  /** Any signed-in viewer of any kind. */
  | "AUTHENTICATED"
  /** Any employee, whatever the role. */
  | "EMPLOYEE"
  | "RESIDENT"
  | "INTEGRATION"
  | Permission;

export function requireAuthenticated(viewer: Viewer): AuthenticatedViewer {
  if (viewer.kind === "ANONYMOUS") throw unauthenticated();
  return viewer;
}

export function requireEmployee(viewer: Viewer): EmployeeViewer {
  const v = requireAuthenticated(viewer);
  if (v.kind !== "EMPLOYEE") throw forbidden("Доступно только сотрудникам");
  return v;
}

export function requireResident(viewer: Viewer): ResidentViewer {
  const v = requireAuthenticated(viewer);
  if (v.kind !== "RESIDENT") throw forbidden("Доступно только жителям");
  return v;
}

export function requireIntegration(viewer: Viewer): IntegrationViewer {
  const v = requireAuthenticated(viewer);
  if (v.kind !== "INTEGRATION") throw forbidden("Доступно только интеграциям");
  return v;
}

export function hasPermission(viewer: Viewer, permission: Permission): boolean {
  return viewer.kind === "EMPLOYEE" && viewer.permissions.has(permission);
}

export function requirePermission(viewer: Viewer, permission: Permission): EmployeeViewer {
  const v = requireEmployee(viewer);
  if (!v.permissions.has(permission)) throw forbidden();
  return v;
}

/** Passes when the viewer satisfies at least one of the rules (like `@Authorized("A", "B")`). */
export function requireAccess(viewer: Viewer, rules: readonly Access[]): AuthenticatedViewer {
  const v = requireAuthenticated(viewer);
  if (rules.length === 0) return v;
  const ok = rules.some((rule) => {
    switch (rule) {
      case "AUTHENTICATED":
        return true;
      case "EMPLOYEE":
      case "RESIDENT":
      case "INTEGRATION":
        return v.kind === rule;
      default:
        return hasPermission(v, rule);
    }
  });
  if (!ok) throw forbidden();
  return v;
}

export function organizationOf(viewer: Viewer): string {
  return requireAuthenticated(viewer).organizationId;
}
