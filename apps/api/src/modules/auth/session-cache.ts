import type { PubSub } from "../../pubsub.js";
import type { Logger } from "../../shared/logger.js";

/** What a session lookup returns (AuthRepository.sessionByTokenHash). */
export type CachedSession = {
  id: string;
  kind: "EMPLOYEE" | "RESIDENT";
  organizationId: string;
  employeeId: string | null;
  clientId: string | null;
  lastSeenAt: Date;
  expiresAt: Date;
  employeeActive: boolean | null;
  permissions: string[] | null;
};

/** Longest a looked-up session is trusted without asking the database again (a broadcast lost while Redis was away). */
export const SESSION_CACHE_TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;

type Entry = { session: CachedSession; until: number };

/**
 * Sessions by token hash, so a request does not look its session up in the database every time.
 * What changes a viewer is broadcast to every instance and drops their entries at once: a sign-out,
 * a deactivation or a password reset (SESSIONS_REVOKED, by session), and a change of an employee's
 * role, activity or a role's permissions (VIEWERS_CHANGED, the whole organization). A lookup that
 * raced such a change is not stored (a generation counter), and nothing is kept past the session's
 * expiry or SESSION_CACHE_TTL_MS. Unknown tokens are never cached.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private readonly listeners: AsyncIterableIterator<unknown>[] = [];
  hits = 0;

  constructor(private readonly deps: { pubsub: PubSub; logger: Logger }) {}

  start(): void {
    const revoked = this.deps.pubsub.listen("SESSIONS_REVOKED");
    const changed = this.deps.pubsub.listen("VIEWERS_CHANGED");
    this.listeners.push(revoked, changed);
    const run = async <T>(events: AsyncIterableIterator<T>, apply: (event: T) => void) => {
      try {
        for await (const event of events) apply(event);
      } catch (error) {
        this.deps.logger.error({ err: error }, "session cache listener stopped");
      }
    };
    void run(revoked, ({ sessionIds }) => this.dropSessions(sessionIds));
    void run(changed, ({ organizationId }) => this.dropOrganization(organizationId));
  }

  /** The session of this token hash if it is cached and still good at `now`. */
  get(tokenHash: string, now: Date): CachedSession | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until <= now.getTime() || entry.until <= Date.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    this.hits++;
    return entry.session;
  }

  /** The generation to hand back to `put`: a change heard in between voids the lookup. */
  begin(): number {
    return this.generation;
  }

  put(tokenHash: string, session: CachedSession, generation: number, now: Date): void {
    if (generation !== this.generation) return;
    const until = Math.min(session.expiresAt.getTime(), now.getTime() + SESSION_CACHE_TTL_MS);
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, { session, until });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The session's last-seen instant moved on (its touch was written). */
  touched(tokenHash: string, at: Date): void {
    const entry = this.entries.get(tokenHash);
    if (entry) entry.session = { ...entry.session, lastSeenAt: at };
  }

  dropSessions(sessionIds: readonly string[]): void {
    this.generation++;
    const ids = new Set(sessionIds);
    for (const [hash, entry] of this.entries) if (ids.has(entry.session.id)) this.entries.delete(hash);
  }

  dropOrganization(organizationId: string): void {
    this.generation++;
    for (const [hash, entry] of this.entries) if (entry.session.organizationId === organizationId) this.entries.delete(hash);
  }

  /** Forgets every cached session (a test that edited roles or employees in SQL, behind the services). */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  close(): void {
    for (const listener of this.listeners.splice(0)) void listener.return?.();
    this.entries.clear();
  }
}
