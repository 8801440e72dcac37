import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";

const api = process.env.DOMOVOY_API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/graphql": { target: api, changeOrigin: false, ws: true },
      "/healthz": { target: api },
      "/files": { target: api },
    },
  },
  preview: {
    proxy: {
      "/graphql": { target: api, changeOrigin: false, ws: true },
      "/healthz": { target: api },
      "/files": { target: api },
    },
  },
});
