import type { OrderChannel, OrderCreateInput, ServiceOptionFragment } from "$lib/graphql/generated/graphql";
import { t } from "$lib/i18n";
import { answerProblems, answersInput, emptyPlace, type Answers, type PlaceDraft } from "./draft";

/**
 * «Новое обращение» as both forms hold it (the desk's and the employee app's): the same fields,
 * the same checks before sending, the same input to `orderCreate`.
 */
export type NewOrderDraft = {
  channel: OrderChannel;
  place: PlaceDraft;
  service: ServiceOptionFragment | null;
  answers: Answers;
  description: string;
  /** An open incident the order joins at once (§8 (1)); "" for none. */
  incidentId: string;
};

export function emptyNewOrder(channel: OrderChannel): NewOrderDraft {
  return { channel, place: emptyPlace(), service: null, answers: {}, description: "", incidentId: "" };
}

/** Answers belong to the service's fields: kept where the new service has the same key, a checkbox starts unticked. */
export function answersForService(service: ServiceOptionFragment | null, answers: Answers): Answers {
  return Object.fromEntries((service?.orderForm ?? []).map((f) => [f.key, answers[f.key] ?? (f.type === "CHECKBOX" ? "false" : "")]));
}

/** What the API would refuse anyway, by input path: the building, the service and the service's required fields. */
export function newOrderProblems(draft: Pick<NewOrderDraft, "place" | "service" | "answers">): Record<string, string> {
  const found: Record<string, string> = {};
  if (!draft.place.building) found["input.buildingId"] = t("common.required");
  if (!draft.service) found["input.serviceId"] = t("common.required");
  for (const [path, key] of Object.entries(answerProblems(draft.service?.orderForm ?? [], draft.answers))) found[path] = t(key);
  return found;
}

/** The mutation's input; call after `newOrderProblems` found nothing (the service and building are set). */
export function newOrderInput(draft: NewOrderDraft, extra: { callId?: string | null; idempotencyKey?: string | null } = {}): OrderCreateInput {
  const { place, service } = draft;
  return {
    channel: draft.channel,
    serviceId: service!.id,
    buildingId: place.building!.id,
    premiseId: place.premise?.id ?? null,
    clientId: place.client?.id ?? null,
    withoutClient: !place.client && place.withoutClient === true,
    description: draft.description.trim() || null,
    formAnswers: answersInput(service!.orderForm, draft.answers),
    incidentId: draft.incidentId || null,
    callId: extra.callId ?? null,
    idempotencyKey: extra.idempotencyKey ?? null,
  };
}
