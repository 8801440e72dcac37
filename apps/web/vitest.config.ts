import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vitest/config";

// Unit tests of the web's pure helpers and runes (`src/**/*.test.ts`). The browser build of Svelte
// is resolved so `$state`/`$derived` in `.svelte.ts` modules behave as in the app, not as in SSR.
export default defineConfig({
  plugins: [sveltekit()],
  resolve: { conditions: ["browser"] },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
