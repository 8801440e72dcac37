import { sveltekit } from "@sveltejs/kit/vite";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

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

export default defineConfig({
  plugins: [sveltekit(), graphqlDocuments()],
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
