import { describe, expect, it } from "vitest";
import { messagesByTime, ordersByChange } from "./live";

const order = (id: string, revision: number, updatedAt: string, number = 1) => ({ id, revision, updatedAt, number });

describe("resident live merge", () => {
  it.each([
    ["a pushed newer revision replaces the loaded one", [[order("a", 1, "2026-01-01T10:00:00Z")], [order("a", 2, "2026-01-01T11:00:00Z")]], ["a@2"]],
    ["a late older revision does not win", [[order("a", 3, "2026-01-01T12:00:00Z")], [order("a", 2, "2026-01-01T11:00:00Z")]], ["a@3"]],
    [
      "a new order goes first (newest change first)",
      [[order("a", 1, "2026-01-01T10:00:00Z", 1)], [order("b", 1, "2026-01-01T11:00:00Z", 2)]],
      ["b@1", "a@1"],
    ],
  ] as const)("%s", (_name, sources, expected) => {
    expect(ordersByChange(...sources.map((s) => [...s])).map((o) => `${o.id}@${o.revision}`)).toEqual(expected);
  });

  it("orders a chat oldest first and keeps the highest revision of a message", () => {
    const m = (id: string, revision: number, createdAt: string) => ({ id, revision, createdAt });
    const merged = messagesByTime([m("2", 1, "2026-01-01T10:01:00Z"), m("1", 1, "2026-01-01T10:00:00Z")], [m("2", 2, "2026-01-01T10:01:00Z")]);
    expect(merged.map((x) => `${x.id}@${x.revision}`)).toEqual(["1@1", "2@2"]);
  });
});
