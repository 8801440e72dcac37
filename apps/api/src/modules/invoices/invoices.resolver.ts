import { invoiceActions, invoiceVisibleToResident, type InvoiceLifeState } from "@domovoy/domain";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Order } from "../orders/order.type.js";
import type { OrderRow } from "../orders/orders.repository.js";
import { ResidentOrder } from "../orders/resident-order.type.js";
import { Employee } from "../staff/staff.type.js";
import { Invoice, InvoiceAction, InvoiceLine, InvoiceLineAddInput, InvoiceLineUpdateInput, ResidentInvoice, ResidentInvoiceLine } from "./invoice.type.js";
import type { InvoiceLineRow, InvoiceRow } from "./invoices.repository.js";

/** A stored invoice as the GraphQL types read it (kopecks under their API names). */
export function invoiceOf(row: InvoiceRow): Invoice {
  return {
    id: row.id,
    orderId: row.orderId,
    state: row.state as InvoiceLifeState,
    total: row.totalKopecks,
    version: row.version,
    issuedAt: row.issuedAt,
    markedPaidAt: row.markedPaidAt,
    paidAt: row.paidAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    issuedByEmployeeId: row.issuedByEmployeeId,
    markedPaidByEmployeeId: row.markedPaidByEmployeeId,
  };
}

function lineOf(row: InvoiceLineRow): InvoiceLine {
  return {
    id: row.id,
    priceListItemId: row.priceListItemId,
    name: row.name,
    unit: row.unit,
    unitPrice: row.unitPriceKopecks,
    quantity: trimQuantity(row.quantity),
    discountPercent: row.discountPercent,
    total: row.totalKopecks,
  };
}

/** NUMERIC(12,3) prints "1.500": the API answers "1.5". */
function trimQuantity(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

@Resolver(() => Invoice)
export class InvoicesResolver {
  @Authorized("EMPLOYEE")
  @Mutation(() => Invoice, { description: "«Добавить» on an order of a paid service without an invoice: an empty draft (INVOICES_MANAGE)." })
  async invoiceCreate(@Arg("orderId", () => ID) orderId: string, @Ctx() ctx: Context) {
    return invoiceOf(await ctx.services.invoices.create(ctx.viewer, orderId));
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Invoice, { description: "Adds an active item of the order's service's price list to a draft invoice." })
  async invoiceLineAdd(@Arg("input", () => InvoiceLineAddInput) input: InvoiceLineAddInput, @Ctx() ctx: Context) {
    return invoiceOf(await ctx.services.invoices.addLine(ctx.viewer, input));
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Invoice, { description: "Changes a line's quantity, discount or unit price (draft only)." })
  async invoiceLineUpdate(@Arg("input", () => InvoiceLineUpdateInput) input: InvoiceLineUpdateInput, @Ctx() ctx: Context) {
    return invoiceOf(await ctx.services.invoices.updateLine(ctx.viewer, input));
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Invoice, { description: "Removes a line (draft only)." })
  async invoiceLineRemove(@Arg("lineId", () => ID) lineId: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return invoiceOf(await ctx.services.invoices.removeLine(ctx.viewer, lineId, version));
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Invoice, { description: "«Активировать в ЛК»: DRAFT → ISSUED; the resident sees it and the order's base data locks." })
  async invoiceIssue(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return invoiceOf(await ctx.services.invoices.issue(ctx.viewer, id, version));
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Invoice, { description: "«Отметить оплаченным» (e.g. cash at the office): ISSUED → MARKED_PAID, with who and when." })
  async invoiceMarkPaid(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return invoiceOf(await ctx.services.invoices.markPaid(ctx.viewer, id, version));
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Invoice, { description: "«Сделать неоплаченным»: ISSUED or MARKED_PAID → DRAFT. An invoice paid online is refused (it needs a refund)." })
  async invoiceMakeUnpaid(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return invoiceOf(await ctx.services.invoices.makeUnpaid(ctx.viewer, id, version));
  }

  @FieldResolver(() => [InvoiceLine], { description: "In the order they were added (at most 100)." })
  async lines(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return (await ctx.loaders.linesOfInvoice.load(invoice.id)).map(lineOf);
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Who issued it (the last «Активировать в ЛК»)." })
  issuedBy(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return invoice.issuedByEmployeeId ? ctx.loaders.employee.load(invoice.issuedByEmployeeId) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Who marked it paid." })
  markedPaidBy(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return invoice.markedPaidByEmployeeId ? ctx.loaders.employee.load(invoice.markedPaidByEmployeeId) : null;
  }

  @FieldResolver(() => [InvoiceAction], { description: "What its state allows next (EDIT_LINES, ISSUE, MARK_PAID, MAKE_UNPAID); INVOICES_MANAGE still applies." })
  async actions(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return invoiceActions(invoice.state, (await ctx.loaders.linesOfInvoice.load(invoice.id)).length);
  }
}

@Resolver(() => Order)
export class OrderInvoiceFieldResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => Invoice, { nullable: true, description: "Счёт на оплату (paid services); null until «Добавить»." })
  async invoice(@Root() order: OrderRow, @Ctx() ctx: Context) {
    const row = await ctx.loaders.invoiceOfOrder.load(order.id);
    return row ? invoiceOf(row) : null;
  }
}

@Resolver(() => ResidentInvoice)
export class ResidentInvoiceResolver {
  @FieldResolver(() => [ResidentInvoiceLine])
  async lines(@Root() invoice: ResidentInvoice, @Ctx() ctx: Context) {
    return (await ctx.loaders.linesOfInvoice.load(invoice.id)).map((row) => {
      const { priceListItemId: _item, ...line } = lineOf(row);
      return { ...line, invoiceId: row.invoiceId };
    });
  }
}

@Resolver(() => ResidentOrder)
export class ResidentOrderInvoiceFieldResolver {
  @FieldResolver(() => ResidentInvoice, { nullable: true, description: "The order's invoice once issued (ISSUED, PAID, MARKED_PAID); null for none or a draft." })
  async invoice(@Root() order: OrderRow, @Ctx() ctx: Context): Promise<ResidentInvoice | null> {
    const row = await ctx.loaders.invoiceOfOrder.load(order.id);
    if (!row || !invoiceVisibleToResident(row.state as InvoiceLifeState)) return null;
    return { id: row.id, state: row.state as InvoiceLifeState, total: row.totalKopecks, issuedAt: row.issuedAt, paidAt: row.paidAt ?? row.markedPaidAt };
  }
}
