#!/usr/bin/env node
// Fails when schema.graphql or the generated web client is stale: regenerates both and asks git
// whether anything changed.
import { execSync } from "node:child_process";

const run = (cmd) => execSync(cmd, { stdio: "inherit" });
run("npm run generate --silent");
const changed = execSync("git status --porcelain -- schema.graphql apps/web/src/lib/graphql/generated apps/api/test/support/generated", { encoding: "utf8" }).trim();
if (changed) {
  console.error(`\nGenerated files are stale — run \`npm run generate\` and commit:\n${changed}`);
  process.exit(1);
}
console.log("schema.graphql and the generated client are up to date");
