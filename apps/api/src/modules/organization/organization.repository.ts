import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import type { OrderScope } from "@domovoy/domain";
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import { afterKey, type CursorValue } from "../../shared/pagination.js";
import { clientScopeCondition } from "../clients/clients.repository.js";
import { containsPattern, foldedContains } from "../../shared/search.js";

const {
  organizations,
  legalEntities,
  quarters,
  objectGroups,
  buildings,
  premises,
  clients,
  clientPremises,
  employees,
  quarterAdministrators,
  objectGroupAdministrators,
} = schema;

const ACCOUNT_SEARCH_MIN_LENGTH = 4;

export type OrganizationRow = typeof organizations.$inferSelect;
export type BuildingRow = typeof buildings.$inferSelect;
export type PremiseRow = typeof premises.$inferSelect;
export type BuildingFilter = { search: string | null; archived?: boolean };
export type PremiseFilter = { buildingId: string | null; search: string | null; archived?: boolean };

export class OrganizationRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  async organization(): Promise<OrganizationRow | undefined> {
    const [row] = await this.db.select().from(organizations).where(eq(organizations.id, this.organizationId));
    return row;
  }

  legalEntities() {
    return this.db
      .select()
      .from(legalEntities)
      .where(eq(legalEntities.organizationId, this.organizationId))
      .orderBy(asc(legalEntities.name), asc(legalEntities.id));
  }

  quarters() {
    return this.db
      .select()
      .from(quarters)
      .where(eq(quarters.organizationId, this.organizationId))
      .orderBy(asc(quarters.name), asc(quarters.id));
  }

  objectGroups() {
    return this.db
      .select()
      .from(objectGroups)
      .where(eq(objectGroups.organizationId, this.organizationId))
      .orderBy(asc(objectGroups.name), asc(objectGroups.id));
  }

  private buildingsWhere(filter: BuildingFilter): SQL {
    const conditions: SQL[] = [eq(buildings.organizationId, this.organizationId)];
    if (filter.archived !== undefined) conditions.push(filter.archived ? isNotNull(buildings.archivedAt) : isNull(buildings.archivedAt));
    if (filter.search) conditions.push(foldedContains(buildings.address, filter.search));
    return and(...conditions)!;
  }

  buildings(filter: BuildingFilter, limit: number, after: CursorValue[] | null): Promise<BuildingRow[]> {
    const where = this.buildingsWhere(filter);
    return this.db
      .select()
      .from(buildings)
      .where(after ? and(where, afterKey([buildings.address, buildings.id], after)) : where)
      .orderBy(asc(buildings.address), asc(buildings.id))
      .limit(limit + 1);
  }

  async countBuildings(filter: BuildingFilter): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(buildings).where(this.buildingsWhere(filter));
    return row?.n ?? 0;
  }

  async buildingById(id: string): Promise<BuildingRow | undefined> {
    const [row] = await this.db
      .select()
      .from(buildings)
      .where(and(eq(buildings.organizationId, this.organizationId), eq(buildings.id, id)));
    return row;
  }

  private premisesWhere(filter: PremiseFilter): SQL {
    const conditions: SQL[] = [eq(premises.organizationId, this.organizationId)];
    if (filter.archived !== undefined) conditions.push(filter.archived ? isNotNull(premises.archivedAt) : isNull(premises.archivedAt));
    if (filter.buildingId) conditions.push(eq(premises.buildingId, filter.buildingId));
    if (filter.search) {
      // A flat number is matched from its start («12» finds 12, 120…); an account anywhere, but only
      // for a few digits or more, else «7» would find every account with a 7 in it.
      const prefix = containsPattern(filter.search).slice(1);
      conditions.push(
        or(
          ilike(premises.number, prefix),
          filter.search.length >= ACCOUNT_SEARCH_MIN_LENGTH ? ilike(premises.personalAccount, containsPattern(filter.search)) : undefined,
        )!,
      );
    }
    return and(...conditions)!;
  }

  premises(filter: PremiseFilter, limit: number, after: CursorValue[] | null): Promise<PremiseRow[]> {
    const where = this.premisesWhere(filter);
    return this.db
      .select()
      .from(premises)
      .where(after ? and(where, afterKey([premises.buildingId, premises.sortKey, premises.id], after)) : where)
      .orderBy(asc(premises.buildingId), asc(premises.sortKey), asc(premises.id))
      .limit(limit + 1);
  }

  async countPremises(filter: PremiseFilter): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(premises).where(this.premisesWhere(filter));
    return row?.n ?? 0;
  }

  async premiseById(id: string): Promise<PremiseRow | undefined> {
    const [row] = await this.db
      .select()
      .from(premises)
      .where(and(eq(premises.organizationId, this.organizationId), eq(premises.id, id)));
    return row;
  }

  /** Number of premises per building, for many buildings at once. */
  premiseCounts(buildingIds: readonly string[]) {
    return this.db
      .select({ buildingId: premises.buildingId, n: count() })
      .from(premises)
      .where(and(eq(premises.organizationId, this.organizationId), inArray(premises.buildingId, buildingIds as string[])))
      .groupBy(premises.buildingId);
  }

  /** Clients of many premises at once, those `scope` admits (`clientScope`); owners first. */
  clientsOfPremises(premiseIds: readonly string[], scope: OrderScope) {
    return this.db
      .select({ premiseId: clientPremises.premiseId, client: clients })
      .from(clientPremises)
      .innerJoin(clients, eq(clients.id, clientPremises.clientId))
      .where(
        and(
          eq(clientPremises.organizationId, this.organizationId),
          inArray(clientPremises.premiseId, premiseIds as string[]),
          clientScopeCondition(scope, clients.id) ?? undefined,
        ),
      )
      .orderBy(desc(clientPremises.isOwner), asc(clients.fullName), asc(clients.id));
  }

  administratorsOfQuarters(quarterIds: readonly string[]) {
    return this.db
      .select({ quarterId: quarterAdministrators.quarterId, employee: employees })
      .from(quarterAdministrators)
      .innerJoin(employees, eq(employees.id, quarterAdministrators.employeeId))
      .where(
        and(eq(quarterAdministrators.organizationId, this.organizationId), inArray(quarterAdministrators.quarterId, quarterIds as string[])),
      )
      .orderBy(asc(employees.fullName), asc(employees.id));
  }

  administratorsOfObjectGroups(objectGroupIds: readonly string[]) {
    return this.db
      .select({ objectGroupId: objectGroupAdministrators.objectGroupId, employee: employees })
      .from(objectGroupAdministrators)
      .innerJoin(employees, eq(employees.id, objectGroupAdministrators.employeeId))
      .where(
        and(
          eq(objectGroupAdministrators.organizationId, this.organizationId),
          inArray(objectGroupAdministrators.objectGroupId, objectGroupIds as string[]),
        ),
      )
      .orderBy(asc(employees.fullName), asc(employees.id));
  }
}
