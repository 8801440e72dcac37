import adapter from "@sveltejs/adapter-static";
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A pure single-page app: the API serves build/ and falls back to 200.html for deep links.
    adapter: adapter({ pages: "build", assets: "build", fallback: "200.html", precompress: false, strict: true }),
  },
};

export default config;
