import type { CombinedError } from "@urql/core";
import { client } from "$lib/graphql/client";
import type { ResidentMeQuery as ResidentMeData } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { closeRealtime } from "$lib/graphql/realtime.svelte";
import { AuthLogoutMutation } from "$lib/features/session/queries";
import { ResidentCodeRequestMutation, ResidentLoginMutation, ResidentMeQuery } from "./queries";
import { residentPaths } from "./paths";
import { disablePush } from "$lib/features/push/push";
import { forget } from "$lib/pwa/idb";

export type ResidentMe = ResidentMeData["me"];
export type ResidentClientData = NonNullable<ResidentMe["client"]>;
export type OrganizationChoice = { id: string; name: string };

/** Who is signed in, as the resident app asks it (never redirects by itself). */
export function fetchResidentMe() {
  return client.query(ResidentMeQuery, {}, { requestPolicy: "network-only", authRedirect: false }).toPromise();
}

/** Step 1: a code to the phone. The form shows a refusal itself (bad phone, too many requests). */
export async function requestCode(phone: string) {
  const result = await mutate(ResidentCodeRequestMutation, { phone }, { failure: false, context: { authRedirect: false } });
  return mapOutcome(result, (data) => data.residentCodeRequest);
}

/** Step 2: the code; `organizationId` once the phone turned out to be a client of several. */
export async function residentSignIn(phone: string, code: string, organizationId: string | null) {
  return mutate(ResidentLoginMutation, { phone, code, organizationId }, { failure: false, context: { authRedirect: false } });
}

/**
 * The organizations to choose from when the API answers ORGANIZATION_REQUIRED (the phone is a
 * client of several); null for any other failure.
 */
export function organizationChoices(error: CombinedError | null | undefined): OrganizationChoice[] | null {
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.reason !== "ORGANIZATION_REQUIRED") continue;
    const list = e.extensions.organizations;
    if (!Array.isArray(list)) return null;
    return list.filter((o): o is OrganizationChoice => typeof o?.id === "string" && typeof o?.name === "string");
  }
  return null;
}

/**
 * Ends the session and reloads into the resident sign-in, dropping every cached query and the
 * socket. The device stops getting this resident's push notifications first (a shared phone), and
 * what the resident app kept on it (lists, cards, chats, unsent messages) goes.
 */
export async function residentSignOut(): Promise<void> {
  await disablePush("r").catch(() => undefined);
  await mutate(AuthLogoutMutation, {}, { failure: false, context: { authRedirect: false } });
  closeRealtime();
  await Promise.race([forget("r:"), new Promise((resolve) => setTimeout(resolve, 1000))]);
  window.location.assign(residentPaths.login);
}
