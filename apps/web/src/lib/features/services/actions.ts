import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { serviceInput, type ServiceDraft } from "./draft";
import { ServiceCreateMutation, ServiceUpdateMutation } from "./queries";

/** Creates the service (no id) or updates it; the form shows a refusal at its fields. */
export async function saveService(id: string | null, draft: ServiceDraft) {
  if (id) return mapOutcome(await mutate(ServiceUpdateMutation, { id, input: serviceInput(draft) }, { failure: false }), (data) => data.serviceUpdate);
  return mapOutcome(await mutate(ServiceCreateMutation, { input: serviceInput(draft) }, { failure: false }), (data) => data.serviceCreate);
}
