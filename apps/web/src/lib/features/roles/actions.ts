import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { roleCreateInput, roleUpdateInput, type RoleDraft } from "./draft";
import { RoleCreateMutation, RoleUpdateMutation } from "./queries";

/** Creates the role (no `role`) or saves it against the version the form opened; the form shows refusals. */
export async function saveRole(role: { id: string; version: number } | null, draft: RoleDraft) {
  return role
    ? mapOutcome(await mutate(RoleUpdateMutation, { id: role.id, input: roleUpdateInput(draft, role.version) }, { failure: false }), (d) => d.roleUpdate)
    : mapOutcome(await mutate(RoleCreateMutation, { input: roleCreateInput(draft) }, { failure: false }), (d) => d.roleCreate);
}
