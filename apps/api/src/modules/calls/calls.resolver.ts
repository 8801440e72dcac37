import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { CallEventInput, CallEventResult } from "./calls.type.js";

@Resolver()
export class PartnerCallsResolver {
  @Authorized("INTEGRATION")
  @Mutation(() => CallEventResult, {
    description:
      "Telephony (integration token): one event of one call, idempotent by (source, externalCallId). Events may come twice or out of order; " +
      "the call converges to the same row. Contradictions (a second ANSWERED at another time, MISSED for an answered call…) are CONFLICT and change nothing.",
  })
  callEvent(@Arg("input", () => CallEventInput) input: CallEventInput, @Ctx() ctx: Context) {
    return ctx.services.calls.callEvent(ctx.viewer, input);
  }
}
