import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import type { OrderScope } from "@domovoy/domain";
import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { afterKey, type CursorValue } from "../../shared/pagination.js";
import { isUuid } from "../../shared/ids.js";
import { containsPattern, foldedContains } from "../../shared/search.js";
import { scopeCondition } from "../orders/orders.repository.js";

const { clients, clientPremises, premises, buildings, orders } = schema;

export type ClientRow = typeof clients.$inferSelect;
export type ClientFilter = { search: string | null };

/**
 * `clientScope(viewer)` as a condition over a client's id (any alias): the clients of the orders the
 * scope admits; null when it admits every client of the organization.
 */
export function clientScopeCondition(scope: OrderScope, clientId: SQL | typeof clients.id): SQL | null {
  switch (scope.kind) {
    case "ALL":
      return null;
    case "OWN":
      return sql`exists (select 1 from ${orders} o where o.client_id = ${clientId} and ${scopeCondition(scope, sql`o.id`, sql`o.client_id`)})`;
    case "CLIENT":
      return sql`${clientId} = ${scope.clientId}`;
    case "NONE":
      return sql`false`;
  }
}

export class ClientsRepository {
  /** `scope`: whose clients this repository reads (`clientScope(viewer)`); writes ignore it. */
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
    private readonly scope: OrderScope = { kind: "ALL" },
  ) {}

  private visible(): SQL {
    const inScope = clientScopeCondition(this.scope, clients.id);
    return inScope ? and(eq(clients.organizationId, this.organizationId), inScope)! : eq(clients.organizationId, this.organizationId);
  }

  private where(filter: ClientFilter): SQL {
    const conditions: SQL[] = [this.visible()];
    if (filter.search) {
      const digits = filter.search.replace(/\D/g, "");
      const byAddress = sql`exists (
        select 1 from ${clientPremises}
        join ${premises} on ${premises.id} = ${clientPremises.premiseId}
        join ${buildings} on ${buildings.id} = ${premises.buildingId}
        where ${clientPremises.clientId} = ${clients.id} and ${foldedContains(buildings.address, filter.search)})`;
      conditions.push(
        or(
          foldedContains(clients.fullName, filter.search),
          digits.length >= 3 ? ilike(clients.phone, containsPattern(digits)) : undefined,
          byAddress,
        )!,
      );
    }
    return and(...conditions)!;
  }

  list(filter: ClientFilter, limit: number, after: CursorValue[] | null): Promise<ClientRow[]> {
    const where = after ? and(this.where(filter), afterKey([clients.fullName, clients.id], after)) : this.where(filter);
    return this.db
      .select()
      .from(clients)
      .where(where)
      .orderBy(asc(clients.fullName), asc(clients.id))
      .limit(limit + 1);
  }

  async count(filter: ClientFilter): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(clients).where(this.where(filter));
    return row?.n ?? 0;
  }

  async byId(id: string): Promise<ClientRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(clients)
      .where(and(this.visible(), eq(clients.id, id)));
    return row;
  }

  async update(id: string, values: Partial<Pick<ClientRow, "fullName" | "email" | "tags" | "note">>, now: Date): Promise<ClientRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .update(clients)
      .set({ ...values, updatedAt: now })
      .where(and(eq(clients.organizationId, this.organizationId), eq(clients.id, id)))
      .returning();
    return row;
  }

  /** Premises of many clients at once (for the `premises` field of a list). */
  premisesOf(clientIds: readonly string[]) {
    return this.db
      .select({ clientId: clientPremises.clientId, isOwner: clientPremises.isOwner, premise: premises })
      .from(clientPremises)
      .innerJoin(premises, eq(premises.id, clientPremises.premiseId))
      .where(and(eq(clientPremises.organizationId, this.organizationId), inArray(clientPremises.clientId, clientIds as string[])))
      .orderBy(asc(premises.buildingId), asc(premises.sortKey));
  }
}
