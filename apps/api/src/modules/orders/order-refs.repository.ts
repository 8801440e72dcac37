import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, eq, inArray } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";

const { services, buildings, premises, clients, clientPremises, departments, departmentEmployees, employees } = schema;

export type ServiceRow = typeof services.$inferSelect;
type Named = { id: string; name: string };

/** What an order refers to (service, place, client, department, employees), looked up inside the organization. */
export class OrderRefsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  async service(id: string): Promise<ServiceRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(services)
      .where(and(eq(services.organizationId, this.organizationId), eq(services.id, id)));
    return row;
  }

  async department(id: string): Promise<Named | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(and(eq(departments.organizationId, this.organizationId), eq(departments.id, id)));
    return row;
  }

  /** The building of one of the client's own premises. */
  async residentPremise(clientId: string, premiseId: string): Promise<{ buildingId: string } | undefined> {
    if (!isUuid(premiseId)) return undefined;
    const [row] = await this.db
      .select({ buildingId: premises.buildingId })
      .from(clientPremises)
      .innerJoin(premises, eq(premises.id, clientPremises.premiseId))
      .where(and(eq(clientPremises.organizationId, this.organizationId), eq(clientPremises.clientId, clientId), eq(clientPremises.premiseId, premiseId)));
    return row;
  }

  async buildingExists(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const rows = await this.db
      .select({ id: buildings.id })
      .from(buildings)
      .where(and(eq(buildings.organizationId, this.organizationId), eq(buildings.id, id)));
    return rows.length > 0;
  }

  /** Whether the building and the premise are archived (closed to new orders). */
  async archivedPlaces(buildingId: string, premiseId: string | null): Promise<{ building: boolean; premise: boolean }> {
    const [building] = await this.db
      .select({ archivedAt: buildings.archivedAt })
      .from(buildings)
      .where(and(eq(buildings.organizationId, this.organizationId), eq(buildings.id, buildingId)));
    const [premise] = premiseId
      ? await this.db
          .select({ archivedAt: premises.archivedAt })
          .from(premises)
          .where(and(eq(premises.organizationId, this.organizationId), eq(premises.id, premiseId)))
      : [];
    return { building: building?.archivedAt != null, premise: premise?.archivedAt != null };
  }

  /** The premise has residents (clients linked to it): an order there is expected to name one. */
  async premiseHasResidents(premiseId: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: clientPremises.clientId })
      .from(clientPremises)
      .innerJoin(premises, eq(premises.id, clientPremises.premiseId))
      .where(and(eq(premises.organizationId, this.organizationId), eq(clientPremises.premiseId, premiseId)))
      .limit(1);
    return rows.length > 0;
  }

  async premiseInBuilding(premiseId: string, buildingId: string): Promise<boolean> {
    if (!isUuid(premiseId)) return false;
    const rows = await this.db
      .select({ id: premises.id })
      .from(premises)
      .where(and(eq(premises.organizationId, this.organizationId), eq(premises.id, premiseId), eq(premises.buildingId, buildingId)));
    return rows.length > 0;
  }

  async clientExists(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const rows = await this.db
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.organizationId, this.organizationId), eq(clients.id, id)));
    return rows.length > 0;
  }

  /** Addresses, premise numbers and client names, for the history of a base-data change. */
  async placeNames(ids: { buildingIds: string[]; premiseIds: string[]; clientIds: string[] }): Promise<{ buildings: Named[]; premises: Named[]; clients: Named[] }> {
    const [b, p, c] = await Promise.all([
      this.db
        .select({ id: buildings.id, name: buildings.address })
        .from(buildings)
        .where(and(eq(buildings.organizationId, this.organizationId), inArray(buildings.id, ids.buildingIds))),
      ids.premiseIds.length ? this.db.select({ id: premises.id, name: premises.number }).from(premises).where(inArray(premises.id, ids.premiseIds)) : [],
      ids.clientIds.length ? this.db.select({ id: clients.id, name: clients.fullName }).from(clients).where(inArray(clients.id, ids.clientIds)) : [],
    ]);
    return { buildings: b, premises: p, clients: c };
  }

  async employeeNames(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.select({ fullName: employees.fullName }).from(employees).where(inArray(employees.id, ids));
    return rows.map((r) => r.fullName);
  }

  /** Those of `ids` who belong to the department (in no particular order). */
  async departmentMembers(departmentId: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ id: departmentEmployees.employeeId })
      .from(departmentEmployees)
      .where(
        and(
          eq(departmentEmployees.organizationId, this.organizationId),
          eq(departmentEmployees.departmentId, departmentId),
          inArray(departmentEmployees.employeeId, ids),
        ),
      );
    return rows.map((r) => r.id);
  }
}
