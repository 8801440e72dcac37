import { sveltekit } from "@sveltejs/kit/vite";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type Rolldown } from "vite";

const api = process.env.DOMOVOY_API_URL ?? "http://127.0.0.1:4000";

const generated = path.join(path.dirname(fileURLToPath(import.meta.url)), "src/lib/graphql/generated");

/**
 * What codegen's client preset asks of a production build (its babel plugin, done here without
 * babel), one step further: each `graphql(\`…\`)` call becomes an import of a module holding that
 * one document, taken from generated/graphql.ts. Without it every page loads the map of all 240
 * documents (gql.ts); importing them from graphql.ts would still put every document the app uses
 * in one shared chunk (a module is never split). Either way 440–560 KB of JavaScript to parse
 * before the first paint; this way a page carries the documents it sends. A document unknown to
 * the map (codegen not run) fails the build, as it would fail at run time.
 */
function graphqlDocuments(): Plugin {
  const PREFIX = "virtual:graphql-document/";
  let cache: { byText: Map<string, string>; json: Map<string, string> } | null = null;
  const documents = () => {
    if (cache) return cache;
    const byText = new Map<string, string>();
    const json = new Map<string, string>();
    const gql = readFileSync(path.join(generated, "gql.ts"), "utf8");
    const map = gql.slice(gql.indexOf("const documents: Documents = {"));
    for (const [, text, name] of map.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) byText.set(JSON.parse(text!) as string, name!);
    const types = readFileSync(path.join(generated, "graphql.ts"), "utf8");
    for (const [, name, document] of types.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm)) json.set(name!, document!);
    return (cache = { byText, json });
  };
  return {
    name: "domovoy:graphql-documents",
    buildStart() {
      cache = null;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      const document = documents().json.get(name);
      if (!document) this.error(`no document ${name} in generated/graphql.ts (run npm run generate)`);
      return `export default ${document};\n`;
    },
    transform(code, id) {
      if (id.startsWith(generated) || id.startsWith("\0") || id.includes("/node_modules/") || !code.includes("/graphql/generated")) return null;
      const names = new Set<string>();
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, text: string) => {
        const name = documents().byText.get(text);
        if (!name) this.error(`a graphql() document unknown to codegen (run npm run generate): ${text.trim().split("\n")[0]}`);
        names.add(name);
        return `__document_${name}`;
      });
      if (names.size === 0) return null;
      const imports = [...names].map((n) => `import __document_${n} from "${PREFIX}${n}";\n`).join("");
      return { code: imports + replaced, map: null };
    },
  };
}

/**
 * The client build's chunking (chunkGroups), not the server build's: SvelteKit builds both from
 * this config, and with strictExecutionOrder the server build's prerendering (of 200.html) never
 * finished — the build hung.
 */
function fieldChunks(): Plugin {
  return {
    name: "domovoy:field-chunks",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "client",
    outputOptions(options) {
      // Grouping moves modules across chunks; strictExecutionOrder keeps their bodies running in
      // the order of the source's imports wherever they land.
      return { ...options, strictExecutionOrder: true, codeSplitting: { groups: chunkGroups() } };
    },
  };
}

const webRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * The route files whose nodes a phone app's first load runs (beside the root layout and error
 * page): group name → route files under src/routes.
 */
const FIRST_LOADS: Record<string, string[]> = {
  m: ["m/+layout.ts", "m/+layout.svelte", "m/+page.ts", "m/+page.svelte"],
  r: ["r/+layout.svelte", "r/(app)/+layout.ts", "r/(app)/+layout.svelte", "r/(app)/orders/+page.ts", "r/(app)/orders/+page.svelte", "r/login/+page.svelte"],
};

/**
 * Chunk names for the client build (issue #14, Lighthouse): the modules every first load runs
 * (SvelteKit's client, the root layout, the error page) in one chunk, `boot`; those the phone apps'
 * first loads run besides, in `m` (the employee list), `r` (the resident's sign-in and list) and
 * `field` (both). Left to themselves, Rolldown's chunks follow which of the 53 route nodes share a
 * module, some 45 files of 0.5–20 KB for /m/, each a round trip on a slow phone network. Every
 * other module (the desk's pages, the phone apps' other screens, lazy catalogs) is chunked as
 * before. Reachability is by static imports from the route nodes SvelteKit generates.
 */
function chunkGroups() {
  const nodesDir = path.join(webRoot, ".svelte-kit/generated/client-optimized/nodes");
  let names: Map<string, string> | null = null;
  const app = path.join(webRoot, ".svelte-kit/generated/client-optimized/app.js");
  const compute = (ctx: Rolldown.ChunkingContext) => {
    const info = (id: string) => {
      const found = ctx.getModuleInfo(id);
      if (!found) throw new Error(`chunk groups: ${id} is not in the client build`);
      return found;
    };
    const closure = (roots: string[]) => {
      const seen = new Set<string>();
      const stack = [...roots];
      while (stack.length) {
        const id = stack.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...info(id).importedIds);
      }
      return seen;
    };
    const nodeOf = new Map<string, string>();
    for (const file of readdirSync(nodesDir)) {
      for (const [, route] of readFileSync(path.join(nodesDir, file), "utf8").matchAll(/from "(?:\.\.\/)+src\/routes\/([^"]+)"/g)) nodeOf.set(route!, path.join(nodesDir, file));
    }
    const node = (route: string) => {
      const id = nodeOf.get(route);
      if (!id) throw new Error(`chunk groups: no route node for src/routes/${route}`);
      return id;
    };
    const boot = closure([
      path.join(webRoot, "node_modules/@sveltejs/kit/src/runtime/client/entry.js"),
      app,
      node("+layout.svelte"),
      node("+error.svelte"),
    ]);
    const first = Object.entries(FIRST_LOADS).map(([name, routes]) => [name, closure(routes.map(node))] as const);
    names = new Map();
    for (const id of boot) names.set(id, "boot");
    for (const [name, ids] of first) {
      for (const id of ids) {
        if (boot.has(id)) continue;
        const also = first.some(([other, set]) => other !== name && set.has(id));
        names.set(id, also ? "field" : name);
      }
    }
    return names;
  };
  const named = (name: string) => (id: string, ctx: Rolldown.ChunkingContext) => ((names ?? compute(ctx)).get(id) === name ? name : null);
  // Higher priority first: a group also takes the dependencies of its modules that no group before
  // it took, and each group's dependencies are in the groups before it (or in it).
  return ["boot", "field", ...Object.keys(FIRST_LOADS)].map((name, i, all) => ({ debugName: name, name: named(name), priority: all.length - i }));
}

export default defineConfig({
  plugins: [sveltekit(), graphqlDocuments(), fieldChunks()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/graphql": { target: api, changeOrigin: false, ws: true },
      "/healthz": { target: api },
      "/files": { target: api },
    },
  },
  preview: {
    proxy: {
      "/graphql": { target: api, changeOrigin: false, ws: true },
      "/healthz": { target: api },
      "/files": { target: api },
    },
  },
});
