#!/usr/bin/env node
// Builds the API for production: one ESM bundle in dist/ (main.js and the lazily loaded chunks)
// from src/main.ts and the workspace packages it imports (@domovoy/db, @domovoy/domain ship
// TypeScript sources). npm packages stay external and come from node_modules. Rolldown's Oxc
// transform emits the decorator metadata TypeGraphQL reads (tsconfig: emitDecoratorMetadata),
// which esbuild/tsx do not.
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const apiDir = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(apiDir, "dist");
const repoRoot = path.resolve(apiDir, "../..");

/** Bare imports that are not our workspace packages: resolved from node_modules at run time. */
const bundled = ["@domovoy/", "@oxc-project/runtime/"]; // the latter: decorator helpers the transform adds
const external = (id) => /^node:/.test(id) || (!id.startsWith(".") && !path.isAbsolute(id) && !id.startsWith("\0") && !bundled.some((p) => id.startsWith(p)));

/**
 * Modules find files next to their source (packages/db/migrations, the repository root):
 * `import.meta.url` in a bundled module keeps meaning that module's own file, as in development.
 * Every output file sits directly in dist/, so one relative path per module fits all chunks; the
 * production image keeps the repository's layout, so the paths hold there too.
 */
const sourceImportMetaUrl = {
  name: "source-import-meta-url",
  transform(code, id) {
    if (!code.includes("import.meta.url") || !id.startsWith(repoRoot) || id.includes("node_modules")) return null;
    const relative = path.relative(outDir, id).split(path.sep).join("/");
    return { code: code.replaceAll("import.meta.url", `new URL(${JSON.stringify(relative)}, import.meta.url).href`), map: null };
  },
};

await rm(outDir, { recursive: true, force: true });
const started = Date.now();
const bundle = await rolldown({
  // The server migrates on start, so it is the only entry; `npm run migrate` stays a development tool.
  input: { main: path.join(apiDir, "src/main.ts") },
  platform: "node",
  external,
  tsconfig: path.join(apiDir, "tsconfig.json"),
  plugins: [sourceImportMetaUrl],
  // Decorator metadata refers to classes by name before some of them are defined (circular
  // imports between modules): keep module evaluation order as written.
  treeshake: { moduleSideEffects: true },
});
await bundle.write({ dir: outDir, format: "esm", sourcemap: true, entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" });
await bundle.close();
console.log(`API built to ${path.relative(repoRoot, outDir)}/ in ${Date.now() - started} ms`);
