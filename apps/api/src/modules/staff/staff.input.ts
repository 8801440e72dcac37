import type { Permission } from "@domovoy/domain";
import { Field, ID, InputType, Int } from "type-graphql";
import { PermissionEnum } from "./staff.type.js";

@InputType()
export class EmployeeCreateInput {
  @Field(() => String)
  fullName: string;

  @Field(() => String, { description: "Sign-in login; unique across all organizations." })
  email: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => ID)
  roleId: string;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: "At least 8 characters; without it the employee cannot sign in yet." })
  password?: string | null;
}

@InputType({ description: "Only the fields given change; departmentIds replaces the list." })
export class EmployeeUpdateInput {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "null clears." })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "null clears." })
  position?: string | null;

  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: "Sets a new password (at least 8 characters)." })
  password?: string | null;
}

@InputType()
export class DepartmentCreateInput {
  @Field(() => String, { description: "Unique within the organization." })
  name: string;

  @Field(() => [ID], { nullable: true })
  employeeIds?: string[] | null;
}

@InputType({ description: "Only the fields given change; employeeIds replaces the list." })
export class DepartmentUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [ID], { nullable: true })
  employeeIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: "The version the editor started from; another save in between is CONFLICT (STALE_VERSION)." })
  version?: number | null;
}

@InputType({ description: "Fields left out keep their value (on create: the defaults shown)." })
export class RoleNotificationSettingsInput {
  @Field(() => Boolean, { nullable: true, description: "Default false." })
  newOrders?: boolean | null;

  @Field(() => [ID], { nullable: true, description: "Default empty (all services)." })
  serviceIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Default empty (all departments)." })
  departmentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  chatMessages?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  importantComments?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default false." })
  refundRequests?: boolean | null;
}

@InputType()
export class RoleCreateInput {
  @Field(() => String, { description: "Unique within the organization." })
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [PermissionEnum])
  permissions: Permission[];

  @Field(() => RoleNotificationSettingsInput, { nullable: true })
  notificationSettings?: RoleNotificationSettingsInput | null;
}

@InputType({ description: "Only the fields given change." })
export class RoleUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "null clears." })
  description?: string | null;

  @Field(() => [PermissionEnum], { nullable: true, description: "Replaces the list." })
  permissions?: Permission[] | null;

  @Field(() => RoleNotificationSettingsInput, { nullable: true })
  notificationSettings?: RoleNotificationSettingsInput | null;

  @Field(() => Int, { nullable: true, description: "The version the editor started from; another save in between is CONFLICT (STALE_VERSION)." })
  version?: number | null;
}
