import { describe, expect, it } from "vitest";
import type { OrderCommentFragment } from "$lib/graphql/generated/graphql";
import { mergeComments, newerVersion } from "./live";

const comment = (id: string, createdAt: string, text = id) => ({ id, createdAt, text }) as unknown as OrderCommentFragment;

describe("newerVersion", () => {
  it.each([
    [null, null, undefined],
    [{ revision: 3 }, null, { revision: 3 }],
    [null, { revision: 1 }, { revision: 1 }],
    [{ revision: 3 }, { revision: 2 }, { revision: 3 }],
    [{ revision: 3 }, { revision: 4 }, { revision: 4 }],
  ])("%j vs %j → %j", (current, candidate, expected) => {
    expect(newerVersion(current, candidate)).toEqual(expected);
  });

  it("takes the candidate at an equal revision (a save returns the same state, newer object)", () => {
    const current = { revision: 5, from: "live" };
    const candidate = { revision: 5, from: "save" };
    expect(newerVersion(current, candidate)).toBe(candidate);
  });
});

describe("mergeComments", () => {
  it("keeps one comment per id, oldest first, ties by id", () => {
    const loaded = [comment("b", "2026-01-01T10:00:00Z"), comment("a", "2026-01-01T09:00:00Z")];
    const pushed = [comment("c", "2026-01-01T10:00:00Z"), comment("a", "2026-01-01T09:00:00Z", "again")];
    const sent = [comment("d", "2026-01-01T11:00:00Z")];
    const merged = mergeComments(loaded, pushed, sent);
    expect(merged.map((c) => c.id)).toEqual(["a", "b", "c", "d"]);
    expect(merged[0]!.text).toBe("again");
  });
});
