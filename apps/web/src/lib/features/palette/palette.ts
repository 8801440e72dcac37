import type { MessageKey } from "$lib/i18n";
import type { IconName } from "$lib/components/icons";
import type { NavGroup } from "$lib/nav";

/** One line of the command palette: where Enter takes the viewer. */
export type PaletteItem = {
  /** Unique within the list; also what «Недавние» remember an item by. */
  key: string;
  kind: "page" | "order" | "client" | "recent";
  label: string;
  sub?: string;
  href: string;
  icon: IconName;
};

export type PageEntry = { id: string; label: MessageKey; href: string; icon: IconName; parent?: MessageKey };

/** Every page of the sidebar the viewer sees (children included), in sidebar order. */
export function pageEntries(groups: readonly NavGroup[]): PageEntry[] {
  return groups.flatMap((group) =>
    group.items.flatMap((item) => [
      { id: item.id, label: item.label, href: item.href, icon: item.icon },
      ...(item.children ?? []).map((child) => ({ id: child.id, label: child.label, href: child.href, icon: child.icon, parent: item.label })),
    ]),
  );
}

/** Lower case with «ё» read as «е», so «Счётчик» and «счетчик» match. */
export function fold(text: string): string {
  return text.toLocaleLowerCase("ru").replaceAll("ё", "е").trim();
}

/** Pages whose name (or its section's) holds every word of the query; all of them for an empty query. */
export function matchPages<T extends { name: string; section?: string }>(query: string, pages: readonly T[]): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...pages];
  return pages.filter((page) => {
    const text = fold(`${page.name} ${page.section ?? ""}`);
    return words.every((word) => text.includes(word));
  });
}

/** «128», «№128», «№ 128», «#128» → 128; anything else (a phone, a name) → null. */
export function orderNumberOf(query: string): number | null {
  const match = /^(?:№|#)?\s*(\d{1,9})$/.exec(query.trim());
  if (!match) return null;
  const number = Number(match[1]);
  return number > 0 ? number : null;
}

/** A client search needs two characters, or five digits when it is a phone (as the API's own rule). */
export function searchesClients(query: string): boolean {
  const text = query.trim();
  if (text.length < 2) return false;
  // An order number is not a client, unless it is long enough to be part of a phone.
  if (orderNumberOf(text) !== null) return text.replace(/\D/g, "").length >= 5;
  const digits = text.replace(/\D/g, "");
  const phoneLike = /^[\d\s()+-]+$/.test(text);
  return !phoneLike || digits.length >= 5;
}

export const RECENT_KEY = "domovoy.palette.recent";
export const RECENT_LIMIT = 8;

/** The remembered list with `item` on top: no repeats, at most RECENT_LIMIT. */
export function withRecent(list: readonly PaletteItem[], item: PaletteItem): PaletteItem[] {
  const entry: PaletteItem = { ...item, key: `recent:${item.href}` };
  return [entry, ...list.filter((other) => other.href !== item.href)].slice(0, RECENT_LIMIT);
}

/** What localStorage holds, checked: anything malformed is dropped rather than trusted. */
export function parseRecent(raw: string | null): PaletteItem[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (item): item is PaletteItem =>
          typeof item === "object" && item !== null && typeof item.label === "string" && typeof item.href === "string" && item.href.startsWith("/") && !item.href.startsWith("//"),
      )
      .slice(0, RECENT_LIMIT)
      .map((item) => ({ key: `recent:${item.href}`, kind: "recent", label: item.label, sub: typeof item.sub === "string" ? item.sub : undefined, href: item.href, icon: "clock" }));
  } catch {
    return [];
  }
}

export function loadRecent(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): PaletteItem[] {
  try {
    return parseRecent(storage?.getItem(RECENT_KEY) ?? null);
  } catch {
    return [];
  }
}

export function rememberRecent(item: PaletteItem, storage: Pick<Storage, "getItem" | "setItem"> | undefined = globalThis.localStorage): PaletteItem[] {
  const next = withRecent(loadRecent(storage), item);
  try {
    storage?.setItem(RECENT_KEY, JSON.stringify(next));
  } catch {
    // A full or disabled storage only loses the list.
  }
  return next;
}

export { step } from "$lib/components/listbox";
