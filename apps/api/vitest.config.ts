import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS as `main` and ESM as `module`: Node (and so type-graphql) loads the CJS
    // one, Vite would pick the ESM one, and two copies of graphql break instanceof checks.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The fault suite kills databases and processes for minutes: `npm run test:faults`.
    exclude: ["test/faults/**", "**/node_modules/**"],
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    // expect.poll waits on a condition; the timeout is a ceiling for a loaded machine, not a budget.
    expect: { poll: { timeout: 60_000, interval: 50 } },
    hookTimeout: 90_000,
    env: { NODE_ENV: "test" },
  },
});
