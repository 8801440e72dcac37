import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, eq, sql } from "drizzle-orm";

const { calls, clients, employees, integrationTokens } = schema;

export type CallRow = typeof calls.$inferSelect;
export type CallInsert = Omit<typeof calls.$inferInsert, "organizationId">;
export type CallUpdate = Partial<Pick<CallRow, "status" | "startedAt" | "answeredAt" | "endedAt" | "missedReported" | "reportedDuration" | "durationSeconds" | "extension" | "employeeId">>;

/** Calls of one organization: every query is bound to it. */
export class CallsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  async integrationName(integrationId: string): Promise<string | undefined> {
    const [row] = await this.db
      .select({ name: integrationTokens.name })
      .from(integrationTokens)
      .where(and(eq(integrationTokens.organizationId, this.organizationId), eq(integrationTokens.id, integrationId)));
    return row?.name;
  }

  async employeeExists(employeeId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.organizationId, this.organizationId), eq(employees.id, employeeId)));
    return row !== undefined;
  }

  /** The call by its provider key, locked until the transaction ends (events of one call apply one at a time). */
  async lockByExternalId(source: string, externalCallId: string): Promise<CallRow | undefined> {
    const [row] = await this.db
      .select()
      .from(calls)
      .where(and(eq(calls.organizationId, this.organizationId), eq(calls.source, source), eq(calls.externalCallId, externalCallId)))
      .for("update");
    return row;
  }

  /** Inserts the call unless a concurrent event has just done so (then undefined: lock and merge instead). */
  async insertIfAbsent(values: CallInsert): Promise<CallRow | undefined> {
    const [row] = await this.db
      .insert(calls)
      .values({ ...values, organizationId: this.organizationId })
      .onConflictDoNothing({ target: [calls.organizationId, calls.source, calls.externalCallId] })
      .returning();
    return row;
  }

  async update(id: string, values: CallUpdate, now: Date): Promise<CallRow> {
    const [row] = await this.db
      .update(calls)
      .set({ ...values, updatedAt: now })
      .where(and(eq(calls.organizationId, this.organizationId), eq(calls.id, id)))
      .returning();
    return row!;
  }

  /** Clients of this organization with this phone (E.164); another organization's never match. */
  async countClientsByPhone(phone: string): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(clients)
      .where(and(eq(clients.organizationId, this.organizationId), eq(clients.phone, phone)));
    return row?.n ?? 0;
  }
}
