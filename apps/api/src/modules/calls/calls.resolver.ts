import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context.js";
import { organizationChannel, Topic, type TopicPayloads } from "../../pubsub.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { Connection } from "../../shared/pagination.js";
import { ClientActivity } from "../activity/activity.type.js";
import { Order } from "../orders/order.type.js";
import type { CallRow } from "./calls.repository.js";
import { callRoutedTo } from "./calls.service.js";
import { StoredFile } from "../files/file.type.js";
import { Employee } from "../staff/staff.type.js";
import { Call, CallChanged, CallClient, CallEventInput, CallEventResult, CallRecordingFetchInput, CallRecordingResult, CallSettings, CallsArgs } from "./calls.type.js";

const CallConnection = Connection(Call);

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

  @Authorized("INTEGRATION")
  @Mutation(() => CallRecordingResult, {
    description:
      "Telephony (integration token): the recording of a reported call, fetched once from the provider's URL and stored (never proxied). " +
      "Too large, too slow, not audio, or a private address: BAD_USER_INPUT with the reason; nothing is kept. Uploading the bytes instead: PUT /partner/calls/recording.",
  })
  callRecordingFetch(@Arg("input", () => CallRecordingFetchInput) input: CallRecordingFetchInput, @Ctx() ctx: Context) {
    return ctx.services.callRecordings.fetch(ctx.viewer, input);
  }
}

@Resolver()
export class CallSettingsResolver {
  @Authorized("CALLS_READ")
  @Query(() => CallSettings)
  callSettings(@Ctx() ctx: Context) {
    return ctx.services.callRecordings.retention(ctx.viewer);
  }

  @Authorized("INTEGRATIONS_MANAGE")
  @Mutation(() => CallSettings, { description: "How long call recordings are kept, in days; older ones are deleted by a periodic job." })
  callSettingsUpdate(@Arg("recordingRetentionDays", () => Int) recordingRetentionDays: number, @Ctx() ctx: Context) {
    return ctx.services.callRecordings.setRetention(ctx.viewer, recordingRetentionDays);
  }
}

@Resolver(() => Call)
export class CallsResolver {
  @Authorized("CALLS_READ")
  @Query(() => CallConnection, { description: "«Звонки»: the call journal, newest first, with filters and search." })
  calls(@Args(() => CallsArgs) args: CallsArgs, @Ctx() ctx: Context) {
    return ctx.services.calls.calls(ctx.viewer, args);
  }

  @Authorized("CALLS_READ")
  @Query(() => Call)
  call(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.calls.call(ctx.viewer, id);
  }

  @Authorized("CALLS_READ")
  @Mutation(() => Call, { description: "«Привязать заявку»: links the call to an order (again: no change)." })
  callOrderLink(@Arg("callId", () => ID) callId: string, @Arg("orderId", () => ID) orderId: string, @Ctx() ctx: Context) {
    return ctx.services.calls.link(ctx.viewer, callId, orderId);
  }

  @Authorized("CALLS_READ")
  @Mutation(() => Call, { description: "«Отвязать»: removes the link between the call and the order." })
  callOrderUnlink(@Arg("callId", () => ID) callId: string, @Arg("orderId", () => ID) orderId: string, @Ctx() ctx: Context) {
    return ctx.services.calls.unlink(ctx.viewer, callId, orderId);
  }

  @Authorized("CALLS_READ")
  @FieldResolver(() => [CallClient], { description: "Clients of the organization with the call's number (a shared number lists them all)." })
  clients(@Root() call: CallRow, @Ctx() ctx: Context) {
    return call.clientNumber ? ctx.loaders.clientsOfNumber.load(call.clientNumber) : [];
  }

  @Authorized("CALLS_READ")
  @FieldResolver(() => [Order], { description: "Orders the call is linked to (those the viewer sees), newest first; one statement for a page of calls." })
  orders(@Root() call: CallRow, @Ctx() ctx: Context) {
    return ctx.loaders.ordersOfCall.load(call.id);
  }

  @Authorized("CALLS_READ")
  @FieldResolver(() => StoredFile, { nullable: true, description: "The conversation's recording (download: staff with CALLS_READ); null when none or past retention." })
  async recording(@Root() call: CallRow, @Ctx() ctx: Context) {
    return call.recordingFileId ? ctx.loaders.storedFile.load(call.recordingFileId) : null;
  }

  @Authorized("CALLS_READ")
  @FieldResolver(() => Employee, { nullable: true, description: "The employee the call was routed to." })
  async employee(@Root() call: CallRow, @Ctx() ctx: Context) {
    return call.employeeId ? ctx.loaders.employee.load(call.employeeId) : null;
  }

  @Authorized("CALLS_READ")
  @Subscription(() => CallChanged, {
    description: "Screen-pop: a call of the organization changed; heard by the employee it is routed to, or every employee with CALLS_READ when none.",
    topics: Topic.CALL_CHANGED,
    topicId: organizationChannel,
    filter: ({ payload, context }: { payload: TopicPayloads["CALL_CHANGED"]; context: { viewer: Viewer } }) => callRoutedTo(context.viewer, payload),
  })
  async callChanged(@Root() event: TopicPayloads["CALL_CHANGED"], @Ctx() ctx: Context): Promise<CallChanged> {
    return { call: await ctx.services.calls.call(ctx.viewer, event.callId) };
  }

  @Authorized("CALLS_READ")
  @Subscription(() => CallChanged, {
    description: "«Звонки» live: every change of every call of the organization, for every employee with CALLS_READ (the journal; not a screen-pop).",
    topics: Topic.CALL_CHANGED,
    topicId: organizationChannel,
    filter: ({ context }: { context: { viewer: Viewer } }) => context.viewer.kind === "EMPLOYEE" && context.viewer.permissions.has("CALLS_READ"),
  })
  async callJournalChanged(@Root() event: TopicPayloads["CALL_CHANGED"], @Ctx() ctx: Context): Promise<CallChanged> {
    return { call: await ctx.services.calls.call(ctx.viewer, event.callId) };
  }
}

@Resolver(() => ClientActivity)
export class ClientActivityCallResolver {
  @FieldResolver(() => Call, {
    nullable: true,
    description: "A CALL entry from the call journal: the call with its recording (staff with CALLS_READ; null for others and for partner-sent entries).",
  })
  async call(@Root() entry: ClientActivity, @Ctx() ctx: Context): Promise<CallRow | null> {
    if (!entry.callId || ctx.viewer.kind !== "EMPLOYEE" || !ctx.viewer.permissions.has("CALLS_READ")) return null;
    return (await ctx.loaders.call.load(entry.callId)) ?? null;
  }
}

@Resolver(() => Order)
export class OrderCallsFieldResolver {
  @Authorized("CALLS_READ")
  @FieldResolver(() => [Call], { description: "«Управление → Звонки»: the order's calls, newest first (CALLS_READ)." })
  calls(@Root() order: Order, @Ctx() ctx: Context) {
    return ctx.loaders.callsOfOrder.load(order.id);
  }
}
