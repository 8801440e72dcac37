import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * The message keys a part of the app can show: every file reachable by imports from its route
 * folders (the routes' own files, `$lib` modules and components, relative imports), scanned for
 * string literals that are catalog keys, and for template literals (`orderStatus.${status}`)
 * whose fixed start is a key prefix — such a prefix stands for every key that starts with it.
 * Used by the tests that fail when an English-capable part uses a key English lacks.
 */
export function collectKeys(srcDir: string, roots: string[], keys: readonly string[]): { keys: Set<string>; files: string[] } {
  const known = new Set(keys);
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const root of roots) {
    for (const file of walk(join(srcDir, root))) queue.push(file);
  }
  const used = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(["'])([\w.-]+)\1/g)) {
      if (known.has(match[2]!)) used.add(match[2]!);
    }
    for (const match of text.matchAll(/`([\w.-]+\.)\$\{/g)) {
      const prefix = match[1]!;
      for (const key of keys) if (key.startsWith(prefix)) used.add(key);
    }
    for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)) {
      const target = resolveImport(srcDir, file, match[1]!);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return { keys: used, files: [...seen].map((f) => relative(srcDir, f)).sort() };
}

/** Files that do not decide what the user reads: the catalogs themselves and generated code. */
function skipped(path: string): boolean {
  return /\/lib\/i18n\/(ru|en)\//.test(path) || path.includes("/lib/graphql/generated/") || path.endsWith(".test.ts");
}

function resolveImport(srcDir: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("$lib/") || spec === "$lib") base = join(srcDir, "lib", spec.slice(5));
  else if (spec.startsWith(".")) base = resolve(dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.svelte.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.(ts|svelte)$/.test(candidate)) {
      return skipped(candidate) ? null : candidate;
    }
  }
  return null;
}

function walk(dir: string): string[] {
  if (statSync(dir).isFile()) return skipped(dir) ? [] : [dir];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (/\.(ts|svelte)$/.test(entry.name) && !skipped(path)) out.push(path);
  }
  return out;
}
