import express from "express";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prefersEnglish, serveWeb } from "../src/http/web.js";
import { createLogger } from "../src/shared/logger.js";

/**
 * The built web app's precompressed assets (adapter-static `precompress`): a client that accepts
 * br/gzip gets the smaller sibling with the original type; any other client gets the plain file.
 */
type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A raw HTTP GET (fetch would decode the body and hide the encoding). */
function get(server: Server, pathname: string, headers: Record<string, string> = {}): Promise<Raw> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function listen(dir: string): Promise<Server> {
  const app = express();
  serveWeb(app, dir, createLogger("silent"));
  return new Promise((resolve) => {
    const server = app.listen(0, "127.0.0.1", () => resolve(server));
  });
}

describe("the web app's static assets are served precompressed", () => {
  const shell = `<!doctype html><html lang="ru"><head><meta http-equiv="content-security-policy" content="default-src 'self'"><title>Домовой</title></head><body>${"<link rel=\"modulepreload\" href=\"/_app/immutable/chunks/x.js\">".repeat(20)}</body></html>`;
  const js = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, name: "Заявка ${i}" }`).join(", ")}];\n`;
  let dir: string;
  let server: Server;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "web-build-"));
    mkdirSync(path.join(dir, "_app/immutable/chunks"), { recursive: true });
    writeFileSync(path.join(dir, "200.html"), shell);
    writeFileSync(path.join(dir, "200.html.gz"), gzipSync(shell));
    writeFileSync(path.join(dir, "200.html.br"), brotliCompressSync(shell));
    const chunk = path.join(dir, "_app/immutable/chunks/list.Ab12.js");
    writeFileSync(chunk, js);
    writeFileSync(chunk + ".gz", gzipSync(js));
    writeFileSync(chunk + ".br", brotliCompressSync(js));
    writeFileSync(path.join(dir, "manifest.json"), `{"name":"x"}`);
    writeFileSync(path.join(dir, "manifest.json.gz"), gzipSync(`{"name":"x"}`));
    server = await listen(dir);
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends brotli to a client accepting br, gzip to one accepting only gzip, with the JS type and immutable caching", async () => {
    const br = await get(server, "/_app/immutable/chunks/list.Ab12.js", { "accept-encoding": "gzip, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers["cache-control"]).toMatch(/immutable/);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(js) / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(js);

    const gz = await get(server, "/_app/immutable/chunks/list.Ab12.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.body.length).toBeLessThan(Buffer.byteLength(js) / 3);
    expect(gunzipSync(gz.body).toString()).toBe(js);
  });

  it("sends the plain file to a client that accepts no encoding (or refuses them)", async () => {
    const requests: Record<string, string>[] = [{}, { "accept-encoding": "identity" }, { "accept-encoding": "br;q=0, gzip;q=0" }];
    for (const headers of requests) {
      const plain = await get(server, "/_app/immutable/chunks/list.Ab12.js", headers);
      expect(plain.status).toBe(200);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.headers["content-type"]).toMatch(/javascript/);
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.body.toString()).toBe(js);
    }
  });

  it("uses whichever encoding a file has, and no-cache outside the hashed assets", async () => {
    const manifest = await get(server, "/manifest.json", { "accept-encoding": "gzip, br" });
    expect(manifest.headers["content-encoding"]).toBe("gzip");
    expect(manifest.headers["content-type"]).toMatch(/json/);
    expect(manifest.headers["cache-control"]).not.toMatch(/immutable/);
    expect(gunzipSync(manifest.body).toString()).toBe(`{"name":"x"}`);
    // A compressed sibling is not a route of its own to a lookup outside the build.
    const outside = await get(server, "/_app/immutable/chunks/..%2f..%2f..%2f200.html.gz", { "accept-encoding": "gzip" });
    expect(outside.headers["content-encoding"]).toBeUndefined();
  });

  it("sends the app shell for a page's path precompressed, as HTML with its policy, never cached without asking", async () => {
    for (const pathname of ["/m/", "/r/orders", "/exploitation/dispatcher/orders/12", "/200.html"]) {
      const br = await get(server, pathname, { accept: "text/html,*/*", "accept-encoding": "gzip, deflate, br, zstd" });
      expect(br.status, pathname).toBe(200);
      expect(br.headers["content-encoding"], pathname).toBe("br");
      expect(br.headers["content-type"], pathname).toBe("text/html; charset=utf-8");
      expect(br.headers["content-length"], pathname).toBe(String(br.body.length));
      expect(br.headers.vary, pathname).toMatch(/accept-encoding/i);
      expect(br.headers["content-security-policy"], pathname).toBe("default-src 'self'; frame-ancestors 'none'");
      expect(br.headers["cache-control"], pathname).toMatch(/no-cache|max-age=0/);
      expect(brotliDecompressSync(br.body).toString(), pathname).toBe(shell);
    }
    const gz = await get(server, "/m/orders/5", { accept: "text/html", "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(gunzipSync(gz.body).toString()).toBe(shell);
    const plain = await get(server, "/m/", { accept: "text/html" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(shell);
  });

  const built = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/build");
  it.skipIf(!existsSync(path.join(built, "200.html")))("the real build is precompressed: its JS comes back smaller with Content-Encoding", async () => {
    const real = await listen(built);
    try {
      const dirOfChunks = path.join(built, "_app/immutable/entry");
      const file = readdirSync(dirOfChunks).find((f) => f.endsWith(".js"))!;
      const url = `/_app/immutable/entry/${file}`;
      const plain = await get(real, url);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.equals(readFileSync(path.join(dirOfChunks, file)))).toBe(true);
      const br = await get(real, url, { "accept-encoding": "gzip, br" });
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.body.length).toBeLessThan(plain.body.length);
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    } finally {
      real.close();
    }
  });
});

describe("shells by path and language (build/shells.json)", () => {
  const shell = (extra: string) =>
    `<!doctype html><html lang="ru"><head><meta http-equiv="content-security-policy" content="default-src 'self'"><link href="/_app/immutable/entry/start.js" rel="modulepreload">${extra}</head><body></body></html>`;
  const pages = {
    "200.html": shell(""),
    "shells/m-list.html": shell(`<link href="/_app/immutable/nodes/42.js" rel="modulepreload">`),
    "shells/m-list.en.html": shell(`<link href="/_app/immutable/chunks/en.js" rel="modulepreload"><link href="/_app/immutable/nodes/42.js" rel="modulepreload">`),
    "shells/m.html": shell(`<link href="/_app/immutable/nodes/4.js" rel="modulepreload">`),
    "shells/r-login.html": shell(`<link href="/_app/immutable/nodes/52.js" rel="modulepreload">`),
  };
  let dir: string;
  let server: Server;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "web-shells-"));
    mkdirSync(path.join(dir, "shells"));
    for (const [file, html] of Object.entries(pages)) {
      if (file === "shells/m.en.html") continue;
      writeFileSync(path.join(dir, file), html);
      writeFileSync(path.join(dir, file + ".gz"), gzipSync(html));
      if (file !== "shells/m.html") writeFileSync(path.join(dir, file + ".br"), brotliCompressSync(html));
    }
    // r-orders is listed but was not written: its paths fall back to 200.html.
    const table = [
      { file: "shells/m-list.html", en: "shells/m-list.en.html", exact: ["/m", "/m/"], prefix: null },
      { file: "shells/m.html", en: "shells/m.en.html", exact: [], prefix: "/m/" },
      { file: "shells/r-orders.html", exact: ["/r/orders"], prefix: null },
      { file: "shells/r-login.html", exact: ["/r/login"], prefix: null },
    ];
    writeFileSync(path.join(dir, "shells.json"), JSON.stringify(table));
    server = await listen(dir);
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers each path with its shell (exact paths, then prefixes, else 200.html), precompressed, with the policy", async () => {
    const expected: [string, keyof typeof pages][] = [
      ["/m/", "shells/m-list.html"],
      ["/m", "shells/m-list.html"],
      ["/m/orders/5", "shells/m.html"],
      ["/m/filters", "shells/m.html"],
      ["/r/login", "shells/r-login.html"],
      ["/r/orders", "200.html"],
      ["/r/login/x", "200.html"],
      ["/exploitation/dispatcher/orders", "200.html"],
      ["/mx", "200.html"],
    ];
    for (const [pathname, file] of expected) {
      const gz = await get(server, pathname, { accept: "text/html", "accept-encoding": "gzip" });
      expect(gz.status, pathname).toBe(200);
      expect(gz.headers["content-encoding"], pathname).toBe("gzip");
      expect(gz.headers["content-type"], pathname).toBe("text/html; charset=utf-8");
      expect(gz.headers["content-security-policy"], pathname).toBe("default-src 'self'; frame-ancestors 'none'");
      expect(gunzipSync(gz.body).toString(), pathname).toBe(pages[file]);
    }
    // Each shell's own encodings: m.html has no .br, so a br client gets its gzip.
    const m = await get(server, "/m/profile", { accept: "text/html", "accept-encoding": "br, gzip" });
    expect(m.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(m.body).toString()).toBe(pages["shells/m.html"]);
    const list = await get(server, "/m/", { accept: "text/html", "accept-encoding": "br, gzip" });
    expect(list.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(list.body).toString()).toBe(pages["shells/m-list.html"]);
    const plain = await get(server, "/r/login", { accept: "text/html" });
    expect(plain.body.toString()).toBe(pages["shells/r-login.html"]);
  });

  it("gives a browser that prefers English the shell that also preloads the English catalog (when the build has one)", async () => {
    const answers: [string, string | undefined, keyof typeof pages][] = [
      ["/m/", "en-US,en;q=0.9", "shells/m-list.en.html"],
      ["/m/", "ru-RU,ru;q=0.9,en-US;q=0.8", "shells/m-list.html"],
      ["/m/", "de;q=0.5, en;q=0.7", "shells/m-list.en.html"],
      ["/m/", undefined, "shells/m-list.html"],
      // m.en.html is listed but was not written: the plain m.html.
      ["/m/orders/5", "en", "shells/m.html"],
      ["/exploitation/dispatcher/orders", "en", "200.html"],
    ];
    for (const [pathname, language, file] of answers) {
      const res = await get(server, pathname, { accept: "text/html", ...(language ? { "accept-language": language } : {}) });
      expect(res.body.toString(), `${pathname} ${language}`).toBe(pages[file]);
      if (pathname === "/m/") expect(res.headers.vary, `${pathname} ${language}`).toMatch(/accept-language/i);
    }
  });

  it("reads the first language of Accept-Language by weight", () => {
    expect(prefersEnglish("en-GB")).toBe(true);
    expect(prefersEnglish("en")).toBe(true);
    expect(prefersEnglish("EN-us, ru;q=0.5")).toBe(true);
    expect(prefersEnglish("ru, en;q=0.9")).toBe(false);
    expect(prefersEnglish("eng")).toBe(false);
    expect(prefersEnglish("en;q=0, ru")).toBe(false);
    expect(prefersEnglish("*")).toBe(false);
    expect(prefersEnglish("")).toBe(false);
    expect(prefersEnglish(undefined)).toBe(false);
  });

  const built = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/build");
  it.skipIf(!existsSync(path.join(built, "shells.json")))("the real build: the phone apps' entry pages send 200.html that also preloads the page's own files, other /m and /r paths 200.html; in English the same with the English catalog preloaded besides", async () => {
    const real = await listen(built);
    try {
      const base = readFileSync(path.join(built, "200.html"), "utf8");
      const links = (html: string) => [...html.matchAll(/<link href="([^"]+)" rel="(?:modulepreload|preload)"/g)].map((m) => m[1]!);
      // The same page otherwise: same inline bootstrap, so the same script hash in the policy.
      const bare = (page: string) => page.replace(/\s*<link href="[^"]+" rel="(modulepreload|preload)"( as="[a-z]+")?( type="[^"]+")?( crossorigin)?>/g, "");
      for (const [pathname, entry] of [["/m/", true], ["/r/orders", true], ["/r/login", true], ["/m/orders/5", false]] as const) {
        const html = (await get(real, pathname, { accept: "text/html", "accept-language": "ru-RU,ru;q=0.9" })).body.toString();
        if (entry) {
          expect(links(html), pathname).toEqual(expect.arrayContaining(links(base)));
          expect(links(html).length, pathname).toBeGreaterThan(links(base).length);
          expect(links(html).some((href) => /\/nodes\/\d+\.[\w-]+\.js$/.test(href) && !base.includes(href)), `${pathname} preloads its page's node`).toBe(true);
          expect(bare(html), pathname).toBe(bare(base));
        } else {
          expect(html, pathname).toBe(base);
        }
        const english = (await get(real, pathname, { accept: "text/html", "accept-language": "en-US,en;q=0.9" })).body.toString();
        expect(links(english), pathname).toEqual(expect.arrayContaining(links(html)));
        expect(links(english).length, pathname).toBe(links(html).length + 1);
        expect(bare(english), pathname).toBe(bare(base));
      }
      const desk = (await get(real, "/exploitation/dispatcher/orders", { accept: "text/html", "accept-language": "en-US" })).body.toString();
      expect(desk).toBe(base);
    } finally {
      real.close();
    }
  });
});
