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
  // the path says: `/m/` has no extension to take a type from. The phone apps in English get a copy
  // of it that also preloads the English catalog (shellFor).
  const shellFor = fieldShells(dir, logger);
  const variants = new Map<string, (typeof encodings)[number][]>();
  const encodingsOf = (file: string) => {
    let found = variants.get(file);
    if (!found) variants.set(file, (found = encodings.filter((e) => existsSync(file + e.suffix))));
    return found;
  };
  app.get(/^\/(?!graphql|healthz).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    res.vary("Accept-Encoding");
    const shell = shellFor(req.path);
    if (shell?.en) res.vary("Accept-Language");
    const file = (shell && (shell.en && prefersEnglish(req.get("accept-language")) ? shell.en : shell.file)) ?? fallback;
    const encoding = encodingsOf(file).find((e) => req.acceptsEncodings(e.name) === e.name);
    res.type("html");
    if (encoding) res.setHeader("content-encoding", encoding.name);
    res.sendFile(file + (encoding?.suffix ?? ""), { headers }, (err) => sent(err, res, next));
  });
}

type ShellRow = { file: string; en?: string; exact: string[]; prefix: string | null };
type Shell = { file: string; en: string | null };

/**
 * Which shell answers a path (build/shells.json, written by apps/web/scripts/field-shells.mjs): a
 * page of the build like 200.html, and `en`, the same for a browser that prefers English. The
 * phone apps (/m, /r) follow the browser's English, and their English shell also preloads the
 * English catalog, a lazy chunk otherwise asked for only after the root layout ran. A path matches
 * an exact entry first, then the first prefix; no match (or no shells.json, an older build) is
 * 200.html. Read once at startup: a request path is only compared.
 */
function fieldShells(dir: string, logger: Logger): (pathname: string) => Shell | null {
  const table = path.join(dir, "shells.json");
  if (!existsSync(table)) return () => null;
  let rows: ShellRow[];
  try {
    rows = (JSON.parse(readFileSync(table, "utf8")) as ShellRow[]).filter((row) => existsSync(path.join(dir, row.file)));
  } catch (error) {
    logger.warn({ err: error, table }, "unreadable shells.json; every page gets 200.html");
    return () => null;
  }
  const shell = (row: ShellRow): Shell => ({
    file: path.join(dir, row.file),
    en: row.en && existsSync(path.join(dir, row.en)) ? path.join(dir, row.en) : null,
  });
  const exact = new Map<string, Shell>();
  for (const row of rows) for (const p of row.exact) if (!exact.has(p)) exact.set(p, shell(row));
  const prefixes = rows.filter((row) => row.prefix).map((row) => ({ prefix: row.prefix!, shell: shell(row) }));
  return (pathname) => exact.get(pathname) ?? prefixes.find((row) => pathname.startsWith(row.prefix))?.shell ?? null;
}

/**
 * Whether the browser's first language is English — the phone apps then open in English unless a
 * choice was saved on the device (lib/i18n/locale.svelte.ts, initialLocale): the first entry of
 * Accept-Language with the highest weight.
 */
export function prefersEnglish(header: string | undefined): boolean {
  if (!header) return false;
  let best: { tag: string; q: number } | null = null;
  for (const part of header.split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith("q="))?.slice(2) ?? 1);
    if (!tag || !(q > 0)) continue;
    if (!best || q > best.q) best = { tag, q };
  }
  return best !== null && /^en(-|$)/i.test(best.tag);
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
