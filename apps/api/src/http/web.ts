import express, { type Express } from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../shared/logger.js";

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
  app.use(
    "/_app/immutable",
    express.static(path.join(dir, "_app/immutable"), { immutable: true, maxAge: "1y", fallthrough: false }),
  );
  app.use(express.static(dir, { index: false, maxAge: 0 }));
  app.get(/^\/(?!graphql|healthz).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    res.sendFile(fallback, { headers: { "cache-control": "no-cache" } });
  });
}
