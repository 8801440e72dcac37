import "reflect-metadata";
import { lexicographicSortSchema, printSchema } from "graphql";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createPubSub } from "../pubsub.js";
import { buildAppSchema } from "../schema.js";
import { createLogger } from "../shared/logger.js";

/** Writes schema.graphql at the repository root from the TypeGraphQL code. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema(createPubSub(undefined, createLogger("silent")));
  return `# Generated from apps/api by \`npm run generate\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

const target = fileURLToPath(new URL("../../../../schema.graphql", import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(target, await printAppSchema());
  console.log(`wrote ${target}`);
}
