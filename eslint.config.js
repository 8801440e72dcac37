import js from "@eslint/js";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/build/**", "**/dist/**", "**/.svelte-kit/**", "**/generated/**", "**/.data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs["flat/recommended"],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // Services hold rules, repositories hold SQL: a service may name database types, never build a query.
    files: ["apps/api/src/**/*.service.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "drizzle-orm", allowTypeImports: true, message: "SQL belongs in a *.repository.ts; a service may import drizzle-orm types only." },
            { name: "@domovoy/db", allowTypeImports: true, message: "SQL belongs in a *.repository.ts; a service may import @domovoy/db types only." },
          ],
          patterns: [
            { group: ["drizzle-orm/*", "@domovoy/db/*"], allowTypeImports: true, message: "SQL belongs in a *.repository.ts; a service may import database types only." },
          ],
        },
      ],
    },
  },
  {
    // One style for every choice in the desk (#15): the Select component, never a native select.
    // The phone apps /m and /r keep native selects on purpose: there the phone's own picker is the right touch UI.
    files: ["apps/web/src/routes/(app)/**/*.svelte"],
    rules: {
      "svelte/no-restricted-html-elements": [
        "error",
        { elements: ["select"], message: "Use $lib/components/Select.svelte (or SearchSelect/MultiSelect) in the desk, not a native <select>." },
      ],
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: [".svelte"] } },
  },
);
