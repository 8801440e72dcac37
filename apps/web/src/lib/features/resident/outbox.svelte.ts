import { client } from "$lib/graphql/client";
import { errorMessage, isUnauthenticated } from "$lib/graphql/errors";
import type { ResidentChatMessageItemFragment } from "$lib/graphql/generated/graphql";
import { t } from "$lib/i18n";
import { enqueue, queue, registerSender, replay, type QueuedChange } from "$lib/pwa/queue.svelte";
import { ResidentChatMessageSendMutation } from "./queries";

/**
 * The resident's chat messages go through the device's queue (lib/pwa/queue): online they are sent
 * at once, offline they wait on the phone (IndexedDB) and are sent oldest first when the network
 * returns. Each carries an idempotency key made when it was written, so a message whose answer was
 * lost on the way is sent again under the same key and posted once. Kinds and copies of the
 * resident app start with `r:` (`forget("r:")` at sign-out).
 */
export const CHAT_SEND = "r:chat.send";

export type ChatSendPayload = {
  orderId: string;
  text: string | null;
  fileId: string | null;
  fileName: string | null;
  idempotencyKey: string;
};

/** Keys of messages the server has taken (their queue entries may linger until the replay ends). */
export const sentKeys = $state<{ keys: string[] }>({ keys: [] });

let listeners: ((message: ResidentChatMessageItemFragment) => void)[] = [];

/** The open chat hears each queued message as the server posted it. */
export function onChatMessageSent(listener: (message: ResidentChatMessageItemFragment) => void): () => void {
  listeners = [...listeners, listener];
  return () => {
    listeners = listeners.filter((l) => l !== listener);
  };
}

registerSender(CHAT_SEND, async (change) => {
  const p = change.payload as ChatSendPayload;
  const result = await client
    .mutation(ResidentChatMessageSendMutation, { orderId: p.orderId, text: p.text, fileId: p.fileId, idempotencyKey: p.idempotencyKey }, { authRedirect: false })
    .toPromise();
  // A session that ended waits like a lost network: sent after the resident signs in again.
  if (result.error?.networkError || isUnauthenticated(result.error)) return { kind: "OFFLINE" };
  if (result.error || !result.data) return { kind: "REFUSED", message: errorMessage(result.error) || t("resident.chat.notSent") };
  sentKeys.keys = [...sentKeys.keys, p.idempotencyKey];
  for (const listener of listeners) listener(result.data.residentChatMessageSend);
  return { kind: "SENT" };
});

/** A key for one message; randomUUID exists on secure origins only, getRandomValues everywhere. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Queues a message of the order's chat and sends what waits (it goes at once when online). */
export async function queueChatMessage(order: { id: string; number: number }, text: string | null, file: { id: string; fileName: string } | null): Promise<void> {
  await enqueue({
    kind: CHAT_SEND,
    orderId: order.id,
    label: t("resident.chat.queued", { number: order.number }),
    payload: { orderId: order.id, text, fileId: file?.id ?? null, fileName: file?.fileName ?? null, idempotencyKey: newKey() } satisfies ChatSendPayload,
  });
  await replay();
}

/** The order's messages still on the phone: waiting to be sent, or refused (shown with the reason). */
export function queuedMessages(orderId: string): (QueuedChange & { payload: ChatSendPayload })[] {
  return queue.changes.filter(
    (c): c is QueuedChange & { payload: ChatSendPayload } =>
      c.kind === CHAT_SEND && c.orderId === orderId && !sentKeys.keys.includes((c.payload as ChatSendPayload).idempotencyKey),
  );
}

/** How many of the resident's messages wait for the network. */
export function waitingCount(): number {
  return queue.changes.filter((c) => c.kind === CHAT_SEND && c.state === "PENDING" && !sentKeys.keys.includes((c.payload as ChatSendPayload).idempotencyKey)).length;
}
