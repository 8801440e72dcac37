import { hash, verify } from "@node-rs/argon2";
import { isPermission, normalizePhone, type Permission } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requireAuthenticated } from "../../shared/auth/policy.js";
import { hashToken, INTEGRATION_PREFIX, newOneTimeCode, newToken, sameHash, SESSION_PREFIX } from "../../shared/auth/tokens.js";
import { anonymous, type Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, ErrorCode, unauthenticated } from "../../shared/errors.js";
import { AuthRepository } from "./auth.repository.js";

const CODE_TTL_MS = 5 * 60_000;
const CODE_RESEND_MS = 60_000;
const CODES_PER_HOUR = 5;
const CODE_MAX_ATTEMPTS = 5;
/** Sessions record activity at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

export type IssuedSession = { token: string; expiresAt: Date; viewer: Viewer };

export class AuthService {
  /** Verified against when the email is unknown, so both paths cost the same time. */
  private readonly dummyHash = hash("domovoy-timing-equalizer");

  constructor(private readonly deps: AppDeps) {}

  private get repo() {
    return new AuthRepository(this.deps.database.db);
  }

  async employeeLogin(emailInput: string, password: string, userAgent?: string): Promise<IssuedSession> {
    const email = emailInput.trim().toLowerCase();
    const employee = await this.repo.employeeByEmail(email);
    const valid = await verify(employee?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!employee || !employee.passwordHash || !valid) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, "Неверный email или пароль", { reason: "INVALID_CREDENTIALS" });
    }
    if (!employee.active) {
      throw new AppError(ErrorCode.FORBIDDEN, "Учётная запись отключена", { reason: "EMPLOYEE_INACTIVE" });
    }
    const now = this.deps.clock.now();
    await this.repo.markEmployeeLogin(employee.id, now);
    return this.issue({ kind: "EMPLOYEE", organizationId: employee.organizationId, employeeId: employee.id }, userAgent);
  }

  /** Always answers the same way, so the response never tells whether a phone is registered. */
  async requestResidentCode(phoneInput: string): Promise<{ phone: string; resendAfter: Date }> {
    const phone = normalizePhone(phoneInput);
    if (!phone) throw badInput("Неверный номер телефона", "phone", "INVALID_PHONE");
    const now = this.deps.clock.now();
    const recent = await this.repo.codesSentSince(phone, new Date(now.getTime() - 3600_000));
    if (recent.last && now.getTime() - recent.last.getTime() < CODE_RESEND_MS) {
      throw new AppError(ErrorCode.TOO_MANY_REQUESTS, "Код уже отправлен, повторите через минуту", {
        reason: "CODE_RESEND_TOO_SOON",
      });
    }
    if (recent.count >= CODES_PER_HOUR) {
      throw new AppError(ErrorCode.TOO_MANY_REQUESTS, undefined, { reason: "CODE_LIMIT" });
    }
    const clients = await this.repo.clientsByPhone(phone);
    if (clients.length > 0) {
      const code = newOneTimeCode();
      await this.repo.createCode({ phone, codeHash: hashToken(code), createdAt: now, expiresAt: new Date(now.getTime() + CODE_TTL_MS) });
      await this.deps.sms.send(phone, `Домовой: код для входа ${code}. Никому его не сообщайте.`);
    }
    return { phone, resendAfter: new Date(now.getTime() + CODE_RESEND_MS) };
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
    const session = await this.repo.sessionByTokenHash(hashToken(token), now);
    if (!session) return anonymous;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.repo.touchSession(session.id, now);
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
