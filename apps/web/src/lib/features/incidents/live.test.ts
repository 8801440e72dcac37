import { describe, expect, it } from "vitest";
import type { IncidentStatus } from "$lib/graphql/generated/graphql";
import { placeIncident } from "./live";

const row = (id: string, updatedAt: string, status: IncidentStatus = "OPEN") => ({ id, updatedAt, status });
const a = row("a", "2026-01-03T00:00:00Z");
const b = row("b", "2026-01-02T00:00:00Z");
const c = row("c", "2026-01-01T00:00:00Z");
const ACTIVE: IncidentStatus[] = ["OPEN", "IN_PROGRESS", "PAUSED"];

describe("placeIncident", () => {
  it.each([
    ["a new incident on top", [b, c], a, ACTIVE, true, ["a", "b", "c"]],
    ["a changed one moves up", [a, b, c], row("c", "2026-01-04T00:00:00Z"), ACTIVE, true, ["c", "a", "b"]],
    ["done leaves «Активные»", [a, b, c], row("b", "2026-01-04T00:00:00Z", "DONE"), ACTIVE, true, ["a", "c"]],
    ["«Все» keeps any status", [a, c], row("b", "2026-01-02T00:00:00Z", "CANCELLED"), null, true, ["a", "b", "c"]],
    ["older than the loaded rows with more pages: not shown", [a, b], c, ACTIVE, true, ["a", "b"]],
    ["older than the loaded rows, last page: appended", [a, b], c, ACTIVE, false, ["a", "b", "c"]],
    ["same instant: by id, descending", [row("x", "2026-01-01T00:00:00Z")], row("y", "2026-01-01T00:00:00Z"), null, false, ["y", "x"]],
  ] as const)("%s", (_name, rows, incident, statuses, hasNextPage, ids) => {
    expect(placeIncident(rows, incident, statuses, hasNextPage).map((r) => r.id)).toEqual(ids);
  });
});
