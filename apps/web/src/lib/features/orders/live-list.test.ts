import { describe, expect, it } from "vitest";
import type { OrderListItemFragment, OrderSortInput } from "$lib/graphql/generated/graphql";
import { emptyFilter, type OrderFilterDraft } from "./filter";
import { compareRows, isPlainTab, mayBelong, placeRow, type ListView } from "./live-list";

const order = (over: Partial<OrderListItemFragment> = {}) =>
  ({
    id: "00000000-0000-0000-0000-000000000005",
    number: 5,
    status: "PENDING",
    channel: "INCOMING_CALL",
    labels: [],
    createdAt: "2026-01-01T10:00:00Z",
    updatedAt: "2026-01-01T10:00:00Z",
    executionDueAt: null,
    service: { id: "s1", name: "Засор" },
    department: { id: "d1", name: "Сантехники" },
    building: { id: "b1", address: "ул. Вавилова, д. 7" },
    executors: [{ id: "e1", fullName: "Иванов" }],
    incident: null,
    rating: null,
    ...over,
  }) as OrderListItemFragment;

const view = (over: Partial<ListView> = {}, filter: Partial<OrderFilterDraft> = {}): ListView => ({
  tab: "ALL",
  search: "",
  filter: { ...emptyFilter(), ...filter },
  sort: { field: "UPDATED_AT", direction: "DESC" },
  me: "e1",
  ...over,
});

describe("isPlainTab", () => {
  it.each([
    ["«Все», nothing chosen", view(), true],
    ["«Новые», nothing chosen", view({ tab: "NEW" }), true],
    ["«Мои заявки»", view({ tab: "MINE" }), false],
    ["a search", view({ search: "Вавилова" }), false],
    ["a filter", view({}, { statuses: ["DONE"] }), false],
    ["incident orders shown too", view({}, { incident: "ANY" }), false],
  ])("%s → %s", (_name, v, expected) => {
    expect(isPlainTab(v)).toBe(expected);
  });
});

describe("mayBelong", () => {
  it.each([
    ["«Все» takes any not attached", order(), view(), true],
    ["«Все» leaves out an incident's order", order({ incident: { id: "i1", number: 1 } }), view(), false],
    ["«Новые» takes PENDING", order(), view({ tab: "NEW" }), true],
    ["«Новые» leaves out IN_PROGRESS", order({ status: "IN_PROGRESS" }), view({ tab: "NEW" }), false],
    ["«Мои» takes mine", order(), view({ tab: "MINE" }), true],
    ["«Мои» leaves out another's", order(), view({ tab: "MINE", me: "e2" }), false],
    ["status filter", order({ status: "DONE" }), view({}, { statuses: ["PENDING"] }), false],
    ["service filter", order(), view({}, { serviceIds: ["s2"] }), false],
    ["department filter", order({ department: null }), view({}, { departmentIds: ["d1"] }), false],
    ["building filter", order(), view({}, { buildingIds: ["b1"] }), true],
    ["executor filter", order(), view({}, { executorIds: ["e9"] }), false],
    ["channel filter", order(), view({}, { channels: ["EMAIL"] }), false],
    ["label filter", order({ labels: ["IMPORTANT_COMMENT"] }), view({}, { labels: ["IMPORTANT_COMMENT"] }), true],
    ["unrated", order(), view({}, { ratings: ["NONE"] }), true],
    ["rated 5 only", order(), view({}, { ratings: ["5"] }), false],
    ["created before the period", order(), view({}, { createdFrom: "2026-02-01" }), false],
    ["incident orders only", order(), view({}, { incident: "ATTACHED" }), false],
    ["a search may match anything", order(), view({ search: "что-то" }), true],
    ["quarter: not in the row, so it may", order(), view({}, { quarterIds: ["q1"] }), true],
  ])("%s", (_name, o, v, expected) => {
    expect(mayBelong(o, v)).toBe(expected);
  });
});

describe("compareRows and placeRow", () => {
  const byUpdated: OrderSortInput = { field: "UPDATED_AT", direction: "DESC" };
  const a = order({ id: "a", number: 1, updatedAt: "2026-01-03T00:00:00Z" });
  const b = order({ id: "b", number: 2, updatedAt: "2026-01-02T00:00:00Z" });
  const c = order({ id: "c", number: 3, updatedAt: "2026-01-01T00:00:00Z" });

  it.each([
    ["newer first", a, b, byUpdated, -1],
    ["older after", c, b, byUpdated, 1],
    ["important first whatever the date", order({ id: "c", labels: ["IMPORTANT_COMMENT"], updatedAt: "2020-01-01T00:00:00Z" }), a, byUpdated, -1],
    ["number ascending", a, b, { field: "NUMBER", direction: "ASC" }, -1],
    ["no due date last ascending", order({ executionDueAt: null }), order({ id: "z", executionDueAt: "2026-01-01T00:00:00Z" }), { field: "EXECUTION_DUE_AT", direction: "ASC" }, 1],
    ["ties by id in the direction", order({ id: "x" }), order({ id: "y" }), byUpdated, 1],
  ] as const)("%s", (_name, left, right, sort, sign) => {
    expect(Math.sign(compareRows(left, right, sort as OrderSortInput))).toBe(sign);
  });

  it.each([
    ["a new order on top", [b, c], a, true, true, ["a", "b", "c"]],
    ["a changed order moves to its place", [a, b, c], { ...c, updatedAt: "2026-01-04T00:00:00Z" }, true, true, ["c", "a", "b"]],
    ["one that left the view is dropped", [a, b, c], b, false, true, ["a", "c"]],
    ["past the loaded rows with more pages: not shown", [a, b], c, true, true, ["a", "b"]],
    ["past the loaded rows, last page: appended", [a, b], c, true, false, ["a", "b", "c"]],
  ])("%s", (_name, rows, changed, belongs, hasNextPage, ids) => {
    expect(placeRow(rows, changed, byUpdated, belongs, hasNextPage).map((r) => r.id)).toEqual(ids);
  });
});
