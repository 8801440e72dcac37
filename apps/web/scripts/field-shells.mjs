// After `vite build` (npm run build), for the phone apps (/m, /r; issue #14, Lighthouse):
//
// - build/shells/{m,r-orders,r-login}.html: the build's single-page shell (200.html) that also
//   preloads the entry page's own files — its layouts' and page's nodes, the error page the router
//   always loads, the chunks they import and their styles — which the router otherwise asks for
//   only once the scripts of 200.html have run: a second wave of round trips before the first
//   paint. The build groups those modules into a few chunks (vite.config.ts, chunkGroups), so that
//   is 7–8 files. Tried before the grouping and dropped: the same preloads of 30-odd small chunks,
//   which in Lighthouse's simulation (slow 4G, HTTP/1.1: six connections, a round trip per
//   request) made the first paint later, not earlier (89 against 92 for /m/).
// - build/shells/en.html and the entry pages' *.en.html: the same that also preload the English
//   catalog, a lazy chunk otherwise asked for only once the root layout has run. A browser whose
//   first language is English opens the phone apps in English, and the server
//   (apps/api/src/http/web.ts) answers it, for /m and /r, with these (build/shells.json lists which
//   shell answers which paths, and its English variant). Written precompressed like the rest of
//   the build (br, gzip).
// - build/field-assets.json: the build files the phone apps can ever run — every /m and /r route,
//   the root layout and error page, what they import (lazily too: the English catalog), their
//   styles and fonts — which their service worker caches at install, instead of every file of the
//   build (the desk's pages are most of it).
//
// The modules are read from Vite's manifest of the client build.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const build = path.join(root, "build");
const manifest = JSON.parse(readFileSync(path.join(root, ".svelte-kit/output/client/.vite/manifest.json"), "utf8"));

/** Route file (under src/routes) → its node's manifest key, from SvelteKit's generated node modules. */
const nodesDir = path.join(root, ".svelte-kit/generated/client-optimized/nodes");
const nodeOf = new Map();
for (const file of readdirSync(nodesDir)) {
  const source = readFileSync(path.join(nodesDir, file), "utf8");
  for (const [, route] of source.matchAll(/from "(?:\.\.\/)+src\/routes\/([^"]+)"/g)) nodeOf.set(route, `.svelte-kit/generated/client-optimized/nodes/${file}`);
}
const node = (route) => {
  const key = nodeOf.get(route);
  if (!key || !manifest[key]) throw new Error(`field-shells: no built node for src/routes/${route}`);
  return key;
};

const shell = readFileSync(path.join(build, "200.html"), "utf8");
const already = new Set([...shell.matchAll(/href="\/([^"]+)"/g)].map((m) => m[1]));

/**
 * The English shell preloads the English catalog, and the Latin file of the font (which English
 * text is set in) if 200.html does not already. The server picks it by Accept-Language; a choice
 * saved on the device may differ, which costs a preload at worst (or a round trip, the other way).
 */
const english = manifest["src/lib/i18n/en/base.ts"];
if (!english) throw new Error("field-shells: no English catalog chunk in the manifest");
/** The files a chunk and its static imports carry (its own, or those of the chunk a group moved it into). */
const staticAssets = (key, seen = new Set()) => {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  return [...(chunk.assets ?? []), ...(chunk.imports ?? []).flatMap((imported) => staticAssets(imported, seen))];
};
const latin = staticAssets(node("+layout.svelte")).find((f) => /inter-latin-wght-normal\.[\w-]+\.woff2$/.test(f));
if (!latin) throw new Error("field-shells: no Latin font file among the root layout's assets");
const englishLinks = [
  ...(already.has(latin) ? [] : [`\t\t<link href="/${latin}" rel="preload" as="font" type="font/woff2" crossorigin>`]),
  `\t\t<link href="/${english.file}" rel="modulepreload">`,
];

function write(file, links) {
  if (!/\n\s*<\/head>/.test(shell)) throw new Error("field-shells: 200.html has no </head>");
  const html = shell.replace(/\n\s*<\/head>/, `\n${links.join("\n")}\n  </head>`);
  writeFileSync(path.join(build, file), html);
  writeFileSync(path.join(build, file + ".gz"), gzipSync(html, { level: 9 }));
  writeFileSync(path.join(build, file + ".br"), brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

rmSync(path.join(build, "shells"), { recursive: true, force: true });
mkdirSync(path.join(build, "shells"), { recursive: true });
write("shells/en.html", englishLinks);

/**
 * The phone apps' entry pages: their shells also preload the route's own files (its layouts and
 * page, the error page the router always loads, the chunks they import, their styles), which the
 * router otherwise asks for only once the scripts of 200.html have run. The build groups those
 * modules into a few chunks (vite.config.ts, chunkGroups), so that is 5–6 files, not 30-odd.
 */
const entryPages = [
  { name: "m", exact: ["/m", "/m/"], routes: ["m/+layout.svelte", "m/+page.svelte"] },
  { name: "r-orders", exact: ["/r/orders", "/r/orders/"], routes: ["r/+layout.svelte", "r/(app)/+layout.svelte", "r/(app)/orders/+page.svelte"] },
  { name: "r-login", exact: ["/r/login", "/r/login/"], routes: ["r/+layout.svelte", "r/login/+page.svelte"] },
];
const routeLinks = (routes) => {
  const files = new Set();
  const styles = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`field-shells: ${key} is not in the manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  [node("+error.svelte"), ...routes.map(node)].forEach(visit);
  return [
    ...[...files].filter((f) => !already.has(f)).map((f) => `\t\t<link href="/${f}" rel="modulepreload">`),
    ...[...styles].filter((f) => !already.has(f)).map((f) => `\t\t<link href="/${f}" rel="preload" as="style">`),
  ];
};
const table = [];
for (const { name, exact, routes } of entryPages) {
  const links = routeLinks(routes);
  write(`shells/${name}.html`, links);
  write(`shells/${name}.en.html`, [...englishLinks, ...links]);
  table.push({ file: `shells/${name}.html`, en: `shells/${name}.en.html`, exact, prefix: null });
  console.log(`field-shells: shells/${name}.html preloads ${links.length} files more than 200.html, for ${exact.join(", ")}`);
}
table.push(
  { file: "200.html", en: "shells/en.html", exact: ["/m", "/r"], prefix: null },
  { file: "200.html", en: "shells/en.html", exact: [], prefix: "/m/" },
  { file: "200.html", en: "shells/en.html", exact: [], prefix: "/r/" },
);
writeFileSync(path.join(build, "shells.json"), JSON.stringify(table, null, 2) + "\n");
console.log(`field-shells: shells/en.html preloads ${englishLinks.length} file(s) more than 200.html, for /m and /r in English`);

/** Every file the /m and /r routes can load, for the service worker's install (see above). */
const field = new Set([...already].filter((f) => f.startsWith("_app/")));
const seen = new Set();
/**
 * A chunk with what it imports, lazily too — but not the route nodes (the router imports every
 * page lazily, from app.js or the chunk it is grouped into): the phone apps' own are added below.
 */
const routeNode = /client-optimized\/nodes\/\d+\.js$/;
const everything = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`field-shells: ${key} is not in the manifest`);
  field.add(chunk.file);
  for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) field.add(file);
  for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []).filter((key) => !routeNode.test(key))]) everything(imported);
};
const entry = Object.keys(manifest).find((key) => key.endsWith("@sveltejs/kit/src/runtime/client/entry.js"));
const app = Object.keys(manifest).find((key) => key.endsWith("client-optimized/app.js"));
if (!entry || !app) throw new Error("field-shells: no client entry in the manifest");
for (const key of [app, entry, node("+layout.svelte"), node("+error.svelte")]) everything(key);
for (const [route, key] of nodeOf) if (/^(m|r)\//.test(route)) everything(key);
const assets = [...field].map((f) => `/${f}`).sort();
writeFileSync(path.join(build, "field-assets.json"), JSON.stringify(assets) + "\n");
console.log(`field-shells: field-assets.json lists ${assets.length} files for the phone apps' service worker`);
