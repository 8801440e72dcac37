import { subscribe, type TestServer } from "./harness.js";
import type { OrderFixtures } from "./orders.js";

export const MESSAGE = `id text deleted state mine editedAt editableUntil author { kind name } file { id fileName }`;
export const CHANGES = `subscription ($orderId: ID!) { chatMessageChanged(orderId: $orderId) { kind orderId messages { id text state deleted mine author { kind name } } } }`;
/** The resident's subscription, aliased to the staff field's name so tests read both alike. */
export const RESIDENT_CHANGES = `subscription ($orderId: ID!) { chatMessageChanged: residentChatMessageChanged(orderId: $orderId) { kind orderId messages { id text state deleted mine author { kind name } } } }`;


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
  /** Residents use their own fields (residentChatMessageSend …, ResidentOrder), staff the staff ones. */
  const kinds = new Map<string, Promise<string | undefined>>();
  const isResident = async (token: string) => {
    let kind = kinds.get(token);
    if (!kind) kinds.set(token, (kind = server().graphql<{ me: { kind: string } }>(`{ me { kind } }`, {}, { token }).then((r) => r.data?.me.kind)));
    return (await kind) === "RESIDENT";
  };
  /** Runs the staff field or the resident one; the answer is under the staff field's name either way. */
  const either = async (token: string, staffField: string, residentField: string, document: (field: string) => string, variables: Record<string, unknown>) => {
    const field = (await isResident(token)) ? residentField : staffField;
    const result = await server().graphql(document(field), variables, { token });
    return result.data ? { ...result, data: { [staffField]: result.data[field] } as Record<string, any> } : result;
  };
  const send = (token: string, orderId: string, text: string | null, fileId: string | null = null) =>
    either(token, "chatMessageSend", "residentChatMessageSend", (f) => `mutation ($orderId: ID!, $text: String, $fileId: ID) { ${f}(orderId: $orderId, text: $text, fileId: $fileId) { ${MESSAGE} } }`, { orderId, text, fileId });
  const edit = (token: string, id: string, text: string) =>
    either(token, "chatMessageEdit", "residentChatMessageEdit", (f) => `mutation ($id: ID!, $text: String!) { ${f}(id: $id, text: $text) { ${MESSAGE} } }`, { id, text });
  const remove = (token: string, id: string) => either(token, "chatMessageDelete", "residentChatMessageDelete", (f) => `mutation ($id: ID!) { ${f}(id: $id) { ${MESSAGE} } }`, { id });
  const markRead = (token: string, orderId: string, upToMessageId: string | null = null) =>
    either(token, "chatMarkRead", "residentChatMarkRead", (f) => `mutation ($orderId: ID!, $upTo: ID) { ${f}(orderId: $orderId, upToMessageId: $upTo) { id chatUnreadCount } }`, { orderId, upTo: upToMessageId });
  const thread = async (token: string, orderId: string) => {
    const result = await either(token, "order", "residentOrder", (f) => `query ($id: ID!) { ${f}(id: $id) { chatUnreadCount chatMessages { ${MESSAGE} } } }`, { id: orderId });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.order as { chatUnreadCount: number; chatMessages: any[] };
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
    const sub = subscribe(t.ws(token), (await isResident(token)) ? RESIDENT_CHANGES : CHANGES, { orderId });
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
