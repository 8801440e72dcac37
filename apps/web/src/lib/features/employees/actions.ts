import { mapOutcome, mutate } from "$lib/graphql/mutate";
import type { EmployeeListItemFragment } from "$lib/graphql/generated/graphql";
import { employeeCreateInput, employeeUpdateInput, extensionChange, type EmployeeDraft } from "./draft";
import { EmployeeCreateMutation, EmployeeExtensionSetMutation, EmployeeUpdateMutation } from "./queries";

/**
 * Creates the employee (no id) or updates it, then sets the PBX extension if it changed; the form
 * shows a refusal at its fields (the extension's at `extension`).
 */
export async function saveEmployee(id: string | null, draft: EmployeeDraft, before: EmployeeListItemFragment | null = null) {
  const saved = id
    ? mapOutcome(await mutate(EmployeeUpdateMutation, { id, input: employeeUpdateInput(draft) }, { failure: false }), (data) => data.employeeUpdate)
    : mapOutcome(await mutate(EmployeeCreateMutation, { input: employeeCreateInput(draft) }, { failure: false }), (data) => data.employeeCreate);
  if (!saved.ok) return saved;
  const extension = extensionChange(draft, before);
  if (extension === undefined) return saved;
  return mapOutcome(await mutate(EmployeeExtensionSetMutation, { id: saved.data.id, extension }, { failure: false }), (data) => data.employeeExtensionSet);
}
