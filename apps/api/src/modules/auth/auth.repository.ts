import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";

const { sessions, employees, roles, clients, residentCodes, integrationTokens, organizations } = schema;

function prepareSessionLookup(db: DbOrTx) {
  return db
    .select({
      id: sessions.id,
      kind: sessions.kind,
      organizationId: sessions.organizationId,
      employeeId: sessions.employeeId,
      clientId: sessions.clientId,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      employeeActive: employees.active,
      permissions: roles.permissions,
    })
    .from(sessions)
    .leftJoin(employees, eq(employees.id, sessions.employeeId))
    .leftJoin(roles, eq(roles.id, employees.roleId))
    .where(and(eq(sessions.tokenHash, sql.placeholder("tokenHash")), gt(sessions.expiresAt, sql.placeholder("now"))))
    .prepare("session_by_token_hash");
}

const sessionLookups = new WeakMap<DbOrTx, ReturnType<typeof prepareSessionLookup>>();

/** The session lookup prepared once per database handle (a transaction gets its own). */
function sessionLookup(db: DbOrTx) {
  let prepared = sessionLookups.get(db);
  if (!prepared) sessionLookups.set(db, (prepared = prepareSessionLookup(db)));
  return prepared;
}

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
  /**
   * Every request's session lookup: one prepared statement per connection (planned once), not
   * text planned anew each time. The instant goes as text: drizzle leaves timestamp parameters to
   * the driver unconverted, and a placeholder skips drizzle's own Date mapping.
   */
  async sessionByTokenHash(tokenHash: string, now: Date) {
    const [row] = await sessionLookup(this.db).execute({ tokenHash, now: now.toISOString() });
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

  /**
   * Serializes code requests from one client address and for one phone until the transaction ends
   * (address first, then phone: one order everywhere, so two requests never wait on each other in a
   * cycle). The limits read next then see every earlier request, whatever runs concurrently.
   */
  async lockCodeRequests(address: string, phone: string) {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`resident-code-address:${address}`}, 0))`);
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`resident-code-phone:${phone}`}, 0))`);
  }

  async codesSentSince(phone: string, since: Date) {
    const [row] = await this.db
      .select({
        count: sql<number>`count(*)::int`,
        first: sql<Date | null>`min(${residentCodes.createdAt})`,
        last: sql<Date | null>`max(${residentCodes.createdAt})`,
      })
      .from(residentCodes)
      .where(and(eq(residentCodes.phone, phone), gt(residentCodes.createdAt, since)));
    return { count: row?.count ?? 0, first: row?.first ? new Date(row.first) : null, last: row?.last ? new Date(row.last) : null };
  }

  /** The phones one client address asked codes for since `since`, each with its first request then. */
  async phonesRequestedFrom(address: string, since: Date) {
    const rows = await this.db
      .select({ phone: residentCodes.phone, first: sql<Date>`min(${residentCodes.createdAt})` })
      .from(residentCodes)
      .where(and(eq(residentCodes.requestedFrom, address), gt(residentCodes.createdAt, since)))
      .groupBy(residentCodes.phone);
    return rows.map((r) => ({ phone: r.phone, first: new Date(r.first) }));
  }

  /** Codes past use and kept a day for the limits' windows; sessions past their expiry. */
  async deleteStale(now: Date) {
    await this.db.delete(residentCodes).where(lt(residentCodes.createdAt, new Date(now.getTime() - 24 * 3600_000)));
    await this.db.delete(sessions).where(lt(sessions.expiresAt, now));
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
