import type { OrderStatus as Status } from "@domovoy/domain";
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { MoneyScalar } from "../../shared/scalars.js";
import { OrderStatus } from "../../shared/graphql-enums.js";

/** Kinds that partners send (the `client_activity_kind` enum of the database). */
export const PARTNER_ACTIVITY_KINDS = ["PAYMENT", "PASS", "SURVEY", "MEETING", "METER_READING", "CALL", "OTHER"] as const;
export type PartnerActivityKindValue = (typeof PARTNER_ACTIVITY_KINDS)[number];

/** Every kind of entry in a client's activity: their orders and chat messages, plus what partners send. */
export const CLIENT_ACTIVITY_KINDS = ["ORDER", "CHAT_MESSAGE", ...PARTNER_ACTIVITY_KINDS] as const;
export type ClientActivityKindValue = (typeof CLIENT_ACTIVITY_KINDS)[number];

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ClientActivityKind = enumOf(CLIENT_ACTIVITY_KINDS);
registerEnumType(ClientActivityKind, {
  name: "ClientActivityKind",
  description: "ORDER: the client raised an order; CHAT_MESSAGE: wrote in an order's chat; the rest come from partner systems.",
});

export const PartnerActivityKind = enumOf(PARTNER_ACTIVITY_KINDS);
registerEnumType(PartnerActivityKind, {
  name: "PartnerActivityKind",
  description: "Payment, pass order, survey, owners' meeting, meter reading, call, other.",
});

@ObjectType({ description: "The order an activity entry belongs to." })
export class ClientActivityOrder {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => OrderStatus)
  status: Status;
}

@ObjectType({ description: "One entry of a client's activity (§11), newest first." })
export class ClientActivity {
  @Field(() => ID)
  id: string;

  @Field(() => ClientActivityKind)
  kind: ClientActivityKindValue;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => String, { description: "Order: its service; chat message: its text; partner entries: what the partner sent." })
  title: string;

  @Field(() => String, { nullable: true })
  details: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Payments and other entries with a sum." })
  amount: bigint | null;

  @Field(() => ClientActivityOrder, { nullable: true })
  order: ClientActivityOrder | null;

  /** A CALL entry from the call journal (resolved to `call` for viewers with CALLS_READ). */
  callId?: string | null;
}

@InputType({ description: "An activity from a partner system; idempotent by (source, externalId)." })
export class PartnerClientActivityInput {
  @Field(() => String, { description: "The partner's own id of the event: sending it again updates the entry." })
  externalId: string;

  @Field(() => String, { nullable: true, description: "Namespace of externalId (e.g. «billing»); defaults to the integration token's name." })
  source?: string | null;

  @Field(() => PartnerActivityKind)
  kind: PartnerActivityKindValue;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: "The client; or clientPhone; or only personalAccount (then the premise's owner)." })
  clientId?: string | null;

  @Field(() => String, { nullable: true })
  clientPhone?: string | null;

  @Field(() => String, { nullable: true, description: "Лицевой счёт: ties the entry to that premise." })
  personalAccount?: string | null;

  @Field(() => Int, { nullable: true, description: "Ties the entry to the client's order with this number." })
  orderNumber?: number | null;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  details?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  amount?: bigint | null;
}

@ObjectType()
export class PartnerClientActivityResult {
  @Field(() => Boolean, { description: "False when an entry with this externalId existed and was updated." })
  created: boolean;

  @Field(() => ClientActivity)
  activity: ClientActivity;
}

@InputType({ description: "Billing data of a premise: find it by premiseId or personalAccount, then change what is given." })
export class PartnerPremiseUpdateInput {
  @Field(() => ID, { nullable: true })
  premiseId?: string | null;

  @Field(() => String, { nullable: true, description: "The premise's current personal account." })
  personalAccount?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Negative: debt; positive: advance." })
  utilityBalance?: bigint | null;

  @Field(() => String, { nullable: true, description: "A new personal account for the premise." })
  newPersonalAccount?: string | null;
}
