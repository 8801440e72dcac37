import { describe, expect, it } from "vitest";
import type { DepartmentDetailsFragment, DepartmentMemberFragment } from "$lib/graphql/generated/graphql";
import { departmentCreateInput, departmentDraft, departmentUpdateInput, withMember } from "./draft";

const member = (id: string, fullName: string) => ({ id, fullName, position: null, active: true }) as DepartmentMemberFragment;

describe("department draft", () => {
  it("copies the department and sends the trimmed name, every member and the version it opened", () => {
    const department = { id: "d1", name: "Клининг", version: 3, employees: [member("e1", "Алексеев")] } as unknown as DepartmentDetailsFragment;
    const draft = { ...departmentDraft(department), name: " Клининг и озеленение " };
    expect(departmentUpdateInput(draft, 3)).toEqual({ name: "Клининг и озеленение", employeeIds: ["e1"], version: 3 });
    expect(departmentCreateInput(departmentDraft())).toEqual({ name: "", employeeIds: [] });
  });

  it.each([
    ["adds by name", ["Борисов", "Яковлев"], "Иванов", ["Борисов", "Иванов", "Яковлев"]],
    ["adds at the start", ["Борисов"], "Акимов", ["Акимов", "Борисов"]],
    ["keeps a member once", ["Борисов", "Иванов"], "Иванов", ["Борисов", "Иванов"]],
  ])("withMember %s", (_name, names, added, expected) => {
    const members = names.map((n) => member(n, n));
    expect(withMember(members, member(added, added)).map((m) => m.fullName)).toEqual(expected);
  });
});
