import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { OrderDocument } from "../documents/document.type.js";
import { Order } from "../orders/order.type.js";
import type { OrderRow } from "../orders/orders.repository.js";
import { Employee } from "../staff/staff.type.js";
import { OrderChecklistItem, OrderChecklistItemSetInput } from "./checklist.type.js";
import type { ChecklistItemRow } from "./checklists.repository.js";

@Resolver(() => OrderChecklistItem)
export class ChecklistsResolver {
  @Authorized("EMPLOYEE")
  @Mutation(() => Order, {
    description:
      "Ticks or unticks an item of an order's checklist, with its note and photo (executors of the order and staff with ORDERS_MANAGE). Refused on a closed order (CHECKLIST_LOCKED), without the photo or note the item asks for (PHOTO_REQUIRED, NOTE_REQUIRED), or when the item changed since `version` (CONFLICT, STALE_VERSION). Returns the order.",
  })
  orderChecklistItemSet(@Arg("input", () => OrderChecklistItemSetInput) input: OrderChecklistItemSetInput, @Ctx() ctx: Context) {
    return ctx.services.checklists.setItem(ctx.viewer, input);
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Who ticked it (null while not done)." })
  doneBy(@Root() item: ChecklistItemRow, @Ctx() ctx: Context) {
    return item.doneByEmployeeId ? ctx.loaders.employee.load(item.doneByEmployeeId) : null;
  }

  @FieldResolver(() => OrderDocument, { nullable: true, description: "The photo: one of the order's documents." })
  async photo(@Root() item: ChecklistItemRow, @Ctx() ctx: Context) {
    if (!item.documentId) return null;
    const documents = await ctx.loaders.documentsOfOrder.load(item.orderId);
    return documents.find((d) => d.id === item.documentId) ?? null;
  }
}

@Resolver(() => Order)
export class OrderChecklistFieldResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => [OrderChecklistItem], { description: "The checklist, in order (staff only, never residents)." })
  checklist(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return ctx.loaders.checklistOfOrder.load(order.id);
  }
}
