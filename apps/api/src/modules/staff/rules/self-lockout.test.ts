import type { Permission } from "@domovoy/domain";
import { describe, expect, it } from "vitest";
import { selfEditProblem, type SelfEdit } from "./self-lockout.js";

const admin = new Set<Permission>(["ROLES_MANAGE", "EMPLOYEES_MANAGE", "ORDERS_MANAGE"]);
const hr = new Set<Permission>(["EMPLOYEES_MANAGE"]);
const edit = (over: Partial<SelfEdit>): SelfEdit => ({
  self: true,
  deactivates: false,
  held: admin,
  next: null,
  permissionsField: "input.roleId",
  ...over,
});

describe("selfEditProblem", () => {
  it.each<[string, SelfEdit, string | null]>([
    ["someone else may be deactivated", edit({ self: false, deactivates: true }), null],
    ["someone else may lose everything", edit({ self: false, next: [] }), null],
    ["self deactivation is refused", edit({ deactivates: true }), "SELF_DEACTIVATION"],
    ["no permission change is fine", edit({}), null],
    ["keeping both guarded permissions is fine", edit({ next: ["ROLES_MANAGE", "EMPLOYEES_MANAGE"] }), null],
    ["losing other permissions is fine", edit({ next: ["ROLES_MANAGE", "EMPLOYEES_MANAGE", "REPORTS_EXPORT"] }), null],
    ["losing ROLES_MANAGE is refused", edit({ next: ["EMPLOYEES_MANAGE"] }), "SELF_LOCKOUT"],
    ["losing EMPLOYEES_MANAGE is refused", edit({ next: ["ROLES_MANAGE"] }), "SELF_LOCKOUT"],
    ["losing both is refused", edit({ next: ["ORDERS_MANAGE"] }), "SELF_LOCKOUT"],
    ["a permission never held cannot be lost", edit({ held: hr, next: ["EMPLOYEES_MANAGE"] }), null],
    ["gaining a permission is fine", edit({ held: hr, next: ["EMPLOYEES_MANAGE", "ROLES_MANAGE"] }), null],
  ])("%s", (_name, input, reason) => {
    expect(selfEditProblem(input)?.reason ?? null).toBe(reason);
  });

  it("names the field that carries the change", () => {
    expect(selfEditProblem(edit({ next: [], permissionsField: "input.permissions" }))?.field).toBe("input.permissions");
  });
});
