import { describe, expect, it } from "vitest";
import { parseStoredReportQuery, StoredReportQueryError } from "./report-query.js";

const now = new Date("2026-12-01T09:00:00.000Z");
const stored = (list: Record<string, unknown>, sort: unknown = { field: "NUMBER", direction: "ASC" }) =>
  JSON.parse(JSON.stringify({ tab: "ALL", search: null, filter: null, sort, list }));

describe("parseStoredReportQuery", () => {
  it("revives the list's dates and keeps its scope", () => {
    const query = parseStoredReportQuery(
      stored({ tab: "ALL", incident: "NOT_ATTACHED", now, createdFrom: now, statuses: ["DONE"], viewerEmployeeId: "e1", search: null, scope: { kind: "OWN", employeeId: "e1" } }),
    );
    expect(query.sort).toEqual({ field: "NUMBER", direction: "ASC" });
    expect(query.list).toEqual({
      tab: "ALL",
      incident: "NOT_ATTACHED",
      now,
      createdFrom: now,
      statuses: ["DONE"],
      viewerEmployeeId: "e1",
      search: null,
      scope: { kind: "OWN", employeeId: "e1" },
    });
  });

  it.each([
    ["an executor filter of a report queued before scopes", { onlyExecutedBy: "e2" }, { kind: "OWN", employeeId: "e2" }],
    ["a scope stored under its former name", { scope: { kind: "EXECUTED_BY", employeeId: "e3" } }, { kind: "OWN", employeeId: "e3" }],
    ["no executor filter before scopes: every order", { onlyExecutedBy: null }, { kind: "ALL" }],
  ])("reads %s", (_name, legacy, scope) => {
    expect(parseStoredReportQuery(stored({ tab: "NEW", incident: "ANY", now, ...legacy })).list.scope).toEqual(scope);
  });

  it.each<[string, unknown]>([
    ["no object", "x"],
    ["an unknown sort field", stored({ tab: "ALL", incident: "ANY", now }, { field: "PRICE", direction: "ASC" })],
    ["a list without now", stored({ tab: "ALL", incident: "ANY" })],
    ["a malformed scope", stored({ tab: "ALL", incident: "ANY", now, scope: { kind: "EXECUTED_BY" } })],
  ])("refuses %s", (_name, json) => {
    expect(() => parseStoredReportQuery(json)).toThrow(StoredReportQueryError);
  });
});
