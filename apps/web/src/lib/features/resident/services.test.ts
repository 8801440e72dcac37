import { describe, expect, it } from "vitest";
import { groupServices, matchesSearch } from "./services";

describe("resident service picker", () => {
  it.each([
    ["Сантехника: засор", "засор", true],
    ["Сантехника: засор", "САНТЕХ засор", true],
    ["Замена счётчика", "счетчик", true],
    ["Электрика", "сантех", false],
    ["Любая", "", true],
  ])("«%s» matches «%s»: %s", (name, search, expected) => {
    expect(matchesSearch(name, search)).toBe(expected);
  });

  it("groups by kind in a fixed order and leaves empty groups out", () => {
    const groups = groupServices([
      { id: "1", kind: "PAID" as const },
      { id: "2", kind: "STANDARD" as const },
      { id: "3", kind: "PAID" as const },
    ]);
    expect(groups.map((g) => [g.kind, g.services.map((s) => s.id)])).toEqual([
      ["STANDARD", ["2"]],
      ["PAID", ["1", "3"]],
    ]);
  });
});
