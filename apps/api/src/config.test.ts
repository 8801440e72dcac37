import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((p) => p.variable);
  }
}

describe("loadConfig", () => {
  it("gives the documented defaults for an empty environment", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: "0.0.0.0", sessionTtlHours: 720, residentSessionTtlHours: 2160, logLevel: "info", production: false, introspection: true });
    expect(config.databaseUrl).toBeUndefined();
  });

  it.each([
    ["PORT", "8080", { port: 8080 }],
    ["PORT", "0", { port: 0 }],
    ["PORT", " 4001 ", { port: 4001 }],
    ["SESSION_TTL_HOURS", "0.5", { sessionTtlHours: 0.5 }],
    ["RESIDENT_SESSION_TTL_HOURS", "48", { residentSessionTtlHours: 48 }],
    ["DATABASE_URL", "postgres://u@db:5432/domovoy", { databaseUrl: "postgres://u@db:5432/domovoy" }],
    ["DATABASE_URL", "postgresql://u@db/domovoy", { databaseUrl: "postgresql://u@db/domovoy" }],
    ["REDIS_URL", "rediss://cache:6380", { redisUrl: "rediss://cache:6380" }],
    ["GRAPHQL_INTROSPECTION", "off", { introspection: false }],
    ["JOBS_ENABLED", "0", { jobsEnabled: false }],
    ["LOG_LEVEL", "debug", { logLevel: "debug" }],
    ["DATABASE_URL", "", { databaseUrl: undefined }],
    ["ALLOWED_ORIGINS", "https://crm.example.ru, http://localhost:5173/", { allowedOrigins: ["https://crm.example.ru", "http://localhost:5173"] }],
    ["TRUST_PROXY", "uniquelocal", { trustProxy: "uniquelocal" }],
  ])("accepts %s=%j", (variable, value, expected) => {
    expect(loadConfig({ [variable]: value })).toMatchObject(expected);
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "4000.5"],
    ["PORT", "-1"],
    ["PORT", "65536"],
    ["PORT", "80a"],
    ["SESSION_TTL_HOURS", "30d"],
    ["SESSION_TTL_HOURS", "0"],
    ["SESSION_TTL_HOURS", "-5"],
    ["RESIDENT_SESSION_TTL_HOURS", "forever"],
    ["RESIDENT_SESSION_TTL_HOURS", "1e9"],
    ["DATABASE_URL", "localhost:5432/domovoy"],
    ["DATABASE_URL", "mysql://db/domovoy"],
    ["REDIS_URL", "http://cache:6379"],
    ["GRAPHQL_INTROSPECTION", "maybe"],
    ["COOKIE_SECURE", "yes please"],
    ["JOBS_ENABLED", "2"],
    ["LOG_LEVEL", "verbose"],
    ["ALLOWED_ORIGINS", "crm.example.ru"],
    ["ALLOWED_ORIGINS", "https://a.example, ftp://b.example"],
    ["SMS_PROVIDER", "twilio"],
    ["LOGIN_FAILURES_PER_ACCOUNT", "0"],
  ])("refuses %s=%j, naming the variable", (variable, value) => {
    expect(problemsOf({ [variable]: value })).toEqual([variable]);
  });

  it("reads an SMS gateway and asks for its credentials", () => {
    expect(loadConfig({ SMS_PROVIDER: "smsru", SMS_API_KEY: "k", SMS_SENDER: "Domovoy" }).sms).toEqual({ provider: "smsru", apiKey: "k", sender: "Domovoy" });
    expect(loadConfig({ SMS_PROVIDER: "smsc", SMS_LOGIN: "l", SMS_PASSWORD: "p" }).sms).toMatchObject({ provider: "smsc", login: "l", password: "p" });
    expect(loadConfig({}).sms).toBeUndefined();
    expect(problemsOf({ SMS_PROVIDER: "smsru" })).toEqual(["SMS_API_KEY"]);
    expect(problemsOf({ SMS_PROVIDER: "smsc", SMS_LOGIN: "l" })).toEqual(["SMS_API_KEY"]);
  });

  it("names every bad variable at once, with the value it got", () => {
    const error = (() => {
      try {
        loadConfig({ PORT: "http", SESSION_TTL_HOURS: "week", HOST: "0.0.0.0" });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.variable)).toEqual(["PORT", "SESSION_TTL_HOURS"]);
    expect(error!.message).toContain('PORT: must be a whole number from 0 to 65535 (got "http")');
    expect(error!.message).toContain('SESSION_TTL_HOURS: must be a positive number of hours (e.g. 720) (got "week")');
  });
});

describe("server start with a bad variable", () => {
  it("exits before opening a database or a port, naming the variable", () => {
    const apiDir = fileURLToPath(new URL("../", import.meta.url));
    // No DATABASE_URL: were the config not checked first, this would start an embedded PostgreSQL.
    const env = { ...process.env, NODE_ENV: "development", PORT: "fourty", RESIDENT_SESSION_TTL_HOURS: "1y", DATABASE_URL: "", DATA_DIR: "/nonexistent/domovoy" };
    const run = spawnSync(process.execPath, ["--import", "./register.mjs", "src/main.ts"], { cwd: apiDir, env, encoding: "utf8", timeout: 110_000 });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain("PORT: must be a whole number");
    expect(run.stderr).toContain("RESIDENT_SESSION_TTL_HOURS: must be a positive number of hours");
    expect(run.stdout).not.toContain("embedded PostgreSQL");
  }, 120_000); // compiling the server's modules on start takes long on a loaded machine
});
