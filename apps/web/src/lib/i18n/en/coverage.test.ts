import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ru } from "../ru";
import { ruBase } from "../ru/base";
import { collectKeys } from "./coverage";
import { en } from "./index";

const src = fileURLToPath(new URL("../../..", import.meta.url));
const keys = Object.keys(ru);

describe.each([
  ["the employee app", "routes/m", "lib/components/StatusChip.svelte", "orderStatus.DONE"],
  ["the resident app", "routes/r", "lib/components/StatusChip.svelte", "orderStatus.DONE"],
  ["the desk's administration (roles, departments, employees, services, objects, import/export)", "routes/(app)/directory", "lib/features/buildings/PremisesImportDialog.svelte", "premisesImport.title"],
])("English in %s", (_name, root, shared, sample) => {
  const used = collectKeys(src, [root], keys);

  it("covers every key its pages and the components they import can show", () => {
    // Sanity: the walk reached the shared components, not just the route folder.
    expect(used.files).toContain(shared);
    expect(used.keys.has(sample)).toBe(true);
    const missing = [...used.keys].filter((key) => !Object.hasOwn(en, key)).sort();
    expect(missing, `keys ${root} uses without English text`).toEqual([]);
  });
});

describe("the phone apps' catalog (ru/base.ts, without the desk's chunk)", () => {
  it("has every key /m, /r, sign-in and the root layout can show: the desk's texts are loaded only by the desk's layout (#14)", () => {
    const roots = ["routes/m", "routes/r", "routes/login", "routes/+layout.svelte", "routes/+layout.ts", "routes/+error.svelte", "routes/+page.ts"];
    const used = collectKeys(src, roots, keys);
    expect(used.keys.has("m.pending")).toBe(true);
    const missing = [...used.keys].filter((key) => !Object.hasOwn(ruBase, key)).sort();
    expect(missing, "keys the phone apps use that only the desk's chunk has").toEqual([]);
  });
});

describe("the key collector", () => {
  it("counts a template literal's prefix as every key it may name", () => {
    const used = collectKeys(src, ["routes/r"], keys);
    // `resident.new.group.${group.kind}` in the new-order page.
    for (const key of keys.filter((k) => k.startsWith("resident.new.group."))) expect(used.keys.has(key)).toBe(true);
  });

  it("follows imports out of the route folder (the employee card's checklist and chat)", () => {
    const used = collectKeys(src, ["routes/m"], keys);
    expect(used.files.some((f) => f.includes("/chat/ChatBlock.svelte"))).toBe(true);
    expect(used.keys.has("checklist.progress")).toBe(true);
  });
});

describe("English parts", () => {
  it("have every key of their Russian twin and nothing else, one part for each Russian part", async () => {
    const { ruParts } = await import("../ru");
    const { enParts } = await import("./index");
    expect(Object.keys(enParts).map((name) => name.replace(/En$/, "Ru")).sort()).toEqual(Object.keys(ruParts).sort());
    for (const [name, part] of Object.entries(enParts)) {
      const twin = ruParts[name.replace(/En$/, "Ru") as keyof typeof ruParts];
      expect(twin, name).toBeDefined();
      expect(Object.keys(part).sort(), name).toEqual(Object.keys(twin).sort());
    }
  });

  it("speak English: no Cyrillic in any text (the language switch's own label, and the import file's Russian column headers, aside)", () => {
    const russianOnPurpose = new Set(["common.language", "premisesImport.intro", "premisesImport.introBuilding"]);
    const cyrillic = Object.entries(en)
      .filter(([key, message]) => !russianOnPurpose.has(key) && /[\u0400-\u04ff]/.test(JSON.stringify(message)))
      .map(([key]) => key);
    expect(cyrillic).toEqual([]);
  });
});
