import { orderScope } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requireEmployee, requireResident } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { notFound } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { cursorCodec, instantCursor, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { perEvent } from "../../shared/per-event.js";
import { searchTerm } from "../../shared/search.js";
import type { OrderRow } from "../orders/orders.repository.js";
import { IncidentOrdersRepository } from "./incident-orders.repository.js";
import { IncidentsRepository, type IncidentEventRow, type IncidentQuery, type IncidentRow } from "./incidents.repository.js";
import type { IncidentStatus } from "@domovoy/domain";

const attachedCursor = cursorCodec(["integer", "uuid"] as const);

export type IncidentListArgs = {
  statuses?: IncidentStatus[] | null;
  search?: string | null;
  buildingId?: string | null;
  first?: number | null;
  after?: string | null;
};

/**
 * Reading incidents. Every employee of the organization reads them (an incident is the
 * organization's news, not anyone's personal data); the attached orders each viewer sees follow
 * `orderScope`, as everywhere. Residents see only notices of open incidents in their buildings.
 */
export class IncidentsService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string) {
    return new IncidentsRepository(this.deps.database.db, organizationId);
  }

  async get(viewer: Viewer, id: string): Promise<IncidentRow> {
    const v = requireEmployee(viewer);
    const incident = await this.repo(v.organizationId).byId(id);
    if (!incident) throw notFound("Инцидент");
    return incident;
  }

  private query(args: IncidentListArgs): IncidentQuery {
    const term = searchTerm(args.search);
    const digits = term && /^№?\s*\d{1,9}$/.test(term) ? Number(term.replace(/\D/g, "")) : null;
    return { statuses: args.statuses ?? null, search: term ? { term, number: digits } : null, buildingId: args.buildingId ?? null };
  }

  async list(viewer: Viewer, args: IncidentListArgs): Promise<Page<IncidentRow>> {
    const v = requireEmployee(viewer);
    const repo = this.repo(v.organizationId);
    const limit = pageSize(args.first);
    const after = instantCursor.decode(args.after);
    if (args.buildingId != null && !(isUuid(args.buildingId) && (await repo.hasBuilding(args.buildingId)))) throw notFound("Объект");
    const query = this.query(args);
    const rows = await repo.list(query, limit, after);
    return toPage(rows, limit, (i) => [i.updatedAt.toISOString(), i.id], () => repo.count(query));
  }

  async counts(viewer: Viewer, search: string | null): Promise<{ status: IncidentStatus; count: number }[]> {
    const v = requireEmployee(viewer);
    const counts = await this.repo(v.organizationId).countsByStatus(this.query({ search }));
    return (["OPEN", "IN_PROGRESS", "PAUSED", "DONE", "CANCELLED"] as const).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  async history(viewer: Viewer, incident: IncidentRow): Promise<IncidentEventRow[]> {
    requireEmployee(viewer);
    return this.repo(incident.organizationId).events(incident.id);
  }

  /** The incident's attached orders the viewer may see. */
  async orders(viewer: Viewer, incident: IncidentRow, args: { first?: number | null; after?: string | null }): Promise<Page<OrderRow>> {
    const v = requireEmployee(viewer);
    const repo = new IncidentOrdersRepository(this.deps.database.db, v.organizationId);
    const limit = pageSize(args.first);
    const scope = orderScope(v);
    const rows = await repo.attachedPage(incident.id, scope, limit, attachedCursor.decode(args.after));
    return toPage(rows, limit, (o) => [o.number, o.id], () => repo.attachedCount(incident.id, scope));
  }

  /** Open incidents covering the resident's premises: title and planned end only. */
  async residentNotices(viewer: Viewer) {
    const v = requireResident(viewer);
    return this.repo(v.organizationId).noticesForClient(v.clientId);
  }

  async settings(viewer: Viewer): Promise<{ autoAttach: boolean }> {
    const v = requireEmployee(viewer);
    return { autoAttach: await this.repo(v.organizationId).autoAttachEnabled() };
  }

  /** The changed incident pushed to one subscriber: read once per event. */
  async changed(viewer: Viewer, event: { incidentId: string }): Promise<IncidentRow> {
    const v = requireEmployee(viewer);
    const incident = await perEvent(event, "incident", () => this.repo(v.organizationId).byId(event.incidentId));
    if (!incident) throw notFound("Инцидент");
    return incident;
  }
}
