import express, { type Express, type NextFunction, type RequestHandler, type Response } from "express";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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
  app.use(precompressed(dir, policy));
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
  // The shell goes out precompressed like the assets (br, else gzip, else plain), as HTML whatever
  // the path says: `/m/` has no extension to take a type from.
  const shells = encodings.filter((e) => existsSync(fallback + e.suffix));
  app.get(/^\/(?!graphql|healthz).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    res.vary("Accept-Encoding");
    const encoding = shells.find((e) => req.acceptsEncodings(e.name) === e.name);
    res.type("html");
    if (encoding) res.setHeader("content-encoding", encoding.name);
    res.sendFile(fallback + (encoding?.suffix ?? ""), { headers }, (err) => sent(err, res, next));
  });
}

/** After a sendFile: a client that went away mid-answer is no server error; anything else is. */
function sent(err: (Error & { code?: string }) | undefined, res: Response, next: NextFunction): void {
  if (!err) return;
  if (err.code === "ECONNABORTED" || err.code === "ECONNRESET" || res.headersSent) return;
  next(err);
}

/** Encodings the build is precompressed with (adapter-static `precompress`), best first. */
const encodings = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/**
 * Serves the build's precompressed siblings (`x.js.br`, `x.js.gz`, written by adapter-static's
 * `precompress`) to clients that accept them, with the original file's type and caching; other
 * clients fall through to the plain file. The set of files is read once at startup, so a request
 * path is only ever looked up, never joined onto the disk path.
 */
function precompressed(dir: string, policy: string | null): RequestHandler {
  const variants = new Map<string, Set<string>>(); // "/_app/x.js" -> {"br", "gzip"}
  const files = new Set(readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => "/" + f.split(path.sep).join("/")));
  for (const file of files) {
    for (const { name, suffix } of encodings) {
      if (file.endsWith(suffix) && files.has(file.slice(0, -suffix.length))) {
        const original = file.slice(0, -suffix.length);
        variants.set(original, (variants.get(original) ?? new Set()).add(name));
      }
    }
  }
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const available = variants.get(req.path);
    if (!available) return next();
    res.vary("Accept-Encoding");
    const encoding = encodings.find((e) => available.has(e.name) && req.acceptsEncodings(e.name) === e.name);
    if (!encoding) return next();
    const immutable = req.path.startsWith("/_app/immutable/");
    res.type(path.extname(req.path));
    res.setHeader("content-encoding", encoding.name);
    if (policy && req.path.endsWith(".html")) res.setHeader("content-security-policy", policy);
    res.sendFile(req.path.slice(1) + encoding.suffix, {
      root: dir,
      dotfiles: "deny",
      immutable,
      maxAge: immutable ? "1y" : 0,
    }, (err) => sent(err, res, next));
  };
}
