import type { AppDeps } from "../../deps.js";
import { requireAccess, requireEmployee } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, ErrorCode, notFound } from "../../shared/errors.js";
import { cursorCodec, nameCursor, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { searchTerm } from "../../shared/search.js";
import { isUuid } from "../../shared/ids.js";
import { OrganizationRepository, type BuildingRow, type OrganizationRow, type PremiseRow } from "./organization.repository.js";

type PageInput = { first?: number | null; after?: string | null };

const buildingNotFound = () => notFound("Объект");
/** Premises are ordered by building, then the number's sort key, then id. */
const premiseCursor = cursorCodec(["uuid", "text", "uuid"] as const);
const premiseNotFound = () => new AppError(ErrorCode.NOT_FOUND, "Помещение не найдено");

/** Reference data of the viewer's organization: buildings, premises and their groupings. Read-only here. */
export class OrganizationService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string) {
    return new OrganizationRepository(this.deps.database.db, organizationId);
  }

  /** The viewer's own organization; residents see it too (their app shows the contacts). */
  async organization(viewer: Viewer): Promise<OrganizationRow> {
    const { organizationId } = requireAccess(viewer, ["EMPLOYEE", "RESIDENT"]);
    const organization = await this.repo(organizationId).organization();
    if (!organization) throw new AppError(ErrorCode.NOT_FOUND, "Организация не найдена");
    return organization;
  }

  legalEntities(viewer: Viewer) {
    return this.repo(requireEmployee(viewer).organizationId).legalEntities();
  }

  quarters(viewer: Viewer) {
    return this.repo(requireEmployee(viewer).organizationId).quarters();
  }

  objectGroups(viewer: Viewer) {
    return this.repo(requireEmployee(viewer).organizationId).objectGroups();
  }

  async buildings(viewer: Viewer, args: PageInput & { search?: string | null; archived?: boolean }): Promise<Page<BuildingRow>> {
    const repo = this.repo(requireEmployee(viewer).organizationId);
    const filter = { search: searchTerm(args.search), archived: args.archived ?? false };
    const limit = pageSize(args.first);
    const rows = await repo.buildings(filter, limit, nameCursor.decode(args.after));
    return toPage(rows, limit, (b) => [b.address, b.id], () => repo.countBuildings(filter));
  }

  async building(viewer: Viewer, id: string): Promise<BuildingRow> {
    const repo = this.repo(requireEmployee(viewer).organizationId);
    const building = isUuid(id) ? await repo.buildingById(id) : undefined;
    if (!building) throw buildingNotFound();
    return building;
  }

  async premises(viewer: Viewer, args: PageInput & { buildingId?: string | null; search?: string | null; archived?: boolean }): Promise<Page<PremiseRow>> {
    const repo = this.repo(requireEmployee(viewer).organizationId);
    if (args.buildingId != null && !(isUuid(args.buildingId) && (await repo.buildingById(args.buildingId)))) {
      throw buildingNotFound();
    }
    const filter = { buildingId: args.buildingId ?? null, search: searchTerm(args.search), archived: args.archived ?? false };
    const limit = pageSize(args.first);
    const rows = await repo.premises(filter, limit, premiseCursor.decode(args.after));
    return toPage(rows, limit, (p) => [p.buildingId, p.sortKey, p.id], () => repo.countPremises(filter));
  }

  async premise(viewer: Viewer, id: string): Promise<PremiseRow> {
    const repo = this.repo(requireEmployee(viewer).organizationId);
    const premise = isUuid(id) ? await repo.premiseById(id) : undefined;
    if (!premise) throw premiseNotFound();
    return premise;
  }
}
