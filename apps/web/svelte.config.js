import adapter from "@sveltejs/adapter-static";
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A pure single-page app: the API serves build/ and falls back to 200.html for deep links.
    // The field apps (/m, /r) register the service worker with their own scope; the desktop CRM has none.
    serviceWorker: { register: false },
    adapter: adapter({ pages: "build", assets: "build", fallback: "200.html", precompress: true, strict: true }),
    // No inline script but SvelteKit's own bootstrap, allowed by its hash: the built page carries
    // this policy as a <meta> tag, and the API sends it as a header (adding frame-ancestors, which
    // a <meta> cannot carry). Styles may be inline: Svelte sets style attributes and transitions.
    csp: {
      mode: "hash",
      directives: {
        "default-src": ["self"],
        "script-src": ["self"],
        "style-src": ["self", "unsafe-inline"],
        "img-src": ["self", "data:", "blob:"],
        "font-src": ["self"],
        "connect-src": ["self"],
        "object-src": ["none"],
        "worker-src": ["self"],
        "manifest-src": ["self"],
        "base-uri": ["self"],
        "form-action": ["self"],
      },
    },
  },
};

export default config;
