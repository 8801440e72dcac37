import { createHash } from "node:crypto";
import type { AppDeps } from "../../deps.js";
import { enqueueJob } from "../../jobs/queue.js";
import { RECEIPTS_SWEEP_JOB } from "../../jobs/kinds.js";
import { badInput, conflict } from "../../shared/errors.js";
import type { UnitOfWork } from "../../shared/unit-of-work.js";
import { deleteReceiptsBefore, ReceiptsRepository, type ReceiptActor } from "./receipts.repository.js";

export type { ReceiptActor };

/**
 * Idempotency keys of creates (orderCreate, orderCommentCreate, chat messages, orderDocumentAdd,
 * residentOrderCreate): a device that sent a create and lost the answer sends it again with the
 * same key and gets the same result, never a second row. The field apps' offline queue relies on it.
 */
export const MAX_IDEMPOTENCY_KEY = 100;
/** Receipts are kept this long: a replay comes within hours (a phone back in coverage), not weeks. */
export const RECEIPT_TTL_MS = 7 * 24 * 3600_000;
const SWEEP_EVERY_MS = 3600_000;
const SWEEP_BATCH = 1000;

/** The key as given (trimmed), or null without one; anything else than 1–100 of [A-Za-z0-9_.:-] is refused. */
export function idempotencyKeyOf(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  const key = value.trim();
  if (!key || key.length > MAX_IDEMPOTENCY_KEY || !/^[\w.:-]+$/.test(key)) {
    throw badInput(`Ключ идемпотентности: до ${MAX_IDEMPOTENCY_KEY} латинских букв, цифр, «-», «_», «.», «:»`, field, "INVALID_IDEMPOTENCY_KEY");
  }
  return key;
}

/** JSON with keys sorted and null/undefined members left out: equal inputs, equal text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member != null) out[key] = canonical(member);
    }
    return out;
  }
  return value;
}

export function requestHash(input: unknown): string {
  return createHash("sha256").update(JSON.stringify(canonical(input) ?? null)).digest("hex");
}

export type IdempotentRequest = {
  actor: ReceiptActor;
  /** Checked with `idempotencyKeyOf`; null runs `create` as usual. */
  key: string | null;
  mutation: string;
  /** What the request asks for, without the key. */
  input: unknown;
  now: Date;
};

/**
 * Runs `create` once per actor and key, inside the mutation's transaction: the first request claims
 * the key and records what it created; a replay (even one racing the first) gets `replay(resultId)`;
 * the same key with another mutation or other input is a CONFLICT. A create that fails rolls its
 * claim back with it, so the key may be sent again.
 */
export async function once<T extends { id: string }>(uow: UnitOfWork, request: IdempotentRequest, create: () => Promise<T>, replay: (resultId: string) => Promise<T>): Promise<T> {
  if (!request.key) return create();
  const repo = uow.repo(ReceiptsRepository);
  const hash = requestHash(request.input);
  const claimed = await repo.claim({ actor: request.actor, key: request.key, mutation: request.mutation, requestHash: hash, createdAt: request.now });
  if (claimed) {
    const result = await create();
    await repo.settle(claimed.id, result.id);
    return result;
  }
  const earlier = await repo.byKey(request.actor, request.key);
  if (!earlier?.resultId) throw conflict("Запрос с этим ключом ещё выполняется, повторите позже", { reason: "IDEMPOTENCY_KEY_REUSED" });
  if (earlier.mutation !== request.mutation || earlier.requestHash !== hash) {
    throw conflict("Этот ключ идемпотентности уже использован для другого запроса", { reason: "IDEMPOTENCY_KEY_REUSED", field: "idempotencyKey" });
  }
  return replay(earlier.resultId);
}

/** The receipts sweep: deletes receipts past RECEIPT_TTL_MS and schedules its next run. */
export class ReceiptsService {
  constructor(private readonly deps: AppDeps) {}

  async sweep(): Promise<number> {
    const before = new Date(this.deps.clock.now().getTime() - RECEIPT_TTL_MS);
    let removed = 0;
    for (;;) {
      const gone = await deleteReceiptsBefore(this.deps.database.db, before, SWEEP_BATCH);
      removed += gone;
      if (gone < SWEEP_BATCH) break;
    }
    if (removed > 0) this.deps.logger.info({ removed }, "idempotency receipts past retention deleted");
    await this.scheduleSweep(SWEEP_EVERY_MS);
    return removed;
  }

  /** One pending sweep at a time (dedupe key); called on startup and by each sweep. */
  async scheduleSweep(delayMs = 60_000): Promise<void> {
    await enqueueJob(this.deps.database.db, { kind: RECEIPTS_SWEEP_JOB, payload: {}, runAt: new Date(this.deps.clock.now().getTime() + delayMs), dedupeKey: "receipts:sweep" });
  }
}
