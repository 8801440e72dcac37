import { ResidentOrdersQuery } from "$lib/features/resident/queries";
import { client } from "$lib/graphql/client";

/**
 * The list's first page, asked for beside the layout's `me` (SvelteKit runs both loads at once)
 * instead of after the page mounts, and handed over unawaited: one round trip less before the
 * list shows (issue #14). Without a session the layout sends the resident to /r/login, so this
 * request's refusal redirects nothing itself.
 */
export function load() {
  return {
    first: client.query(ResidentOrdersQuery, { after: null }, { requestPolicy: "network-only", authRedirect: false }).toPromise(),
  };
}
