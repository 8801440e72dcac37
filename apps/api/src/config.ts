import path from "node:path";
import { fileURLToPath } from "node:url";

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
  /** Folder of the built web app served on the same origin; absent in API-only setups. */
  webBuildDir: string;
  sessionTtlHours: number;
  residentSessionTtlHours: number;
  cookieSecure: boolean;
  wsMaxPayloadBytes: number;
  /** Runs background jobs in this instance; off in tests, which call app.jobs.runDue(). */
  jobsEnabled: boolean;
};

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  return ["1", "true", "yes", "on"].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(repoRoot, ".data"));
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisNamespace: env.REDIS_NAMESPACE || "domovoy",
    dataDir,
    filesDir: path.resolve(env.FILES_DIR || path.join(dataDir, "files")),
    production,
    development: !production && env.NODE_ENV !== "test",
    introspection: flag(env.GRAPHQL_INTROSPECTION) ?? !production,
    webBuildDir: path.resolve(env.WEB_BUILD_DIR ?? path.join(repoRoot, "apps/web/build")),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 24 * 30),
    residentSessionTtlHours: Number(env.RESIDENT_SESSION_TTL_HOURS ?? 24 * 90),
    cookieSecure: flag(env.COOKIE_SECURE) ?? production,
    wsMaxPayloadBytes: 1024 * 1024,
    jobsEnabled: flag(env.JOBS_ENABLED) ?? env.NODE_ENV !== "test",
  };
}
