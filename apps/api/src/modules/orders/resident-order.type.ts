import type { OrderStatus as Status } from "@domovoy/domain";
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from "type-graphql";
import { StaffMemberPublic } from "../staff/staff.type.js";
import { ActorKind, OrderChannel, OrderStatus, type OrderChannelValue } from "./order.type.js";

/**
 * An order as its resident sees it. Only what the specification lets a resident see is here; staff
 * fields (status comment, labels, SLA, comments, documents, history, the client block) are not
 * hidden from this type but absent from it, and a new order field stays off it until decided.
 * Employees appear as `StaffMemberPublic` (first name only).
 */
@ObjectType({ description: "Заявка as the resident who raised it (or for whom it was raised) sees it." })
export class ResidentOrder {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => OrderChannel)
  channel: OrderChannelValue;

  @Field(() => OrderStatus)
  status: Status;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: "Grows with every change: the higher snapshot is the newer." })
  revision: number;
}

@ObjectType({ description: "Who created the order, as a resident sees it: employees by first name; residents and the system unnamed." })
export class ResidentOrderActor {
  @Field(() => ActorKind)
  kind: keyof typeof ActorKind;

  @Field(() => StaffMemberPublic, { nullable: true })
  employee: StaffMemberPublic | null;
}
