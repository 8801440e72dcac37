import type { CombinedError } from "@urql/core";
import { uploadFile, UploadError } from "$lib/features/files/upload";
import { OrderCreateMutation } from "$lib/features/orders/options";
import { client } from "$lib/graphql/client";
import { errorMessage } from "$lib/graphql/errors";
import type { OrderCreateInput } from "$lib/graphql/generated/graphql";
import { t } from "$lib/i18n";
import { newIdempotencyKey } from "$lib/pwa/key";
import { enqueue, recordProgress, registerSender, replay } from "$lib/pwa/queue.svelte";
import { toast } from "$lib/toast.svelte";
import { FieldOrderDocumentAddMutation } from "./queries";

/**
 * «Новое обращение» from the employee app: the order, then its photos as documents. Online it is
 * sent at once; without network (or when the network drops half-way) it waits in the device's
 * queue and is sent when the network returns. Every step carries an idempotency key made on the
 * phone (the order's, and `<key>.doc.<n>` for each photo), and the queue keeps how far it got, so a
 * request sent again after its answer was lost creates nothing twice.
 */
export type NewOrderPayload = {
  input: OrderCreateInput & { idempotencyKey: string };
  photos: File[];
  /** What the list shows while it waits. */
  preview: { service: string; address: string };
  /** Set once the server created the order. */
  created: { id: string; number: number } | null;
  /** The upload of each photo, once stored (its file id). */
  uploads: (string | null)[];
  /** How many photos are attached (or given up on). */
  attached: number;
};

export type Delivery =
  | { kind: "SENT"; order: { id: string; number: number } }
  | { kind: "OFFLINE"; payload: NewOrderPayload }
  /** The server refused the order itself; nothing was created. */
  | { kind: "REFUSED"; error: CombinedError };

export const NEW_ORDER_KIND = "order.create";

/** Sends what is left of a new order; `progress` keeps each finished step. */
async function deliver(start: NewOrderPayload, progress: (p: NewOrderPayload) => Promise<void>): Promise<Delivery> {
  let p = start;
  if (!p.created) {
    const result = await client.mutation(OrderCreateMutation, { input: p.input }).toPromise();
    if (result.error?.networkError) return { kind: "OFFLINE", payload: p };
    if (result.error || !result.data) return { kind: "REFUSED", error: result.error! };
    p = { ...p, created: { id: result.data.orderCreate.id, number: result.data.orderCreate.number } };
    await progress(p);
  }
  const order = p.created!;
  for (let i = p.attached; i < p.photos.length; i++) {
    const photo = p.photos[i]!;
    let fileId = p.uploads[i] ?? null;
    if (!fileId) {
      try {
        fileId = (await uploadFile({ purpose: "ORDER_DOCUMENT", orderId: order.id, file: photo })).id;
      } catch (error) {
        if (error instanceof UploadError && error.status === 0) return { kind: "OFFLINE", payload: p };
        toast({ tone: "error", message: t("m.new.photoFailed", { name: photo.name, message: error instanceof Error ? error.message : String(error) }), testid: "m-new-photo-failed" });
        p = { ...p, attached: i + 1 };
        await progress(p);
        continue;
      }
      const uploads = [...p.uploads];
      uploads[i] = fileId;
      p = { ...p, uploads };
      await progress(p);
    }
    const added = await client.mutation(FieldOrderDocumentAddMutation, { orderId: order.id, fileId, idempotencyKey: `${p.input.idempotencyKey}.doc.${i}` }).toPromise();
    if (added.error?.networkError) return { kind: "OFFLINE", payload: p };
    if (added.error) toast({ tone: "error", message: t("m.new.photoFailed", { name: photo.name, message: errorMessage(added.error) }), testid: "m-new-photo-failed" });
    p = { ...p, attached: i + 1 };
    await progress(p);
  }
  return { kind: "SENT", order };
}

let createdListeners: ((order: { id: string; number: number }) => void)[] = [];

/** Called when a queued new order reached the server (the list shows it then). */
export function onQueuedOrderCreated(listener: (order: { id: string; number: number }) => void): () => void {
  createdListeners = [...createdListeners, listener];
  return () => {
    createdListeners = createdListeners.filter((l) => l !== listener);
  };
}

registerSender(NEW_ORDER_KIND, async (change) => {
  const outcome = await deliver(change.payload as NewOrderPayload, (p) => recordProgress(change.id, p));
  if (outcome.kind === "OFFLINE") return { kind: "OFFLINE" };
  if (outcome.kind === "REFUSED") return { kind: "REFUSED", message: errorMessage(outcome.error) };
  for (const listener of createdListeners) listener(outcome.order);
  return { kind: "SENT" };
});

/** A new order as the form made it, with a fresh idempotency key. */
export function newOrderPayload(input: OrderCreateInput, photos: File[], preview: NewOrderPayload["preview"]): NewOrderPayload {
  return { input: { ...input, idempotencyKey: newIdempotencyKey() }, photos, preview, created: null, uploads: photos.map(() => null), attached: 0 };
}

/**
 * Sends the new order now when the phone is online; what cannot go now (no network, or it dropped
 * half-way) waits in the queue: QUEUED. A refusal of the order itself comes back for the form.
 */
export async function submitNewOrder(payload: NewOrderPayload): Promise<Delivery | { kind: "QUEUED" }> {
  let rest = payload;
  if (navigator.onLine) {
    const outcome = await deliver(payload, async (p) => {
      rest = p;
    });
    if (outcome.kind !== "OFFLINE") return outcome;
    rest = outcome.payload;
  }
  await enqueue({
    kind: NEW_ORDER_KIND,
    orderId: `new:${rest.input.idempotencyKey}`,
    label: t("m.queue.create", { service: rest.preview.service, address: rest.preview.address }),
    payload: rest,
  });
  void replay();
  return { kind: "QUEUED" };
}
