import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import type { OrderScope } from "@domovoy/domain";
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { foldedContains } from "../../shared/search.js";
import type { ClientRow } from "../clients/clients.repository.js";
import { scopeCondition, type OrderRow } from "../orders/orders.repository.js";

const { calls, clients, employees, integrationTokens, orderCalls, orders, organizations } = schema;

export type CallFilter = {
  direction: "INCOMING" | "OUTGOING" | null;
  missed: boolean | null;
  from: Date | null;
  to: Date | null;
  employeeId: string | null;
  linked: boolean | null;
  search: string | null;
};

export type CallRow = typeof calls.$inferSelect;
export type CallInsert = Omit<typeof calls.$inferInsert, "organizationId">;
export type CallUpdate = Partial<
  Pick<CallRow, "status" | "startedAt" | "answeredAt" | "endedAt" | "missedReported" | "reportedDuration" | "durationSeconds" | "extension" | "employeeId" | "recordingFileId">
>;

/** A call whose recording is past its organization's retention period. */
export type ExpiredRecording = { organizationId: string; callId: string; fileId: string };

/**
 * Calls across organizations holding a recording older than their organization's retention
 * period, oldest first (the retention sweep; no viewer, so not bound to one organization).
 */
export async function expiredRecordings(db: DbOrTx, now: Date, limit: number): Promise<ExpiredRecording[]> {
  return db
    .select({ organizationId: calls.organizationId, callId: calls.id, fileId: sql<string>`${calls.recordingFileId}` })
    .from(calls)
    .innerJoin(organizations, eq(organizations.id, calls.organizationId))
    .where(
      and(
        sql`${calls.recordingFileId} is not null`,
        sql`${calls.startedAt} < ${now.toISOString()}::timestamptz - make_interval(days => ${organizations.callRecordingRetentionDays})`,
      ),
    )
    .orderBy(calls.startedAt)
    .limit(limit);
}

/** The digits of a searched number; a full Russian number written with 8 becomes 7 (as stored). */
export function numberDigits(search: string): string {
  const digits = search.replace(/\D/g, "");
  return digits.length === 11 && digits.startsWith("8") ? `7${digits.slice(1)}` : digits;
}

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

  async byId(id: string, lock = false): Promise<CallRow | undefined> {
    const query = this.db.select().from(calls).where(and(eq(calls.organizationId, this.organizationId), eq(calls.id, id)));
    const [row] = lock ? await query.for("update") : await query;
    return row;
  }

  /** The call by its provider key (no lock: a recording is looked up before its bytes are read). */
  async byExternalId(source: string, externalCallId: string): Promise<CallRow | undefined> {
    const [row] = await this.db
      .select()
      .from(calls)
      .where(and(eq(calls.organizationId, this.organizationId), eq(calls.source, source), eq(calls.externalCallId, externalCallId)));
    return row;
  }

  /** Drops the recording of a call if it still is this file (the retention sweep); true when it was. */
  async dropRecording(callId: string, fileId: string): Promise<boolean> {
    const rows = await this.db
      .update(calls)
      .set({ recordingFileId: null })
      .where(and(eq(calls.organizationId, this.organizationId), eq(calls.id, callId), eq(calls.recordingFileId, fileId)))
      .returning({ id: calls.id });
    return rows.length > 0;
  }

  async retentionDays(): Promise<number> {
    const [row] = await this.db.select({ days: organizations.callRecordingRetentionDays }).from(organizations).where(eq(organizations.id, this.organizationId));
    return row?.days ?? 365;
  }

  async setRetentionDays(days: number): Promise<number> {
    const [row] = await this.db
      .update(organizations)
      .set({ callRecordingRetentionDays: days })
      .where(eq(organizations.id, this.organizationId))
      .returning({ days: organizations.callRecordingRetentionDays });
    return row!.days;
  }

  /** The employee a PBX extension belongs to in this organization (active employees only). */
  async employeeByExtension(extension: string): Promise<string | undefined> {
    const [row] = await this.db
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.organizationId, this.organizationId), eq(employees.extension, extension), eq(employees.active, true)));
    return row?.id;
  }

  /** The journal, newest first, keyset on (started_at, id). */
  async list(filter: CallFilter, limit: number, after: readonly [string, string] | null): Promise<CallRow[]> {
    const conditions = this.filterConditions(filter);
    if (after) conditions.push(sql`(${calls.startedAt}, ${calls.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    return this.db
      .select()
      .from(calls)
      .where(and(...conditions))
      .orderBy(desc(calls.startedAt), desc(calls.id))
      .limit(limit + 1);
  }

  async count(filter: CallFilter): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(calls)
      .where(and(...this.filterConditions(filter)));
    return row?.n ?? 0;
  }

  private filterConditions(filter: CallFilter): SQL[] {
    const conditions: SQL[] = [eq(calls.organizationId, this.organizationId)];
    if (filter.direction) conditions.push(eq(calls.direction, filter.direction));
    if (filter.missed === true) conditions.push(eq(calls.status, "MISSED"));
    if (filter.missed === false) conditions.push(sql`${calls.status} <> 'MISSED'`);
    if (filter.from) conditions.push(gte(calls.startedAt, filter.from));
    if (filter.to) conditions.push(lt(calls.startedAt, filter.to));
    if (filter.employeeId) conditions.push(eq(calls.employeeId, filter.employeeId));
    const linked = sql`exists (select 1 from ${orderCalls} oc where oc.call_id = ${calls.id})`;
    if (filter.linked === true) conditions.push(linked);
    if (filter.linked === false) conditions.push(sql`not ${linked}`);
    if (filter.search) {
      // A number (any spelling: its digits) or a client's name: calls of the clients whose name matches.
      // The outside number is stored in E.164 (+7…): a Russian 8-prefixed number is searched as 7…;
      // `like '%digits%'` on it is served by the trigram index calls_client_number_trgm_idx.
      const digits = numberDigits(filter.search);
      const byNumber = digits.length >= 3 ? sql`${calls.clientNumber} like ${`%${digits}%`}` : sql`false`;
      const byClient = sql`exists (select 1 from ${clients} c where c.organization_id = ${this.organizationId} and c.phone = ${calls.clientNumber} and ${foldedContains(sql`c.full_name`, filter.search)})`;
      conditions.push(sql`(${byNumber} or ${byClient})`);
    }
    return conditions;
  }

  /** The organization's clients with any of these numbers, each with their open orders (one statement for a page of calls). */
  async clientsByPhones(phones: readonly string[]): Promise<{ client: ClientRow; openOrders: number }[]> {
    if (phones.length === 0) return [];
    return this.db
      .select({
        client: clients,
        // Qualified by hand: inside the subquery an unqualified "id" would be the order's own.
        openOrders: sql<number>`(select count(*)::int from ${orders} o where o.organization_id = ${this.organizationId} and o.client_id = "clients"."id" and o.status not in ('DONE', 'CANCELLED'))`,
      })
      .from(clients)
      .where(and(eq(clients.organizationId, this.organizationId), inArray(clients.phone, [...phones])))
      .orderBy(clients.fullName, clients.id);
  }

  async visibleOrder(orderId: string, scope: OrderScope): Promise<{ id: string; clientId: string | null } | undefined> {
    const conditions: SQL[] = [eq(orders.organizationId, this.organizationId), eq(orders.id, orderId)];
    const visible = scopeCondition(scope, sql`${orders.id}`, sql`${orders.clientId}`);
    if (visible) conditions.push(visible);
    const [row] = await this.db.select({ id: orders.id, clientId: orders.clientId }).from(orders).where(and(...conditions));
    return row;
  }

  /** Links the call to the order; false when it already was. */
  async link(callId: string, orderId: string, employeeId: string, now: Date): Promise<boolean> {
    const rows = await this.db
      .insert(orderCalls)
      .values({ organizationId: this.organizationId, callId, orderId, linkedByEmployeeId: employeeId, createdAt: now })
      .onConflictDoNothing()
      .returning({ callId: orderCalls.callId });
    return rows.length > 0;
  }

  async unlink(callId: string, orderId: string): Promise<boolean> {
    const rows = await this.db
      .delete(orderCalls)
      .where(and(eq(orderCalls.organizationId, this.organizationId), eq(orderCalls.callId, callId), eq(orderCalls.orderId, orderId)))
      .returning({ callId: orderCalls.callId });
    return rows.length > 0;
  }

  /** The orders each of these calls is linked to that the viewer may see, newest first (one statement for a page of calls). */
  async ordersOfCalls(callIds: readonly string[], scope: OrderScope): Promise<{ callId: string; order: OrderRow }[]> {
    if (callIds.length === 0) return [];
    const conditions: SQL[] = [eq(orderCalls.organizationId, this.organizationId), eq(orders.organizationId, this.organizationId), inArray(orderCalls.callId, [...callIds])];
    const visible = scopeCondition(scope, sql`${orders.id}`, sql`${orders.clientId}`);
    if (visible) conditions.push(visible);
    return this.db
      .select({ callId: orderCalls.callId, order: orders })
      .from(orderCalls)
      .innerJoin(orders, eq(orders.id, orderCalls.orderId))
      .where(and(...conditions))
      .orderBy(desc(orders.createdAt), desc(orders.id));
  }

  /** Calls linked to these orders, newest first, with the order each belongs to. */
  async callsOfOrders(orderIds: readonly string[]): Promise<{ orderId: string; call: CallRow }[]> {
    if (orderIds.length === 0) return [];
    return this.db
      .select({ orderId: orderCalls.orderId, call: calls })
      .from(orderCalls)
      .innerJoin(calls, eq(calls.id, orderCalls.callId))
      .where(and(eq(orderCalls.organizationId, this.organizationId), inArray(orderCalls.orderId, [...orderIds])))
      .orderBy(desc(calls.startedAt), desc(calls.id));
  }
}
