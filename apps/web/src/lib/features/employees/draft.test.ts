import { describe, expect, it } from "vitest";
import type { EmployeeListItemFragment } from "$lib/graphql/generated/graphql";
import { employeeCreateInput, employeeDraft, employeeUpdateInput } from "./draft";

describe("employee draft", () => {
  it("starts a new employee active with nothing chosen", () => {
    expect(employeeDraft()).toEqual({ fullName: "", email: "", phone: "", position: "", roleId: "", departmentIds: [], active: true, extension: "", password: "" });
  });

  it("copies an employee, and sends trimmed values with empty ones as null and no empty password", () => {
    const employee = {
      fullName: "Иванов Иван",
      email: "ivanov@example.org",
      phone: null,
      position: "Сантехник",
      role: { id: "r1" },
      departments: [{ id: "d1" }],
      active: false,
    } as unknown as EmployeeListItemFragment;
    const draft = { ...employeeDraft(employee), fullName: " Иванов Иван ", position: " " };
    expect(employeeUpdateInput(draft)).toEqual({
      fullName: "Иванов Иван",
      email: "ivanov@example.org",
      phone: null,
      position: null,
      roleId: "r1",
      departmentIds: ["d1"],
      active: false,
    });
    expect(employeeCreateInput({ ...draft, password: "secret123" }).password).toBe("secret123");
  });
});
