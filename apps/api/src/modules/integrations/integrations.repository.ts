import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";

const { integrationTokens } = schema;

export type IntegrationTokenRow = Omit<typeof integrationTokens.$inferSelect, "tokenHash">;

const columns = {
  id: integrationTokens.id,
  organizationId: integrationTokens.organizationId,
  name: integrationTokens.name,
  createdAt: integrationTokens.createdAt,
  revokedAt: integrationTokens.revokedAt,
};

export class IntegrationsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /** Active tokens first, then by name. */
  list(): Promise<IntegrationTokenRow[]> {
    return this.db
      .select(columns)
      .from(integrationTokens)
      .where(eq(integrationTokens.organizationId, this.organizationId))
      .orderBy(sql`${integrationTokens.revokedAt} is not null`, asc(integrationTokens.name), desc(integrationTokens.createdAt));
  }

  async create(name: string, tokenHash: string, now: Date): Promise<IntegrationTokenRow> {
    const [row] = await this.db
      .insert(integrationTokens)
      .values({ organizationId: this.organizationId, name, tokenHash, createdAt: now })
      .returning(columns);
    return row!;
  }

  async revoke(id: string, now: Date): Promise<IntegrationTokenRow | undefined> {
    const [row] = await this.db
      .update(integrationTokens)
      .set({ revokedAt: now })
      .where(and(eq(integrationTokens.organizationId, this.organizationId), eq(integrationTokens.id, id), isNull(integrationTokens.revokedAt)))
      .returning(columns);
    if (row) return row;
    // Revoking twice answers with the token as it is.
    const [existing] = await this.db
      .select(columns)
      .from(integrationTokens)
      .where(and(eq(integrationTokens.organizationId, this.organizationId), eq(integrationTokens.id, id)));
    return existing;
  }
}
