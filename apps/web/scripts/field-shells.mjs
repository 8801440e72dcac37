// After `vite build` (npm run build): the phone apps' own shells (issue #14, Lighthouse).
//
// The build's single-page shell (build/200.html) preloads the scripts every page runs — the router,
// the root layout — and the router then asks for the page's own modules, and only once they have
// run for the data: a waterfall of round trips before the first paint. Here, for the field apps'
// entry pages, a copy of that shell also preloads the route's modules (its layouts, its page, the
// error page the router always loads, everything they import) and their styles, so the browser
// fetches them beside the router's own. build/shells.json tells the server (apps/api/src/http/web.ts)
// which shell answers which path; every other path keeps 200.html. Written precompressed like the
// rest of the build (br, gzip). The modules are read from Vite's manifest of the client build.
//
// Also build/field-assets.json: the build files the phone apps can ever run — every /m and /r route,
// the root layout and error page, what they import (lazily too: the English catalog), their styles
// and fonts — which their service worker caches at install, instead of every file of the build
// (the desk's pages are most of it).
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
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

/** Which shell answers which paths: exact paths first, then path prefixes (web.ts keeps that order). */
const shells = [
  { name: "m-list", exact: ["/m", "/m/"], routes: ["m/+layout.svelte", "m/+page.svelte"] },
  { name: "m", prefix: "/m/", routes: ["m/+layout.svelte"] },
  { name: "r-orders", exact: ["/r", "/r/", "/r/orders"], routes: ["r/+page.ts", "r/+layout.svelte", "r/(app)/+layout.svelte", "r/(app)/orders/+page.svelte"] },
  { name: "r-login", exact: ["/r/login"], routes: ["r/+layout.svelte", "r/login/+page.svelte"] },
  { name: "r", prefix: "/r/", routes: ["r/+layout.svelte", "r/(app)/+layout.svelte"] },
];

const shell = readFileSync(path.join(build, "200.html"), "utf8");
const already = new Set([...shell.matchAll(/href="\/([^"]+)"/g)].map((m) => m[1]));

function closure(keys) {
  const files = [];
  const styles = [];
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`field-shells: ${key} is not in the manifest`);
    for (const imported of chunk.imports ?? []) visit(imported);
    files.push(chunk.file);
    for (const css of chunk.css ?? []) styles.push(css);
  };
  keys.forEach(visit);
  return { files: [...new Set(files)].filter((f) => !already.has(f)), styles: [...new Set(styles)].filter((f) => !already.has(f)) };
}

/**
 * A browser whose first language is English opens the phone apps in English (lib/i18n): its shell
 * also preloads the English catalog (a lazy chunk otherwise fetched only after the root layout ran)
 * and the Latin file of the font, which English text is set in (200.html preloads the Cyrillic one
 * only). The server picks it by Accept-Language; a choice saved on the device may differ, which
 * costs a preload at worst.
 */
const english = manifest["src/lib/i18n/en/index.ts"];
if (!english) throw new Error("field-shells: no English catalog chunk in the manifest");
const latin = (manifest[node("+layout.svelte")].assets ?? []).find((f) => /inter-latin-wght-normal\.[\w-]+\.woff2$/.test(f));
if (!latin) throw new Error("field-shells: no Latin font file among the root layout's assets");
const englishLinks = [
  `\t\t<link href="/${latin}" rel="preload" as="font" type="font/woff2" crossorigin>`,
  `\t\t<link href="/${english.file}" rel="modulepreload">`,
];

function write(file, links) {
  if (!/\n\s*<\/head>/.test(shell)) throw new Error("field-shells: 200.html has no </head>");
  const html = shell.replace(/\n\s*<\/head>/, `\n${links.join("\n")}\n  </head>`);
  writeFileSync(path.join(build, file), html);
  writeFileSync(path.join(build, file + ".gz"), gzipSync(html, { level: 9 }));
  writeFileSync(path.join(build, file + ".br"), brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

mkdirSync(path.join(build, "shells"), { recursive: true });
const table = [];
for (const { name, exact, prefix, routes } of shells) {
  const { files, styles } = closure([node("+error.svelte"), ...routes.map(node)]);
  const links = [
    ...files.map((f) => `\t\t<link href="/${f}" rel="modulepreload">`),
    ...styles.map((f) => `\t\t<link href="/${f}" rel="preload" as="style">`),
  ];
  const file = `shells/${name}.html`;
  const en = `shells/${name}.en.html`;
  write(file, links);
  write(en, [...englishLinks, ...links]);
  table.push({ file, en, exact: exact ?? [], prefix: prefix ?? null });
  console.log(`field-shells: ${file} preloads ${files.length} modules, ${styles.length} styles (${en}: the English catalog and the Latin font besides)`);
}
writeFileSync(path.join(build, "shells.json"), JSON.stringify(table, null, 2) + "\n");

/** Every file the /m and /r routes can load, for the service worker's install (see above). */
const field = new Set([...already].filter((f) => f.startsWith("_app/")));
const seen = new Set();
/** A chunk with what it imports, lazily too unless `lazy` is false (the router's app.js imports every page lazily). */
const everything = (key, lazy = true) => {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`field-shells: ${key} is not in the manifest`);
  field.add(chunk.file);
  for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) field.add(file);
  for (const imported of [...(chunk.imports ?? []), ...(lazy ? (chunk.dynamicImports ?? []) : [])]) everything(imported);
};
const entry = Object.keys(manifest).find((key) => key.endsWith("@sveltejs/kit/src/runtime/client/entry.js"));
const app = Object.keys(manifest).find((key) => key.endsWith("client-optimized/app.js"));
if (!entry || !app) throw new Error("field-shells: no client entry in the manifest");
everything(app, false);
for (const key of [entry, node("+layout.svelte"), node("+error.svelte")]) everything(key);
for (const [route, key] of nodeOf) if (/^(m|r)\//.test(route)) everything(key);
const assets = [...field].map((f) => `/${f}`).sort();
writeFileSync(path.join(build, "field-assets.json"), JSON.stringify(assets) + "\n");
console.log(`field-shells: field-assets.json lists ${assets.length} files for the phone apps' service worker`);
