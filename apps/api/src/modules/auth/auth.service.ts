import { isPermission, normalizePhone, type Permission } from "@domovoy/domain";
import type { Redis } from "ioredis";
import { argon2, loadRedis } from "../../shared/lazy-modules.js";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { AppDeps } from "../../deps.js";
import { requireAuthenticated } from "../../shared/auth/policy.js";
import { hashToken, INTEGRATION_PREFIX, newOneTimeCode, newToken, sameHash, SESSION_PREFIX } from "../../shared/auth/tokens.js";
import { anonymous, type Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, ErrorCode, unauthenticated } from "../../shared/errors.js";
import { AUTH_SWEEP_JOB } from "../../jobs/kinds.js";
import { enqueueJob } from "../../jobs/queue.js";
import { AuthRepository } from "./auth.repository.js";
import { createCounter, deleteExpiredCounters } from "./rate-limits.repository.js";
import { SessionCache } from "./session-cache.js";
import type { SmsGateway } from "./sms.js";

const CODE_TTL_MS = 5 * 60_000;
const CODE_RESEND_MS = 60_000;
const CODES_PER_HOUR = 5;
const CODE_MAX_ATTEMPTS = 5;
const HOUR_MS = 3600_000;
const SWEEP_EVERY_MS = HOUR_MS;
/** Sessions record activity at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

/** TOO_MANY_REQUESTS with the wait in whole seconds (`extensions.retryAfterSeconds`) and in minutes in the message. */
function tooMany(reason: "LOGIN_THROTTLED" | "CODE_RESEND_TOO_SOON" | "CODE_LIMIT" | "CODE_ADDRESS_LIMIT", waitMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(ErrorCode.TOO_MANY_REQUESTS, `Слишком много попыток, повторите через ${minutes} мин`, { reason, retryAfterSeconds });
}

export type IssuedSession = { token: string; expiresAt: Date; viewer: Viewer };

export class AuthService {
  /** Verified against when the email is unknown, so both paths cost the same time (made at the first sign-in). */
  private dummyHash?: Promise<string>;

  /** Redis for the sign-in counters when the deployment has one (shared by every instance). */
  private readonly redis?: Redis;
  /** Staff sign-in attempts per account (email): consecutive failures, reset by a success. */
  private readonly loginsByAccount: RateLimiterAbstract;
  /** Staff sign-in failures per client address in a window. */
  private readonly loginsByAddress: RateLimiterAbstract;

  /** Looked-up sessions, dropped on every instance when a viewer changes (see SessionCache). */
  readonly sessions: SessionCache;

  constructor(private readonly deps: AppDeps) {
    const { config } = deps;
    this.sessions = new SessionCache(deps);
    this.sessions.start();
    if (config.redisUrl) {
      this.redis = new (loadRedis())(config.redisUrl, { maxRetriesPerRequest: 2 });
      this.redis.on("error", (error) => deps.logger.warn({ err: error }, "redis error (sign-in counters)"));
    }
    const store = { database: deps.database, redis: this.redis };
    const limits = config.loginLimits;
    this.loginsByAccount = createCounter(store, {
      keyPrefix: `${config.redisNamespace}:login-account`,
      points: limits.accountFailures,
      // A failure is forgotten a day after the first of the series; reaching the limit blocks the account's sign-in.
      durationSeconds: 24 * 3600,
      blockSeconds: limits.accountBlockMinutes * 60,
    });
    this.loginsByAddress = createCounter(store, {
      keyPrefix: `${config.redisNamespace}:login-address`,
      points: limits.addressFailures,
      durationSeconds: limits.addressWindowMinutes * 60,
    });
  }

  async close(): Promise<void> {
    this.sessions.close();
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }

  /** Expired sessions, day-old codes and expired counters; the job schedules its next run. */
  async sweep(): Promise<void> {
    const now = this.deps.clock.now();
    await this.repo.deleteStale(now);
    // rate-limiter-flexible stamps its rows with the real time, not the (test) clock.
    if (!this.redis) await deleteExpiredCounters(this.deps.database, new Date(Date.now() - HOUR_MS));
    await this.scheduleSweep(SWEEP_EVERY_MS);
  }

  /** One pending sweep at a time (dedupe key); called on startup and by each sweep. */
  async scheduleSweep(delayMs = 60_000): Promise<void> {
    await enqueueJob(this.deps.database.db, { kind: AUTH_SWEEP_JOB, payload: {}, runAt: new Date(this.deps.clock.now().getTime() + delayMs), dedupeKey: "auth:sweep" });
  }

  /**
   * Counts a sign-in attempt against the account and the client address before the password is
   * checked, so parallel guesses are each counted (an atomic increment in the store) and none is
   * verified past the limit. A success gives the points back (`loginSucceeded`): only failures stay.
   */
  private async countLoginAttempt(email: string, address: string): Promise<void> {
    const [byAddress, byAccount] = await Promise.allSettled([this.loginsByAddress.consume(address), this.loginsByAccount.consume(email)]);
    const refusals: RateLimiterRes[] = [];
    for (const outcome of [byAddress, byAccount]) {
      if (outcome.status === "fulfilled") continue;
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      refusals.push(outcome.reason);
    }
    if (refusals.length === 0) return;
    // An attempt refused for its address is not held against the account it named.
    if (byAddress.status === "rejected" && byAccount.status === "fulfilled") await this.loginsByAccount.reward(email, 1);
    const waitMs = Math.max(...refusals.map((r) => r.msBeforeNext));
    const scope = byAccount.status === "rejected" ? "account" : "address";
    const crossed = refusals.some((r) => r.consumedPoints === (scope === "account" ? this.loginsByAccount.points : this.loginsByAddress.points) + 1);
    this.deps.logger[crossed ? "warn" : "debug"](
      { scope, address, account: scope === "account" ? email : undefined, retryAfterSeconds: Math.ceil(waitMs / 1000) },
      "staff sign-in throttled",
    );
    throw tooMany("LOGIN_THROTTLED", waitMs);
  }

  private async loginSucceeded(email: string, address: string): Promise<void> {
    await Promise.all([this.loginsByAccount.delete(email), this.loginsByAddress.reward(address, 1)]);
  }

  private get repo() {
    return new AuthRepository(this.deps.database.db);
  }

  async employeeLogin(emailInput: string, password: string, userAgent?: string, address = "unknown"): Promise<IssuedSession> {
    const email = emailInput.trim().toLowerCase();
    await this.countLoginAttempt(email, address);
    const employee = await this.repo.employeeByEmail(email);
    const { hash, verify } = await argon2();
    this.dummyHash ??= hash("domovoy-timing-equalizer");
    const valid = await verify(employee?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!employee || !employee.passwordHash || !valid) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, "Неверный email или пароль", { reason: "INVALID_CREDENTIALS" });
    }
    await this.loginSucceeded(email, address);
    if (!employee.active) {
      throw new AppError(ErrorCode.FORBIDDEN, "Учётная запись отключена", { reason: "EMPLOYEE_INACTIVE" });
    }
    const now = this.deps.clock.now();
    await this.repo.markEmployeeLogin(employee.id, now);
    return this.issue({ kind: "EMPLOYEE", organizationId: employee.organizationId, employeeId: employee.id }, userAgent);
  }

  /**
   * Answers the same way for every phone, registered or not: each request makes a code row (sent
   * only to a registered phone) and meets the same limits, so neither the answer nor its timing
   * tells whether a phone is a client. Per phone: one code a minute, five an hour; per client
   * address: `codePhonesPerAddressPerHour` distinct phones. Concurrent requests are serialized in
   * the database (lockCodeRequests), so ten at once still send one SMS.
   */
  async requestResidentCode(phoneInput: string, address = "unknown"): Promise<{ phone: string; resendAfter: Date }> {
    const phone = normalizePhone(phoneInput);
    if (!phone) throw badInput("Неверный номер телефона", "phone", "INVALID_PHONE");
    const sms = this.deps.sms;
    if (!sms) {
      throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, "Вход по коду из SMS недоступен: SMS-шлюз не настроен", { reason: "SMS_UNAVAILABLE" });
    }
    const now = this.deps.clock.now();
    const since = new Date(now.getTime() - HOUR_MS);
    const code = newOneTimeCode();
    const registered = await this.deps.database.db.transaction(async (tx) => {
      const repo = new AuthRepository(tx);
      await repo.lockCodeRequests(address, phone);
      const recent = await repo.codesSentSince(phone, since);
      if (recent.last && now.getTime() - recent.last.getTime() < CODE_RESEND_MS) {
        throw tooMany("CODE_RESEND_TOO_SOON", recent.last.getTime() + CODE_RESEND_MS - now.getTime());
      }
      if (recent.count >= CODES_PER_HOUR && recent.first) throw tooMany("CODE_LIMIT", recent.first.getTime() + HOUR_MS - now.getTime());
      const phones = await repo.phonesRequestedFrom(address, since);
      if (phones.length >= this.deps.config.codePhonesPerAddressPerHour && !phones.some((p) => p.phone === phone)) {
        const oldest = Math.min(...phones.map((p) => p.first.getTime()));
        this.deps.logger.warn({ address, phones: phones.length }, "resident code requests refused: too many phones from one address");
        throw tooMany("CODE_ADDRESS_LIMIT", oldest + HOUR_MS - now.getTime());
      }
      const clients = await repo.clientsByPhone(phone);
      await repo.createCode({ phone, codeHash: hashToken(code), createdAt: now, expiresAt: new Date(now.getTime() + CODE_TTL_MS), requestedFrom: address });
      return clients.length > 0;
    });
    // Not awaited: the answer must not wait for the gateway only when the phone is registered.
    if (registered) void this.deliverCode(sms, phone, code);
    return { phone, resendAfter: new Date(now.getTime() + CODE_RESEND_MS) };
  }

  private async deliverCode(sms: SmsGateway, phone: string, code: string): Promise<void> {
    try {
      await sms.send(phone, `Домовой: код для входа ${code}. Никому его не сообщайте.`);
    } catch (error) {
      // The message is never logged: it holds the code.
      this.deps.logger.error({ err: error }, "resident code: the SMS gateway failed");
    }
  }

  async residentLogin(phoneInput: string, code: string, organizationId: string | null | undefined, userAgent?: string): Promise<IssuedSession> {
    const phone = normalizePhone(phoneInput);
    if (!phone) throw badInput("Неверный номер телефона", "phone", "INVALID_PHONE");
    const now = this.deps.clock.now();
    const invalid = () => new AppError(ErrorCode.UNAUTHENTICATED, "Неверный или просроченный код", { reason: "INVALID_CODE" });

    const clientId = await this.deps.database.db.transaction(async (tx) => {
      const repo = new AuthRepository(tx);
      const stored = await repo.latestCode(phone, now);
      if (!stored || stored.attempts >= CODE_MAX_ATTEMPTS) throw invalid();
      if (!sameHash(stored.codeHash, hashToken(code.trim()))) {
        await repo.countCodeAttempt(stored.id);
        return null;
      }
      const clients = await repo.clientsByPhone(phone);
      const chosen = organizationId ? clients.find((c) => c.organizationId === organizationId) : clients.length === 1 ? clients[0] : undefined;
      if (!chosen) {
        if (clients.length > 1 && !organizationId) {
          throw new AppError(ErrorCode.BAD_USER_INPUT, "Выберите управляющую организацию", {
            field: "organizationId",
            reason: "ORGANIZATION_REQUIRED",
            organizations: clients.map((c) => ({ id: c.organizationId, name: c.organizationName })),
          });
        }
        throw invalid();
      }
      await repo.consumeCode(stored.id, now);
      await repo.markClientLogin(chosen.id, now);
      return { id: chosen.id, organizationId: chosen.organizationId };
    });
    // A wrong code's attempt counter must survive, so it is committed before answering.
    if (!clientId) throw invalid();
    return this.issue({ kind: "RESIDENT", organizationId: clientId.organizationId, clientId: clientId.id }, userAgent);
  }

  async logout(viewer: Viewer): Promise<void> {
    const v = requireAuthenticated(viewer);
    if (v.kind === "INTEGRATION") return;
    await this.repo.deleteSession(v.sessionId);
    // This instance forgets it before answering; the others as soon as they hear the broadcast.
    this.sessions.dropSessions([v.sessionId]);
    this.deps.pubsub.broadcast("SESSIONS_REVOKED", { sessionIds: [v.sessionId] });
  }

  /** Of these sessions, those that still authenticate (the socket sweep). */
  liveSessionIds(ids: string[]): Promise<string[]> {
    return this.repo.liveSessionIds(ids, this.deps.clock.now());
  }

  /** The viewer behind a bearer token or cookie value; anonymous when it is missing, unknown or expired. */
  async viewerForToken(token: string | undefined): Promise<Viewer> {
    if (!token) return anonymous;
    if (token.startsWith(INTEGRATION_PREFIX)) {
      const integration = await this.repo.integrationByTokenHash(hashToken(token));
      return integration ? { kind: "INTEGRATION", organizationId: integration.organizationId, integrationId: integration.id } : anonymous;
    }
    if (!token.startsWith(SESSION_PREFIX)) return anonymous;
    const now = this.deps.clock.now();
    const tokenHash = hashToken(token);
    let session = this.sessions.get(tokenHash, now);
    if (!session) {
      const generation = this.sessions.begin();
      session = await this.repo.sessionByTokenHash(tokenHash, now);
      if (!session) return anonymous;
      this.sessions.put(tokenHash, session, generation, now);
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.repo.touchSession(session.id, now);
      this.sessions.touched(tokenHash, now);
    }
    if (session.kind === "EMPLOYEE" && session.employeeId && session.employeeActive) {
      const permissions = new Set<Permission>((session.permissions ?? []).filter(isPermission));
      return { kind: "EMPLOYEE", organizationId: session.organizationId, employeeId: session.employeeId, sessionId: session.id, permissions };
    }
    if (session.kind === "RESIDENT" && session.clientId) {
      return { kind: "RESIDENT", organizationId: session.organizationId, clientId: session.clientId, sessionId: session.id };
    }
    return anonymous;
  }

  /** A viewer that must be signed in, for WebSocket connections. */
  async requireViewerForToken(token: string | undefined): Promise<Viewer> {
    const viewer = await this.viewerForToken(token);
    if (viewer.kind === "ANONYMOUS") throw unauthenticated();
    return viewer;
  }

  async createIntegrationToken(organizationId: string, name: string): Promise<string> {
    const token = newToken(INTEGRATION_PREFIX);
    await this.repo.createIntegrationToken({ organizationId, name, tokenHash: hashToken(token) });
    return token;
  }

  private async issue(
    who: { kind: "EMPLOYEE"; organizationId: string; employeeId: string } | { kind: "RESIDENT"; organizationId: string; clientId: string },
    userAgent?: string,
  ): Promise<IssuedSession> {
    const now = this.deps.clock.now();
    const hours = who.kind === "EMPLOYEE" ? this.deps.config.sessionTtlHours : this.deps.config.residentSessionTtlHours;
    const expiresAt = new Date(now.getTime() + hours * 3600_000);
    const token = newToken(SESSION_PREFIX);
    await this.repo.createSession({
      organizationId: who.organizationId,
      tokenHash: hashToken(token),
      kind: who.kind,
      employeeId: who.kind === "EMPLOYEE" ? who.employeeId : null,
      clientId: who.kind === "RESIDENT" ? who.clientId : null,
      userAgent: userAgent?.slice(0, 300),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    const viewer = await this.viewerForToken(token);
    return { token, expiresAt, viewer };
  }
}
