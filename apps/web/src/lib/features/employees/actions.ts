import { client } from "$lib/graphql/client";
import { employeeCreateInput, employeeUpdateInput, type EmployeeDraft } from "./draft";
import { EmployeeCreateMutation, EmployeeUpdateMutation } from "./queries";

/** Creates the employee (no id) or updates it; resolves to the saved employee or the error. */
export async function saveEmployee(id: string | null, draft: EmployeeDraft) {
  if (id) {
    const result = await client.mutation(EmployeeUpdateMutation, { id, input: employeeUpdateInput(draft) }).toPromise();
    return { employee: result.data?.employeeUpdate ?? null, error: result.error ?? null };
  }
  const result = await client.mutation(EmployeeCreateMutation, { input: employeeCreateInput(draft) }).toPromise();
  return { employee: result.data?.employeeCreate ?? null, error: result.error ?? null };
}
