import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { NotificationLocale } from "@domovoy/domain";
import type { Context } from "../../context.js";
import { organizationChannel, Topic, type TopicPayloads } from "../../pubsub.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { PageArgs } from "../../shared/pagination.js";
import type { NotificationRow } from "./notifications.repository.js";
import { addressedTo } from "./notifications.service.js";
import { Notification, NotificationAdded, NotificationConnection } from "./notification.type.js";
import { renderNotification, type NotificationData, type NotificationKind } from "./render.js";

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: "Only unread ones." })
  unreadOnly?: boolean | null;
}

/** The GraphQL shape of a row: text rendered from the kind and the stored data, in the client's language. */
export function toNotification(row: NotificationRow, locale: NotificationLocale): Notification {
  const data = row.data as NotificationData;
  const { title, body } = renderNotification(row.kind, row.recipientKind, data, locale);
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    orderId: row.orderId,
    orderNumber: typeof data.number === "number" ? data.number : null,
    status: row.kind === "STATUS_CHANGED" || row.kind === "RATE_REQUEST" ? (data.status ?? null) : null,
    title,
    body,
    createdAt: row.createdAt,
    readAt: row.readAt,
    read: row.readAt != null,
  };
}

/**
 * The same fields serve employees (their notification centre) and residents (their outbox): the
 * session decides whose notifications they are; nobody reads anyone else's.
 */
@Resolver(() => Notification)
export class NotificationsResolver {
  @Authorized("EMPLOYEE", "RESIDENT")
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  async notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.notifications.list(ctx.viewer, args);
    const nodes = page.nodes.map((row) => toNotification(row, ctx.locale));
    return { ...page, nodes, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })) };
  }

  @Authorized("EMPLOYEE", "RESIDENT")
  @Query(() => Int, { description: "How many of the viewer's notifications are unread (the bell's badge)." })
  notificationsUnreadCount(@Ctx() ctx: Context) {
    return ctx.services.notifications.unreadCount(ctx.viewer);
  }

  @Authorized("EMPLOYEE", "RESIDENT")
  @Mutation(() => Notification, { description: "Marks one of the viewer's notifications read." })
  async notificationMarkRead(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return toNotification(await ctx.services.notifications.markRead(ctx.viewer, id), ctx.locale);
  }

  @Authorized("EMPLOYEE", "RESIDENT")
  @Mutation(() => Int, { description: "Marks all of the viewer's notifications read; returns how many were unread." })
  notificationsMarkAllRead(@Ctx() ctx: Context) {
    return ctx.services.notifications.markAllRead(ctx.viewer);
  }

  @Authorized("EMPLOYEE", "RESIDENT")
  @Subscription(() => NotificationAdded, {
    description: "A new notification of the viewer (only their own), with their unread count.",
    topics: Topic.NOTIFICATION_ADDED,
    topicId: organizationChannel,
    filter: ({ payload, context }: { payload: TopicPayloads["NOTIFICATION_ADDED"]; context: { viewer: Viewer } }) => addressedTo(context.viewer, payload) !== undefined,
  })
  async notificationAdded(@Root() event: TopicPayloads["NOTIFICATION_ADDED"], @Ctx() ctx: Context): Promise<NotificationAdded> {
    const found = await ctx.services.notifications.forSubscriber(ctx.viewer, event);
    // The filter let only the addressee through; a row gone since (its order deleted) reads as nothing new.
    if (!found) throw new Error("notification not found");
    return { notification: toNotification(found.notification, ctx.locale), unreadCount: found.unreadCount };
  }
}
