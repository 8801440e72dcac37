import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { MoneyScalar } from "../../shared/scalars.js";

export const PaymentState = { PENDING: "PENDING", SUCCEEDED: "SUCCEEDED", CANCELED: "CANCELED", FAILED: "FAILED" } as const;
export type PaymentStateValue = keyof typeof PaymentState;
registerEnumType(PaymentState, {
  name: "PaymentState",
  description: "An online payment at the acquirer.",
  valuesConfig: {
    PENDING: { description: "Ожидает оплаты: the resident has not paid or refused yet." },
    SUCCEEDED: { description: "Оплачен." },
    CANCELED: { description: "The resident refused on the payment page." },
    FAILED: { description: "The acquirer refused the payment." },
  },
});

export const RefundKind = { FULL: "FULL", PARTIAL: "PARTIAL" } as const;
registerEnumType(RefundKind, { name: "RefundKind", description: "Полный (every line's remaining quantity) or частичный (chosen lines and quantities)." });

export const RefundDecision = { REQUESTED: "REQUESTED", CONFIRMED: "CONFIRMED", REJECTED: "REJECTED" } as const;
registerEnumType(RefundDecision, {
  name: "RefundDecision",
  description: "Запрошен (a resident's request awaiting staff) → Подтверждён / Отклонён; staff refunds are confirmed at once.",
});

export const RefundSettlement = { NONE: "NONE", PENDING: "PENDING", SUCCEEDED: "SUCCEEDED", FAILED: "FAILED", RECORDED: "RECORDED" } as const;
registerEnumType(RefundSettlement, {
  name: "RefundSettlement",
  description: "Where the money of a confirmed refund is.",
  valuesConfig: {
    NONE: { description: "Not decided yet (or rejected)." },
    PENDING: { description: "Sent to the acquirer, no final answer yet (a timed-out call is retried once)." },
    SUCCEEDED: { description: "The acquirer returned the money to the card." },
    FAILED: { description: "The acquirer refused the refund; it holds no money." },
    RECORDED: { description: "A cash (marked-paid) invoice: staff handed the money back; recorded only." },
  },
});

@ObjectType({ description: "An online payment of an invoice (staff view)." })
export class Payment {
  @Field(() => ID)
  id: string;

  @Field(() => PaymentState)
  state: PaymentStateValue;

  @Field(() => MoneyScalar)
  amount: bigint;

  @Field(() => String, { description: "The acquirer (builtin, yookassa, …)." })
  provider: string;

  @Field(() => String, { nullable: true, description: "The acquirer's id of the payment." })
  providerPaymentId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  succeededAt: Date | null;
}

@ObjectType({ description: "The resident's online payment: the page to pay on and its state." })
export class ResidentPayment {
  @Field(() => ID)
  id: string;

  @Field(() => PaymentState)
  state: PaymentStateValue;

  @Field(() => MoneyScalar)
  amount: bigint;

  @Field(() => String, { nullable: true, description: "The acquirer's payment page (open it to pay); null once the payment is over." })
  confirmationUrl: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: "What a refund gives back of one invoice line." })
export class RefundLine {
  @Field(() => ID)
  invoiceLineId: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  unit: string;

  @Field(() => String, { description: 'Decimal ("1.5").' })
  quantity: string;

  @Field(() => MoneyScalar)
  amount: bigint;
}

@ObjectType({ description: "Возврат (§24), staff view." })
export class Refund {
  @Field(() => ID)
  id: string;

  @Field(() => RefundKind)
  kind: keyof typeof RefundKind;

  @Field(() => RefundDecision)
  decision: keyof typeof RefundDecision;

  @Field(() => RefundSettlement)
  settlement: keyof typeof RefundSettlement;

  @Field(() => MoneyScalar)
  amount: bigint;

  @Field(() => String, { description: "Причина возврата (the resident's for a request)." })
  reason: string;

  @Field(() => String, { nullable: true, description: "Why staff rejected a request (or their note on confirming it)." })
  decisionReason: string | null;

  @Field(() => Boolean, { description: "Requested by the resident in their app." })
  requestedByResident: boolean;

  @Field(() => String, { nullable: true, description: "Why the acquirer refused it." })
  failureReason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  settledAt: Date | null;

  createdByEmployeeId: string | null;
  decidedByEmployeeId: string | null;
}

@ObjectType({ description: "Возврат, the resident's view: their request's (or staff's refund's) state and amount — without who made or decided it." })
export class ResidentRefund {
  @Field(() => ID)
  id: string;

  @Field(() => RefundKind)
  kind: keyof typeof RefundKind;

  @Field(() => RefundDecision)
  decision: keyof typeof RefundDecision;

  @Field(() => RefundSettlement)
  settlement: keyof typeof RefundSettlement;

  @Field(() => MoneyScalar)
  amount: bigint;

  @Field(() => String)
  reason: string;

  @Field(() => String, { nullable: true, description: "Why the request was rejected." })
  decisionReason: string | null;

  @Field(() => Boolean, { description: "The resident asked for it in the app (else staff made it)." })
  requestedByResident: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the money went back (or was handed back in cash)." })
  settledAt: Date | null;
}

@InputType()
export class RefundLineInput {
  @Field(() => ID)
  lineId: string;

  @Field(() => String, { description: 'How much of the line to refund: decimal ("1" or "0,5"), whole for counted units.' })
  quantity: string;
}

@InputType({ description: "«Сделать возврат»: FULL needs only a reason; PARTIAL the chosen lines with quantities and a reason." })
export class RefundCreateInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => RefundKind)
  kind: keyof typeof RefundKind;

  @Field(() => [RefundLineInput], { nullable: true, description: "PARTIAL only." })
  lines?: RefundLineInput[] | null;

  @Field(() => String, { description: "Причина возврата, up to 1000 characters." })
  reason: string;
}

@InputType({ description: "A resident's refund request, as RefundCreateInput." })
export class ResidentRefundRequestInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => RefundKind)
  kind: keyof typeof RefundKind;

  @Field(() => [RefundLineInput], { nullable: true })
  lines?: RefundLineInput[] | null;

  @Field(() => String)
  reason: string;
}

@ObjectType({ description: "«Скачать документы»: the contract and the act of the order's invoice (.docx)." })
export class InvoiceDocuments {
  @Field(() => String, { description: "Договор оказания услуг: the download path." })
  contractUrl: string;

  @Field(() => String, { description: "Акт сдачи-приёмки услуг: the download path." })
  actUrl: string;
}

@ObjectType({ description: "The refund label of an order in lists (§4): the state it shows and the amount it concerns." })
export class OrderRefundSummary {
  @Field(() => RefundDecision, { description: "REQUESTED while a request waits; else CONFIRMED when a confirmed refund holds money; else REJECTED." })
  decision: keyof typeof RefundDecision;

  @Field(() => RefundSettlement, { description: "For CONFIRMED: PENDING while any confirmed refund is still with the acquirer, else SUCCEEDED or RECORDED." })
  settlement: keyof typeof RefundSettlement;

  @Field(() => MoneyScalar, { description: "REQUESTED: the amount asked for; CONFIRMED: the total confirmed (not failed); REJECTED: the last rejected request's." })
  amount: bigint;
}
