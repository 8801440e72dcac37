import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from "type-graphql";
import type { Permission } from "@domovoy/domain";
import { ResidentClient } from "../clients/client.type.js";
import { Organization } from "../organization/organization.type.js";
import { Employee, PermissionEnum } from "../staff/staff.type.js";

export enum ViewerKind {
  EMPLOYEE = "EMPLOYEE",
  RESIDENT = "RESIDENT",
  INTEGRATION = "INTEGRATION",
}
registerEnumType(ViewerKind, { name: "ViewerKind" });

@ObjectType({ description: "The signed-in viewer." })
export class Me {
  @Field(() => ViewerKind)
  kind: ViewerKind;

  organizationId: string;

  @Field(() => Organization)
  organization: Organization;

  @Field(() => Employee, { nullable: true, description: "Set when an employee is signed in." })
  employee: Employee | null;

  @Field(() => ResidentClient, { nullable: true, description: "Set when a resident is signed in: their own record, as they may see it." })
  client: ResidentClient | null;

  @Field(() => [PermissionEnum])
  permissions: Permission[];
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: "Bearer token for mobile and partner clients; the web uses the httpOnly cookie set alongside." })
  token: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => Me)
  me: Me;
}

@ObjectType()
export class ResidentCodeRequestPayload {
  @Field(() => String, { description: "The phone, normalized to E.164." })
  phone: string;

  @Field(() => GraphQLISODateTime, { description: "A new code can be requested after this moment." })
  resendAfter: Date;
}
