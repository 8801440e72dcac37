import type { CombinedError } from "@urql/core";
import { uploadFile, UploadError } from "$lib/features/files/upload";
import { OrderCommentCreateMutation } from "$lib/features/orders/comments";
import { client } from "$lib/graphql/client";
import { errorCode, errorMessage } from "$lib/graphql/errors";
import type { FieldOrderCardFragment, OrderStatus } from "$lib/graphql/generated/graphql";
import { statusName } from "$lib/features/orders/meta";
import { t } from "$lib/i18n";
import { remember } from "$lib/pwa/idb";
import { newIdempotencyKey } from "$lib/pwa/key";
import { enqueue, queue, registerSender, replay, type SendOutcome } from "$lib/pwa/queue.svelte";
import { FieldChecklistItemSetMutation, FieldOrderManageMutation } from "./queries";

/**
 * Every change the employee app makes goes through the device's queue (lib/pwa/queue): online it is
 * sent at once, offline it waits and is sent in order when the network returns. Versions: a queued
 * status change carries the order's version as it will be after the changes queued before it (each
 * status change adds one), a tick the item's; someone else's change in between is a CONFLICT,
 * shown and never sent over.
 */
export type StatusPayload = { id: string; number: number; version: number; status: OrderStatus; statusComment: string | null; resumeBy: string | null };
export type TickPayload = { orderId: string; number: number; itemId: string; version: number; done: boolean; note: string | null; photo: File | null };
/** `key`: the comment's idempotency key (a replay after a lost answer adds no second comment). */
export type CommentPayload = { orderId: string; text: string; key?: string };

let cardListener: ((card: FieldOrderCardFragment) => void) | null = null;

/** The open card hears the order as the server returned it after a change was sent. */
export function onCardSaved(listener: (card: FieldOrderCardFragment) => void): () => void {
  cardListener = listener;
  return () => {
    if (cardListener === listener) cardListener = null;
  };
}

function cardSaved(card: FieldOrderCardFragment) {
  void remember(`m:order:${card.number}`, card);
  cardListener?.(card);
}

function outcome(error: CombinedError | undefined): SendOutcome | null {
  if (!error) return null;
  if (error.networkError) return { kind: "OFFLINE" };
  if (errorCode(error) === "CONFLICT") return { kind: "CONFLICT", message: errorMessage(error) };
  return { kind: "REFUSED", message: errorMessage(error) };
}

registerSender("order.status", async (change) => {
  const p = change.payload as StatusPayload;
  const result = await client.mutation(FieldOrderManageMutation, { input: { id: p.id, version: p.version, status: p.status, statusComment: p.statusComment, resumeBy: p.resumeBy } }).toPromise();
  const failed = outcome(result.error);
  if (failed) return failed;
  if (result.data) cardSaved(result.data.orderManage);
  return { kind: "SENT" };
});

registerSender("checklist.tick", async (change) => {
  const p = change.payload as TickPayload;
  let photoFileId: string | null = null;
  if (p.photo) {
    try {
      photoFileId = (await uploadFile({ purpose: "ORDER_DOCUMENT", orderId: p.orderId, file: p.photo })).id;
    } catch (error) {
      if (error instanceof UploadError && error.status === 0) return { kind: "OFFLINE" };
      return { kind: "REFUSED", message: error instanceof Error ? error.message : String(error) };
    }
  }
  const result = await client.mutation(FieldChecklistItemSetMutation, { input: { id: p.itemId, version: p.version, done: p.done, note: p.note, photoFileId } }).toPromise();
  const failed = outcome(result.error);
  if (failed) return failed;
  if (result.data) cardSaved(result.data.orderChecklistItemSet);
  return { kind: "SENT" };
});

registerSender("order.comment", async (change) => {
  const p = change.payload as CommentPayload;
  const result = await client.mutation(OrderCommentCreateMutation, { input: { orderId: p.orderId, text: p.text, idempotencyKey: p.key ?? null } }).toPromise();
  return outcome(result.error) ?? { kind: "SENT" };
});

/** The card as it will be once the queued changes are sent: what the executor sees meanwhile. */
export function withQueued(card: FieldOrderCardFragment): FieldOrderCardFragment {
  const mine = queue.changes.filter((c) => c.orderId === card.id && c.state === "PENDING");
  if (mine.length === 0) return card;
  let next = { ...card, checklist: card.checklist.map((item) => ({ ...item })) };
  for (const change of mine) {
    if (change.kind === "order.status") {
      const p = change.payload as StatusPayload;
      next = { ...next, status: p.status, statusComment: p.statusComment, version: p.version + 1 };
    } else if (change.kind === "checklist.tick") {
      const p = change.payload as TickPayload;
      next.checklist = next.checklist.map((item) => (item.id === p.itemId ? { ...item, done: p.done, note: p.note ?? item.note, version: p.version + 1 } : item));
    }
  }
  return next;
}

export async function changeStatus(card: FieldOrderCardFragment, status: OrderStatus, statusComment: string | null, resumeBy: string | null): Promise<void> {
  const base = withQueued(card);
  await enqueue({
    kind: "order.status",
    orderId: card.id,
    label: t("m.queue.status", { number: card.number, status: statusName(status) }),
    payload: { id: card.id, number: card.number, version: base.version, status, statusComment, resumeBy } satisfies StatusPayload,
  });
  await replay();
}

export async function setChecklistItem(card: FieldOrderCardFragment, itemId: string, done: boolean, note: string | null, photo: File | null): Promise<void> {
  const item = withQueued(card).checklist.find((i) => i.id === itemId);
  if (!item) return;
  await enqueue({
    kind: "checklist.tick",
    orderId: card.id,
    label: t(done ? "m.queue.tick" : "m.queue.untick", { number: card.number, title: item.title }),
    payload: { orderId: card.id, number: card.number, itemId, version: item.version, done, note, photo } satisfies TickPayload,
  });
  await replay();
}

export async function addComment(card: { id: string; number: number }, text: string): Promise<void> {
  await enqueue({ kind: "order.comment", orderId: card.id, label: t("m.queue.comment", { number: card.number }), payload: { orderId: card.id, text, key: newIdempotencyKey() } satisfies CommentPayload });
  await replay();
}
