import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";

const { sessions, employees, roles, clients, residentCodes, integrationTokens, organizations } = schema;

/**
 * Identity lookups. These are the only queries not scoped by an organization id: they run before
 * the viewer (and so the organization) is known, and they are keyed by secrets or credentials.
 */
export class AuthRepository {
  constructor(private readonly db: DbOrTx) {}

  async employeeByEmail(email: string) {
    const [row] = await this.db
      .select({
        id: employees.id,
        organizationId: employees.organizationId,
        passwordHash: employees.passwordHash,
        active: employees.active,
      })
      .from(employees)
      .where(eq(employees.email, email));
    return row;
  }

  async createSession(values: typeof sessions.$inferInsert) {
    const [row] = await this.db.insert(sessions).values(values).returning();
    return row;
  }

  async deleteSession(id: string) {
    await this.db.delete(sessions).where(eq(sessions.id, id));
  }

  /** Of these sessions, those that still authenticate: not expired, and of an active employee or a resident. */
  async liveSessionIds(ids: string[], now: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ id: sessions.id })
      .from(sessions)
      .leftJoin(employees, eq(employees.id, sessions.employeeId))
      .where(and(inArray(sessions.id, ids), gt(sessions.expiresAt, now), or(eq(sessions.kind, "RESIDENT"), eq(employees.active, true))));
    return rows.map((r) => r.id);
  }

  async deleteExpiredSessions(now: Date) {
    await this.db.delete(sessions).where(lt(sessions.expiresAt, now));
  }

  /** One statement: the session with the employee's active flag and role permissions, or the resident. */
  async sessionByTokenHash(tokenHash: string, now: Date) {
    const [row] = await this.db
      .select({
        id: sessions.id,
        kind: sessions.kind,
        organizationId: sessions.organizationId,
        employeeId: sessions.employeeId,
        clientId: sessions.clientId,
        lastSeenAt: sessions.lastSeenAt,
        employeeActive: employees.active,
        permissions: roles.permissions,
      })
      .from(sessions)
      .leftJoin(employees, eq(employees.id, sessions.employeeId))
      .leftJoin(roles, eq(roles.id, employees.roleId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
    return row;
  }

  async touchSession(id: string, now: Date) {
    await this.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }

  async integrationByTokenHash(tokenHash: string) {
    const [row] = await this.db
      .select({ id: integrationTokens.id, organizationId: integrationTokens.organizationId })
      .from(integrationTokens)
      .where(and(eq(integrationTokens.tokenHash, tokenHash), isNull(integrationTokens.revokedAt)));
    return row;
  }

  async createIntegrationToken(values: typeof integrationTokens.$inferInsert) {
    await this.db.insert(integrationTokens).values(values);
  }

  async markEmployeeLogin(employeeId: string, now: Date) {
    await this.db.update(employees).set({ lastLoginAt: now }).where(eq(employees.id, employeeId));
  }

  /** Every organization where this phone is a client. */
  async clientsByPhone(phone: string) {
    return this.db
      .select({ id: clients.id, organizationId: clients.organizationId, organizationName: organizations.name })
      .from(clients)
      .innerJoin(organizations, eq(organizations.id, clients.organizationId))
      .where(eq(clients.phone, phone))
      .orderBy(organizations.name);
  }

  async markClientLogin(clientId: string, now: Date) {
    await this.db.update(clients).set({ lastAppLoginAt: now }).where(eq(clients.id, clientId));
  }

  async codesSentSince(phone: string, since: Date) {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int`, last: sql<Date | null>`max(${residentCodes.createdAt})` })
      .from(residentCodes)
      .where(and(eq(residentCodes.phone, phone), gt(residentCodes.createdAt, since)));
    return { count: row?.count ?? 0, last: row?.last ? new Date(row.last) : null };
  }

  async createCode(values: typeof residentCodes.$inferInsert) {
    await this.db.insert(residentCodes).values(values);
  }

  async latestCode(phone: string, now: Date) {
    const [row] = await this.db
      .select()
      .from(residentCodes)
      .where(and(eq(residentCodes.phone, phone), isNull(residentCodes.consumedAt), gt(residentCodes.expiresAt, now)))
      .orderBy(desc(residentCodes.createdAt))
      .limit(1)
      .for("update");
    return row;
  }

  async countCodeAttempt(id: string) {
    await this.db
      .update(residentCodes)
      .set({ attempts: sql`${residentCodes.attempts} + 1` })
      .where(eq(residentCodes.id, id));
  }

  async consumeCode(id: string, now: Date) {
    await this.db.update(residentCodes).set({ consumedAt: now }).where(eq(residentCodes.id, id));
  }
}
