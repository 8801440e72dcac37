import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub as createYogaPubSub } from "@graphql-yoga/subscription";
import { Redis } from "ioredis";
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
  NOTIFICATION_ADDED: "NOTIFICATION_ADDED",
  CHAT_MESSAGE_CHANGED: "CHAT_MESSAGE_CHANGED",
  REPORT_EXPORT_UPDATED: "REPORT_EXPORT_UPDATED",
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

export type TopicPayloads = {
  CLIENT_UPDATED: { clientId: string };
  SERVICE_UPDATED: { serviceId: string };
  EMPLOYEE_UPDATED: { employeeId: string };
  ORDER_CHANGED: { orderId: string; clientId: string | null };
  ORDER_COMMENT_ADDED: { orderId: string; commentId: string };
  /** Recipient id → the notification written for them (employees and residents of one organization). */
  NOTIFICATION_ADDED: { employees: Record<string, string>; clients: Record<string, string> };
  CHAT_MESSAGE_CHANGED: { orderId: string; clientId: string | null; kind: "ADDED" | "EDITED" | "DELETED" | "READ"; messageIds: string[] };
  /** An Excel report's progress or state changed; only its author hears it. */
  REPORT_EXPORT_UPDATED: { reportId: string; employeeId: string };
};

/** `topicId` of every subscription: a viewer hears only their own organization's channel. */
export function organizationChannel({ context }: { context: { viewer: { kind: string; organizationId?: string } } }): string {
  return context.viewer.organizationId ?? "-";
}

export type PubSub = {
  publish<K extends Topic>(topic: K, organizationId: string, payload: TopicPayloads[K]): void;
  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown>;
  close(): Promise<void>;
};

/**
 * In-process by default; with REDIS_URL every API instance sees every event. Channels are
 * namespaced, so deployments (or test databases) sharing one Redis never hear each other.
 */
export function createPubSub(redisUrl: string | undefined, logger: Logger, namespace = "domovoy"): PubSub {
  let clients: Redis[] = [];
  let eventTarget;
  if (redisUrl) {
    const options = { maxRetriesPerRequest: null, lazyConnect: false } as const;
    const publishClient = new Redis(redisUrl, options);
    const subscribeClient = new Redis(redisUrl, options);
    clients = [publishClient, subscribeClient];
    for (const client of clients) client.on("error", (error) => logger.warn({ err: error }, "redis error"));
    eventTarget = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  }
  const pubsub = createYogaPubSub<Record<string, [string, unknown]>>(eventTarget ? { eventTarget } : {});
  return {
    publish: (topic, organizationId, payload) => pubsub.publish(`${namespace}:${topic}`, organizationId, payload),
    subscribe: (routingKey, dynamicId) => pubsub.subscribe(`${namespace}:${routingKey}`, dynamicId as string),
    async close() {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
