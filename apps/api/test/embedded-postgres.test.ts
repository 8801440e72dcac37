import { connect } from "@domovoy/db";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "@domovoy/db/embedded";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL } from "./support/harness.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "domovoy-embedded-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("embedded PostgreSQL", () => {
  it("keeps data across stop and restart", async () => {
    const dataDir = path.join(dir, "restart", "pg");
    const first = await startEmbeddedPostgres({ dataDir });
    await ensureDatabase(first.adminUrl, "keep");
    let db = connect(first.urlFor("keep"), { max: 1 });
    await db.sql`create table notes (text text)`;
    await db.sql`insert into notes values ('переживёт перезапуск')`;
    await db.close();
    await first.stop();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir });
    expect(await ensureDatabase(second.adminUrl, "keep")).toBe(false);
    db = connect(second.urlFor("keep"), { max: 1 });
    expect(await db.sql`select text from notes`).toEqual([{ text: "переживёт перезапуск" }]);
    await db.close();
    await second.stop();
  });

  it("`npm start` path: migrates, seeds on first start, serves, and stops cleanly on SIGTERM", async () => {
    const dataDir = path.join(dir, "app");
    const port = await freePort();
    const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
    const cwd = fileURLToPath(new URL("..", import.meta.url));
    const env = { ...process.env, DATABASE_URL: "", REDIS_URL: "", DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "development", LOG_LEVEL: "info" };

    const start = () => {
      const child = spawn(process.execPath, ["--import", "./register.mjs", main], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      const ready = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
        child.stdout.on("data", () => {
          if (output.includes("Domovoy is running")) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
      });
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      return { child, ready, exited, output: () => output };
    };

    const url = `http://127.0.0.1:${port}`;
    const first = start();
    await first.ready;
    expect(first.output()).toContain("demo data seeded");
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const login = await postGraphQL<{ authLogin: { token: string } }>(url, `mutation { authLogin(email: "dispatcher@domovoy.example", password: "domovoy") { token } }`);
    expect(login.data?.authLogin.token).toMatch(/^dms_/);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);

    const second = start();
    await second.ready;
    expect(second.output()).not.toContain("demo data seeded");
    const again = await postGraphQL(url, `{ me { kind } }`, {}, { token: login.data!.authLogin.token });
    expect(again.data).toEqual({ me: { kind: "EMPLOYEE" } });
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
  }, 120_000);
});
