import { schema, type DbOrTx } from "@domovoy/db";
import { and, asc, eq } from "drizzle-orm";

const { orders, invoices, invoiceLines, clients, premises, buildings, legalEntities, organizations, services } = schema;

/** What the contract and the act state, read in one go (SQL only). */
export class InvoiceDocumentsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  async source(orderId: string) {
    const [row] = await this.db
      .select({
        order: { id: orders.id, number: orders.number },
        invoice: invoices,
        service: services.name,
        client: { fullName: clients.fullName, phone: clients.phone, email: clients.email },
        premise: premises.number,
        address: buildings.address,
        legalEntity: legalEntities,
        organization: { name: organizations.name, timeZone: organizations.timeZone, phone: organizations.phone, email: organizations.email, address: organizations.address },
      })
      .from(orders)
      .innerJoin(invoices, eq(invoices.orderId, orders.id))
      .innerJoin(organizations, eq(organizations.id, orders.organizationId))
      .innerJoin(services, eq(services.id, orders.serviceId))
      .innerJoin(buildings, eq(buildings.id, orders.buildingId))
      .leftJoin(premises, eq(premises.id, orders.premiseId))
      .leftJoin(clients, eq(clients.id, orders.clientId))
      .leftJoin(legalEntities, eq(legalEntities.id, buildings.legalEntityId))
      .where(and(eq(orders.organizationId, this.organizationId), eq(orders.id, orderId)));
    if (!row) return undefined;
    const lines = await this.db
      .select()
      .from(invoiceLines)
      .where(and(eq(invoiceLines.organizationId, this.organizationId), eq(invoiceLines.invoiceId, row.invoice.id)))
      .orderBy(asc(invoiceLines.position), asc(invoiceLines.id));
    return { ...row, lines };
  }
}
