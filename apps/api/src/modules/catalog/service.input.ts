import { Field, ID, InputType, Int } from "type-graphql";
import { MoneyScalar } from "../../shared/scalars.js";
import type { OrderFormFieldType as FieldType, ServiceKind as Kind } from "./rules/service-settings.js";
import { OrderFormFieldType, ServiceKind } from "./service.type.js";

@InputType()
export class OrderFormFieldInput {
  @Field(() => String, { description: "Lower-case latin letters, digits and _, starting with a letter; at most 40 characters." })
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => OrderFormFieldType)
  type: FieldType;

  @Field(() => Boolean, { nullable: true, description: "Default false." })
  required?: boolean | null;

  @Field(() => [String], { nullable: true, description: "Required for SELECT (at least one), not allowed otherwise." })
  options?: string[] | null;
}

@InputType()
export class ChecklistTemplateItemInput {
  @Field(() => String)
  title: string;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  required?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default false." })
  photoRequired?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default false." })
  noteRequired?: boolean | null;
}

@InputType()
export class PriceListItemCreateInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: "Default «шт.»." })
  unit?: string | null;

  @Field(() => MoneyScalar, { description: "Not negative." })
  unitPrice: bigint;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  active?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Default: after the last item." })
  position?: number | null;
}

@InputType({ description: "Only the fields given change." })
export class PriceListItemUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  unitPrice?: bigint | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class ServiceCreateInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ServiceKind, { nullable: true, description: "Default STANDARD." })
  kind?: Kind | null;

  @Field(() => ID, { nullable: true, description: "Executors are chosen within this department." })
  departmentId?: string | null;

  @Field(() => Int, { nullable: true, description: "Positive minutes; null or absent: no limit." })
  slaReactionMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Positive minutes; null or absent: no limit." })
  slaExecutionMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "1–4, default 1." })
  maxExecutors?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  residentMayReopen?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default false." })
  documentRequiredToClose?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default false." })
  checklistRequiredToClose?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default false; paid services only." })
  refundsAllowed?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default false." })
  routingEnabled?: boolean | null;

  @Field(() => [OrderFormFieldInput], { nullable: true, description: "At most 30 fields." })
  orderForm?: OrderFormFieldInput[] | null;

  @Field(() => [ChecklistTemplateItemInput], { nullable: true, description: "At most 50 items." })
  checklistTemplate?: ChecklistTemplateItemInput[] | null;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  active?: boolean | null;

  @Field(() => [PriceListItemCreateInput], { nullable: true, description: "Paid services only." })
  priceList?: PriceListItemCreateInput[] | null;
}

@InputType({ description: "Only the fields given change; orderForm and checklistTemplate replace the whole list." })
export class ServiceUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "null clears." })
  description?: string | null;

  @Field(() => ServiceKind, { nullable: true, description: "A service with active price-list items stays PAID." })
  kind?: Kind | null;

  @Field(() => ID, { nullable: true, description: "null clears." })
  departmentId?: string | null;

  @Field(() => Int, { nullable: true, description: "null removes the limit." })
  slaReactionMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "null removes the limit." })
  slaExecutionMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  maxExecutors?: number | null;

  @Field(() => Boolean, { nullable: true })
  residentMayReopen?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  documentRequiredToClose?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  checklistRequiredToClose?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  refundsAllowed?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  routingEnabled?: boolean | null;

  @Field(() => [OrderFormFieldInput], { nullable: true })
  orderForm?: OrderFormFieldInput[] | null;

  @Field(() => [ChecklistTemplateItemInput], { nullable: true })
  checklistTemplate?: ChecklistTemplateItemInput[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
