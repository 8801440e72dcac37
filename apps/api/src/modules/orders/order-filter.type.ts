import type { OrderLabel as Label, OrderStatus as Status } from "@domovoy/domain";
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import {
  IncidentAttachment,
  OrderChannel,
  OrderColumn,
  OrderLabel,
  OrderSortField,
  OrderStatus,
  SortDirection,
  type OrderChannelValue,
  type OrderColumnValue,
  type OrderSortFieldValue,
} from "./order.type.js";

/** One shape for the filter as input, as saved and as read back, so a saved filter round-trips. */
@InputType("OrderFilterInput")
@ObjectType("OrderFilter", { description: "Filters of an orders list (§5). Empty lists mean «any»." })
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true })
  statuses?: Status[] | null;

  @Field(() => [ID], { nullable: true })
  serviceIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  executorIds?: string[] | null;

  @Field(() => [OrderChannel], { nullable: true })
  channels?: OrderChannelValue[] | null;

  @Field(() => [ID], { nullable: true })
  buildingIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  quarterIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  objectGroupIds?: string[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  createdFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  createdTo?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedTo?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Orders showing an SLA breach label now (reaction or execution); false: the others." })
  slaBreached?: boolean | null;

  @Field(() => [OrderLabel], { nullable: true, description: "Orders showing any of these labels now." })
  labels?: Label[] | null;

  @Field(() => [Int], { nullable: true, description: "Orders whose current rating is one of these scores (1–5); with `unrated`, either." })
  ratingScores?: number[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: orders without a rating (alone or besides `ratingScores`)." })
  unrated?: boolean | null;

  @Field(() => IncidentAttachment, { nullable: true, description: "Default NOT_ATTACHED: incident orders stay out of the lists unless asked for." })
  incident?: keyof typeof IncidentAttachment | null;
}

@InputType()
export class OrderSortInput {
  @Field(() => OrderSortField)
  field: OrderSortFieldValue;

  @Field(() => SortDirection)
  direction: keyof typeof SortDirection;
}

@ObjectType({ description: "What an employee saved for one orders list." })
export class OrderListPreferences {
  @Field(() => OrderFilter)
  filter: OrderFilter;

  @Field(() => Int, { description: "How many filters apply (the filter button's badge)." })
  activeFilterCount: number;

  @Field(() => [OrderColumn], { description: "Visible columns in their order." })
  columns: OrderColumnValue[];
}
