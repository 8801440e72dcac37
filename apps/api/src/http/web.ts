import express, { type Express } from "express";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../shared/logger.js";
import { webPolicy } from "./security-headers.js";

/**
 * Serves the built web CRM (a SvelteKit single-page app) on the API's origin: hashed assets are
 * cached forever, every other path falls back to the app shell so deep links work.
 */
export function serveWeb(app: Express, dir: string, logger: Logger): void {
  const fallback = path.join(dir, "200.html");
  if (!existsSync(fallback)) {
    logger.warn({ dir }, "web app not built; serving the API only (run `npm run build`)");
    return;
  }
  const policy = webPolicy(readFileSync(fallback, "utf8"));
  if (!policy) logger.warn({ dir }, "the built web app has no Content-Security-Policy (kit.csp in svelte.config.js)");
  const headers = { "cache-control": "no-cache", ...(policy ? { "content-security-policy": policy } : {}) };
  app.use(
    "/_app/immutable",
    express.static(path.join(dir, "_app/immutable"), { immutable: true, maxAge: "1y", fallthrough: false }),
  );
  // HTML pages of the build (prerendered ones too) carry the app's policy like the shell.
  app.use(
    express.static(dir, {
      index: false,
      maxAge: 0,
      setHeaders: (res, file) => {
        if (policy && file.endsWith(".html")) res.setHeader("content-security-policy", policy);
      },
    }),
  );
  app.get(/^\/(?!graphql|healthz).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    res.sendFile(fallback, { headers });
  });
}
