import { subscribe, type TestServer } from "./harness.js";
import type { OrderFixtures } from "./orders.js";

export const MESSAGE = `id text deleted state mine editedAt editableUntil author { kind name } file { id fileName }`;
export const CHANGES = `subscription ($orderId: ID!) { chatMessageChanged(orderId: $orderId) { kind orderId messages { id text state deleted mine author { kind name } } } }`;

export const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
export const reasonOf = (result: { errors?: { extensions?: { reason?: string } }[] }) => result.errors?.[0]?.extensions?.reason;

/** The code a refused subscription answered with (an error message, or a result carrying errors). */
export function refusal(sub: ReturnType<typeof subscribe>): string | undefined {
  const error = sub.error as { extensions?: { code?: string } }[] | undefined;
  if (Array.isArray(error)) return error[0]?.extensions?.code;
  return sub.events.find((e) => e.errors)?.errors?.[0]?.extensions?.code as string | undefined;
}

/**
 * The chat's mutations, reads and live view as a person uses them, on the server and fixtures a
 * test file starts in its beforeAll (hence the getters).
 */
export function chatHelpers(server: () => TestServer, fixtures: () => OrderFixtures) {
  const send = (token: string, orderId: string, text: string | null, fileId: string | null = null) =>
    server().graphql(`mutation ($orderId: ID!, $text: String, $fileId: ID) { chatMessageSend(orderId: $orderId, text: $text, fileId: $fileId) { ${MESSAGE} } }`, { orderId, text, fileId }, { token });
  const edit = (token: string, id: string, text: string) =>
    server().graphql(`mutation ($id: ID!, $text: String!) { chatMessageEdit(id: $id, text: $text) { ${MESSAGE} } }`, { id, text }, { token });
  const remove = (token: string, id: string) => server().graphql(`mutation ($id: ID!) { chatMessageDelete(id: $id) { ${MESSAGE} } }`, { id }, { token });
  /** Residents read their orders as ResidentOrder (residentOrder, residentChatMarkRead), staff as Order. */
  const kinds = new Map<string, Promise<string | undefined>>();
  const isResident = async (token: string) => {
    let kind = kinds.get(token);
    if (!kind) kinds.set(token, (kind = server().graphql<{ me: { kind: string } }>(`{ me { kind } }`, {}, { token }).then((r) => r.data?.me.kind)));
    return (await kind) === "RESIDENT";
  };
  /** The read mark as the token's side sets it; the answer is under `chatMarkRead` either way. */
  const markRead = async (token: string, orderId: string, upToMessageId: string | null = null) => {
    const field = (await isResident(token)) ? "residentChatMarkRead" : "chatMarkRead";
    const result = await server().graphql(`mutation ($orderId: ID!, $upTo: ID) { ${field}(orderId: $orderId, upToMessageId: $upTo) { id chatUnreadCount } }`, { orderId, upTo: upToMessageId }, { token });
    return result.data ? { ...result, data: { chatMarkRead: result.data[field] } } : result;
  };
  const thread = async (token: string, orderId: string) => {
    const field = (await isResident(token)) ? "residentOrder" : "order";
    const result = await server().graphql(`query ($id: ID!) { ${field}(id: $id) { chatUnreadCount chatMessages { ${MESSAGE} } } }`, { id: orderId }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data[field] as { chatUnreadCount: number; chatMessages: any[] };
  };

  /**
   * Subscribes to an order's chat and returns once the server has registered the subscription (its
   * first read of the order may be slow on a loaded machine): id-only probes (changes without
   * messages, which the product never sends) are published until one arrives. `events` and `next`
   * leave the probes out, also those another test subscription publishes.
   */
  async function liveChat(token: string, orderId: string) {
    const t = server();
    const f = fixtures();
    const sub = subscribe(t.ws(token), CHANGES, { orderId });
    const deadline = Date.now() + 15_000;
    while (sub.events.length === 0) {
      if (Date.now() > deadline) throw new Error("the chat subscription was not registered");
      t.pubsub.publish("CHAT_MESSAGE_CHANGED", f.organizationId, { orderId, clientId: f.residentClient, kind: "READ", messageIds: [] });
      await sub.next(1, 100).catch(() => undefined);
    }
    const real = () => sub.events.filter((e) => e.data?.chatMessageChanged?.messages?.length !== 0);
    return {
      get events() {
        return real();
      },
      async next(count = real().length + 1, timeoutMs = 5000) {
        const until = Date.now() + timeoutMs;
        while (real().length < count) {
          if (Date.now() > until || sub.error || sub.completed) throw new Error(`waited in vain for ${count} chat events (have ${real().length})`);
          await sub.next(sub.events.length + 1, Math.max(1, until - Date.now())).catch(() => undefined);
        }
        return real();
      },
    };
  }

  return { send, edit, remove, markRead, thread, liveChat };
}
