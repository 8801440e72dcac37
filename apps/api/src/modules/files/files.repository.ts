import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { isUuid } from "../../shared/ids.js";
import type { UploadUsage } from "./quota.js";

const { storedFiles, chatMessages } = schema;

export type StoredFileRow = typeof storedFiles.$inferSelect;
export type FilePurpose = StoredFileRow["purpose"];

export class FilesRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  async insert(values: Omit<typeof storedFiles.$inferInsert, "organizationId">): Promise<StoredFileRow> {
    const [row] = await this.db
      .insert(storedFiles)
      .values({ ...values, organizationId: this.organizationId })
      .returning();
    return row!;
  }

  async byId(id: string, lock = false): Promise<StoredFileRow | undefined> {
    if (!isUuid(id)) return undefined;
    const query = this.db
      .select()
      .from(storedFiles)
      .where(and(eq(storedFiles.organizationId, this.organizationId), eq(storedFiles.id, id)));
    const [row] = lock ? await query.for("update") : await query;
    return row;
  }

  byIds(ids: readonly string[]): Promise<StoredFileRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(storedFiles)
      .where(and(eq(storedFiles.organizationId, this.organizationId), inArray(storedFiles.id, valid)));
  }

  async markAttached(id: string, at: Date): Promise<StoredFileRow> {
    const [row] = await this.db
      .update(storedFiles)
      .set({ attachedAt: at })
      .where(and(eq(storedFiles.organizationId, this.organizationId), eq(storedFiles.id, id)))
      .returning();
    return row!;
  }

  /** Deletes the row; with `onlyUnattached` an upload already used by a mutation is kept. */
  async delete(id: string, options: { onlyUnattached?: boolean; uploadedBy?: { employeeId?: string | null; clientId?: string | null } } = {}) {
    if (!isUuid(id)) return undefined;
    const conditions = [eq(storedFiles.organizationId, this.organizationId), eq(storedFiles.id, id)];
    if (options.onlyUnattached) conditions.push(isNull(storedFiles.attachedAt));
    if (options.uploadedBy?.employeeId) conditions.push(eq(storedFiles.uploadedByEmployeeId, options.uploadedBy.employeeId));
    if (options.uploadedBy?.clientId) conditions.push(eq(storedFiles.uploadedByClientId, options.uploadedBy.clientId));
    const [row] = await this.db
      .delete(storedFiles)
      .where(and(...conditions))
      .returning();
    return row;
  }

  /**
   * One uploader's unattached uploads (count, bytes) and their uploads since `since` (the rate
   * window), for the per-user upload quota.
   */
  async uploadUsage(by: { employeeId?: string | null; clientId?: string | null }, since: Date): Promise<UploadUsage> {
    const uploader = by.employeeId ? eq(storedFiles.uploadedByEmployeeId, by.employeeId) : by.clientId ? eq(storedFiles.uploadedByClientId, by.clientId) : undefined;
    if (!uploader) return { unattachedFiles: 0, unattachedBytes: 0, recent: 0, oldestRecentAt: null };
    const from = sql`${since.toISOString()}::timestamptz`;
    const [row] = await this.db
      .select({
        unattachedFiles: sql<number>`(count(*) filter (where ${storedFiles.attachedAt} is null))::int`,
        unattachedBytes: sql<string>`coalesce(sum(${storedFiles.size}) filter (where ${storedFiles.attachedAt} is null), 0)::text`,
        recent: sql<number>`(count(*) filter (where ${storedFiles.createdAt} >= ${from}))::int`,
        oldestRecentAt: sql<Date | null>`min(${storedFiles.createdAt}) filter (where ${storedFiles.createdAt} >= ${from})`.mapWith(storedFiles.createdAt),
      })
      .from(storedFiles)
      .where(
        and(
          eq(storedFiles.organizationId, this.organizationId),
          uploader,
          inArray(storedFiles.purpose, ["ORDER_DOCUMENT", "CHAT_ATTACHMENT"]),
          or(isNull(storedFiles.attachedAt), gte(storedFiles.createdAt, since)),
        ),
      );
    return { unattachedFiles: row?.unattachedFiles ?? 0, unattachedBytes: Number(row?.unattachedBytes ?? 0), recent: row?.recent ?? 0, oldestRecentAt: row?.oldestRecentAt ?? null };
  }

  /** Whether a chat message that is not deleted carries the file (a resident may download it). */
  async inLiveChatMessage(fileId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: chatMessages.id })
      .from(chatMessages)
      .where(and(eq(chatMessages.organizationId, this.organizationId), eq(chatMessages.fileId, fileId), isNull(chatMessages.deletedAt)))
      .limit(1);
    return Boolean(row);
  }
}

/** Across organizations (the sweep job): uploads never attached, created before `before`. */
export function staleUploads(db: DbOrTx, before: Date, limit: number) {
  return db
    .select({ id: storedFiles.id, organizationId: storedFiles.organizationId, storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .where(and(isNull(storedFiles.attachedAt), lt(storedFiles.createdAt, before)))
    .orderBy(asc(storedFiles.createdAt))
    .limit(limit);
}

/** Deletes one stale upload unless a mutation claimed it meanwhile; returns its storage key. */
export async function deleteStaleUpload(db: DbOrTx, id: string): Promise<string | undefined> {
  const [row] = await db
    .delete(storedFiles)
    .where(and(eq(storedFiles.id, id), isNull(storedFiles.attachedAt)))
    .returning({ storageKey: storedFiles.storageKey });
  return row?.storageKey;
}


/** Any organization's file by id, for server-side callers that already hold the id from their own row. */
export async function storedFileById(db: DbOrTx, id: string): Promise<StoredFileRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row;
}
