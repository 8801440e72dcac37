import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Employee } from "../staff/staff.type.js";
import { Invoice, ResidentInvoice, ResidentInvoiceLine } from "../invoices/invoice.type.js";
import { Order } from "../orders/order.type.js";
import type { OrderRow } from "../orders/orders.repository.js";
import { formatQuantity, orderRefundSummary, refundHoldsMoney, type RefundDecision as Decision, type RefundSettlement as Settlement } from "@domovoy/domain";
import type { PaymentRow, RefundRow } from "./payments.repository.js";
import { storedMilli } from "./refunds.service.js";
import {
  InvoiceDocuments,
  OrderRefundSummary,
  Payment,
  Refund,
  RefundCreateInput,
  RefundLine,
  ResidentPayment,
  ResidentRefund,
  ResidentRefundRequestInput,
} from "./payment.type.js";

function paymentOf(row: PaymentRow): Payment {
  return { id: row.id, state: row.state, amount: row.amountKopecks, provider: row.provider, providerPaymentId: row.providerPaymentId, createdAt: row.createdAt, succeededAt: row.succeededAt };
}

function residentPaymentOf(row: PaymentRow): ResidentPayment {
  return { id: row.id, state: row.state, amount: row.amountKopecks, confirmationUrl: row.state === "PENDING" ? row.confirmationUrl : null, createdAt: row.createdAt };
}

function refundOf(row: RefundRow): Refund {
  return {
    id: row.id,
    kind: row.kind,
    decision: row.decision,
    settlement: row.settlement,
    amount: row.amountKopecks,
    reason: row.reason,
    decisionReason: row.decisionReason,
    requestedByResident: row.requestedByClientId !== null,
    failureReason: row.failureReason,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    settledAt: row.settledAt,
    createdByEmployeeId: row.createdByEmployeeId,
    decidedByEmployeeId: row.decidedByEmployeeId,
  };
}

/** The staff view less what a resident is not told: who made or decided it, when, the acquirer's words. */
function residentRefundOf(row: RefundRow): ResidentRefund {
  const { failureReason: _failure, decidedAt: _decided, createdByEmployeeId: _creator, decidedByEmployeeId: _decider, ...refund } = refundOf(row);
  return refund;
}

@Resolver(() => Refund)
export class PaymentsResolver {
  @Authorized("RESIDENT")
  @Mutation(() => ResidentPayment, {
    description:
      "«Оплатить»: a payment of the resident's issued invoice at the acquirer; open confirmationUrl to pay. The same idempotencyKey (or a pending payment of the same amount) answers the same payment.",
  })
  async residentInvoicePay(
    @Arg("orderId", () => ID) orderId: string,
    @Arg("idempotencyKey", () => String, { nullable: true }) idempotencyKey: string | null,
    @Arg("returnPath", () => String, { nullable: true, description: "Where the payment page sends the resident back (a path on this server); default /r." }) returnPath: string | null,
    @Ctx() ctx: Context,
  ) {
    return residentPaymentOf(await ctx.services.payments.residentPay(ctx.viewer, orderId, { idempotencyKey, returnPath }));
  }

  @Authorized("RESIDENT")
  @Mutation(() => ResidentRefund, { description: "«Запросить возврат» of a paid invoice where the service allows it (Возможность возврата); staff decide." })
  async residentRefundRequest(@Arg("input", () => ResidentRefundRequestInput) input: ResidentRefundRequestInput, @Ctx() ctx: Context) {
    return residentRefundOf(await ctx.services.refunds.request(ctx.viewer, input));
  }

  @Authorized("REFUNDS_MANAGE")
  @Mutation(() => Refund, { description: "«Сделать возврат»: full (reason) or partial (lines, quantities, reason); through the acquirer for an online payment, recorded for a cash one." })
  async refundCreate(@Arg("input", () => RefundCreateInput) input: RefundCreateInput, @Ctx() ctx: Context) {
    return refundOf(await ctx.services.refunds.create(ctx.viewer, input));
  }

  @Authorized("REFUNDS_MANAGE")
  @Mutation(() => Refund, { description: "Confirms a resident's refund request (then through the acquirer, or recorded for cash)." })
  async refundConfirm(@Arg("id", () => ID) id: string, @Arg("comment", () => String, { nullable: true }) comment: string | null, @Ctx() ctx: Context) {
    return refundOf(await ctx.services.refunds.decide(ctx.viewer, id, "CONFIRMED", comment));
  }

  @Authorized("REFUNDS_MANAGE")
  @Mutation(() => Refund, { description: "Rejects a resident's refund request with a reason; the resident is notified." })
  async refundReject(@Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context) {
    return refundOf(await ctx.services.refunds.decide(ctx.viewer, id, "REJECTED", reason));
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => InvoiceDocuments, { description: "«Скачать документы»: builds the contract and the act (.docx) of the order's invoice; download both paths." })
  invoiceDocuments(@Arg("orderId", () => ID) orderId: string, @Ctx() ctx: Context) {
    return ctx.services.invoiceDocuments.generate(ctx.viewer, orderId);
  }

  @FieldResolver(() => [RefundLine])
  async lines(@Root() refund: Refund, @Ctx() ctx: Context): Promise<RefundLine[]> {
    return (await ctx.loaders.linesOfRefund.load(refund.id)).map((l) => ({ invoiceLineId: l.invoiceLineId, name: l.name, unit: l.unit, quantity: trimQuantity(l.quantity), amount: l.amountKopecks }));
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Who made the refund (staff refunds)." })
  createdBy(@Root() refund: Refund, @Ctx() ctx: Context) {
    return refund.createdByEmployeeId ? ctx.loaders.employee.load(refund.createdByEmployeeId) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Who confirmed or rejected it." })
  decidedBy(@Root() refund: Refund, @Ctx() ctx: Context) {
    return refund.decidedByEmployeeId ? ctx.loaders.employee.load(refund.decidedByEmployeeId) : null;
  }
}

/** NUMERIC(12,3) text → the shortest decimal ("1.500" → "1.5"). */
function trimQuantity(quantity: string): string {
  return quantity.includes(".") ? quantity.replace(/0+$/, "").replace(/\.$/, "") : quantity;
}

@Resolver(() => Invoice)
export class InvoicePaymentsFieldResolver {
  @FieldResolver(() => [Payment], { description: "Online payments of the invoice, oldest first." })
  async payments(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return (await ctx.loaders.paymentsOfInvoice.load(invoice.id)).map(paymentOf);
  }

  @FieldResolver(() => [Refund], { description: "Возвраты of the invoice, oldest first." })
  async refunds(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return (await ctx.loaders.refundsOfInvoice.load(invoice.id)).map(refundOf);
  }
}

@Resolver(() => ResidentInvoiceLine)
export class ResidentInvoiceLineRefundableResolver {
  @FieldResolver(() => String, {
    description: 'How much of the line may still be asked back (decimal, "0" when nothing): its quantity less what requests and confirmed refunds that did not fail hold.',
  })
  async refundableQuantity(@Root() line: ResidentInvoiceLine, @Ctx() ctx: Context): Promise<string> {
    const refunds = (await ctx.loaders.refundsOfInvoice.load(line.invoiceId)).filter((r) => refundHoldsMoney(r.decision as Decision, r.settlement as Settlement));
    const lines = await Promise.all(refunds.map((r) => ctx.loaders.linesOfRefund.load(r.id)));
    const held = lines.flat().filter((l) => l.invoiceLineId === line.id).reduce((sum, l) => sum + storedMilli(l.quantity), 0n);
    const rest = storedMilli(line.quantity) - held;
    return formatQuantity(rest > 0n ? rest : 0n);
  }
}

@Resolver(() => ResidentInvoice)
export class ResidentInvoicePaymentsFieldResolver {
  @FieldResolver(() => [ResidentRefund], { description: "The resident's refunds and requests of this invoice, oldest first." })
  async refunds(@Root() invoice: ResidentInvoice, @Ctx() ctx: Context) {
    return (await ctx.loaders.refundsOfInvoice.load(invoice.id)).map(residentRefundOf);
  }

  @FieldResolver(() => ResidentPayment, { nullable: true, description: "The latest online payment the resident started (its page while it is pending)." })
  async payment(@Root() invoice: ResidentInvoice, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.paymentsOfInvoice.load(invoice.id);
    const last = rows[rows.length - 1];
    return last ? residentPaymentOf(last) : null;
  }
}

@Resolver(() => Order)
export class OrderRefundSummaryFieldResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => OrderRefundSummary, { nullable: true, description: "The refund label with its amount and state (lists, card); null without refunds." })
  async refundSummary(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<OrderRefundSummary | null> {
    const rows = await ctx.loaders.refundsOfOrder.load(order.id);
    return orderRefundSummary(rows.map((r) => ({ decision: r.decision as Decision, settlement: r.settlement as Settlement, amount: r.amountKopecks })));
  }
}
