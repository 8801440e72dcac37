import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import type { Holders } from "@domovoy/domain";
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { BuildingRow, PremiseRow } from "./organization.repository.js";

const { legalEntities, quarters, objectGroups, buildings, premises, quarterAdministrators, objectGroupAdministrators, orders, incidentScope, clientPremises } =
  schema;

export type LegalEntityRow = typeof legalEntities.$inferSelect;
export type QuarterRow = typeof quarters.$inferSelect;
export type ObjectGroupRow = typeof objectGroups.$inferSelect;

export type BuildingValues = Pick<BuildingRow, "address" | "quarterId" | "objectGroupId" | "legalEntityId">;
export type PremiseValues = Pick<PremiseRow, "number" | "sortKey" | "personalAccount" | "tags" | "note">;
export type LegalEntityValues = Omit<LegalEntityRow, "id" | "organizationId" | "createdAt" | "version">;
/** One premise of an import: created, or updated where its building and number exist. */
export type PremiseUpsert = { buildingId: string; number: string; sortKey: string } & Partial<Pick<PremiseRow, "personalAccount" | "tags" | "note">>;

/** Writes of the organization's reference data (buildings, premises and their groupings); SQL only. */
export class ObjectsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  // Locks: an edit reads the row it changes under FOR UPDATE, then checks the version.

  async lockBuilding(id: string): Promise<BuildingRow | undefined> {
    const [row] = await this.db.select().from(buildings).where(and(eq(buildings.organizationId, this.organizationId), eq(buildings.id, id))).for("update");
    return row;
  }

  async lockPremise(id: string): Promise<PremiseRow | undefined> {
    const [row] = await this.db.select().from(premises).where(and(eq(premises.organizationId, this.organizationId), eq(premises.id, id))).for("update");
    return row;
  }

  async lockQuarter(id: string): Promise<QuarterRow | undefined> {
    const [row] = await this.db.select().from(quarters).where(and(eq(quarters.organizationId, this.organizationId), eq(quarters.id, id))).for("update");
    return row;
  }

  async lockObjectGroup(id: string): Promise<ObjectGroupRow | undefined> {
    const [row] = await this.db
      .select()
      .from(objectGroups)
      .where(and(eq(objectGroups.organizationId, this.organizationId), eq(objectGroups.id, id)))
      .for("update");
    return row;
  }

  async lockLegalEntity(id: string): Promise<LegalEntityRow | undefined> {
    const [row] = await this.db
      .select()
      .from(legalEntities)
      .where(and(eq(legalEntities.organizationId, this.organizationId), eq(legalEntities.id, id)))
      .for("update");
    return row;
  }

  /** Whether each kind of reference names a row of the organization (a building's pickers). */
  async quarterExists(id: string): Promise<boolean> {
    const [row] = await this.db.select({ id: quarters.id }).from(quarters).where(and(eq(quarters.organizationId, this.organizationId), eq(quarters.id, id)));
    return !!row;
  }

  async objectGroupExists(id: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: objectGroups.id })
      .from(objectGroups)
      .where(and(eq(objectGroups.organizationId, this.organizationId), eq(objectGroups.id, id)));
    return !!row;
  }

  async legalEntityExists(id: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: legalEntities.id })
      .from(legalEntities)
      .where(and(eq(legalEntities.organizationId, this.organizationId), eq(legalEntities.id, id)));
    return !!row;
  }

  // Buildings

  async insertBuilding(values: BuildingValues, now: Date): Promise<BuildingRow> {
    const [row] = await this.db
      .insert(buildings)
      .values({ ...values, organizationId: this.organizationId, createdAt: now, updatedAt: now })
      .returning();
    return row!;
  }

  async updateBuilding(id: string, values: Partial<BuildingValues>, now: Date): Promise<BuildingRow> {
    const [row] = await this.db
      .update(buildings)
      .set({ ...values, updatedAt: now, version: sql`${buildings.version} + 1` })
      .where(and(eq(buildings.organizationId, this.organizationId), eq(buildings.id, id)))
      .returning();
    return row!;
  }

  /** Every building's id and address, for matching an import's addresses. */
  buildingAddresses(): Promise<{ id: string; address: string }[]> {
    return this.db.select({ id: buildings.id, address: buildings.address }).from(buildings).where(eq(buildings.organizationId, this.organizationId));
  }

  // Premises

  async insertPremise(buildingId: string, values: PremiseValues, now: Date): Promise<PremiseRow> {
    const [row] = await this.db
      .insert(premises)
      .values({ ...values, buildingId, organizationId: this.organizationId, createdAt: now, updatedAt: now })
      .returning();
    return row!;
  }

  async updatePremise(id: string, values: Partial<PremiseValues>, now: Date): Promise<PremiseRow> {
    const [row] = await this.db
      .update(premises)
      .set({ ...values, updatedAt: now, version: sql`${premises.version} + 1` })
      .where(and(eq(premises.organizationId, this.organizationId), eq(premises.id, id)))
      .returning();
    return row!;
  }

  /** The premises of these buildings with these numbers (an import's existing rows), locked when `lock`. */
  premisesByNumbers(buildingIds: readonly string[], numbers: readonly string[], lock = false): Promise<PremiseRow[]> {
    if (buildingIds.length === 0 || numbers.length === 0) return Promise.resolve([]);
    const query = this.db
      .select()
      .from(premises)
      .where(
        and(eq(premises.organizationId, this.organizationId), inArray(premises.buildingId, buildingIds as string[]), inArray(premises.number, numbers as string[])),
      );
    return lock ? query.for("update") : query;
  }

  /**
   * Creates the premises that do not exist and updates those that do (by building and number), in
   * one statement per batch; only the columns a row carries change, and the version moves only for
   * rows whose values differ.
   */
  async upsertPremises(rows: readonly PremiseUpsert[], now: Date): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    const columns = ["personalAccount", "tags", "note"] as const;
    // Rows of one shape go together: ON CONFLICT updates the same columns for the whole batch.
    const groups = new Map<string, PremiseUpsert[]>();
    for (const row of rows) {
      const key = columns.filter((c) => row[c] !== undefined).join(",");
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const [key, group] of groups) {
      const present = key ? (key.split(",") as (typeof columns)[number][]) : [];
      for (let i = 0; i < group.length; i += 500) {
        const batch = group.slice(i, i + 500);
        const set: Record<string, unknown> = { updatedAt: now, version: sql`${premises.version} + 1` };
        const changed = present.map((c) => sql`${premises[c]} is distinct from excluded.${sql.identifier(premises[c].name)}`);
        for (const c of present) set[c] = sql.raw(`excluded.${premises[c].name}`);
        const result = await this.db
          .insert(premises)
          .values(batch.map((r) => ({ ...r, organizationId: this.organizationId, createdAt: now, updatedAt: now })))
          .onConflictDoUpdate({
            target: [premises.buildingId, premises.number],
            set,
            // Only premises of this organization are touched, and only when something differs.
            setWhere: and(eq(premises.organizationId, this.organizationId), changed.length ? sql`(${sql.join(changed, sql` or `)})` : sql`false`),
          })
          .returning({ inserted: sql<boolean>`(xmax = 0)` });
        for (const r of result) {
          if (r.inserted) created++;
          else updated++;
        }
      }
    }
    return { created, updated };
  }

  /** The premises holding these personal accounts, with their building's address. */
  accountHolders(accounts: readonly string[]) {
    if (accounts.length === 0) return Promise.resolve([]);
    return this.db
      .select({ id: premises.id, personalAccount: premises.personalAccount, buildingId: premises.buildingId, number: premises.number, address: buildings.address })
      .from(premises)
      .innerJoin(buildings, eq(buildings.id, premises.buildingId))
      .where(and(eq(premises.organizationId, this.organizationId), inArray(premises.personalAccount, accounts as string[])));
  }

  /** Premises for the export: of one building or all, with the building's address, in the list's order. */
  premisesForExport(buildingId: string | null, limit: number) {
    return this.db
      .select({ address: buildings.address, number: premises.number, personalAccount: premises.personalAccount, tags: premises.tags, note: premises.note })
      .from(premises)
      .innerJoin(buildings, eq(buildings.id, premises.buildingId))
      .where(and(eq(premises.organizationId, this.organizationId), buildingId ? eq(premises.buildingId, buildingId) : undefined))
      .orderBy(asc(buildings.address), asc(buildings.id), asc(premises.sortKey), asc(premises.id))
      .limit(limit);
  }

  // Quarters and object groups

  async insertQuarter(name: string, now: Date): Promise<QuarterRow> {
    const [row] = await this.db.insert(quarters).values({ name, organizationId: this.organizationId, createdAt: now }).returning();
    return row!;
  }

  async updateQuarter(id: string, values: { name?: string }): Promise<QuarterRow> {
    const [row] = await this.db
      .update(quarters)
      .set({ ...values, version: sql`${quarters.version} + 1` })
      .where(and(eq(quarters.organizationId, this.organizationId), eq(quarters.id, id)))
      .returning();
    return row!;
  }

  async setQuarterAdministrators(quarterId: string, employeeIds: readonly string[]): Promise<void> {
    await this.db
      .delete(quarterAdministrators)
      .where(and(eq(quarterAdministrators.organizationId, this.organizationId), eq(quarterAdministrators.quarterId, quarterId)));
    if (employeeIds.length === 0) return;
    await this.db.insert(quarterAdministrators).values(employeeIds.map((employeeId) => ({ organizationId: this.organizationId, quarterId, employeeId })));
  }

  async insertObjectGroup(name: string, now: Date): Promise<ObjectGroupRow> {
    const [row] = await this.db.insert(objectGroups).values({ name, organizationId: this.organizationId, createdAt: now }).returning();
    return row!;
  }

  async updateObjectGroup(id: string, values: { name?: string }): Promise<ObjectGroupRow> {
    const [row] = await this.db
      .update(objectGroups)
      .set({ ...values, version: sql`${objectGroups.version} + 1` })
      .where(and(eq(objectGroups.organizationId, this.organizationId), eq(objectGroups.id, id)))
      .returning();
    return row!;
  }

  async setObjectGroupAdministrators(objectGroupId: string, employeeIds: readonly string[]): Promise<void> {
    await this.db
      .delete(objectGroupAdministrators)
      .where(and(eq(objectGroupAdministrators.organizationId, this.organizationId), eq(objectGroupAdministrators.objectGroupId, objectGroupId)));
    if (employeeIds.length === 0) return;
    await this.db
      .insert(objectGroupAdministrators)
      .values(employeeIds.map((employeeId) => ({ organizationId: this.organizationId, objectGroupId, employeeId })));
  }

  // Legal entities

  async insertLegalEntity(values: LegalEntityValues, now: Date): Promise<LegalEntityRow> {
    const [row] = await this.db
      .insert(legalEntities)
      .values({ ...values, organizationId: this.organizationId, createdAt: now })
      .returning();
    return row!;
  }

  async updateLegalEntity(id: string, values: Partial<LegalEntityValues>): Promise<LegalEntityRow> {
    const [row] = await this.db
      .update(legalEntities)
      .set({ ...values, version: sql`${legalEntities.version} + 1` })
      .where(and(eq(legalEntities.organizationId, this.organizationId), eq(legalEntities.id, id)))
      .returning();
    return row!;
  }

  // Deletion: what holds a row (counted), and the delete itself

  private async countWhere(table: PgTable, where: SQL): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(table).where(where);
    return row?.n ?? 0;
  }

  async buildingHolders(id: string): Promise<Holders> {
    const [premiseCount, orderCount, incidentCount] = await Promise.all([
      this.countWhere(premises, and(eq(premises.organizationId, this.organizationId), eq(premises.buildingId, id))!),
      this.countWhere(orders, and(eq(orders.buildingId, id), eq(orders.organizationId, this.organizationId))!),
      this.db
        .select({ n: sql<number>`count(distinct ${incidentScope.incidentId})::int` })
        .from(incidentScope)
        .where(and(eq(incidentScope.buildingId, id), eq(incidentScope.organizationId, this.organizationId)))
        .then((rows) => rows[0]?.n ?? 0),
    ]);
    return { premises: premiseCount, orders: orderCount, incidents: incidentCount };
  }

  async premiseHolders(id: string): Promise<Holders> {
    const [residentCount, orderCount, incidentCount] = await Promise.all([
      this.countWhere(clientPremises, and(eq(clientPremises.organizationId, this.organizationId), eq(clientPremises.premiseId, id))!),
      this.countWhere(orders, and(eq(orders.premiseId, id), eq(orders.organizationId, this.organizationId))!),
      this.db
        .select({ n: sql<number>`count(distinct ${incidentScope.incidentId})::int` })
        .from(incidentScope)
        .where(and(eq(incidentScope.premiseId, id), eq(incidentScope.organizationId, this.organizationId)))
        .then((rows) => rows[0]?.n ?? 0),
    ]);
    return { residents: residentCount, orders: orderCount, incidents: incidentCount };
  }

  /** Buildings of a quarter, an object group or a legal entity (archived ones too: they still name it). */
  async buildingsOf(column: "quarterId" | "objectGroupId" | "legalEntityId", id: string): Promise<Holders> {
    return { buildings: await this.countWhere(buildings, and(eq(buildings.organizationId, this.organizationId), eq(buildings[column], id))!) };
  }

  async deleteBuilding(id: string): Promise<void> {
    await this.db.delete(buildings).where(and(eq(buildings.organizationId, this.organizationId), eq(buildings.id, id)));
  }

  async deletePremise(id: string): Promise<void> {
    await this.db.delete(premises).where(and(eq(premises.organizationId, this.organizationId), eq(premises.id, id)));
  }

  async deleteQuarter(id: string): Promise<void> {
    await this.db.delete(quarters).where(and(eq(quarters.organizationId, this.organizationId), eq(quarters.id, id)));
  }

  async deleteObjectGroup(id: string): Promise<void> {
    await this.db.delete(objectGroups).where(and(eq(objectGroups.organizationId, this.organizationId), eq(objectGroups.id, id)));
  }

  async deleteLegalEntity(id: string): Promise<void> {
    await this.db.delete(legalEntities).where(and(eq(legalEntities.organizationId, this.organizationId), eq(legalEntities.id, id)));
  }

  /** Archives (now) or restores (null) a building; the version moves, so an edit opened before is refused. */
  async setBuildingArchived(id: string, archivedAt: Date | null, now: Date): Promise<BuildingRow> {
    const [row] = await this.db
      .update(buildings)
      .set({ archivedAt, updatedAt: now, version: sql`${buildings.version} + 1` })
      .where(and(eq(buildings.organizationId, this.organizationId), eq(buildings.id, id)))
      .returning();
    return row!;
  }

  async setPremiseArchived(id: string, archivedAt: Date | null, now: Date): Promise<PremiseRow> {
    const [row] = await this.db
      .update(premises)
      .set({ archivedAt, updatedAt: now, version: sql`${premises.version} + 1` })
      .where(and(eq(premises.organizationId, this.organizationId), eq(premises.id, id)))
      .returning();
    return row!;
  }
}
