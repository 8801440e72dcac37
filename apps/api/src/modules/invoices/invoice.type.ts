import { INVOICE_ACTIONS, INVOICE_STATES, type InvoiceAction as Action, type InvoiceLifeState } from "@domovoy/domain";
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../../shared/graphql-enums.js";
import { MoneyScalar } from "../../shared/scalars.js";

export const InvoiceState = enumOf(INVOICE_STATES);
registerEnumType(InvoiceState, {
  name: "InvoiceState",
  description: "Состояние счёта на оплату.",
  valuesConfig: {
    DRAFT: { description: "Черновик: staff only, lines editable." },
    ISSUED: { description: "Выставлен («Активировать в ЛК»): the resident sees it, not paid yet." },
    PAID: { description: "Оплачен online through the payment provider." },
    MARKED_PAID: { description: "Отмечен оплаченным by staff (e.g. cash at the office)." },
  },
});

export const InvoiceAction = enumOf(INVOICE_ACTIONS);
registerEnumType(InvoiceAction, { name: "InvoiceAction", description: "What the invoice's state allows next (buttons; permissions still apply)." });

/**
 * Money rules (@domovoy/domain invoices/money.ts): amounts in kopecks on the server (Money scalar in
 * roubles, two fraction digits), quantity a decimal with up to 3 fraction digits (whole for counted
 * units such as «шт.»), discount a whole percent 0–100, line total = round half up (unit price ×
 * quantity × (100 − discount) / 100), total = sum of line totals.
 */
@ObjectType({ description: "A line of an invoice: a price-list item copied when added (a later price change does not move it)." })
export class InvoiceLine {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: "The price-list item it was picked from." })
  priceListItemId: string | null;

  @Field(() => String)
  name: string;

  @Field(() => String)
  unit: string;

  @Field(() => MoneyScalar)
  unitPrice: bigint;

  @Field(() => String, { description: 'Decimal, up to 3 fraction digits ("1.5"); whole for counted units.' })
  quantity: string;

  @Field(() => Int, { description: "Whole percent 0–100." })
  discountPercent: number;

  @Field(() => MoneyScalar, { description: "round half up (unit price × quantity × (100 − discount) / 100)." })
  total: bigint;
}

@ObjectType({ description: "Счёт на оплату of an order (§22–§23), as staff see it." })
export class Invoice {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  orderId: string;

  @Field(() => InvoiceState)
  state: InvoiceLifeState;

  @Field(() => MoneyScalar, { description: "Sum of the lines' totals." })
  total: bigint;

  @Field(() => Int, { description: "Optimistic concurrency: every change bumps it; send it back with a change." })
  version: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "The last «Активировать в ЛК»." })
  issuedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  markedPaidAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Paid online." })
  paidAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  issuedByEmployeeId: string | null;
  markedPaidByEmployeeId: string | null;
}

@ObjectType({ description: "An invoice line as the resident sees it." })
export class ResidentInvoiceLine {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  unit: string;

  @Field(() => MoneyScalar)
  unitPrice: bigint;

  @Field(() => String)
  quantity: string;

  @Field(() => Int)
  discountPercent: number;

  @Field(() => MoneyScalar)
  total: bigint;

  /** The invoice it belongs to (for what its refunds hold). */
  invoiceId: string;
}

/** The invoice of a resident's order: only once issued (never a draft), without who issued or marked it. */
@ObjectType({ description: "Счёт на оплату as the resident sees it: issued, paid online or marked paid — never a draft." })
export class ResidentInvoice {
  @Field(() => ID)
  id: string;

  @Field(() => InvoiceState, { description: "ISSUED, PAID or MARKED_PAID (a draft is not shown)." })
  state: InvoiceLifeState;

  @Field(() => MoneyScalar)
  total: bigint;

  @Field(() => GraphQLISODateTime, { nullable: true })
  issuedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was paid (online or marked by staff)." })
  paidAt: Date | null;
}

@InputType({ description: "Adds a price-list item of the order's service to a draft invoice." })
export class InvoiceLineAddInput {
  @Field(() => ID)
  invoiceId: string;

  @Field(() => Int, { description: "The invoice's version the change was made on." })
  version: number;

  @Field(() => ID, { description: "An active item of the order's service's price list." })
  priceListItemId: string;

  @Field(() => String, { description: 'Decimal ("1.5" or "1,5"), > 0, ≤ 100000, up to 3 fraction digits; whole for counted units.' })
  quantity: string;

  @Field(() => Int, { nullable: true, description: "Whole percent 0–100; default 0." })
  discountPercent?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Тариф за единицу; default the price list's. Not negative." })
  unitPrice?: bigint | null;
}

@InputType({ description: "Changes a line of a draft invoice; only the fields given change." })
export class InvoiceLineUpdateInput {
  @Field(() => ID)
  lineId: string;

  @Field(() => Int, { description: "The invoice's version the change was made on." })
  version: number;

  @Field(() => String, { nullable: true })
  quantity?: string | null;

  @Field(() => Int, { nullable: true })
  discountPercent?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  unitPrice?: bigint | null;
}

export type InvoiceActionValue = Action;
