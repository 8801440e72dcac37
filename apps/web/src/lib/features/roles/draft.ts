import type { Permission, RoleCreateInput, RoleDetailsFragment, RoleUpdateInput } from "$lib/graphql/generated/graphql";
import { ALL_PERMISSIONS } from "./permissions";

/** The role form's state. Notification settings are flat: the lists empty mean «все». */
export type RoleDraft = {
  name: string;
  description: string;
  permissions: Permission[];
  newOrders: boolean;
  serviceIds: string[];
  departmentIds: string[];
  chatMessages: boolean;
  importantComments: boolean;
  refundRequests: boolean;
};

/** A role's draft; a new role starts with no permissions and the API's notification defaults. */
export function roleDraft(role?: RoleDetailsFragment | null): RoleDraft {
  const n = role?.notificationSettings;
  return {
    name: role?.name ?? "",
    description: role?.description ?? "",
    permissions: role ? [...role.permissions] : [],
    newOrders: n?.newOrders ?? false,
    serviceIds: n ? [...n.serviceIds] : [],
    departmentIds: n ? [...n.departmentIds] : [],
    chatMessages: n?.chatMessages ?? true,
    importantComments: n?.importantComments ?? true,
    refundRequests: n?.refundRequests ?? false,
  };
}

/** Adds or removes one id of a list (a checkbox), keeping the rest in order. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((x) => x !== value);
  return on ? [...without, value] : without;
}

/** Every field the form shows; permissions in the form's order, each once. */
export function roleCreateInput(draft: RoleDraft): RoleCreateInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    permissions: ALL_PERMISSIONS.filter((p) => draft.permissions.includes(p)),
    notificationSettings: {
      newOrders: draft.newOrders,
      serviceIds: draft.serviceIds,
      departmentIds: draft.departmentIds,
      chatMessages: draft.chatMessages,
      importantComments: draft.importantComments,
      refundRequests: draft.refundRequests,
    },
  };
}

/** The same fields, saved against the version the editor opened (an older one is a CONFLICT). */
export function roleUpdateInput(draft: RoleDraft, version: number): RoleUpdateInput {
  return { ...roleCreateInput(draft), version };
}
