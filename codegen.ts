import type { CodegenConfig } from "@graphql-codegen/cli";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Paths are anchored to this file, so the config gives the same output from any working directory
// (the web workspace runs it as `graphql-codegen --config ../../codegen.ts`).
const root = path.dirname(fileURLToPath(import.meta.url));
const web = (p: string) => path.join(root, "apps/web", p);
const apiTests = (p: string) => path.join(root, "apps/api/test", p);

const scalars = { DateTimeISO: "string", Money: "string" };

const config: CodegenConfig = {
  overwrite: true,
  schema: path.join(root, "schema.graphql"),
  documents: [web("src/**/*.{ts,svelte}"), `!${web("src/lib/graphql/generated/**")}`],
  ignoreNoDocuments: true,
  generates: {
    [web("src/lib/graphql/generated/")]: {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars,
        documentMode: "documentNode",
      },
    },
    // Typed documents for the API tests: `graphql(...)` from test/support/generated in the factories
    // and in `*.documents.ts` files gives `request()` the result and variables types, checked by
    // the API typecheck (npm run check). Not every test file: tests send deliberately invalid
    // documents, which codegen would refuse.
    [apiTests("support/generated/")]: {
      documents: [apiTests("support/factories.ts"), apiTests("**/*.documents.ts")],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      // The API resolves modules as Node does (NodeNext): relative imports need their .js.
      config: { importExtension: ".js", useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars, documentMode: "documentNode" },
    },
  },
};

export default config;
