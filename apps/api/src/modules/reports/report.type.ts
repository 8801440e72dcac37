import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { OrderFilter, OrderSortInput } from "../orders/order-filter.type.js";
import { OrderTab } from "../orders/order.type.js";
import { ORDER_REPORT_FIELDS, type OrderReportFieldValue } from "./report-fields.js";

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const OrderReportField = enumOf(ORDER_REPORT_FIELDS);
registerEnumType(OrderReportField, { name: "OrderReportField", description: "A column of the orders Excel report (§7)." });

export const REPORT_STATES = ["QUEUED", "RUNNING", "READY", "FAILED"] as const;
export type ReportStateValue = (typeof REPORT_STATES)[number];
export const ReportState = enumOf(REPORT_STATES);
registerEnumType(ReportState, { name: "ReportState" });

@ObjectType({ description: "A field the report can hold, with its column header." })
export class OrderReportFieldInfo {
  @Field(() => OrderReportField)
  field: OrderReportFieldValue;

  @Field(() => String, { description: "The column header (Russian)." })
  title: string;
}

@ObjectType({ description: "The report dialog: every field, and the ones this employee ticked last time (in their order)." })
export class OrderReportFields {
  @Field(() => [OrderReportFieldInfo])
  available: OrderReportFieldInfo[];

  @Field(() => [OrderReportField])
  selected: OrderReportFieldValue[];
}

@InputType({ description: "The list exactly as shown (tab, search, filter, sort) and the ticked fields in column order." })
export class OrderReportCreateInput {
  @Field(() => OrderTab, { nullable: true })
  tab?: keyof typeof OrderTab | null;

  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => OrderFilter, { nullable: true })
  filter?: OrderFilter | null;

  @Field(() => OrderSortInput, { nullable: true })
  sort?: OrderSortInput | null;

  @Field(() => [OrderReportField])
  fields: OrderReportFieldValue[];
}

@ObjectType({ description: "An Excel report of an orders list, generated in the background. Only its author sees it." })
export class ReportExport {
  @Field(() => ID)
  id: string;

  @Field(() => ReportState)
  state: ReportStateValue;

  @Field(() => [OrderReportField])
  fields: OrderReportFieldValue[];

  @Field(() => Int, { nullable: true, description: "Rows the report will hold; known once generation starts." })
  totalRows: number | null;

  @Field(() => Int)
  rowsWritten: number;

  @Field(() => String, { nullable: true, description: "Why generation failed (state FAILED)." })
  error: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;
}
