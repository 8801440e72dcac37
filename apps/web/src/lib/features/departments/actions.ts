import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { departmentCreateInput, departmentUpdateInput, type DepartmentDraft } from "./draft";
import { DepartmentCreateMutation, DepartmentUpdateMutation } from "./queries";

/** Creates the department (no `department`) or saves it against the version the form opened. */
export async function saveDepartment(department: { id: string; version: number } | null, draft: DepartmentDraft) {
  return department
    ? mapOutcome(
        await mutate(DepartmentUpdateMutation, { id: department.id, input: departmentUpdateInput(draft, department.version) }, { failure: false }),
        (d) => d.departmentUpdate,
      )
    : mapOutcome(await mutate(DepartmentCreateMutation, { input: departmentCreateInput(draft) }, { failure: false }), (d) => d.departmentCreate);
}
