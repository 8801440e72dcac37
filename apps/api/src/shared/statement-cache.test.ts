import { describe, expect, it } from "vitest";
import { StatementCache } from "./statement-cache.js";
import { listStatementKey, type OrderQuery, type OrderSort } from "../modules/orders/order-list.repository.js";

describe("StatementCache", () => {
  it("renders a key once and drops the least recently used entry when full", () => {
    const cache = new StatementCache(2);
    let renders = 0;
    const render = (text: string) => () => (renders++, { sql: text, params: [text] });
    expect(cache.get("a", render("A"))).toEqual({ sql: "A", params: ["A"] });
    expect(cache.get("a", render("other"))).toEqual({ sql: "A", params: ["A"] });
    cache.get("b", render("B"));
    cache.get("a", render("other")); // a is now the most recently used
    cache.get("c", render("C")); // drops b
    expect(cache.held).toBe(2);
    expect(cache.get("a", render("new a")).sql).toBe("A");
    expect(cache.get("b", render("new b")).sql).toBe("new b");
    expect(renders).toBe(4);
  });
});

describe("listStatementKey", () => {
  const now = new Date("2026-01-01T10:00:00Z");
  const base: OrderQuery = { tab: "ALL", viewerEmployeeId: "e1", scope: { kind: "ALL" }, search: null, incident: "NOT_ATTACHED", now, statuses: ["IN_PROGRESS"] };
  const sort: OrderSort = { field: "UPDATED_AT", direction: "DESC" };
  const key = (q: Partial<OrderQuery> = {}, options: { org?: string; sort?: OrderSort; limit?: number; after?: [boolean, string, string] | null; selection?: string } = {}) =>
    listStatementKey(options.org ?? "org1", { ...base, ...q }, options.sort ?? sort, options.limit ?? 50, options.after ?? null, options.selection ?? "id,number|service");

  it("is the same for the same inputs, whatever the clock, when no filter reads the clock", () => {
    expect(key()).toBe(key({ now: new Date("2027-05-05T00:00:00Z") }));
  });

  it.each<[string, string | null]>([
    ["organization", key({}, { org: "org2" })],
    ["selection", key({}, { selection: "id,number|service,client" })],
    ["tab", key({ tab: "NEW" })],
    ["viewer (Mine)", key({ viewerEmployeeId: "e2" })],
    ["scope", key({ scope: { kind: "OWN", employeeId: "e1" } })],
    ["status filter", key({ statuses: ["PAUSED"] })],
    ["service filter", key({ serviceIds: ["s1"] })],
    ["created from", key({ createdFrom: new Date("2025-01-01T00:00:00Z") })],
    ["incident", key({ incident: "ANY" })],
    ["important first", key({ importantFirst: false })],
    ["sort", key({}, { sort: { field: "NUMBER", direction: "DESC" } })],
    ["direction", key({}, { sort: { field: "UPDATED_AT", direction: "ASC" } })],
    ["page size", key({}, { limit: 25 })],
    ["cursor", key({}, { after: [false, "2026-01-01 10:00:00+00", "00000000-0000-0000-0000-000000000001"] })],
  ])("differs when the %s differs", (_name, other) => {
    expect(other).not.toBeNull();
    expect(other).not.toBe(key());
  });

  it("names the clock when a label or SLA filter reads it", () => {
    const later = new Date("2026-01-01T10:05:00Z");
    expect(key({ slaBreached: true })).not.toBe(key({ slaBreached: true, now: later }));
    expect(key({ labels: ["PAUSE_OVERDUE"] })).not.toBe(key({ labels: ["PAUSE_OVERDUE"], now: later }));
  });

  it("is null for a search and for very long filters (rendered every time)", () => {
    expect(key({ search: { numberPrefix: "1", exactOrderId: null, buildingIds: [], clientIds: [], serviceIds: [] } })).toBeNull();
    expect(key({ buildingIds: Array.from({ length: 200 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`) })).toBeNull();
  });
});
