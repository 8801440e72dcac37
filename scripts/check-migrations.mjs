#!/usr/bin/env node
// Fails when the drizzle schema (packages/db/src/schema) and the committed migrations disagree:
// drizzle-kit generates into a temporary copy of the migrations folder and must find nothing to
// write, and `drizzle-kit check` must find the committed snapshots consistent. A schema edit
// without its migration (or a hand-edited snapshot) is caught here instead of at the next
// developer's `drizzle-kit generate`.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dbPackage = fileURLToPath(new URL("../packages/db/", import.meta.url));
const committed = path.join(dbPackage, "migrations");
const scratch = mkdtempSync(path.join(tmpdir(), "domovoy-migrations-check-"));
const copy = path.join(scratch, "migrations");
cpSync(committed, copy, { recursive: true });

function drizzleKit(args) {
  // drizzle-kit prefixes "./" to --out, so the folder is given relative to the package.
  const result = spawnSync("npx", ["drizzle-kit", ...args], { cwd: dbPackage, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

const files = (dir) => readdirSync(dir, { recursive: true }).map(String).sort();
let failure = null;
try {
  // Exits 0 even on errors, so the verdict comes from the folder and the output.
  const generated = drizzleKit(["generate", "--dialect", "postgresql", "--casing", "snake_case", "--schema", "./src/schema/index.ts", "--out", path.relative(dbPackage, copy)]);
  const added = files(copy).filter((f) => !files(committed).includes(f));
  if (added.length > 0) {
    failure = `the drizzle schema has changes no committed migration contains (drizzle-kit would write ${added.join(", ")}).\nRun: cd packages/db && npx drizzle-kit generate --name <what>`;
  } else if (!/No schema changes/.test(generated.output)) {
    failure = `drizzle-kit generate did not confirm the schema and migrations agree:\n${generated.output.slice(-2000)}`;
  }
  if (!failure) {
    const checked = drizzleKit(["check", "--dialect", "postgresql", "--out", "./migrations"]);
    if (!/Everything's fine/.test(checked.output)) failure = `drizzle-kit check found inconsistent migrations:\n${checked.output.slice(-2000)}`;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failure) {
  console.error(`\nMigrations are out of date: ${failure}`);
  process.exit(1);
}
console.log("drizzle schema and committed migrations agree");
