import type { OrderReportCreateInput } from "$lib/graphql/generated/graphql";
import { mapOutcome, mutate } from "$lib/graphql/mutate";
import { OrderReportCreateMutation } from "./queries";

/** Starts the Excel report (§7) of the list as shown; the dialog shows a refusal itself. */
export async function createOrderReport(input: OrderReportCreateInput) {
  return mapOutcome(await mutate(OrderReportCreateMutation, { input }, { failure: false }), (data) => data.orderReportCreate);
}
