import { client } from "$lib/graphql/client";
import { serviceInput, type ServiceDraft } from "./draft";
import { ServiceCreateMutation, ServiceUpdateMutation } from "./queries";

/** Creates the service (no id) or updates it; resolves to the saved service or the error. */
export async function saveService(id: string | null, draft: ServiceDraft) {
  if (id) {
    const result = await client.mutation(ServiceUpdateMutation, { id, input: serviceInput(draft) }).toPromise();
    return { service: result.data?.serviceUpdate ?? null, error: result.error ?? null };
  }
  const result = await client.mutation(ServiceCreateMutation, { input: serviceInput(draft) }).toPromise();
  return { service: result.data?.serviceCreate ?? null, error: result.error ?? null };
}
