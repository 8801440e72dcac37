import { describe, expect, it } from "vitest";
import { statusesOf, tabCount, type IncidentTab } from "./meta";

const counts = [
  { status: "OPEN", count: 2 },
  { status: "IN_PROGRESS", count: 3 },
  { status: "PAUSED", count: 1 },
  { status: "DONE", count: 7 },
  { status: "CANCELLED", count: 4 },
] as const;

describe("incident tabs", () => {
  it.each<[IncidentTab, string[] | null, number]>([
    ["ACTIVE", ["OPEN", "IN_PROGRESS", "PAUSED"], 6],
    ["DONE", ["DONE"], 7],
    ["CANCELLED", ["CANCELLED"], 4],
    ["ALL", null, 17],
  ])("%s shows %j and counts %i", (tab, statuses, count) => {
    expect(statusesOf(tab)).toEqual(statuses);
    expect(tabCount([...counts], tab)).toBe(count);
  });
});
