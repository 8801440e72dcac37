import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { schema } from "@domovoy/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support/harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

it("npm run calls:simulate plays finished calls against a running server through the partner API", async () => {
  const admin = await t.login("admin@domovoy.example");
  const created = await t.graphql(`mutation { integrationTokenCreate(name: "АТС") { token } }`, {}, { token: admin });
  const token = created.data!.integrationTokenCreate.token as string;
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  const child = spawn(process.execPath, ["--import", "./register.mjs", "src/cli/calls-simulate.ts"], {
    cwd,
    env: { ...process.env, DOMOVOY_API_URL: `${t.url}/graphql`, DOMOVOY_INTEGRATION_TOKEN: token, CALLS: "4", CALL_PAUSE_MS: "5" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code, output).toBe(0);
  expect(output).not.toMatch(/CONFLICT|BAD_USER_INPUT|INTERNAL/);
  const rows = await t.database.db.select().from(schema.calls).where(eq(schema.calls.source, "simulator"));
  expect(rows).toHaveLength(4);
  for (const row of rows) expect(["ENDED", "MISSED"]).toContain(row.status);
  // Every answered call got its recording; a missed one has none.
  for (const row of rows) expect(row.recordingFileId !== null, `${row.status} ${output}`).toBe(row.status === "ENDED");
}, 60_000);
