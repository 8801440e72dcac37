import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { t } from "$lib/i18n";
import { IntegrationTokenCreateMutation, IntegrationTokenRevokeMutation } from "./queries";

/** Issues a partner token; a refusal of its name stays at the name field. */
export async function createIntegrationToken(name: string) {
  const result = await mutate(IntegrationTokenCreateMutation, { name }, { failure: { testid: "integration-error", shownAt: ["name"] } });
  return mapOutcome(result, (data) => data.integrationTokenCreate);
}

export async function revokeIntegrationToken(token: { id: string; name: string }) {
  const result = await mutate(
    IntegrationTokenRevokeMutation,
    { id: token.id },
    { failure: { testid: "integration-error" }, success: { message: t("integrations.revoked", { name: token.name }), testid: "integration-revoked" } },
  );
  return mapOutcome(result, (data) => data.integrationTokenRevoke);
}
