import { CALL_DIRECTIONS, CALL_EVENT_KINDS, CALL_STATUSES, type CallDirection as Direction, type CallEventKind as EventKind, type CallStatus as Status } from "@domovoy/domain";
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../../shared/graphql-enums.js";
import { PageArgs } from "../../shared/pagination.js";
import { Client } from "../clients/client.type.js";

export const CallDirection = enumOf(CALL_DIRECTIONS);
registerEnumType(CallDirection, { name: "CallDirection", description: "INCOMING: a client called the organization; OUTGOING: staff called out." });

export const CallStatus = enumOf(CALL_STATUSES);
registerEnumType(CallStatus, {
  name: "CallStatus",
  valuesConfig: {
    RINGING: { description: "Звонит: not answered yet." },
    ANSWERED: { description: "Идёт разговор." },
    ENDED: { description: "Завершён после разговора." },
    MISSED: { description: "Пропущен: finished without an answer (whatever the provider called it)." },
  },
});

export const CallEventKind = enumOf(CALL_EVENT_KINDS);
registerEnumType(CallEventKind, {
  name: "CallEventKind",
  description: "What the telephony reports: RINGING → ANSWERED → ENDED, or MISSED. Delivered at least once, in any order.",
});

@InputType({ description: "One telephony event of one call (partner API). The call is identified by (source, externalCallId)." })
export class CallEventInput {
  @Field(() => String, { description: "The provider's call id; every event of a call carries the same one. Up to 200 characters." })
  externalCallId: string;

  @Field(() => String, { nullable: true, description: "The telephony system; default: the integration token's name. Up to 100 characters." })
  source?: string | null;

  @Field(() => CallEventKind)
  kind: EventKind;

  @Field(() => GraphQLISODateTime, { description: "When it happened at the provider (ringing: the call's start; ANSWERED: the answer; ENDED/MISSED: the end)." })
  at: Date;

  @Field(() => CallDirection)
  direction: Direction;

  @Field(() => String, { description: "The calling number as the provider sends it. Up to 50 characters." })
  callerNumber: string;

  @Field(() => String, { description: "The called number (the organization's line for an incoming call). Up to 50 characters." })
  calleeNumber: string;

  @Field(() => String, { nullable: true, description: "The staff extension the call is routed to. Up to 50 characters." })
  extension?: string | null;

  @Field(() => ID, { nullable: true, description: "The employee the call is routed to, when the PBX knows Domovoy's id." })
  employeeId?: string | null;

  @Field(() => Int, { nullable: true, description: "Seconds of conversation, with ENDED (0–86,400)." })
  durationSeconds?: number | null;
}

@ObjectType({ description: "What a telephony event did to its call (partner API)." })
export class CallEventResult {
  @Field(() => ID)
  callId: string;

  @Field(() => CallStatus, { description: "The call's status after this event (derived from all events so far)." })
  status: Status;

  @Field(() => Boolean, { description: "This event created the call." })
  created: boolean;

  @Field(() => Boolean, { description: "false for a redelivered event or a late one that told nothing new." })
  changed: boolean;

  @Field(() => Int, { description: "Clients of the organization whose phone is the outside party's number." })
  matchedClients: number;
}

@InputType({ description: "A recording of a call the telephony reported (partner API): the server fetches it once from the provider's URL." })
export class CallRecordingFetchInput {
  @Field(() => String, { description: "The call's provider id (as in its events). Up to 200 characters." })
  externalCallId: string;

  @Field(() => String, { nullable: true, description: "As in the call's events; default: the integration token's name." })
  source?: string | null;

  @Field(() => String, {
    description:
      "http(s) URL of the audio. Fetched once, bounded: CALL_RECORDING_MAX_MB, CALL_RECORDING_FETCH_TIMEOUT_S, at most 3 redirects, never to a private address. Up to 2,000 characters.",
  })
  url: string;
}

@ObjectType({ description: "What attaching a recording did (partner API)." })
export class CallRecordingResult {
  @Field(() => ID)
  callId: string;

  @Field(() => String, { description: "Sniffed from the bytes (audio/…)." })
  contentType: string;

  @Field(() => Int, { description: "Bytes stored." })
  size: number;

  @Field(() => Boolean, { description: "The call had a recording, now deleted and replaced." })
  replaced: boolean;
}

@ObjectType({ description: "The organization's telephony settings." })
export class CallSettings {
  @Field(() => Int, { description: "Recordings are deleted this many days after the call (1–3,650; default 365). The call stays in the journal." })
  recordingRetentionDays: number;
}

@ObjectType({ description: "A call from IP telephony. Staff with CALLS_READ only; residents never see calls." })
export class Call {
  @Field(() => ID)
  id: string;

  @Field(() => CallDirection)
  direction: Direction;

  @Field(() => CallStatus)
  status: Status;

  @Field(() => String, { description: "As the telephony sent it." })
  callerNumber: string;

  @Field(() => String)
  calleeNumber: string;

  @Field(() => String, { nullable: true, description: "The outside party in E.164 («Перезвонить»: tel:); null for a hidden number." })
  clientNumber: string | null;

  @Field(() => String, { nullable: true })
  extension: string | null;

  @Field(() => ID, { nullable: true, description: "The employee the call was routed to." })
  employeeId: string | null;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt: Date | null;

  @Field(() => Int, { nullable: true, description: "Seconds of conversation once ended; 0 when missed; null while it goes on." })
  durationSeconds: number | null;

  @Field(() => String, { description: "The telephony system that reported it." })
  source: string;
}

@ObjectType({ description: "A client whose phone is the call's number (the screen-pop lists every one)." })
export class CallClient {
  @Field(() => Client)
  client: Client;

  @Field(() => Int, { description: "The client's orders not DONE or CANCELLED." })
  openOrders: number;
}

@ObjectType({ description: "A call changed (screen-pop): sent to the employee it is routed to, or to every employee with CALLS_READ when none." })
export class CallChanged {
  @Field(() => Call)
  call: Call;
}

@ArgsType()
export class CallsArgs extends PageArgs {
  @Field(() => CallDirection, { nullable: true })
  direction?: Direction | null;

  @Field(() => Boolean, { nullable: true, description: "true: only missed calls; false: only the others." })
  missed?: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Started at or after." })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Started before." })
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  employeeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: linked to an order; false: not linked." })
  linked?: boolean | null;

  @Field(() => String, { nullable: true, description: "A number (its digits, 3 or more) or a client's name. Up to 100 characters." })
  search?: string | null;
}
