import { describe, expect, it } from "vitest";
import type { RoleDetailsFragment } from "$lib/graphql/generated/graphql";
import { roleCreateInput, roleDraft, roleUpdateInput, toggled } from "./draft";
import { ALL_PERMISSIONS, PERMISSION_GROUPS } from "./permissions";

const role = {
  id: "r1",
  name: "Бухгалтер",
  description: null,
  permissions: ["REFUNDS_MANAGE", "INVOICES_MANAGE"],
  employeeCount: 2,
  version: 4,
  notificationSettings: { newOrders: true, serviceIds: ["s1"], departmentIds: [], chatMessages: false, importantComments: true, refundRequests: true },
} as unknown as RoleDetailsFragment;

describe("role draft", () => {
  it("starts a new role with nothing allowed and the API's notification defaults", () => {
    expect(roleDraft()).toEqual({
      name: "",
      description: "",
      permissions: [],
      newOrders: false,
      serviceIds: [],
      departmentIds: [],
      chatMessages: true,
      importantComments: true,
      refundRequests: false,
    });
  });

  it("sends trimmed text, empty description as null, permissions in form order, and the version it opened", () => {
    const draft = { ...roleDraft(role), name: " Бухгалтерия ", description: "  " };
    expect(roleUpdateInput(draft, role.version)).toEqual({
      name: "Бухгалтерия",
      description: null,
      permissions: ["INVOICES_MANAGE", "REFUNDS_MANAGE"],
      notificationSettings: { newOrders: true, serviceIds: ["s1"], departmentIds: [], chatMessages: false, importantComments: true, refundRequests: true },
      version: 4,
    });
    expect(roleCreateInput(draft)).not.toHaveProperty("version");
  });

  it.each([
    [["a", "b"], "c", true, ["a", "b", "c"]],
    [["a", "b"], "a", true, ["b", "a"]],
    [["a", "b"], "a", false, ["b"]],
    [[], "a", false, []],
  ])("toggled(%j, %s, %s) is %j", (list, value, on, expected) => {
    expect(toggled(list, value, on)).toEqual(expected);
  });
});

describe("permission groups", () => {
  it("hold every permission once", () => {
    expect(new Set(ALL_PERMISSIONS).size).toBe(ALL_PERMISSIONS.length);
    expect(PERMISSION_GROUPS.every((g) => g.permissions.length > 0)).toBe(true);
  });
});
