import { createPubSub as createYogaPubSub, type PubSubEventTarget } from "@graphql-yoga/subscription";
import { Repeater, SlidingBuffer } from "@repeaterjs/repeater";
import type { Redis } from "ioredis";
import { loadRedis } from "./shared/lazy-modules.js";
import type { Logger } from "./shared/logger.js";

/**
 * Subscription topics. Payloads carry ids only: each subscriber re-reads what it may see, so an
 * event never leaks data past the subscriber's permissions. Channels are per organization.
 */
export const Topic = {
  CLIENT_UPDATED: "CLIENT_UPDATED",
  SERVICE_UPDATED: "SERVICE_UPDATED",
  EMPLOYEE_UPDATED: "EMPLOYEE_UPDATED",
  ORDER_CHANGED: "ORDER_CHANGED",
  ORDER_COMMENT_ADDED: "ORDER_COMMENT_ADDED",
  INCIDENT_CHANGED: "INCIDENT_CHANGED",
  NOTIFICATION_ADDED: "NOTIFICATION_ADDED",
  CHAT_MESSAGE_CHANGED: "CHAT_MESSAGE_CHANGED",
  REPORT_EXPORT_UPDATED: "REPORT_EXPORT_UPDATED",
  CALL_CHANGED: "CALL_CHANGED",
  ACCESS_CHANGED: "ACCESS_CHANGED",
  DIRECTORY_CHANGED: "DIRECTORY_CHANGED",
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

export type TopicPayloads = {
  CLIENT_UPDATED: { clientId: string };
  SERVICE_UPDATED: { serviceId: string };
  EMPLOYEE_UPDATED: { employeeId: string };
  ORDER_CHANGED: { orderId: string; clientId: string | null };
  ORDER_COMMENT_ADDED: { orderId: string; commentId: string };
  INCIDENT_CHANGED: { incidentId: string };
  /** Recipient id → the notification written for them (employees and residents of one organization). */
  NOTIFICATION_ADDED: { employees: Record<string, string>; clients: Record<string, string> };
  CHAT_MESSAGE_CHANGED: { orderId: string; clientId: string | null; kind: "ADDED" | "EDITED" | "DELETED" | "READ"; messageIds: string[] };
  /** An Excel report's progress or state changed; only its author hears it. */
  REPORT_EXPORT_UPDATED: { reportId: string; employeeId: string };
  /** A telephony event changed a call (screen-pop, journal). */
  CALL_CHANGED: { callId: string; employeeId: string | null };
  /** What these employees may do changed (their role, its permissions, their activity): their screens read `me` again. */
  ACCESS_CHANGED: { employeeIds: string[] };
  /**
   * Reference data changed (an admin list adds, re-reads or drops the rows). `ids` empty: too many to
   * name (an import), the list re-reads itself.
   */
  DIRECTORY_CHANGED: { kind: DirectoryKind; action: DirectoryAction; ids: string[] };
};

export type DirectoryKind = "BUILDING" | "PREMISE" | "QUARTER" | "OBJECT_GROUP" | "LEGAL_ENTITY" | "DEPARTMENT" | "ROLE" | "SERVICE";
export type DirectoryAction = "CREATED" | "UPDATED" | "DELETED";

/** `topicId` of every subscription: a viewer hears only their own organization's channel. */
export function organizationChannel({ context }: { context: { viewer: { kind: string; organizationId?: string } } }): string {
  return context.viewer.organizationId ?? "-";
}

/**
 * Instance-wide topics, heard by the server itself rather than by a subscriber's operation.
 * SESSIONS_REVOKED: sessions deleted (logout, a deactivated employee, a password reset); every
 * instance closes the sockets opened with them and forgets them (SessionCache). VIEWERS_CHANGED: what
 * the organization's sessions grant changed (a role, an employee's role or activity).
 */
export type BroadcastPayloads = {
  SESSIONS_REVOKED: { sessionIds: string[] };
  /** An employee's role or activity, or a role's permissions, changed: every instance forgets the organization's cached sessions. */
  VIEWERS_CHANGED: { organizationId: string };
};
export type BroadcastTopic = keyof BroadcastPayloads;

export type PubSub = {
  publish<K extends Topic>(topic: K, organizationId: string, payload: TopicPayloads[K]): void;
  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown>;
  /** Resolves once events from other instances are heard (Redis has confirmed the subscription). */
  ready: Promise<void>;
  broadcast<K extends BroadcastTopic>(topic: K, payload: BroadcastPayloads[K]): void;
  listen<K extends BroadcastTopic>(topic: K): AsyncIterableIterator<BroadcastPayloads[K]>;
  close(): Promise<void>;
};

/** Events one subscription may hold before its subscriber takes them (see `createPubSub`). */
export const SUBSCRIPTION_BUFFER = 20_000;

/**
 * In-process by default; with REDIS_URL every API instance sees every event. Channels are
 * namespaced, so deployments (or test databases) sharing one Redis never hear each other.
 */
export function createPubSub(redisUrl: string | undefined, logger: Logger, namespace = "domovoy"): PubSub {
  let clients: Redis[] = [];
  let eventTarget: EventTarget | undefined;
  let ready = Promise.resolve();
  if (redisUrl) {
    const options = { maxRetriesPerRequest: null, lazyConnect: false } as const;
    const RedisClient = loadRedis();
    const publishClient = new RedisClient(redisUrl, options);
    const subscribeClient = new RedisClient(redisUrl, options);
    clients = [publishClient, subscribeClient];
    for (const client of clients) client.on("error", (error) => logger.warn({ err: error }, "redis error"));
    ({ eventTarget, ready } = redisEventTarget(publishClient, subscribeClient, namespace));
  }
  type Events = Record<string, [string, unknown]>;
  const target = eventTarget ?? new EventTarget();
  const pubsub = createYogaPubSub<Events>({ eventTarget: target as PubSubEventTarget<Events> });
  /**
   * yoga's subscribe, with a buffer of its own per subscription. Unbuffered, a subscription holds at
   * most 1,024 events its subscriber has not taken yet, and the 1,025th throws inside the event
   * listener — an uncaught error that ends the process (closing an incident of 1,000 orders right
   * after attaching them was enough). Now each subscription keeps up to SUBSCRIPTION_BUFFER events;
   * beyond that its oldest give way, never the process. (yoga's `repeaterBuffer` option would share
   * one buffer between all subscriptions.)
   */
  const subscribe = (topic: string): AsyncIterable<unknown> =>
    new Repeater<unknown>((push, stop) => {
      const listener = (event: Event) => void push((event as CustomEvent).detail).catch(() => undefined);
      target.addEventListener(topic, listener);
      void stop.then(() => target.removeEventListener(topic, listener));
    }, new SlidingBuffer(SUBSCRIPTION_BUFFER));
  return {
    publish: (topic, organizationId, payload) => pubsub.publish(`${namespace}:${topic}`, organizationId, payload),
    // yoga's topic names: `key` for a broadcast, `key:id` for a channel.
    subscribe: (routingKey, dynamicId) => subscribe(dynamicId === undefined ? `${namespace}:${routingKey}` : `${namespace}:${routingKey}:${dynamicId as string}`),
    ready,
    // A routing key without an id: yoga's publish(key, payload) and subscribe(key).
    broadcast: (topic, payload) => (pubsub.publish as (key: string, payload: unknown) => void)(`${namespace}:broadcast:${topic}`, payload),
    listen: <K extends BroadcastTopic>(topic: K) => subscribe(`${namespace}:broadcast:${topic}`)[Symbol.asyncIterator]() as AsyncIterableIterator<BroadcastPayloads[K]>,
    async close() {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}

/**
 * An event target over Redis that listens to the whole namespace with one pattern subscription,
 * made once at start. A per-channel SUBSCRIBE sent when a channel's first listener arrives (what
 * `@graphql-yoga/redis-event-target` does) loses the events published before Redis confirms it;
 * here every channel is heard from the start, and ioredis renews the pattern after a reconnect.
 * Each message is parsed once and the same payload object goes to every listener, so per-event
 * work (`perEvent`) stays shared.
 */
function redisEventTarget(publishClient: Redis, subscribeClient: Redis, namespace: string) {
  const listeners = new Map<string, Set<(event: CustomEvent) => void>>();
  subscribeClient.on("pmessageBuffer", (_pattern: Buffer, channelBuffer: Buffer, message: Buffer) => {
    const channel = channelBuffer.toString();
    const callbacks = listeners.get(channel);
    if (!callbacks) return;
    const event = new CustomEvent(channel, { detail: message.length === 0 ? null : JSON.parse(message.toString()) });
    for (const callback of callbacks) callback(event);
  });
  const ready = subscribeClient.psubscribe(`${escapePattern(namespace)}:*`).then(() => undefined);
  const callbackOf = (listener: EventListenerOrEventListenerObject | null) =>
    (listener == null ? null : typeof listener === "function" ? listener : listener.handleEvent) as ((event: CustomEvent) => void) | null;
  const eventTarget: EventTarget = {
    addEventListener(channel: string, listener: EventListenerOrEventListenerObject | null) {
      const callback = callbackOf(listener);
      if (!callback) return;
      let callbacks = listeners.get(channel);
      if (!callbacks) listeners.set(channel, (callbacks = new Set()));
      callbacks.add(callback);
    },
    removeEventListener(channel: string, listener: EventListenerOrEventListenerObject | null) {
      const callback = callbackOf(listener);
      const callbacks = listeners.get(channel);
      if (!callback || !callbacks) return;
      callbacks.delete(callback);
      if (callbacks.size === 0) listeners.delete(channel);
    },
    dispatchEvent(event: Event) {
      const { detail } = event as CustomEvent;
      void publishClient.publish(event.type, detail === undefined ? "" : JSON.stringify(detail)).catch(() => undefined);
      return true;
    },
  };
  return { eventTarget, ready };
}

/** Redis glob patterns treat `*?[]\` specially; a namespace is matched literally. */
function escapePattern(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}
