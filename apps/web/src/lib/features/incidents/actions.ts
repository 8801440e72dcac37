import type { IncidentCreateInput, IncidentManageInput, IncidentUpdateInput } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import { IncidentCreateMutation, IncidentManageMutation, IncidentUpdateMutation, OrderIncidentAttachMutation, OrderIncidentDetachMutation } from "./queries";

/** «Новый инцидент»: the form shows refusals at its fields. */
export async function createIncident(input: IncidentCreateInput) {
  return mapOutcome(await mutate(IncidentCreateMutation, { input }, { failure: { shownAt: "any" } }), (data) => data.incidentCreate);
}

/** «Изменить» on the card: the form shows refusals at its fields. */
export async function updateIncident(input: IncidentUpdateInput) {
  const result = await mutate(IncidentUpdateMutation, { input }, { failure: { shownAt: "any" }, success: { message: t("incidents.manage.saved"), testid: "incident-edit-saved" } });
  return mapOutcome(result, (data) => data.incidentUpdate);
}

/** The card's management block; DONE/CANCELLED closes the attached orders with it. */
export async function manageIncident(input: IncidentManageInput) {
  const result = await mutate(IncidentManageMutation, { input }, { failure: { shownAt: ["input.statusComment", "input.responsibleIds"] }, success: { message: t("incidents.manage.saved"), testid: "incident-manage-saved" } });
  return mapOutcome(result, (data) => data.incidentManage);
}

/** «Прикрепить к инциденту» for the selected orders. */
export async function attachOrders(incidentId: string, orderIds: string[]) {
  const result = await mutate(OrderIncidentAttachMutation, { incidentId, orderIds }, { success: { message: t("incidents.attached", { count: orderIds.length }), testid: "incident-attached" } });
  return mapOutcome(result, (data) => data.orderIncidentAttach);
}

/** «Открепить» the selected orders. */
export async function detachOrders(incidentId: string, orderIds: string[]) {
  const result = await mutate(OrderIncidentDetachMutation, { incidentId, orderIds }, { success: { message: t("incidents.detached", { count: orderIds.length }), testid: "incident-detached" } });
  return mapOutcome(result, (data) => data.orderIncidentDetach);
}
