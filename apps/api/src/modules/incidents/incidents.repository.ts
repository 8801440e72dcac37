import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { OPEN_INCIDENT_STATUSES, parseIncidentEvent, type IncidentEventData, type IncidentStatus, type OpenIncidentScope } from "@domovoy/domain";
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";
import { foldedContains } from "../../shared/search.js";

const { incidents, incidentCounters, incidentScope, incidentResponsibles, incidentEvents, employees, clientPremises, premises, buildings, organizations } = schema;

export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentValues = typeof incidents.$inferInsert;
type StoredEvent = typeof incidentEvents.$inferSelect;
export type IncidentEventRow = Omit<StoredEvent, "kind" | "data"> & IncidentEventData;
export type IncidentEventValues = Omit<typeof incidentEvents.$inferInsert, "organizationId" | "kind" | "data"> & IncidentEventData;
export type ScopeEntry = { buildingId: string; premiseId: string | null };
export type IncidentScopeRow = ScopeEntry & { incidentId: string };

export type IncidentQuery = {
  statuses: IncidentStatus[] | null;
  search: { term: string; number: number | null } | null;
  /** Only incidents whose scope covers this building. */
  buildingId?: string | null;
};
/** [updated_at as ISO, id] */
export type IncidentCursor = [string, string];

/** An incident's row, scope, responsible employees and history; the list and its counts. */
export class IncidentsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /** The next human number of the organization's incidents; concurrency-safe (the counter row is locked). */
  async nextNumber(): Promise<number> {
    const [row] = await this.db
      .insert(incidentCounters)
      .values({ organizationId: this.organizationId, lastNumber: 1 })
      .onConflictDoUpdate({ target: incidentCounters.organizationId, set: { lastNumber: sql`${incidentCounters.lastNumber} + 1` } })
      .returning({ n: incidentCounters.lastNumber });
    return row!.n;
  }

  async insert(values: Omit<IncidentValues, "organizationId">): Promise<IncidentRow> {
    const [row] = await this.db
      .insert(incidents)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  /**
   * The incident; `lock` "update" for changing it (a cascade holds it to the end of its transaction),
   * "share" for attaching orders (many may attach at once; none while it closes).
   */
  async byId(id: string, lock?: "update" | "share"): Promise<IncidentRow | undefined> {
    if (!isUuid(id)) return undefined;
    const query = this.db
      .select()
      .from(incidents)
      .where(and(eq(incidents.organizationId, this.organizationId), eq(incidents.id, id)));
    const [row] = lock ? await query.for(lock) : await query;
    return row;
  }

  async update(id: string, values: Partial<IncidentValues>): Promise<IncidentRow> {
    const [row] = await this.db
      .update(incidents)
      .set({ ...values, version: sql`${incidents.version} + 1` })
      .where(and(eq(incidents.organizationId, this.organizationId), eq(incidents.id, id)))
      .returning();
    return row!;
  }

  /** A change that is not an edit of the incident (orders attached or detached): version kept, list order moves. */
  async touch(id: string, now: Date): Promise<void> {
    await this.db
      .update(incidents)
      .set({ updatedAt: now })
      .where(and(eq(incidents.organizationId, this.organizationId), eq(incidents.id, id)));
  }

  async setScope(incidentId: string, entries: ScopeEntry[]): Promise<void> {
    await this.db.delete(incidentScope).where(and(eq(incidentScope.organizationId, this.organizationId), eq(incidentScope.incidentId, incidentId)));
    if (entries.length === 0) return;
    await this.db.insert(incidentScope).values(entries.map((e) => ({ ...e, incidentId, organizationId: this.organizationId })));
  }

  scopeOf(incidentIds: readonly string[]): Promise<IncidentScopeRow[]> {
    return this.db
      .select({ incidentId: incidentScope.incidentId, buildingId: incidentScope.buildingId, premiseId: incidentScope.premiseId })
      .from(incidentScope)
      .where(and(eq(incidentScope.organizationId, this.organizationId), inArray(incidentScope.incidentId, incidentIds as string[])))
      .orderBy(asc(incidentScope.incidentId), asc(incidentScope.buildingId), asc(incidentScope.premiseId));
  }

  async responsibleIds(incidentId: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: incidentResponsibles.employeeId })
      .from(incidentResponsibles)
      .where(and(eq(incidentResponsibles.organizationId, this.organizationId), eq(incidentResponsibles.incidentId, incidentId)))
      .orderBy(asc(incidentResponsibles.position));
    return rows.map((r) => r.id);
  }

  responsiblesOf(incidentIds: readonly string[]) {
    return this.db
      .select({ incidentId: incidentResponsibles.incidentId, employee: employees })
      .from(incidentResponsibles)
      .innerJoin(employees, eq(employees.id, incidentResponsibles.employeeId))
      .where(and(eq(incidentResponsibles.organizationId, this.organizationId), inArray(incidentResponsibles.incidentId, incidentIds as string[])))
      .orderBy(asc(incidentResponsibles.incidentId), asc(incidentResponsibles.position));
  }

  async setResponsibles(incidentId: string, employeeIds: string[]): Promise<void> {
    await this.db
      .delete(incidentResponsibles)
      .where(and(eq(incidentResponsibles.organizationId, this.organizationId), eq(incidentResponsibles.incidentId, incidentId)));
    if (employeeIds.length === 0) return;
    await this.db
      .insert(incidentResponsibles)
      .values(employeeIds.map((employeeId, position) => ({ organizationId: this.organizationId, incidentId, employeeId, position })));
  }

  async insertEvents(values: IncidentEventValues[]): Promise<void> {
    if (values.length === 0) return;
    await this.db.insert(incidentEvents).values(values.map((v) => ({ ...v, data: v.data as Record<string, unknown>, organizationId: this.organizationId })));
  }

  async events(incidentId: string): Promise<IncidentEventRow[]> {
    const rows = await this.db
      .select()
      .from(incidentEvents)
      .where(and(eq(incidentEvents.organizationId, this.organizationId), eq(incidentEvents.incidentId, incidentId)))
      .orderBy(desc(incidentEvents.id));
    return rows.map((row) => ({ ...row, ...parseIncidentEvent(row.kind, row.data) }));
  }

  private conditions(q: IncidentQuery): SQL[] {
    const c: SQL[] = [eq(incidents.organizationId, this.organizationId)];
    if (q.statuses && q.statuses.length > 0) c.push(inArray(incidents.status, q.statuses));
    if (q.search) {
      const byTitle = foldedContains(incidents.title, q.search.term);
      c.push(q.search.number !== null ? or(eq(incidents.number, q.search.number), byTitle)! : byTitle);
    }
    if (q.buildingId) {
      c.push(sql`exists (select 1 from ${incidentScope} s where s.incident_id = ${incidents.id} and s.building_id = ${q.buildingId})`);
    }
    return c;
  }

  async hasBuilding(buildingId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: buildings.id })
      .from(buildings)
      .where(and(eq(buildings.organizationId, this.organizationId), eq(buildings.id, buildingId)));
    return row !== undefined;
  }

  /** Newest change first, keyset on (updated_at, id). */
  list(q: IncidentQuery, limit: number, after: IncidentCursor | null): Promise<IncidentRow[]> {
    const c = this.conditions(q);
    if (after) c.push(sql`(${incidents.updatedAt}, ${incidents.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    return this.db
      .select()
      .from(incidents)
      .where(and(...c))
      .orderBy(desc(incidents.updatedAt), desc(incidents.id))
      .limit(limit + 1);
  }

  async count(q: IncidentQuery): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(incidents)
      .where(and(...this.conditions(q)));
    return row?.n ?? 0;
  }

  /** Incidents per status (the tabs' counters), with the search applied. */
  async countsByStatus(q: Omit<IncidentQuery, "statuses">): Promise<Map<IncidentStatus, number>> {
    const rows = await this.db
      .select({ status: incidents.status, n: count() })
      .from(incidents)
      .where(and(...this.conditions({ ...q, statuses: null })))
      .groupBy(incidents.status);
    return new Map(rows.map((r) => [r.status, r.n]));
  }

  /** Open incidents of a service that cover a building (any premise range), with their whole scope there. */
  async openCovering(serviceId: string, buildingId: string): Promise<OpenIncidentScope[]> {
    const rows = await this.db
      .select({ id: incidents.id, number: incidents.number, serviceId: incidents.serviceId, buildingId: incidentScope.buildingId, premiseId: incidentScope.premiseId })
      .from(incidents)
      .innerJoin(incidentScope, eq(incidentScope.incidentId, incidents.id))
      .where(
        and(
          eq(incidents.organizationId, this.organizationId),
          eq(incidents.serviceId, serviceId),
          inArray(incidents.status, OPEN_INCIDENT_STATUSES as IncidentStatus[]),
          eq(incidentScope.buildingId, buildingId),
        ),
      );
    const byId = new Map<string, OpenIncidentScope & { scope: { buildingId: string; premiseIds: string[] }[] }>();
    for (const row of rows) {
      let incident = byId.get(row.id);
      if (!incident) byId.set(row.id, (incident = { id: row.id, number: row.number, serviceId: row.serviceId, scope: [{ buildingId, premiseIds: [] }] }));
      if (row.premiseId) incident.scope[0]!.premiseIds.push(row.premiseId);
    }
    // A building listed both whole and by premises is covered whole.
    for (const row of rows) if (!row.premiseId) byId.get(row.id)!.scope[0]!.premiseIds = [];
    return [...byId.values()];
  }

  /** Open incidents covering any premise of the resident (their building, or the premise named in a range). */
  noticesForClient(clientId: string): Promise<Pick<IncidentRow, "id" | "title" | "plannedEndAt">[]> {
    return this.db
      .selectDistinct({ id: incidents.id, title: incidents.title, plannedEndAt: incidents.plannedEndAt, number: incidents.number })
      .from(incidents)
      .innerJoin(incidentScope, eq(incidentScope.incidentId, incidents.id))
      .innerJoin(premises, eq(premises.buildingId, incidentScope.buildingId))
      .innerJoin(clientPremises, eq(clientPremises.premiseId, premises.id))
      .where(
        and(
          eq(incidents.organizationId, this.organizationId),
          inArray(incidents.status, OPEN_INCIDENT_STATUSES as IncidentStatus[]),
          eq(clientPremises.clientId, clientId),
          sql`(${incidentScope.premiseId} is null or ${incidentScope.premiseId} = ${premises.id})`,
        ),
      )
      .orderBy(desc(incidents.number));
  }

  async autoAttachEnabled(): Promise<boolean> {
    const [row] = await this.db.select({ on: organizations.incidentAutoAttach }).from(organizations).where(eq(organizations.id, this.organizationId));
    return row?.on ?? false;
  }

  async setAutoAttach(on: boolean): Promise<boolean> {
    const [row] = await this.db
      .update(organizations)
      .set({ incidentAutoAttach: on })
      .where(eq(organizations.id, this.organizationId))
      .returning({ on: organizations.incidentAutoAttach });
    return row?.on ?? on;
  }
}
