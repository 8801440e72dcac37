import type { Permission } from "@domovoy/domain";

/** Without these an organization can end up with nobody able to manage staff or roles. */
export const GUARDED_PERMISSIONS = ["ROLES_MANAGE", "EMPLOYEES_MANAGE"] as const satisfies readonly Permission[];

export type SelfEditReason = "SELF_DEACTIVATION" | "SELF_LOCKOUT";

export type SelfEditProblem = { reason: SelfEditReason; field: string; message: string };

export type SelfEdit = {
  /** The change touches the viewer's own account (their employee row, or the role they hold). */
  self: boolean;
  /** The change sets `active` to false. */
  deactivates: boolean;
  /** Permissions the viewer holds now. */
  held: ReadonlySet<Permission>;
  /** Permissions the viewer would hold afterwards; null when the change leaves them as they are. */
  next: readonly Permission[] | null;
  /** Input field that carries the permission change. */
  permissionsField: string;
};

/** An employee may not switch themself off or take away their own right to manage staff and roles. */
export function selfEditProblem(edit: SelfEdit): SelfEditProblem | null {
  if (!edit.self) return null;
  if (edit.deactivates) {
    return { reason: "SELF_DEACTIVATION", field: "input.active", message: "Нельзя отключить собственную учётную запись" };
  }
  if (edit.next) {
    const next = new Set(edit.next);
    const lost = GUARDED_PERMISSIONS.filter((p) => edit.held.has(p) && !next.has(p));
    if (lost.length > 0) {
      return {
        reason: "SELF_LOCKOUT",
        field: edit.permissionsField,
        message: `Нельзя лишить себя прав: ${lost.join(", ")}`,
      };
    }
  }
  return null;
}
