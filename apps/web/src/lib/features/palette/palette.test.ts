import { describe, expect, it } from "vitest";
import { matchPages, orderNumberOf, pageEntries, parseRecent, rememberRecent, searchesClients, step, withRecent, RECENT_LIMIT, type PaletteItem } from "./palette";
import { navigation, visibleNavigation } from "$lib/nav";

const item = (href: string, label = href): PaletteItem => ({ key: href, kind: "order", label, href, icon: "inbox" });

describe("orderNumberOf", () => {
  it.each([
    ["128", 128],
    ["№128", 128],
    ["№ 128", 128],
    ["#7", 7],
    ["  42 ", 42],
    ["0", null],
    ["+7 916", null],
    ["Соловьёва", null],
    ["12a", null],
    ["", null],
  ])("%j → %j", (query, expected) => {
    expect(orderNumberOf(query)).toBe(expected);
  });
});

describe("searchesClients", () => {
  it.each([
    ["С", false],
    ["Со", true],
    ["1234", false],
    ["12345", true],
    ["+7 916", false],
    ["+7 916 000", true],
    ["Аксёнов", true],
    ["№ 181", false],
    ["#12345", true],
  ])("%j → %j", (query, expected) => {
    expect(searchesClients(query)).toBe(expected);
  });
});

describe("matchPages", () => {
  const pages = [
    { name: "Все заявки" },
    { name: "Сводка" },
    { name: "Объекты", section: "Справочники" },
    { name: "Счётчики" },
  ];
  it.each([
    ["", 4],
    ["заяв", 1],
    ["СПРАВ", 1],
    ["счетчик", 1],
    ["справ объ", 1],
    ["нет такого", 0],
  ])("%j finds %i", (query, count) => {
    expect(matchPages(query, pages)).toHaveLength(count);
  });
});

describe("pageEntries", () => {
  it("lists only the pages the viewer's permissions open, children included", () => {
    const executor = pageEntries(visibleNavigation(navigation, []));
    const admin = pageEntries(visibleNavigation(navigation, ["INTEGRATIONS_MANAGE", "CALLS_READ", "DASHBOARD_VIEW", "ROLES_MANAGE"]));
    expect(executor.map((p) => p.id)).not.toContain("integrations");
    expect(executor.map((p) => p.id)).toContain("buildings");
    expect(admin.map((p) => p.id)).toEqual(expect.arrayContaining(["integrations", "calls", "dashboard", "buildings"]));
    expect(admin.find((p) => p.id === "buildings")?.parent).toBe("nav.directory");
  });
});

describe("recent items", () => {
  it("puts the last one first, without repeats, at most RECENT_LIMIT", () => {
    let list: PaletteItem[] = [];
    for (let i = 0; i < RECENT_LIMIT + 3; i++) list = withRecent(list, item(`/o/${i}`));
    list = withRecent(list, item("/o/5"));
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]!.href).toBe("/o/5");
    expect(list.filter((entry) => entry.href === "/o/5")).toHaveLength(1);
  });

  it("keeps them in storage and drops what is malformed or leaves the site", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    rememberRecent(item("/clients/1", "Иванова"), storage);
    rememberRecent(item("/exploitation/dispatcher/orders/7", "Заявка № 7"), storage);
    expect(parseRecent(store.get("domovoy.palette.recent")!).map((entry) => entry.label)).toEqual(["Заявка № 7", "Иванова"]);
    expect(parseRecent("not json")).toEqual([]);
    expect(parseRecent(JSON.stringify([{ label: "x", href: "//evil.example" }, { label: "y", href: "https://evil.example" }, { href: "/a" }]))).toEqual([]);
  });
});

describe("step", () => {
  it.each([
    [-1, 3, 1, 0],
    [-1, 3, -1, 2],
    [2, 3, 1, 0],
    [0, 3, -1, 2],
    [1, 3, 1, 2],
    [0, 0, 1, -1],
  ] as const)("from %i of %i by %i → %i", (active, count, delta, expected) => {
    expect(step(active, count, delta)).toBe(expected);
  });
});
