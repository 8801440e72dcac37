import type { AppDeps } from "../../deps.js";
import { Topic } from "../../pubsub.js";
import { requireEmployee, requirePermission } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { badInput, notFound } from "../../shared/errors.js";
import { decodeCursor, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { searchTerm } from "../../shared/search.js";
import { cleanTags, optionalEmail, requiredText } from "../../shared/validate.js";
import type { ClientUpdateInput } from "./client.type.js";
import { ClientsRepository, type ClientRow } from "./clients.repository.js";

export class ClientsService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string) {
    return new ClientsRepository(this.deps.database.db, organizationId);
  }

  async list(viewer: Viewer, args: { search?: string | null; first?: number | null; after?: string | null }): Promise<Page<ClientRow>> {
    const { organizationId } = requireEmployee(viewer);
    const repo = this.repo(organizationId);
    const filter = { search: searchTerm(args.search) };
    const limit = pageSize(args.first);
    const rows = await repo.list(filter, limit, args.after ? decodeCursor(args.after, 2) : null);
    return toPage(rows, limit, (c) => [c.fullName, c.id], () => repo.count(filter));
  }

  /** Staff see any client of their organization; a resident sees only themselves. */
  async get(viewer: Viewer, id: string): Promise<ClientRow> {
    if (viewer.kind === "RESIDENT" && viewer.clientId !== id) throw notFound("Клиент");
    const { organizationId } = viewer.kind === "RESIDENT" ? viewer : requireEmployee(viewer);
    const client = await this.repo(organizationId).byId(id);
    if (!client) throw notFound("Клиент");
    return client;
  }

  async update(viewer: Viewer, id: string, input: ClientUpdateInput): Promise<ClientRow> {
    const { organizationId } = requirePermission(viewer, "CLIENTS_MANAGE");
    const values: Parameters<ClientsRepository["update"]>[1] = {};
    if (input.fullName != null) values.fullName = requiredText(input.fullName, "input.fullName", 200);
    if (input.email !== undefined) values.email = optionalEmail(input.email, "input.email");
    if (input.tags != null) values.tags = cleanTags(input.tags, "input.tags");
    if (input.note !== undefined) values.note = input.note?.trim().slice(0, 2000) || null;
    if (Object.keys(values).length === 0) throw badInput("Нет изменений", "input");
    const client = await this.repo(organizationId).update(id, values, this.deps.clock.now());
    if (!client) throw notFound("Клиент");
    this.deps.pubsub.publish(Topic.CLIENT_UPDATED, organizationId, { clientId: client.id });
    return client;
  }
}
