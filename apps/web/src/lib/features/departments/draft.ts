import type { DepartmentCreateInput, DepartmentDetailsFragment, DepartmentMemberFragment, DepartmentUpdateInput } from "$lib/graphql/generated/graphql";

/** The department form's state: the name and its members as shown (by name). */
export type DepartmentDraft = { name: string; members: DepartmentMemberFragment[] };

export function departmentDraft(department?: DepartmentDetailsFragment | null): DepartmentDraft {
  return { name: department?.name ?? "", members: department ? [...department.employees] : [] };
}

/** The members with `employee` added once, kept by name as the API lists them. */
export function withMember(members: readonly DepartmentMemberFragment[], employee: DepartmentMemberFragment): DepartmentMemberFragment[] {
  if (members.some((m) => m.id === employee.id)) return [...members];
  return [...members, employee].sort((a, b) => a.fullName.localeCompare(b.fullName, "ru") || a.id.localeCompare(b.id));
}

export function departmentCreateInput(draft: DepartmentDraft): DepartmentCreateInput {
  return { name: draft.name.trim(), employeeIds: draft.members.map((m) => m.id) };
}

/** The name and the whole member list, saved against the version the editor opened. */
export function departmentUpdateInput(draft: DepartmentDraft, version: number): DepartmentUpdateInput {
  return { ...departmentCreateInput(draft), version };
}
