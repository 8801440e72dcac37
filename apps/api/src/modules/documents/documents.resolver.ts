import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { StoredFile } from "../files/file.type.js";
import { Order } from "../orders/order.type.js";
import type { OrderRow } from "../orders/orders.repository.js";
import { Employee } from "../staff/staff.type.js";
import { OrderDocument } from "./document.type.js";
import type { OrderDocumentRow } from "./documents.repository.js";

@Resolver(() => OrderDocument)
export class DocumentsResolver {
  @Authorized("EMPLOYEE")
  @Mutation(() => OrderDocument, {
    description:
      "Attaches an upload (POST /files with purpose ORDER_DOCUMENT and this orderId) to the order. Refused past 15 documents (CONFLICT, reason DOCUMENT_LIMIT); a refused upload is deleted.",
  })
  orderDocumentAdd(
    @Arg("orderId", () => ID) orderId: string,
    @Arg("fileId", () => ID) fileId: string,
    @Arg("idempotencyKey", () => String, { nullable: true, description: "Sent again with the same key, the add returns the same document (see OrderCreateInput.idempotencyKey)." })
    idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.documents.add(ctx.viewer, orderId, fileId, idempotencyKey);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Order, { description: "Deletes a document (file included); returns its order." })
  orderDocumentDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.documents.delete(ctx.viewer, id);
  }

  @FieldResolver(() => StoredFile)
  async file(@Root() document: OrderDocumentRow, @Ctx() ctx: Context) {
    const file = await ctx.loaders.storedFile.load(document.fileId);
    if (!file) throw new Error(`document ${document.id}: file ${document.fileId} is missing`);
    return file;
  }

  @FieldResolver(() => Employee)
  uploadedBy(@Root() document: OrderDocumentRow, @Ctx() ctx: Context) {
    return ctx.loaders.employee.load(document.uploadedByEmployeeId);
  }
}

@Resolver(() => Order)
export class OrderDocumentsFieldResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => [OrderDocument], { description: "Documents (§18), oldest first (staff only, never residents)." })
  documents(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return ctx.loaders.documentsOfOrder.load(order.id);
  }

  @Authorized("EMPLOYEE")
  @FieldResolver(() => Int, { description: "How many documents the order has (at most 15; staff only)." })
  documentCount(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return ctx.loaders.documentCountOfOrder.load(order.id);
  }
}
