import { firstNameOf, PERMISSIONS, type Permission } from "@domovoy/domain";
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export const PermissionEnum = Object.fromEntries(PERMISSIONS.map((p) => [p, p])) as { [K in Permission]: K };
registerEnumType(PermissionEnum, { name: "Permission", description: "What a role allows." });

@ObjectType({ description: "Сотрудник." })
export class Employee {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field(() => String, { nullable: true })
  avatarUrl: string | null;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => String, { nullable: true, description: "PBX extension (добавочный номер): the telephony's calls to it pop up on this employee's screen." })
  extension: string | null;

  roleId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt: Date | null;
}

@ObjectType({ description: "Подразделение; executors are chosen among its employees." })
export class Department {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  /** Absent on a snapshot (an order's history names the department as it was); resolved then. */
  version?: number;
}

@ObjectType()
export class RoleNotificationSettings {
  @Field(() => Boolean, { description: "Notify about new orders." })
  newOrders: boolean;

  @Field(() => [ID], { description: "Only new orders of these services (empty: all)." })
  serviceIds: string[];

  @Field(() => [ID], { description: "Only new orders of these departments (empty: all)." })
  departmentIds: string[];

  @Field(() => Boolean, { description: "Resident chat messages on orders the employee executes." })
  chatMessages: boolean;

  @Field(() => Boolean, { description: "Important comments on orders the employee executes." })
  importantComments: boolean;

  @Field(() => Boolean, { description: "Refund requests (with the REFUNDS_MANAGE permission)." })
  refundRequests: boolean;
}

@ObjectType({ description: "Роль доступа: permissions and notification settings." })
export class Role {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [PermissionEnum])
  permissions: Permission[];

  @Field(() => RoleNotificationSettings)
  notificationSettings: RoleNotificationSettings;

  @Field(() => Int, { description: "Grows with every change." })
  version: number;
}

/**
 * An employee as a resident sees them: the first name only (the chat rule), never contacts, role or
 * logins. Resident-visible types point here, not at `Employee`, so a new employee field stays private
 * until it is added to this type on purpose.
 */
@ObjectType({ description: "An employee as residents see them: the first name only." })
export class StaffMemberPublic {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  firstName: string;
}

export function staffMemberPublic(employee: { id: string; fullName: string }): StaffMemberPublic {
  return { id: employee.id, firstName: firstNameOf(employee.fullName) };
}
