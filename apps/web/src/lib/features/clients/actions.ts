import type { ClientUpdateInput } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { ClientUpdateMutation } from "./queries";

/** The client's tags and note; the form shows a refusal itself. */
export async function updateClient(id: string, input: ClientUpdateInput) {
  return mapOutcome(await mutate(ClientUpdateMutation, { id, input }, { failure: false }), (data) => data.clientUpdate);
}
