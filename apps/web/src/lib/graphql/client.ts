import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from "@urql/core";
import { isUnauthenticated } from "./errors";
import { closeRealtime, onRealtimeUnauthorized, realtimeClient } from "./realtime.svelte";

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

export const client = new Client({
  url: "/graphql",
  // Apollo's CSRF prevention rejects simple GET requests; JSON POST is always accepted.
  preferGetMethod: false,
  fetchOptions: { credentials: "same-origin" },
  exchanges: [
    mapExchange({
      onError(error, operation) {
        if (operation.context.authRedirect === false) return;
        if (isUnauthenticated(error)) sessionLost();
      },
    }),
    cacheExchange,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
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
