import { getContext, setContext } from "svelte";
import type { ClientDetailsFragment } from "$lib/graphql/generated/graphql";
import { latestById } from "$lib/graphql/live";
import { ClientUpdatedSubscription } from "./queries";

export type ClientsById = Readonly<Record<string, ClientDetailsFragment>>;

/** Every `clientUpdated` event of the organization, folded into the latest version per client. */
export function clientUpdatesStore() {
  return latestById(ClientUpdatedSubscription, (data) => data.clientUpdated);
}

export type LiveClients = {
  /** The freshest known version of a client: as loaded, as pushed live, or as saved here. */
  latest(loaded: ClientDetailsFragment): ClientDetailsFragment;
  /** Records a version this tab saved, so it shows even before the live event arrives. */
  remember(saved: ClientDetailsFragment): void;
};

const key = Symbol("live-clients");

export function setLiveClients(live: LiveClients): void {
  setContext(key, live);
}

export function getLiveClients(): LiveClients {
  return getContext<LiveClients>(key);
}
