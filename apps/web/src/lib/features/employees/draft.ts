import type { EmployeeCreateInput, EmployeeListItemFragment, EmployeeUpdateInput } from "$lib/graphql/generated/graphql";

/** The employee form's state: text inputs hold strings, empty means "not set". */
export type EmployeeDraft = {
  fullName: string;
  email: string;
  phone: string;
  position: string;
  roleId: string;
  departmentIds: string[];
  active: boolean;
  /** PBX extension; empty clears it. Saved by its own mutation (`extensionChange`). */
  extension: string;
  /** Empty keeps the current password (or, for a new employee, leaves them unable to sign in). */
  password: string;
};

export function employeeDraft(employee?: EmployeeListItemFragment | null): EmployeeDraft {
  return {
    fullName: employee?.fullName ?? "",
    email: employee?.email ?? "",
    phone: employee?.phone ?? "",
    position: employee?.position ?? "",
    roleId: employee?.role.id ?? "",
    departmentIds: employee?.departments.map((d) => d.id) ?? [],
    active: employee?.active ?? true,
    extension: employee?.extension ?? "",
    password: "",
  };
}

/** The extension to send after the employee is saved, or undefined when it did not change. */
export function extensionChange(draft: EmployeeDraft, employee?: EmployeeListItemFragment | null): string | null | undefined {
  const next = draft.extension.trim();
  const before = employee?.extension ?? "";
  return next === before ? undefined : next || null;
}

const orNull = (value: string) => value.trim() || null;

export function employeeCreateInput(draft: EmployeeDraft): EmployeeCreateInput {
  return {
    fullName: draft.fullName.trim(),
    email: draft.email.trim(),
    phone: orNull(draft.phone),
    position: orNull(draft.position),
    roleId: draft.roleId,
    departmentIds: draft.departmentIds,
    active: draft.active,
    ...(draft.password ? { password: draft.password } : {}),
  };
}

export function employeeUpdateInput(draft: EmployeeDraft): EmployeeUpdateInput {
  return {
    fullName: draft.fullName.trim(),
    email: draft.email.trim(),
    phone: orNull(draft.phone),
    position: orNull(draft.position),
    roleId: draft.roleId,
    departmentIds: draft.departmentIds,
    active: draft.active,
    ...(draft.password ? { password: draft.password } : {}),
  };
}
