import { schema, type DbOrTx } from "@domovoy/db";
import { and, eq } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";

const { reportExports, organizations } = schema;

export type ReportExportRow = typeof reportExports.$inferSelect;
export type ReportExportValues = typeof reportExports.$inferInsert;

export class ReportsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  async insert(values: Omit<ReportExportValues, "organizationId">): Promise<ReportExportRow> {
    const [row] = await this.db
      .insert(reportExports)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  async byId(id: string): Promise<ReportExportRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(reportExports)
      .where(and(eq(reportExports.organizationId, this.organizationId), eq(reportExports.id, id)));
    return row;
  }

  async update(id: string, values: Partial<ReportExportValues>): Promise<ReportExportRow | undefined> {
    const [row] = await this.db
      .update(reportExports)
      .set(values)
      .where(and(eq(reportExports.organizationId, this.organizationId), eq(reportExports.id, id)))
      .returning();
    return row;
  }

  async timeZone(): Promise<string> {
    const [row] = await this.db.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, this.organizationId));
    return row?.timeZone ?? "Europe/Moscow";
  }
}
