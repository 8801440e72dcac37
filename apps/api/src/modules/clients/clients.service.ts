import { clientScope } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { Topic, type TopicPayloads } from "../../pubsub.js";
import { filtered } from "../../shared/filtered.js";
import { requireEmployee, requirePermission } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { badInput, notFound } from "../../shared/errors.js";
import { nameCursor, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { searchTerm } from "../../shared/search.js";
import { cleanTags, optionalEmail, optionalText, requiredText } from "../../shared/validate.js";
import type { ClientUpdateInput } from "./client.type.js";
import { ClientsRepository, type ClientRow } from "./clients.repository.js";

/** The staff's note on a client. */
export const CLIENT_NOTE_MAX = 2_000;

export class ClientsService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string) {
    return new ClientsRepository(this.deps.database.db, organizationId);
  }

  /** Clients the employee may read (`clientScope`): an executor only those of the orders they execute. */
  private visibleTo(viewer: Viewer) {
    const v = requireEmployee(viewer);
    return new ClientsRepository(this.deps.database.db, v.organizationId, clientScope(v));
  }

  async list(viewer: Viewer, args: { search?: string | null; first?: number | null; after?: string | null }): Promise<Page<ClientRow>> {
    const repo = this.visibleTo(viewer);
    const filter = { search: searchTerm(args.search) };
    const limit = pageSize(args.first);
    const rows = await repo.list(filter, limit, nameCursor.decode(args.after));
    return toPage(rows, limit, (c) => [c.fullName, c.id], () => repo.count(filter));
  }

  /** Staff only; one outside the viewer's `clientScope` is NOT_FOUND, as if it did not exist. */
  async get(viewer: Viewer, id: string): Promise<ClientRow> {
    const client = await this.visibleTo(viewer).byId(id);
    if (!client) throw notFound("Клиент");
    return client;
  }

  /**
   * Changes of the clients the viewer may read (clientUpdated); with an id, of that client only, and
   * NOT_FOUND at once when the viewer cannot read it.
   */
  async updates(viewer: Viewer, id: string | null): Promise<AsyncIterableIterator<TopicPayloads["CLIENT_UPDATED"]>> {
    const v = requireEmployee(viewer);
    if (id) await this.get(v, id);
    const events = this.deps.pubsub.subscribe(Topic.CLIENT_UPDATED, v.organizationId) as AsyncIterable<TopicPayloads["CLIENT_UPDATED"]>;
    return filtered(events, async (event) => (!id || event.clientId === id) && (await this.visible(v, event.clientId)));
  }

  /** Whether a client-changed event may reach this employee (the subscription's filter). */
  async visible(viewer: Viewer, clientId: string): Promise<boolean> {
    return (await this.visibleTo(viewer).byId(clientId)) !== undefined;
  }

  async update(viewer: Viewer, id: string, input: ClientUpdateInput): Promise<ClientRow> {
    const { organizationId } = requirePermission(viewer, "CLIENTS_MANAGE");
    const values: Parameters<ClientsRepository["update"]>[1] = {};
    if (input.fullName != null) values.fullName = requiredText(input.fullName, "input.fullName", 200);
    if (input.email !== undefined) values.email = optionalEmail(input.email, "input.email");
    if (input.tags != null) values.tags = cleanTags(input.tags, "input.tags");
    if (input.note !== undefined) values.note = optionalText(input.note, "input.note", CLIENT_NOTE_MAX);
    if (Object.keys(values).length === 0) throw badInput("Нет изменений", "input");
    const client = await this.repo(organizationId).update(id, values, this.deps.clock.now());
    if (!client) throw notFound("Клиент");
    this.deps.pubsub.publish(Topic.CLIENT_UPDATED, organizationId, { clientId: client.id });
    return client;
  }
}
