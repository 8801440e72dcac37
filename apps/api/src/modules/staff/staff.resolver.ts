import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { organizationChannel, Topic, type TopicPayloads } from "../../pubsub.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import type { Context } from "../../context.js";
import { AppError, ErrorCode } from "../../shared/errors.js";
import { Connection, PageArgs } from "../../shared/pagination.js";
import {
  DepartmentCreateInput,
  DepartmentUpdateInput,
  EmployeeCreateInput,
  EmployeeUpdateInput,
  RoleCreateInput,
  RoleUpdateInput,
} from "./staff.input.js";
import { Department, Employee, Role } from "./staff.type.js";

const EmployeeConnection = Connection(Employee);
const DepartmentConnection = Connection(Department);
const RoleConnection = Connection(Role);

@Resolver(() => Employee)
export class EmployeeResolver {
  @Authorized("EMPLOYEE")
  @Query(() => EmployeeConnection, { description: "Employees, by name; search matches name, email, phone and position." })
  employees(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("departmentId", () => ID, { nullable: true }) departmentId: string | null,
    @Arg("roleId", () => ID, { nullable: true, description: "Only the holders of this role." }) roleId: string | null,
    @Arg("active", () => Boolean, { nullable: true }) active: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staff.employees(ctx.viewer, { ...page, search, departmentId, roleId, active });
  }

  @Authorized("EMPLOYEE")
  @Query(() => Employee)
  employee(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.staff.employee(ctx.viewer, id);
  }

  @Authorized("EMPLOYEES_MANAGE")
  @Mutation(() => Employee)
  employeeCreate(@Arg("input", () => EmployeeCreateInput) input: EmployeeCreateInput, @Ctx() ctx: Context) {
    return ctx.services.staff.createEmployee(ctx.viewer, input);
  }

  @Authorized("EMPLOYEES_MANAGE")
  @Mutation(() => Employee)
  employeeUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => EmployeeUpdateInput) input: EmployeeUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.staff.updateEmployee(ctx.viewer, id, input);
  }

  @Authorized("EMPLOYEES_MANAGE")
  @Mutation(() => Employee, { description: "Sets the employee's PBX extension (unique in the organization: CONFLICT EXTENSION_TAKEN); null or empty clears." })
  employeeExtensionSet(@Arg("id", () => ID) id: string, @Arg("extension", () => String, { nullable: true }) extension: string | null, @Ctx() ctx: Context) {
    return ctx.services.staff.setExtension(ctx.viewer, id, extension);
  }

  @FieldResolver(() => Role)
  async role(@Root() employee: Employee, @Ctx() ctx: Context) {
    const role = await ctx.loaders.role.load(employee.roleId);
    if (!role) throw new AppError(ErrorCode.NOT_FOUND, "Роль не найдена");
    return role;
  }

  @FieldResolver(() => [Department], { description: "By name." })
  async departments(@Root() employee: Employee, @Ctx() ctx: Context) {
    return (await ctx.loaders.departmentsOfEmployee.load(employee.id)).map((row) => row.department);
  }
}

@Resolver()
export class AccessResolver {
  @Authorized("EMPLOYEE")
  @Subscription(() => Boolean, {
    description: "What the viewer may do changed (their role, its permissions): read `me` again. Heard only by the employees concerned.",
    topics: Topic.ACCESS_CHANGED,
    topicId: organizationChannel,
    filter: ({ payload, context }: { payload: TopicPayloads["ACCESS_CHANGED"]; context: { viewer: Viewer } }) =>
      context.viewer.kind === "EMPLOYEE" && payload.employeeIds.includes(context.viewer.employeeId),
  })
  accessChanged(): boolean {
    return true;
  }
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized("EMPLOYEE")
  @Query(() => DepartmentConnection, { description: "Departments, by name; search matches the name." })
  departments(@Args(() => PageArgs) page: PageArgs, @Arg("search", () => String, { nullable: true }) search: string | null, @Ctx() ctx: Context) {
    return ctx.services.staff.departments(ctx.viewer, { ...page, search });
  }

  @Authorized("EMPLOYEE")
  @Query(() => Department)
  department(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.staff.department(ctx.viewer, id);
  }

  @Authorized("EMPLOYEES_MANAGE")
  @Mutation(() => Department)
  departmentCreate(@Arg("input", () => DepartmentCreateInput) input: DepartmentCreateInput, @Ctx() ctx: Context) {
    return ctx.services.staff.createDepartment(ctx.viewer, input);
  }

  @Authorized("EMPLOYEES_MANAGE")
  @Mutation(() => Department)
  departmentUpdate(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => DepartmentUpdateInput) input: DepartmentUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staff.updateDepartment(ctx.viewer, id, input);
  }

  @Authorized("EMPLOYEES_MANAGE")
  @Mutation(() => ID, {
    description: "Deletes a department without employees, services, orders or incidents; roles' notification filters forget it. CONFLICT IN_USE (`extensions.holders`) otherwise.",
  })
  departmentDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.staff.deleteDepartment(ctx.viewer, id);
  }

  @FieldResolver(() => Int, { description: "The department's current version: grows with every change (name or members)." })
  async version(@Root() department: Department, @Ctx() ctx: Context) {
    if (department.version !== undefined) return department.version;
    const current = await ctx.loaders.department.load(department.id);
    if (!current) throw new AppError(ErrorCode.NOT_FOUND, "Подразделение не найдено");
    return current.version;
  }

  @Authorized("EMPLOYEE")
  @FieldResolver(() => [Employee], { description: "By name, inactive ones included." })
  async employees(@Root() department: Department, @Ctx() ctx: Context) {
    return (await ctx.loaders.employeesOfDepartment.load(department.id)).map((row) => row.employee);
  }
}

@Resolver(() => Role)
export class RoleResolver {
  @Authorized("EMPLOYEE")
  @Query(() => RoleConnection, { description: "Roles, by name." })
  roles(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.staff.roles(ctx.viewer, page);
  }

  @Authorized("EMPLOYEE")
  @Query(() => Role)
  role(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.staff.role(ctx.viewer, id);
  }

  @Authorized("ROLES_MANAGE")
  @Mutation(() => Role)
  roleCreate(@Arg("input", () => RoleCreateInput) input: RoleCreateInput, @Ctx() ctx: Context) {
    return ctx.services.staff.createRole(ctx.viewer, input);
  }

  @Authorized("ROLES_MANAGE")
  @Mutation(() => Role)
  roleUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => RoleUpdateInput) input: RoleUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.staff.updateRole(ctx.viewer, id, input);
  }

  @Authorized("ROLES_MANAGE")
  @Mutation(() => ID, { description: "Deletes a role no employee holds (inactive ones included). CONFLICT IN_USE (`extensions.holders`) otherwise." })
  roleDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.staff.deleteRole(ctx.viewer, id);
  }

  @Authorized("EMPLOYEE")
  @FieldResolver(() => Int, { description: "Employees holding the role, inactive ones included (the list: employees(roleId))." })
  employeeCount(@Root() role: Role, @Ctx() ctx: Context) {
    return ctx.loaders.employeeCountOfRole.load(role.id);
  }
}
