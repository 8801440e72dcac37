import { INCIDENT_EVENT_KINDS, INCIDENT_STATUSES, type IncidentEventKind as EventKind, type IncidentStatus as Status } from "@domovoy/domain";
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../../shared/graphql-enums.js";
import { OrderActor, OrderStatus } from "../orders/order.type.js";
import { Building, Premise } from "../organization/organization.type.js";
import { Employee } from "../staff/staff.type.js";

export const IncidentStatus = enumOf(INCIDENT_STATUSES);
registerEnumType(IncidentStatus, {
  name: "IncidentStatus",
  valuesConfig: {
    OPEN: { description: "Открыт." },
    IN_PROGRESS: { description: "В работе." },
    PAUSED: { description: "Приостановлен." },
    DONE: { description: "Выполнен: its open orders are done with it." },
    CANCELLED: { description: "Отменён: its open orders are cancelled with it." },
  },
});

export const IncidentEventKind = enumOf(INCIDENT_EVENT_KINDS);
registerEnumType(IncidentEventKind, { name: "IncidentEventKind" });

@ObjectType({ description: "Инцидент: a mass problem grouping many orders." })
export class Incident {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "Human number, its own sequence per organization." })
  number: number;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => IncidentStatus)
  status: Status;

  @Field(() => String, { nullable: true, description: "Sticky until cleared, as on orders." })
  statusComment: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  plannedStartAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  plannedEndAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it became DONE or CANCELLED." })
  closedAt: Date | null;

  @Field(() => Int, { description: "Send it back with edits; a stale one is refused with CONFLICT." })
  version: number;

  serviceId: string;
  departmentId: string | null;
  createdByEmployeeId: string | null;
}

@ObjectType({ description: "A building an incident covers: the whole building, or only the premises listed." })
export class IncidentScopeEntry {
  @Field(() => Building)
  building: Building;

  @Field(() => [Premise], { description: "Empty: the whole building." })
  premises: Premise[];
}

@ObjectType({ description: "An entry of an incident's history." })
export class IncidentEvent {
  @Field(() => ID)
  id: string;

  @Field(() => IncidentEventKind)
  kind: EventKind;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => OrderActor)
  actor: OrderActor;

  @Field(() => IncidentStatus, { nullable: true })
  fromStatus: Status | null;

  @Field(() => IncidentStatus, { nullable: true })
  toStatus: Status | null;

  @Field(() => String, { nullable: true })
  statusComment: string | null;

  @Field(() => Int, { nullable: true, description: "STATUS_CHANGED to DONE/CANCELLED: how many attached orders moved with it." })
  ordersMoved: number | null;

  @Field(() => [Int], { description: "ORDERS_ATTACHED / ORDERS_DETACHED: the orders' numbers." })
  orderNumbers: number[];

  @Field(() => Boolean, { description: "Done by the system (a resident's reopening, the organization's auto-attach)." })
  automatic: boolean;

  @Field(() => [Employee], { description: "RESPONSIBLE_CHANGED: the responsible employees after it." })
  responsible: Employee[];

  @Field(() => [String], { description: "UPDATED: the fields changed (title, description, service, department, plannedStartAt, plannedEndAt, scope)." })
  changedFields: string[];
}

@ObjectType({ description: "How many incidents have a status (the tabs' counters)." })
export class IncidentStatusCount {
  @Field(() => IncidentStatus)
  status: Status;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "What a resident sees of an open incident in their building: a notice." })
export class ResidentIncidentNotice {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Planned end of the work." })
  plannedEndAt: Date | null;
}

@ObjectType({ description: "Incident settings of the organization." })
export class IncidentSettings {
  @Field(() => Boolean, {
    description: "A resident's new order for the building and service of an open incident is attached to it at once (off: flagged for the dispatcher).",
  })
  autoAttach: boolean;
}

@InputType({ description: "A building in scope; premiseIds narrows it to those premises." })
export class IncidentScopeInput {
  @Field(() => ID)
  buildingId: string;

  @Field(() => [ID], { nullable: true })
  premiseIds?: string[] | null;
}

@InputType()
export class IncidentCreateInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID)
  serviceId: string;

  @Field(() => ID, { nullable: true, description: "Default: the service's department." })
  departmentId?: string | null;

  @Field(() => [IncidentScopeInput])
  scope: IncidentScopeInput[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  plannedStartAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  plannedEndAt?: Date | null;

  @Field(() => [ID], { nullable: true, description: "Responsible employees in order; the first is the main one." })
  responsibleIds?: string[] | null;
}

@InputType({ description: "Information of an open incident; omitted (null) fields stay." })
export class IncidentUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "An empty string clears it." })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [IncidentScopeInput], { nullable: true })
  scope?: IncidentScopeInput[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  plannedStartAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  plannedEndAt?: Date | null;

  @Field(() => [ID], { nullable: true, description: "Responsible employees, the main one first (the edit form); null: unchanged." })
  responsibleIds?: string[] | null;
}

@InputType({ description: "The incident's management block: status, status comment, responsible, saved at once." })
export class IncidentManageInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => IncidentStatus, { nullable: true, description: "DONE or CANCELLED moves every attached open order with it, in the same transaction." })
  status?: Status | null;

  @Field(() => String, { nullable: true, description: "Sticky; an empty string clears it, null keeps it." })
  statusComment?: string | null;

  @Field(() => [ID], { nullable: true })
  responsibleIds?: string[] | null;
}

export { OrderStatus };
