import { afterEach, describe, expect, it } from "vitest";
import type { OrderFilterFieldsFragment } from "$lib/graphql/generated/graphql";
import { setDisplayTimeZone } from "$lib/i18n/format";
import { countFilters, emptyFilter, filterDraft, filterInput } from "./filter";

afterEach(() => setDisplayTimeZone(undefined));

describe("order filter", () => {
  it("an empty draft sends nulls and counts nothing (incident orders left out by default)", () => {
    const input = filterInput(emptyFilter());
    expect(input.statuses).toBeNull();
    expect(input.createdFrom).toBeNull();
    expect(input.slaBreached).toBeNull();
    expect(input.incident).toBe("NOT_ATTACHED");
    expect(countFilters(emptyFilter())).toBe(0);
  });

  it("sends days as the organization's day boundaries and ratings split into scores and «без оценки»", () => {
    setDisplayTimeZone("Europe/Moscow");
    const draft = { ...emptyFilter(), createdFrom: "2026-03-01", createdTo: "2026-03-31", ratings: ["5", "NONE", "1"], statuses: ["PENDING" as const] };
    const input = filterInput(draft);
    expect(input.createdFrom).toBe("2026-02-28T21:00:00.000Z");
    expect(input.createdTo).toBe("2026-03-31T20:59:59.999Z");
    expect(input.ratingScores).toEqual([5, 1]);
    expect(input.unrated).toBe(true);
    expect(countFilters(draft)).toBe(5);
  });

  it.each([
    ["another incident choice counts", { incident: "ANY" as const }, 1],
    ["SLA breached counts", { slaBreached: true }, 1],
    ["two lists count twice", { serviceIds: ["s1", "s2"], buildingIds: ["b1"] }, 2],
  ])("%s", (_name, change, expected) => {
    expect(countFilters({ ...emptyFilter(), ...change })).toBe(expected);
  });

  it("reads a saved filter back into the same draft", () => {
    setDisplayTimeZone("Asia/Yekaterinburg");
    const draft = { ...emptyFilter(), createdFrom: "2026-05-10", updatedTo: "2026-05-12", ratings: ["NONE", "4"], labels: ["IMPORTANT_COMMENT" as const] };
    const input = filterInput(draft);
    const saved = { ...input, ratingScores: input.ratingScores, unrated: input.unrated } as unknown as OrderFilterFieldsFragment;
    expect(filterDraft(saved)).toEqual(draft);
    expect(filterDraft(null)).toEqual(emptyFilter());
  });
});
