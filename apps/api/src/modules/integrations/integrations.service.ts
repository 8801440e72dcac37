import type { AppDeps } from "../../deps.js";
import { requirePermission } from "../../shared/auth/policy.js";
import { hashToken, INTEGRATION_PREFIX, newToken } from "../../shared/auth/tokens.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { notFound } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { requiredText } from "../../shared/validate.js";
import { IntegrationsRepository, type IntegrationTokenRow } from "./integrations.repository.js";

/** Integration tokens of partner systems, managed by employees with INTEGRATIONS_MANAGE. */
export class IntegrationsService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string) {
    return new IntegrationsRepository(this.deps.database.db, organizationId);
  }

  list(viewer: Viewer): Promise<IntegrationTokenRow[]> {
    return this.repo(requirePermission(viewer, "INTEGRATIONS_MANAGE").organizationId).list();
  }

  async create(viewer: Viewer, name: string): Promise<{ token: string; integrationToken: IntegrationTokenRow }> {
    const { organizationId } = requirePermission(viewer, "INTEGRATIONS_MANAGE");
    const cleanName = requiredText(name, "name", 100);
    const token = newToken(INTEGRATION_PREFIX);
    const integrationToken = await this.repo(organizationId).create(cleanName, hashToken(token), this.deps.clock.now());
    return { token, integrationToken };
  }

  /** A revoked token stops working on the next request. */
  async revoke(viewer: Viewer, id: string): Promise<IntegrationTokenRow> {
    const { organizationId } = requirePermission(viewer, "INTEGRATIONS_MANAGE");
    const row = isUuid(id) ? await this.repo(organizationId).revoke(id, this.deps.clock.now()) : undefined;
    if (!row) throw notFound("Токен интеграции");
    return row;
  }
}
