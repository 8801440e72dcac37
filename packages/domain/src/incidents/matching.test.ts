import { describe, expect, it } from "vitest";
import { matchIncident, type OpenIncidentScope } from "./matching.js";

const hotWater: OpenIncidentScope = { id: "i7", number: 7, serviceId: "water", scope: [{ buildingId: "b1", premiseIds: [] }] };
const riser: OpenIncidentScope = { id: "i9", number: 9, serviceId: "water", scope: [{ buildingId: "b2", premiseIds: ["p21", "p22"] }] };

describe("matchIncident", () => {
  it.each<[string, { serviceId: string; buildingId: string; premiseId: string | null }, boolean, { incidentId: string; action: string } | null]>([
    ["same building and service: flagged", { serviceId: "water", buildingId: "b1", premiseId: "p1" }, false, { incidentId: "i7", action: "SUGGEST" }],
    ["the organization attaches at once", { serviceId: "water", buildingId: "b1", premiseId: "p1" }, true, { incidentId: "i7", action: "ATTACH" }],
    ["another service", { serviceId: "power", buildingId: "b1", premiseId: "p1" }, false, null],
    ["another building", { serviceId: "water", buildingId: "b3", premiseId: null }, false, null],
    ["a premise in the scope's range", { serviceId: "water", buildingId: "b2", premiseId: "p22" }, false, { incidentId: "i9", action: "SUGGEST" }],
    ["a premise outside the range", { serviceId: "water", buildingId: "b2", premiseId: "p23" }, false, null],
    ["no premise where the scope names premises", { serviceId: "water", buildingId: "b2", premiseId: null }, false, null],
  ])("%s", (_name, order, autoAttach, expected) => {
    const match = matchIncident(order, [hotWater, riser], { autoAttach });
    if (expected === null) expect(match).toBeNull();
    else expect(match).toMatchObject(expected);
  });

  it("the newest of two open incidents wins", () => {
    const newer = { ...hotWater, id: "i12", number: 12 };
    expect(matchIncident({ serviceId: "water", buildingId: "b1", premiseId: null }, [hotWater, newer], { autoAttach: false })?.incidentId).toBe("i12");
  });
});
