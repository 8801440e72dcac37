import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * `npm run test:faults`: PostgreSQL killed and restarted under load, instances killed mid-work.
 * Slow (minutes) and heavy, so not part of `npm test`; each file starts its own PostgreSQL and
 * API processes, one file at a time.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    include: ["test/faults/**/*.test.ts"],
    setupFiles: ["test/support/setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
    env: { NODE_ENV: "test" },
  },
});
