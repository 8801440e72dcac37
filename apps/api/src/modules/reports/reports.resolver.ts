import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context.js";
import type { TopicPayloads } from "../../pubsub.js";
import { StoredFile } from "../files/file.type.js";
import { OrderReportCreateInput, OrderReportFields, ReportExport } from "./report.type.js";
import type { ReportExportRow } from "./reports.repository.js";

@Resolver(() => ReportExport)
export class ReportsResolver {
  @Authorized("REPORTS_EXPORT")
  @Query(() => OrderReportFields, { description: "Fields of the orders report and the viewer's saved ticks." })
  orderReportFields(@Ctx() ctx: Context) {
    return ctx.services.reports.fields(ctx.viewer);
  }

  @Authorized("REPORTS_EXPORT")
  @Mutation(() => ReportExport, { description: "Saves the ticks and starts the Excel report of the list as shown; follow it with reportExportUpdated." })
  orderReportCreate(@Arg("input", () => OrderReportCreateInput) input: OrderReportCreateInput, @Ctx() ctx: Context) {
    return ctx.services.reports.create(ctx.viewer, input);
  }

  @Authorized("REPORTS_EXPORT")
  @Query(() => ReportExport, { description: "A report of the viewer's own (others' are NOT_FOUND)." })
  reportExport(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.reports.get(ctx.viewer, id);
  }

  @Authorized("REPORTS_EXPORT")
  @Subscription(() => ReportExport, {
    description: "Progress and state of one of the viewer's reports.",
    subscribe: ({ args, context }) => (context as Context).services.reports.updates((context as Context).viewer, (args as { id: string }).id),
  })
  reportExportUpdated(@Arg("id", () => ID) _id: string, @Root() event: TopicPayloads["REPORT_EXPORT_UPDATED"], @Ctx() ctx: Context) {
    return ctx.services.reports.get(ctx.viewer, event.reportId);
  }

  @FieldResolver(() => StoredFile, { nullable: true, description: "The xlsx, once READY." })
  file(@Root() report: ReportExportRow, @Ctx() ctx: Context) {
    return ctx.services.reports.file(report);
  }
}
