import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";

const { orderDocuments, services, storedFiles } = schema;

export type OrderDocumentRow = typeof orderDocuments.$inferSelect;

export class DocumentsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /** Oldest first, for many orders at once. */
  ofOrders(orderIds: readonly string[]): Promise<OrderDocumentRow[]> {
    return this.db
      .select()
      .from(orderDocuments)
      .where(and(eq(orderDocuments.organizationId, this.organizationId), inArray(orderDocuments.orderId, orderIds as string[])))
      .orderBy(asc(orderDocuments.createdAt), asc(orderDocuments.id));
  }

  async counts(orderIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db
      .select({ orderId: orderDocuments.orderId, n: count() })
      .from(orderDocuments)
      .where(and(eq(orderDocuments.organizationId, this.organizationId), inArray(orderDocuments.orderId, orderIds as string[])))
      .groupBy(orderDocuments.orderId);
    return new Map(rows.map((r) => [r.orderId, r.n]));
  }

  async count(orderId: string): Promise<number> {
    return (await this.counts([orderId])).get(orderId) ?? 0;
  }

  async byId(id: string): Promise<OrderDocumentRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(orderDocuments)
      .where(and(eq(orderDocuments.organizationId, this.organizationId), eq(orderDocuments.id, id)));
    return row;
  }

  async insert(values: Omit<typeof orderDocuments.$inferInsert, "organizationId">): Promise<OrderDocumentRow> {
    const [row] = await this.db
      .insert(orderDocuments)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  async delete(id: string): Promise<OrderDocumentRow | undefined> {
    const [row] = await this.db
      .delete(orderDocuments)
      .where(and(eq(orderDocuments.organizationId, this.organizationId), eq(orderDocuments.id, id)))
      .returning();
    return row;
  }

  /** Whether closing an order of this service needs a document (§18). */
  async documentRequiredToClose(serviceId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ required: services.documentRequiredToClose })
      .from(services)
      .where(and(eq(services.organizationId, this.organizationId), eq(services.id, serviceId)));
    return row?.required ?? false;
  }

  async fileName(fileId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ fileName: storedFiles.fileName })
      .from(storedFiles)
      .where(and(eq(storedFiles.organizationId, this.organizationId), eq(storedFiles.id, fileId)));
    return row?.fileName ?? null;
  }
}
