import type { WorkloadLevel as Level, OrderStatus as Status } from "@domovoy/domain";
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import { WorkloadLevel } from "../orders/order.type.js";
import { OrderStatus } from "../../shared/graphql-enums.js";
import { Employee } from "../staff/staff.type.js";

@InputType({ description: "The period and scope of the «Сводка»; by default the last 30 days of the organization's calendar, every department and service." })
export class DashboardInput {
  @Field(() => GraphQLISODateTime, { nullable: true, description: "Start of the period (inclusive); default: the start of the day 29 days ago in the organization's time zone." })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "End of the period (exclusive); default: now." })
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;
}

@ObjectType()
export class DashboardStatusCount {
  @Field(() => OrderStatus)
  status: Status;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "One calendar day of the organization's time zone." })
export class DashboardDay {
  @Field(() => String, { description: "YYYY-MM-DD." })
  day: string;

  @Field(() => Int, { description: "Orders created that day." })
  created: number;

  @Field(() => Int, { description: "Orders done that day (their current completion)." })
  done: number;
}

@ObjectType({ description: "SLA outcomes of one service or department among the period's orders with a decided outcome." })
export class DashboardSla {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  reactionKept: number;

  @Field(() => Int, { description: "Orders whose reaction SLA is decided (kept or breached)." })
  reactionDecided: number;

  @Field(() => Float, { nullable: true, description: "Kept %, null without decided outcomes." })
  reactionKeptPercent: number | null;

  @Field(() => Int)
  executionKept: number;

  @Field(() => Int)
  executionDecided: number;

  @Field(() => Float, { nullable: true })
  executionKeptPercent: number | null;
}

@ObjectType()
export class DashboardRatings {
  @Field(() => [Int], { description: "How many orders have a current rating of 1, 2, 3, 4 and 5 (five entries)." })
  counts: number[];

  @Field(() => Int)
  total: number;

  @Field(() => Float, { nullable: true })
  average: number | null;
}

@ObjectType()
export class DashboardWorkload {
  @Field(() => Employee)
  employee: Employee;

  employeeId: string;

  @Field(() => Int, { description: "Open orders (not DONE/CANCELLED) where they are an executor." })
  openOrders: number;

  @Field(() => WorkloadLevel)
  workload: Level;
}

@ObjectType({ description: "«Сводка»: what a manager looks at to judge the service." })
export class Dashboard {
  @Field(() => GraphQLISODateTime)
  from: Date;

  @Field(() => GraphQLISODateTime)
  to: Date;

  @Field(() => String, { description: "The organization's time zone the days are counted in." })
  timeZone: string;

  @Field(() => [DashboardStatusCount], { description: "Orders by status now (department and service apply, the period does not); every status, zeros included." })
  statusCounts: DashboardStatusCount[];

  @Field(() => [DashboardDay], { description: "New and done orders per day of the period, zero-filled." })
  daily: DashboardDay[];

  @Field(() => [DashboardSla], { description: "Per service, among orders created in the period." })
  slaByService: DashboardSla[];

  @Field(() => [DashboardSla], { description: "Per department, among orders created in the period." })
  slaByDepartment: DashboardSla[];

  @Field(() => Float, { nullable: true, description: "Average minutes from creation to the first «В работе», among the period's orders that waited for it (appointments start in work and are left out)." })
  averageReactionMinutes: number | null;

  @Field(() => Int)
  reactionSamples: number;

  @Field(() => Float, { nullable: true, description: "Average minutes from the first «В работе» to «Выполнено», among the period's done orders." })
  averageExecutionMinutes: number | null;

  @Field(() => Int)
  executionSamples: number;

  @Field(() => DashboardRatings, { description: "Current ratings of the period's orders." })
  ratings: DashboardRatings;

  @Field(() => [DashboardWorkload], { description: "Executors' open orders now, busiest first (the department filter picks its members; the period does not apply)." })
  workload: DashboardWorkload[];
}
