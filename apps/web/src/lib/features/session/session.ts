import { client } from "$lib/graphql/client";
import type { MeQuery as MeQueryData, Permission } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { closeRealtime } from "$lib/graphql/realtime.svelte";
import { forgetAll } from "$lib/pwa/idb";
import { AuthLoginMutation, AuthLogoutMutation, MeQuery } from "./queries";

export type Me = MeQueryData["me"];

/** Asks the API who is signed in; never redirects by itself (the caller decides). */
export function fetchMe() {
  return client.query(MeQuery, {}, { requestPolicy: "network-only", authRedirect: false }).toPromise();
}

/** The sign-in form shows a refusal itself; a wrong password must not count as a lost session. */
export async function signIn(email: string, password: string) {
  const result = await mutate(AuthLoginMutation, { email, password }, { failure: false, context: { authRedirect: false } });
  return mapOutcome(result, (data) => data.authLogin);
}

/**
 * Ends the session and reloads into /login, which also drops every cached query and the
 * WebSocket, so nothing of the previous user survives in memory — nor on the device: the employee
 * app's copies of lists and cards and its unsent changes go too.
 */
export async function signOut(): Promise<void> {
  await mutate(AuthLogoutMutation, {}, { failure: false, context: { authRedirect: false } });
  closeRealtime();
  await Promise.race([forgetAll(), new Promise((resolve) => setTimeout(resolve, 1000))]);
  window.location.assign("/login");
}

export function can(me: Me, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

/** Where to go after sign-in: only same-origin paths, never a protocol-relative URL. */
export function safeNext(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/login")) return fallback;
  return next;
}
