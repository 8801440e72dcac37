import { describe, expect, it } from "vitest";
import { planChange } from "./live";

describe("planChange", () => {
  it.each([
    [{ kind: "BUILDING", action: "DELETED", ids: ["a", "b"] }, { drop: ["a", "b"], refresh: false }],
    [{ kind: "BUILDING", action: "DELETED", ids: [] }, { drop: [], refresh: true }],
    [{ kind: "ROLE", action: "CREATED", ids: ["r"] }, { drop: [], refresh: true }],
    [{ kind: "PREMISE", action: "UPDATED", ids: [] }, { drop: [], refresh: true }],
  ] as const)("%j → %j", (change, plan) => expect(planChange({ ...change, ids: [...change.ids] })).toEqual(plan));
});
