import path from "node:path";
import { fileURLToPath } from "node:url";
import type { OperationLimits } from "./shared/limits.js";

/** apps/api/src/config.ts and the built apps/api/dist/main.js sit at the same depth below the root. */
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export type Config = {
  port: number;
  host: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Prefix of this deployment's Redis channels. */
  redisNamespace: string;
  dataDir: string;
  /** Uploaded and generated files on the local disk (FILES_DIR, default `<DATA_DIR>/files`). */
  filesDir: string;
  production: boolean;
  development: boolean;
  /** Apollo Sandbox and introspection; on outside production unless set explicitly. */
  introspection: boolean;
  /** Queries over HTTP executed by compiled code (graphql-jit, shared/compiled-execution.ts); GRAPHQL_COMPILED=false: graphql-js. */
  compiledExecution: boolean;
  /** Folder of the built web app served on the same origin; absent in API-only setups. */
  webBuildDir: string;
  sessionTtlHours: number;
  residentSessionTtlHours: number;
  cookieSecure: boolean;
  /** Strict-Transport-Security on every response (HSTS env; on in production). */
  hsts: boolean;
  wsMaxPayloadBytes: number;
  /** Runs background jobs in this instance; off in tests, which call app.jobs.runDue(). */
  jobsEnabled: boolean;
  /** pino level of the server log. */
  logLevel: LogLevel;
  /** Overrides of the GraphQL operation limits (`shared/limits.ts`); tests use small ones. */
  operationLimits?: Partial<OperationLimits>;
  /** Per-user limits of `POST /files`: unattached uploads held at once (count, bytes) and uploads per minute. */
  uploadLimits: { files: number; bytes: number; perMinute: number };
  /** Where file bytes live: the local disk (FILES_DIR, the default) or an S3-compatible bucket. */
  fileStorage: "local" | "s3";
  s3?: {
    bucket: string;
    endpoint?: string;
    region: string;
    accessKeyId?: string;
    secretAccessKey?: string;
    forcePathStyle?: boolean;
    prefix?: string;
  };
  /**
   * Origins (scheme://host[:port]) whose pages may open a WebSocket authenticated by the session
   * cookie, besides the server's own origin (the Origin whose host is the request's Host).
   */
  allowedOrigins: string[];
  /** Express's `trust proxy`: which hops' X-Forwarded-For is believed for the client address. */
  trustProxy: string;
  /** The SMS gateway residents' one-time codes go through; absent: the log in development, none in production. */
  sms?: SmsConfig;
  /** Staff sign-in throttling: failures per account before a block, failures per client address per window. */
  loginLimits: { accountFailures: number; accountBlockMinutes: number; addressFailures: number; addressWindowMinutes: number };
  /** Distinct phones one client address may request resident codes for per hour. */
  codePhonesPerAddressPerHour: number;
  /** How often an instance re-checks the sessions of its open sockets (a missed revocation, an expiry). */
  sessionSweepMs: number;
  /**
   * Call recordings: the largest accepted (upload or fetch), the time a fetch from the provider may
   * take in all, and hosts a fetch may reach although they resolve to a private address (a PBX on
   * the local network); every other private, loopback or link-local address is refused.
   */
  callRecordings: { maxBytes: number; fetchTimeoutMs: number; fetchAllowHosts: string[] };
  /** Online payments (§22): the acquirer and its calls. */
  payments: PaymentsConfig;
  /** Web Push to the field apps' devices. */
  push: PushConfig;
};

export type PushConfig = {
  /** VAPID_PUBLIC_KEY + VAPID_PRIVATE_KEY (base64url); absent: a pair made once and kept in the database. */
  vapid?: { publicKey: string; privateKey: string };
  /** VAPID_SUBJECT: a mailto: or https: contact for the push services' operators. */
  subject: string;
  /** One request to a push service gives up after this long (PUSH_TIMEOUT_MS); the job then retries. */
  timeoutMs: number;
  /** How long a push service keeps an undelivered message for an offline device (PUSH_TTL_S). */
  ttlSeconds: number;
};

export type PaymentsConfig = {
  /** The acquirer residents pay through: `builtin` (development and demos) or `none` (online payment off). */
  provider: "builtin" | "none";
  /**
   * Secret the built-in acquirer signs its notifications with (each organization's key is derived
   * from it). Set PAYMENTS_WEBHOOK_SECRET in production; development and tests use a fixed one.
   */
  webhookSecret: string;
  /** A call to the acquirer (create a payment, refund) gives up after this long; a refund then stays PENDING and a job retries it once. */
  providerTimeoutMs: number;
  /** How long after a refund's call timed out the retry job runs. */
  refundRetryDelayMs: number;
};

export const SMS_PROVIDERS = ["smsru", "smsc"] as const;
export type SmsConfig = {
  provider: (typeof SMS_PROVIDERS)[number];
  /** SMS.ru's api_id, or SMSC's API key (instead of login and password). */
  apiKey?: string;
  login?: string;
  password?: string;
  /** Sender name registered with the provider; the provider's default when absent. */
  sender?: string;
  /** The provider's endpoint; set for another host of the same API (or a test's fake). */
  apiUrl?: string;
};

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One or more environment variables are unusable; the message names each of them. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads each variable with its rule and collects every problem, so a bad deployment is told about
 * all of them at once and before anything starts (a port of "abc" used to become NaN and a
 * random port; a TTL of "30d" made every session expire at once).
 */
class Reader {
  readonly problems: { variable: string; problem: string }[] = [];
  constructor(private readonly env: Env) {}

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === "" ? undefined : value;
  }

  private fail<T>(name: string, problem: string, fallback: T): T {
    this.problems.push({ variable: name, problem: `${problem} (got ${JSON.stringify(this.env[name])})` });
    return fallback;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optional(name: string): string | undefined {
    return this.raw(name);
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      return this.fail(name, `must be a whole number from ${min} to ${max}`, fallback);
    }
    return Number(value);
  }

  /** A positive number of hours; fractions allowed (0.5 = 30 minutes), at most ten years. */
  hours(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const hours = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(hours > 0 && hours <= 24 * 366 * 10)) return this.fail(name, "must be a positive number of hours (e.g. 720)", fallback);
    return hours;
  }

  flag(name: string): boolean | undefined {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return undefined;
    if (["1", "true", "yes", "on"].includes(value)) return true;
    if (["0", "false", "no", "off"].includes(value)) return false;
    return this.fail(name, "must be one of 1/true/yes/on or 0/false/no/off", undefined);
  }

  url(name: string, protocols: string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    let protocol: string;
    try {
      protocol = new URL(value).protocol;
    } catch {
      return this.fail(name, `must be a URL (${protocols.map((p) => `${p}//…`).join(" or ")})`, undefined);
    }
    if (!protocols.includes(protocol)) return this.fail(name, `must start with ${protocols.map((p) => `${p}//`).join(" or ")}`, undefined);
    return value;
  }

  /** Comma-separated origins, each normalized to scheme://host[:port]. */
  origins(name: string): string[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    const origins: string[] = [];
    for (const item of value.split(",").map((o) => o.trim()).filter(Boolean)) {
      let url: URL | undefined;
      try {
        url = new URL(item);
      } catch {
        url = undefined;
      }
      if (!url || !["http:", "https:"].includes(url.protocol)) return this.fail(name, "must be comma-separated origins such as https://crm.example.ru", []);
      origins.push(url.origin);
    }
    return origins;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) return this.fail(name, `must be one of ${allowed.join(", ")}`, fallback);
    return value as T;
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const read = new Reader(env);
  const production = env.NODE_ENV === "production";
  const dataDir = path.resolve(read.string("DATA_DIR", path.join(repoRoot, ".data")));
  const config: Config = {
    port: read.integer("PORT", 4000, 0, 65535),
    host: read.string("HOST", "0.0.0.0"),
    databaseUrl: read.url("DATABASE_URL", ["postgres:", "postgresql:"]),
    redisUrl: read.url("REDIS_URL", ["redis:", "rediss:"]),
    redisNamespace: read.string("REDIS_NAMESPACE", "domovoy"),
    dataDir,
    filesDir: path.resolve(read.string("FILES_DIR", path.join(dataDir, "files"))),
    production,
    development: !production && env.NODE_ENV !== "test",
    introspection: read.flag("GRAPHQL_INTROSPECTION") ?? !production,
    compiledExecution: read.flag("GRAPHQL_COMPILED") ?? true,
    webBuildDir: path.resolve(read.string("WEB_BUILD_DIR", path.join(repoRoot, "apps/web/build"))),
    sessionTtlHours: read.hours("SESSION_TTL_HOURS", 24 * 30),
    residentSessionTtlHours: read.hours("RESIDENT_SESSION_TTL_HOURS", 24 * 90),
    cookieSecure: read.flag("COOKIE_SECURE") ?? production,
    hsts: read.flag("HSTS") ?? production,
    wsMaxPayloadBytes: 1024 * 1024,
    jobsEnabled: read.flag("JOBS_ENABLED") ?? env.NODE_ENV !== "test",
    logLevel: read.oneOf("LOG_LEVEL", LOG_LEVELS, env.NODE_ENV === "test" ? "warn" : "info"),
    uploadLimits: {
      files: read.integer("UPLOAD_QUOTA_FILES", 20, 1, 100_000),
      bytes: read.integer("UPLOAD_QUOTA_MB", 200, 1, 1_000_000) * 1024 * 1024,
      perMinute: read.integer("UPLOAD_RATE_PER_MINUTE", 30, 1, 100_000),
    },
    fileStorage: read.oneOf("FILES_STORAGE", ["local", "s3"] as const, "local"),
    allowedOrigins: read.origins("ALLOWED_ORIGINS"),
    trustProxy: read.string("TRUST_PROXY", "loopback"),
    loginLimits: {
      accountFailures: read.integer("LOGIN_FAILURES_PER_ACCOUNT", 10, 1, 1000),
      accountBlockMinutes: read.integer("LOGIN_ACCOUNT_BLOCK_MINUTES", 15, 1, 24 * 60),
      addressFailures: read.integer("LOGIN_FAILURES_PER_ADDRESS", 30, 1, 100_000),
      addressWindowMinutes: 60,
    },
    codePhonesPerAddressPerHour: read.integer("CODE_PHONES_PER_ADDRESS_PER_HOUR", 10, 1, 100_000),
    payments: {
      provider: read.oneOf("PAYMENTS_PROVIDER", ["builtin", "none"] as const, "builtin"),
      webhookSecret: read.string("PAYMENTS_WEBHOOK_SECRET", "domovoy-development-webhook-secret"),
      providerTimeoutMs: read.integer("PAYMENTS_PROVIDER_TIMEOUT_MS", 10_000, 1, 600_000),
      refundRetryDelayMs: read.integer("PAYMENTS_REFUND_RETRY_DELAY_MS", 60_000, 0, 86_400_000),
    },
    push: readPush(read),
    sessionSweepMs: 60_000,
    callRecordings: {
      maxBytes: read.integer("CALL_RECORDING_MAX_MB", 50, 1, 200) * 1024 * 1024,
      fetchTimeoutMs: read.integer("CALL_RECORDING_FETCH_TIMEOUT_S", 30, 1, 600) * 1000,
      fetchAllowHosts: (read.optional("CALL_RECORDING_FETCH_ALLOW_HOSTS") ?? "")
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    },
  };
  const smsProvider = read.optional("SMS_PROVIDER");
  if (smsProvider !== undefined) {
    const provider = read.oneOf("SMS_PROVIDER", SMS_PROVIDERS, "smsru");
    const sms: SmsConfig = {
      provider,
      apiKey: read.optional("SMS_API_KEY"),
      login: read.optional("SMS_LOGIN"),
      password: read.optional("SMS_PASSWORD"),
      sender: read.optional("SMS_SENDER"),
      apiUrl: read.url("SMS_API_URL", ["http:", "https:"]),
    };
    const known = (SMS_PROVIDERS as readonly string[]).includes(smsProvider);
    if (known && provider === "smsru" && !sms.apiKey) read.problems.push({ variable: "SMS_API_KEY", problem: "is required when SMS_PROVIDER=smsru (the api_id)" });
    if (known && provider === "smsc" && !sms.apiKey && !(sms.login && sms.password)) {
      read.problems.push({ variable: "SMS_API_KEY", problem: "or SMS_LOGIN and SMS_PASSWORD are required when SMS_PROVIDER=smsc" });
    }
    config.sms = sms;
  }
  if (config.fileStorage === "s3") {
    const bucket = read.optional("S3_BUCKET");
    if (!bucket) read.problems.push({ variable: "S3_BUCKET", problem: "is required when FILES_STORAGE=s3" });
    config.s3 = {
      bucket: bucket ?? "",
      endpoint: read.url("S3_ENDPOINT", ["http:", "https:"]),
      region: read.string("S3_REGION", "us-east-1"),
      accessKeyId: read.optional("S3_ACCESS_KEY_ID"),
      secretAccessKey: read.optional("S3_SECRET_ACCESS_KEY"),
      forcePathStyle: read.flag("S3_FORCE_PATH_STYLE"),
      prefix: read.optional("S3_PREFIX"),
    };
  }
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** VAPID keys come in pairs: one without the other, or a key of the wrong size, names the variable. */
function readPush(read: Reader): PushConfig {
  const publicKey = read.optional("VAPID_PUBLIC_KEY");
  const privateKey = read.optional("VAPID_PRIVATE_KEY");
  const bytes = (key: string) => (BASE64URL.test(key) ? Buffer.from(key, "base64url").length : -1);
  if (publicKey !== undefined && bytes(publicKey) !== 65) read.problems.push({ variable: "VAPID_PUBLIC_KEY", problem: "must be a base64url P-256 public key (65 bytes; `npx web-push generate-vapid-keys`)" });
  if (privateKey !== undefined && bytes(privateKey) !== 32) read.problems.push({ variable: "VAPID_PRIVATE_KEY", problem: "must be a base64url P-256 private key (32 bytes)" });
  if ((publicKey === undefined) !== (privateKey === undefined)) {
    read.problems.push({ variable: publicKey === undefined ? "VAPID_PUBLIC_KEY" : "VAPID_PRIVATE_KEY", problem: "is required with the other VAPID key (set both or neither)" });
  }
  const subject = read.url("VAPID_SUBJECT", ["mailto:", "https:"]) ?? "mailto:admin@domovoy.invalid";
  return {
    vapid: publicKey && privateKey ? { publicKey, privateKey } : undefined,
    subject,
    timeoutMs: read.integer("PUSH_TIMEOUT_MS", 10_000, 100, 60_000),
    ttlSeconds: read.integer("PUSH_TTL_S", 24 * 3600, 0, 28 * 24 * 3600),
  };
}

/**
 * loadConfig for entry points: a bad variable ends the process with the list of problems on stderr
 * (before any logger, database or port exists) instead of a stack trace.
 */
export function loadConfigOrExit(env: Env = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}
