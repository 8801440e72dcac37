import { latestById } from "$lib/graphql/live";
import { ServiceUpdatedSubscription } from "./queries";

/** Every `serviceUpdated` event of the organization, folded into the latest version per service. */
export function serviceUpdatesStore() {
  return latestById(ServiceUpdatedSubscription, (data) => data.serviceUpdated);
}
