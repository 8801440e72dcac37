import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { employeeCreateInput, employeeUpdateInput, type EmployeeDraft } from "./draft";
import { EmployeeCreateMutation, EmployeeUpdateMutation } from "./queries";

/** Creates the employee (no id) or updates it; the form shows a refusal at its fields. */
export async function saveEmployee(id: string | null, draft: EmployeeDraft) {
  if (id) return mapOutcome(await mutate(EmployeeUpdateMutation, { id, input: employeeUpdateInput(draft) }, { failure: false }), (data) => data.employeeUpdate);
  return mapOutcome(await mutate(EmployeeCreateMutation, { input: employeeCreateInput(draft) }, { failure: false }), (data) => data.employeeCreate);
}
