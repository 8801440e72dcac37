import type { WebSocket } from "ws";
import type { PubSub } from "../../pubsub.js";
import type { Logger } from "../logger.js";

/** graphql-ws's close code for a connection whose authentication no longer holds. */
export const CLOSE_UNAUTHORIZED = 4401;

/**
 * The open WebSockets of this instance by the session they were opened with. A session deleted
 * anywhere (logout, a deactivated employee, a password reset) is broadcast to every instance, and
 * each closes its sockets of that session at once, so no event reaches them afterwards. A sweep
 * every `sweepMs` asks the database which of the sessions still live: it catches expiries and a
 * broadcast lost while Redis was away.
 */
export class SessionSockets {
  private readonly bySession = new Map<string, Set<WebSocket>>();
  private listener?: AsyncIterableIterator<{ sessionIds: string[] }>;
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly deps: {
      pubsub: PubSub;
      logger: Logger;
      /** Of the given session ids, those that still exist and have not expired. */
      liveSessions: (sessionIds: string[]) => Promise<string[]>;
      sweepMs: number;
    },
  ) {}

  start(): void {
    const listener = (this.listener = this.deps.pubsub.listen("SESSIONS_REVOKED"));
    void (async () => {
      try {
        for await (const { sessionIds } of listener) this.revoke(sessionIds);
      } catch (error) {
        this.deps.logger.error({ err: error }, "session revocation listener stopped");
      }
    })();
    this.sweeper = setInterval(() => void this.sweep(), this.deps.sweepMs);
    this.sweeper.unref();
  }

  add(sessionId: string, socket: WebSocket): void {
    let sockets = this.bySession.get(sessionId);
    if (!sockets) this.bySession.set(sessionId, (sockets = new Set()));
    sockets.add(socket);
    socket.once("close", () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.bySession.get(sessionId) === sockets) this.bySession.delete(sessionId);
    });
  }

  /** Closes this instance's sockets of these sessions (4401 Unauthorized: the client signs in again). */
  revoke(sessionIds: readonly string[]): number {
    let closed = 0;
    for (const id of sessionIds) {
      const sockets = this.bySession.get(id);
      if (!sockets) continue;
      this.bySession.delete(id);
      for (const socket of sockets) {
        socket.close(CLOSE_UNAUTHORIZED, "Unauthorized");
        closed++;
      }
    }
    if (closed > 0) this.deps.logger.info({ sessions: sessionIds.length, sockets: closed }, "closed sockets of revoked sessions");
    return closed;
  }

  async sweep(): Promise<void> {
    const ids = [...this.bySession.keys()];
    if (ids.length === 0) return;
    try {
      const live = new Set(await this.deps.liveSessions(ids));
      this.revoke(ids.filter((id) => !live.has(id)));
    } catch (error) {
      this.deps.logger.warn({ err: error }, "session sweep failed; sockets kept until the next one");
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.listener?.return?.();
    this.bySession.clear();
  }
}
