import { describe, expect, it } from "vitest";
import { incidentChoices, incidentChoicesForOrders, statusesOf, tabCount, type IncidentTab } from "./meta";

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

describe("incident choices of the create form", () => {
  it("puts open incidents of the order's building and service first", () => {
    const incident = (number: number, service: string, building: string) => ({ id: `i${number}`, number, title: "", service: { id: service }, scope: [{ building: { id: building } }] });
    const list = [incident(1, "water", "b1"), incident(2, "power", "b1"), incident(3, "water", "b2"), incident(4, "water", "b1")];
    expect(incidentChoices(list, "water", "b1").map((i) => i.number)).toEqual([4, 1, 3, 2]);
    expect(incidentChoices(list, null, null).map((i) => i.number)).toEqual([4, 3, 2, 1]);
  });
});

describe("incident choices of the list's bulk attach", () => {
  const incident = (number: number, service: string, buildings: string[]) => ({ id: `i${number}`, number, title: "", service: { id: service }, scope: buildings.map((id) => ({ building: { id } })) });
  const order = (service: string, building: string) => ({ service: { id: service }, building: { id: building } });
  it.each<[string, ReturnType<typeof order>[], [number, number][]]>([
    ["most selected orders covered first", [order("water", "b1"), order("water", "b2"), order("water", "b2")], [[3, 2], [4, 1], [1, 1], [2, 0]]],
    ["none covered: newest first", [order("gas", "b9")], [[4, 0], [3, 0], [2, 0], [1, 0]]],
    ["nothing selected: newest first", [], [[4, 0], [3, 0], [2, 0], [1, 0]]],
  ])("%s", (_, orders, expected) => {
    const list = [incident(1, "water", ["b1"]), incident(2, "power", ["b1", "b2"]), incident(3, "water", ["b2"]), incident(4, "water", ["b1", "b3"])];
    expect(incidentChoicesForOrders(list, orders).map((c) => [c.incident.number, c.matches])).toEqual(expected);
  });
});
