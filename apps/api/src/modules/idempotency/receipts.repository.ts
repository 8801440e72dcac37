import type { DbOrTx } from "@domovoy/db";
import { schema } from "@domovoy/db";
import { and, eq, inArray, lt } from "drizzle-orm";

const { mutationReceipts } = schema;

export type MutationReceiptRow = typeof mutationReceipts.$inferSelect;
export type ReceiptActor = { kind: "EMPLOYEE" | "RESIDENT"; id: string };

export class ReceiptsRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  /**
   * Claims the actor's key for this transaction: the new receipt, or undefined when the key is
   * already taken. A transaction holding an uncommitted claim of the same key makes this wait for
   * its end (the unique index), so the loser then reads the winner's committed receipt.
   */
  async claim(values: { actor: ReceiptActor; key: string; mutation: string; requestHash: string; createdAt: Date }): Promise<MutationReceiptRow | undefined> {
    const [row] = await this.db
      .insert(mutationReceipts)
      .values({
        organizationId: this.organizationId,
        actorKind: values.actor.kind,
        actorId: values.actor.id,
        key: values.key,
        mutation: values.mutation,
        requestHash: values.requestHash,
        createdAt: values.createdAt,
      })
      .onConflictDoNothing()
      .returning();
    return row;
  }

  async byKey(actor: ReceiptActor, key: string): Promise<MutationReceiptRow | undefined> {
    const [row] = await this.db
      .select()
      .from(mutationReceipts)
      .where(
        and(
          eq(mutationReceipts.organizationId, this.organizationId),
          eq(mutationReceipts.actorKind, actor.kind),
          eq(mutationReceipts.actorId, actor.id),
          eq(mutationReceipts.key, key),
        ),
      );
    return row;
  }

  async settle(id: string, resultId: string): Promise<void> {
    await this.db
      .update(mutationReceipts)
      .set({ resultId })
      .where(and(eq(mutationReceipts.organizationId, this.organizationId), eq(mutationReceipts.id, id)));
  }
}

/** Deletes up to `batch` receipts (of any organization) older than `before`; how many went. */
export async function deleteReceiptsBefore(db: DbOrTx, before: Date, batch: number): Promise<number> {
  const old = db
    .select({ id: mutationReceipts.id })
    .from(mutationReceipts)
    .where(lt(mutationReceipts.createdAt, before))
    .limit(batch);
  const gone = await db
    .delete(mutationReceipts)
    .where(inArray(mutationReceipts.id, old))
    .returning({ id: mutationReceipts.id });
  return gone.length;
}
