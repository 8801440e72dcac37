import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

describe("start-up footprint", () => {
  it("the Redis client, argon2 and web-push load on first use, not at start (no REDIS_URL: never)", () => {
    const { REDIS_URL: _redis, ...env } = process.env;
    const child = spawnSync(process.execPath, ["--import", "./register.mjs", "test/support/footprint-child.ts"], {
      env: { ...env, DATABASE_URL: t.databaseUrl, NODE_ENV: "production" },
      encoding: "utf8",
      timeout: 120_000,
    });
    const line = child.stdout.trim().split("\n").at(-1) ?? "";
    expect(line, child.stderr).toMatch(/^\{/);
    expect(JSON.parse(line)).toEqual({
      idle: { ioredis: false, argon2: false, webPush: false },
      signedIn: true,
      afterSignIn: { ioredis: false, argon2: true, webPush: false },
    });
  });
});
