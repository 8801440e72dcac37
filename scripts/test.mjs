#!/usr/bin/env node
// Runs every workspace's tests through turbo and closes with one summary line for CI:
// "tests: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const reports = ["packages/domain", "apps/api", "apps/web"].map((w) => path.join(root, w, ".test-results/vitest.json"));
for (const report of reports) rmSync(report, { force: true });

const run = spawnSync("npx", ["turbo", "run", "test", "--concurrency=1", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });

let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of reports) {
  if (!existsSync(report)) continue;
  const result = JSON.parse(readFileSync(report, "utf8"));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A file that fails outside its tests (an error in beforeAll, an import) fails no test of its own,
  // and vitest may still exit 0: count such files as failures.
  const brokenFiles = (result.testResults ?? []).filter((file) => file.status === "failed" && file.assertionResults.every((a) => a.status !== "failed"));
  for (const file of brokenFiles) console.error(`failed outside its tests: ${path.relative(root, file.name)}: ${(file.message ?? "").split("\n")[0]}`);
  failed += brokenFiles.length;
  skipped += result.numPendingTests + result.numTodoTests;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
