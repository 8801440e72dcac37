import { cacheExchange, Client, fetchExchange, makeOperation, mapExchange, subscriptionExchange, type Operation } from "@urql/core";
import { currentLocale, onLocaleChosen } from "$lib/i18n";
import { isUnauthenticated } from "./errors";
import { closeRealtime, onReconnected, onRealtimeUnauthorized, realtimeClient, restartRealtime } from "./realtime.svelte";

type UnauthenticatedHandler = () => void;
let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/**
 * Called when the API says the session is gone. The root layout registers a handler that sends
 * the user to /login; operations that expect the failure (sign-in, the session probe) pass
 * `context: { authRedirect: false }`.
 */
export function onUnauthenticated(handler: UnauthenticatedHandler): void {
  unauthenticatedHandler = handler;
}

function sessionLost(): void {
  closeRealtime();
  unauthenticatedHandler?.();
}

onRealtimeUnauthorized(sessionLost);

/** Queries some view is showing now (queryStore and friends), by operation key. */
const activeQueries = new Map<number, Operation>();

export const client = new Client({
  url: "/graphql",
  // Apollo's CSRF prevention rejects simple GET requests; JSON POST is always accepted.
  preferGetMethod: false,
  // The language the app shows: texts the server renders (notifications) come in it.
  fetchOptions: () => ({ credentials: "same-origin", headers: { "x-domovoy-locale": currentLocale() } }),
  exchanges: [
    mapExchange({
      onOperation(operation) {
        if (operation.kind === "query") activeQueries.set(operation.key, operation);
        else if (operation.kind === "teardown") activeQueries.delete(operation.key);
      },
      onError(error, operation) {
        if (operation.context.authRedirect === false) return;
        if (isUnauthenticated(error)) sessionLost();
      },
    }),
    cacheExchange,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        // No locale of its own: graphql-ws sends this same payload again on every reconnect, while
        // the connection's (connectionParams) is read anew.
        const input = { ...request, query: request.query ?? "" };
        return {
          subscribe(sink) {
            const unsubscribe = realtimeClient().subscribe(input, sink);
            return { unsubscribe };
          },
        };
      },
    }),
  ],
});

function refetchActiveQueries(): void {
  for (const operation of activeQueries.values()) {
    client.reexecuteOperation(makeOperation("query", operation, { ...operation.context, requestPolicy: "network-only" }));
  }
}

// After a reconnect every view on screen is fetched again: what changed while the socket was down
// was never pushed. Views that load by hand (paged lists) listen to onReconnected themselves.
onReconnected(refetchActiveQueries);
// After a language switch too, for the texts the server rendered in the previous one: the socket
// reconnects in the new language (its reconnect fetches again), or, with none open, the views do.
onLocaleChosen(() => {
  if (!restartRealtime()) refetchActiveQueries();
});
