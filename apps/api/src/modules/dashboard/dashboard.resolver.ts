import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Employee } from "../staff/staff.type.js";
import { Dashboard, DashboardInput, DashboardWorkload } from "./dashboard.type.js";

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Authorized("DASHBOARD_VIEW")
  @Query(() => Dashboard, { description: "«Сводка»: orders by status, new vs done per day, SLA kept %, average times, ratings, executors' workload." })
  dashboard(@Arg("input", () => DashboardInput, { nullable: true }) input: DashboardInput | null, @Ctx() ctx: Context) {
    return ctx.services.dashboard.get(ctx.viewer, input);
  }
}

@Resolver(() => DashboardWorkload)
export class DashboardWorkloadResolver {
  @FieldResolver(() => Employee)
  employee(@Root() row: DashboardWorkload, @Ctx() ctx: Context) {
    // The workload statement reads the employees' rows itself; the loader is for a row built without.
    return row.employee ?? ctx.loaders.employee.load(row.employeeId);
  }
}
