import { subscriptionStore } from "@urql/svelte";
import { client } from "$lib/graphql/client";
import type { ReportExportItemFragment } from "$lib/graphql/generated/graphql";
import { ReportExportUpdatedSubscription } from "./queries";

/** Pushed progress of one report; the latest event wins. */
export function reportUpdatesStore(id: string) {
  return subscriptionStore(
    { client, query: ReportExportUpdatedSubscription, variables: { id } },
    (_seen: ReportExportItemFragment | undefined, data) => data.reportExportUpdated as ReportExportItemFragment,
  );
}

const FINISHED = ["READY", "FAILED"];

/** Of two snapshots of a report (fetched and pushed), the one to show: a finished one never goes back. */
export function latestReport(a: ReportExportItemFragment | null | undefined, b: ReportExportItemFragment | null | undefined) {
  if (!a) return b ?? null;
  if (!b) return a;
  if (FINISHED.includes(a.state) && !FINISHED.includes(b.state)) return a;
  if (FINISHED.includes(b.state) && !FINISHED.includes(a.state)) return b;
  return b;
}
