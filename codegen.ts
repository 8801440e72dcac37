import type { CodegenConfig } from "@graphql-codegen/cli";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Paths are anchored to this file, so the config gives the same output from any working directory
// (the web workspace runs it as `graphql-codegen --config ../../codegen.ts`).
const root = path.dirname(fileURLToPath(import.meta.url));
const web = (p: string) => path.join(root, "apps/web", p);

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
        scalars: {
          DateTimeISO: "string",
          Money: "string",
        },
        documentMode: "documentNode",
      },
    },
  },
};

export default config;
