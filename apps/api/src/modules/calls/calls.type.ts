import { CALL_DIRECTIONS, CALL_EVENT_KINDS, CALL_STATUSES, type CallDirection as Direction, type CallEventKind as EventKind, type CallStatus as Status } from "@domovoy/domain";
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../../shared/graphql-enums.js";

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
