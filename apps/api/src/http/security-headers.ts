import type { NextFunction, Request, Response } from "express";

/** A year, as browsers' HSTS preload lists expect. */
const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Headers every response carries: never framed (clickjacking), never content-sniffed, no
 * referrer outside the origin (order numbers are in the paths), and HTTPS only once seen over it
 * (HSTS, in production: browsers ignore it over plain HTTP). The web app's own policy is set by
 * `serveWeb`, downloads by the files routes.
 */
export function securityHeaders(options: { hsts: boolean }) {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader("x-frame-options", "DENY");
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "same-origin");
    if (options.hsts) res.setHeader("strict-transport-security", HSTS);
    next();
  };
}

/**
 * The web app's Content-Security-Policy as a header: the policy SvelteKit wrote into the built
 * page's <meta> (kit.csp in svelte.config.js: its bootstrap script by hash, no other inline
 * script), plus what a <meta> cannot carry: frame-ancestors. Null when the page has none.
 */
export function webPolicy(shellHtml: string): string | null {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(shellHtml);
  if (!meta?.[1]) return null;
  const policy = meta[1].replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  return `${policy}; frame-ancestors 'none'`;
}
