import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { MoneyScalar } from "../../shared/scalars.js";
import { ORDER_FORM_FIELD_TYPES, SERVICE_KINDS, type OrderFormFieldType as FieldType, type ServiceKind as Kind } from "./rules/service-settings.js";

export const ServiceKind = Object.fromEntries(SERVICE_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(ServiceKind, {
  name: "ServiceKind",
  description: "Тип услуги.",
  valuesConfig: {
    STANDARD: { description: "Обычная заявка." },
    APPOINTMENT: { description: "Запись на приём: a new order starts IN_PROGRESS." },
    PAID: { description: "Платная услуга: has a price list and invoices." },
  },
});

export const OrderFormFieldType = Object.fromEntries(ORDER_FORM_FIELD_TYPES.map((t) => [t, t])) as { [K in FieldType]: K };
registerEnumType(OrderFormFieldType, { name: "OrderFormFieldType" });

@ObjectType({ description: "A field of a service's order form; the order's answers are stored under its key." })
export class OrderFormField {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => OrderFormFieldType)
  type: FieldType;

  @Field(() => Boolean)
  required: boolean;

  @Field(() => [String], { description: "Choices of a SELECT field; empty for the other types." })
  options: string[];
}

@ObjectType({ description: "An item of the checklist every order of the service starts with." })
export class ChecklistTemplateItem {
  @Field(() => String)
  title: string;

  @Field(() => Boolean, { description: "Counts for «Нельзя закрыть без чек-листа»." })
  required: boolean;

  @Field(() => Boolean, { description: "Ticking the item needs a photo." })
  photoRequired: boolean;

  @Field(() => Boolean, { description: "Ticking the item needs a note." })
  noteRequired: boolean;
}

@ObjectType({ description: "Позиция прайс-листа of a paid service." })
export class PriceListItem {
  @Field(() => ID)
  id: string;

  serviceId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: "Unit of measure, e.g. «шт.», «час», «м»." })
  unit: string;

  @Field(() => MoneyScalar)
  unitPrice: bigint;

  @Field(() => Boolean, { description: "Inactive items stay on existing invoices but cannot be added to new ones." })
  active: boolean;

  @Field(() => Int, { description: "Order within the price list." })
  position: number;
}

@ObjectType({ description: "Услуга: what an order asks for, with its settings." })
export class Service {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ServiceKind)
  kind: Kind;

  departmentId: string | null;

  @Field(() => Int, { nullable: true, description: "SLA reaction time: creation to the first IN_PROGRESS; null: no limit." })
  slaReactionMinutes: number | null;

  @Field(() => Int, { nullable: true, description: "SLA execution time: first IN_PROGRESS to DONE; null: no limit." })
  slaExecutionMinutes: number | null;

  @Field(() => Int, { description: "1–4." })
  maxExecutors: number;

  @Field(() => Boolean)
  residentMayReopen: boolean;

  @Field(() => Boolean)
  documentRequiredToClose: boolean;

  @Field(() => Boolean, { description: "«Нельзя закрыть без чек-листа»: DONE waits until every required checklist item is done." })
  checklistRequiredToClose: boolean;

  @Field(() => Boolean, { description: "Residents may request refunds (paid services only)." })
  refundsAllowed: boolean;

  @Field(() => Boolean, { description: "New orders go through APPROVAL first." })
  routingEnabled: boolean;

  @Field(() => [OrderFormField])
  orderForm: OrderFormField[];

  /** As stored; `checklistTemplate` (a field resolver) fills the flags older items lack. */
  checklistTemplate: { title: string; required?: boolean; photoRequired?: boolean; noteRequired?: boolean }[];

  @Field(() => Boolean, { description: "Inactive services take no new orders and are hidden from residents." })
  active: boolean;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
