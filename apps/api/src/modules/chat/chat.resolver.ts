import { firstNameOf } from "@domovoy/domain";
import { Arg, Authorized, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context.js";
import type { TopicPayloads } from "../../pubsub.js";
import { StoredFile } from "../files/file.type.js";
import { Order } from "../orders/order.type.js";
import { ResidentOrder } from "../orders/resident-order.type.js";
import type { OrderRow } from "../orders/orders.repository.js";
import { Employee } from "../staff/staff.type.js";
import type { ChatMessageRow, ReplyTemplateRow, ScheduledMessageRow } from "./chat.repository.js";
import {
  ChatAuthor,
  ChatMessage,
  ChatMessageChange,
  ChatMessageState,
  ReplyTemplate,
  ResidentChatAuthor,
  ResidentChatMessage,
  ResidentChatMessageChange,
  ScheduledMessage,
} from "./chat.type.js";
import { ReplyTemplateInput, ReplyTemplateUpdateInput } from "./reply-template.input.js";

@Resolver(() => ChatMessage)
export class ChatMessageResolver {
  @Authorized("EMPLOYEE")
  @Mutation(() => ChatMessage, { description: "Sends a message to the order's chat: text (≤4000) and/or one uploaded file (purpose CHAT_ATTACHMENT)." })
  chatMessageSend(
    @Arg("orderId", () => ID) orderId: string,
    @Arg("text", () => String, { nullable: true }) text: string | null,
    @Arg("fileId", () => ID, { nullable: true }) fileId: string | null,
    @Arg("idempotencyKey", () => String, { nullable: true, description: "Sent again with the same key, the message is not posted twice: the first one is returned (see OrderCreateInput.idempotencyKey)." })
    idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.chat.send(ctx.viewer, { orderId, text, fileId, idempotencyKey });
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => ChatMessage, { description: "The author edits their message within one hour of sending (FORBIDDEN, reason EDIT_WINDOW_CLOSED, later)." })
  chatMessageEdit(@Arg("id", () => ID) id: string, @Arg("text", () => String) text: string, @Ctx() ctx: Context) {
    return ctx.services.chat.edit(ctx.viewer, id, text);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => ChatMessage, { description: "The author deletes their message within one hour; a tombstone stays, the file is deleted." })
  chatMessageDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.chat.delete(ctx.viewer, id);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Order, { description: "Staff have read the resident's messages (all, or up to one), for all staff. Residents: residentChatMarkRead." })
  chatMarkRead(@Arg("orderId", () => ID) orderId: string, @Arg("upToMessageId", () => ID, { nullable: true }) upToMessageId: string | null, @Ctx() ctx: Context) {
    return ctx.services.chat.markRead(ctx.viewer, orderId, upToMessageId);
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => ChatMessageChange, {
    description: "Messages of one order's chat were added, edited, deleted or read (staff who see the order; residents: residentChatMessageChanged).",
    subscribe: ({ args, context }) => (context as Context).services.chat.changes((context as Context).viewer, (args as { orderId: string }).orderId),
  })
  chatMessageChanged(@Arg("orderId", () => ID) _orderId: string, @Root() change: TopicPayloads["CHAT_MESSAGE_CHANGED"], @Ctx() ctx: Context) {
    return ctx.services.chat.changeFor(ctx.viewer, change);
  }

  @FieldResolver(() => ChatAuthor)
  async author(@Root() message: ChatMessageRow, @Ctx() ctx: Context): Promise<ChatAuthor> {
    if (message.authorKind === "RESIDENT" && message.authorClientId) {
      const client = await ctx.loaders.client.load(message.authorClientId);
      return { kind: "RESIDENT", name: client?.fullName ?? "", employee: null };
    }
    const employee = message.authorEmployeeId ? await ctx.loaders.employee.load(message.authorEmployeeId) : null;
    return { kind: message.authorKind, name: employee?.fullName ?? "", employee };
  }
}

/** The order's resident in its chat: the same use cases, answered as `ResidentChatMessage`. */
@Resolver(() => ResidentChatMessage)
export class ResidentChatMessageResolver {
  @Authorized("RESIDENT")
  @Mutation(() => ResidentChatMessage, { description: "The resident writes to their order's chat: text (≤4000) and/or one uploaded file (purpose CHAT_ATTACHMENT)." })
  residentChatMessageSend(
    @Arg("orderId", () => ID) orderId: string,
    @Arg("text", () => String, { nullable: true }) text: string | null,
    @Arg("fileId", () => ID, { nullable: true }) fileId: string | null,
    @Arg("idempotencyKey", () => String, { nullable: true, description: "Sent again with the same key, the message is not posted twice: the first one is returned (see OrderCreateInput.idempotencyKey)." })
    idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.chat.send(ctx.viewer, { orderId, text, fileId, idempotencyKey });
  }

  @Authorized("RESIDENT")
  @Mutation(() => ResidentChatMessage, { description: "The resident edits their message within one hour of sending." })
  residentChatMessageEdit(@Arg("id", () => ID) id: string, @Arg("text", () => String) text: string, @Ctx() ctx: Context) {
    return ctx.services.chat.edit(ctx.viewer, id, text);
  }

  @Authorized("RESIDENT")
  @Mutation(() => ResidentChatMessage, { description: "The resident deletes their message within one hour; a tombstone stays, the file is deleted." })
  residentChatMessageDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.chat.delete(ctx.viewer, id);
  }

  @Authorized("RESIDENT")
  @Subscription(() => ResidentChatMessageChange, {
    description: "Messages of the resident's order's chat were added, edited, deleted or read.",
    subscribe: ({ args, context }) => (context as Context).services.chat.changes((context as Context).viewer, (args as { orderId: string }).orderId),
  })
  residentChatMessageChanged(@Arg("orderId", () => ID) _orderId: string, @Root() change: TopicPayloads["CHAT_MESSAGE_CHANGED"], @Ctx() ctx: Context) {
    return ctx.services.chat.changeFor(ctx.viewer, change);
  }

  @FieldResolver(() => ResidentChatAuthor, { description: "Employees by first name only (their app adds «Управляющая организация»)." })
  async author(@Root() message: ChatMessageRow, @Ctx() ctx: Context): Promise<ResidentChatAuthor> {
    if (message.authorKind === "RESIDENT" && message.authorClientId) {
      const client = await ctx.loaders.client.load(message.authorClientId);
      return { kind: "RESIDENT", name: client?.fullName ?? "" };
    }
    const employee = message.authorEmployeeId ? await ctx.loaders.employee.load(message.authorEmployeeId) : null;
    return { kind: message.authorKind, name: firstNameOf(employee?.fullName) };
  }
}

/** What a message shows depends on the viewer (tombstones, own messages); the same on both message types. */
function messageFields(messageType: typeof ChatMessage | typeof ResidentChatMessage) {
  @Resolver(() => messageType)
  class ChatMessageFields {
    @FieldResolver(() => String, { nullable: true, description: "Null once deleted." })
    text(@Root() message: ChatMessageRow, @Ctx() ctx: Context) {
      return ctx.services.chat.present(ctx.viewer, message).text;
    }

    @FieldResolver(() => StoredFile, { nullable: true, description: "At most one file; null once deleted." })
    file(@Root() message: ChatMessageRow, @Ctx() ctx: Context) {
      return message.deletedAt || !message.fileId ? null : ctx.loaders.storedFile.load(message.fileId);
    }

    @FieldResolver(() => Boolean, { description: "A tombstone: text and file are gone." })
    deleted(@Root() message: ChatMessageRow) {
      return message.deletedAt !== null;
    }

    @FieldResolver(() => GraphQLISODateTime, { nullable: true })
    deletedAt(@Root() message: ChatMessageRow) {
      return message.deletedAt;
    }

    @FieldResolver(() => ChatMessageState, { description: "SENT (one tick) until the other side has seen it: READ (two ticks)." })
    state(@Root() message: ChatMessageRow) {
      return message.readAt ? ChatMessageState.READ : ChatMessageState.SENT;
    }

    @FieldResolver(() => GraphQLISODateTime, { nullable: true })
    readAt(@Root() message: ChatMessageRow) {
      return message.readAt;
    }

    @FieldResolver(() => Boolean, { description: "Written by the viewer (staff: by this employee)." })
    mine(@Root() message: ChatMessageRow, @Ctx() ctx: Context) {
      return ctx.services.chat.present(ctx.viewer, message).mine;
    }

    @FieldResolver(() => Boolean, { description: "Written by the viewer's side (staff: by any employee)." })
    ourSide(@Root() message: ChatMessageRow, @Ctx() ctx: Context) {
      return message.authorKind === (ctx.viewer.kind === "EMPLOYEE" ? "EMPLOYEE" : "RESIDENT");
    }

    @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: "Own messages: editable and deletable until then (the server checks again)." })
    editableUntil(@Root() message: ChatMessageRow, @Ctx() ctx: Context) {
      return ctx.services.chat.present(ctx.viewer, message).editableUntil;
    }

    @FieldResolver(() => Int)
    revision(@Root() message: ChatMessageRow) {
      return message.revision;
    }
  }
  return ChatMessageFields;
}

export const ChatMessageFieldResolver = messageFields(ChatMessage);
export const ResidentChatMessageFieldResolver = messageFields(ResidentChatMessage);

/** The chat fields of an order, the same on the staff `Order` and the resident's `ResidentOrder`. */
function chatFields(orderType: typeof Order | typeof ResidentOrder, messageType: typeof ChatMessage | typeof ResidentChatMessage) {
  @Resolver(() => orderType)
  class OrderChatFields {
    @FieldResolver(() => [messageType], { description: "«Переписка с клиентом», oldest first (staff who see the order and its resident)." })
    chatMessages(@Root() order: OrderRow, @Ctx() ctx: Context) {
      return ctx.loaders.chatMessagesOfOrder.load(order.id);
    }

    @FieldResolver(() => Int, { description: "Messages of the other side the viewer's side has not read yet." })
    chatUnreadCount(@Root() order: OrderRow, @Ctx() ctx: Context) {
      return ctx.loaders.chatUnreadCountOfOrder.load(order.id);
    }

    @FieldResolver(() => Boolean, { description: "The order has a client to write to." })
    chatAvailable(@Root() order: OrderRow) {
      return order.clientId !== null;
    }
  }
  return OrderChatFields;
}

export const OrderChatFieldResolver = chatFields(Order, ChatMessage);
export const ResidentOrderChatFieldResolver = chatFields(ResidentOrder, ResidentChatMessage);

@Resolver(() => Order)
export class ScheduledMessagesFieldResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => [ScheduledMessage], { description: "«Запланированные»: pending scheduled chat messages, soonest first (staff only)." })
  scheduledMessages(@Root() order: OrderRow, @Ctx() ctx: Context) {
    return ctx.loaders.scheduledMessagesOfOrder.load(order.id);
  }
}

@Resolver(() => ScheduledMessage)
export class ScheduledMessageResolver {
  @Authorized("EMPLOYEE")
  @Mutation(() => ScheduledMessage, { description: "«Запланировать»: text and/or one file, delivered to the chat at sendAt (in the future) as the viewer." })
  scheduledMessageCreate(
    @Arg("orderId", () => ID) orderId: string,
    @Arg("text", () => String, { nullable: true }) text: string | null,
    @Arg("fileId", () => ID, { nullable: true }) fileId: string | null,
    @Arg("sendAt", () => GraphQLISODateTime) sendAt: Date,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.chat.schedule(ctx.viewer, { orderId, text, fileId, sendAt });
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => ChatMessage, { description: "«Отправить сейчас»: delivers a pending scheduled message at once (CONFLICT if already sent)." })
  scheduledMessageSendNow(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.chat.sendNow(ctx.viewer, id);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => ScheduledMessage, { description: "Moves a pending scheduled message to another time in the future." })
  scheduledMessageReschedule(@Arg("id", () => ID) id: string, @Arg("sendAt", () => GraphQLISODateTime) sendAt: Date, @Ctx() ctx: Context) {
    return ctx.services.chat.reschedule(ctx.viewer, id, sendAt);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Boolean, { description: "Deletes a pending scheduled message; it is never delivered." })
  scheduledMessageDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.chat.unschedule(ctx.viewer, id);
  }

  @FieldResolver(() => StoredFile, { nullable: true })
  file(@Root() scheduled: ScheduledMessageRow, @Ctx() ctx: Context) {
    return scheduled.fileId ? ctx.loaders.storedFile.load(scheduled.fileId) : null;
  }

  @FieldResolver(() => Employee, { description: "Who scheduled it; the delivered message is theirs." })
  author(@Root() scheduled: ScheduledMessageRow, @Ctx() ctx: Context) {
    return ctx.loaders.employee.load(scheduled.authorEmployeeId);
  }
}

/** Values per order, computed once per request however many templates are rendered. */
const renderValues = new WeakMap<Context, Map<string, ReturnType<Context["services"]["replyTemplates"]["valuesFor"]>>>();

@Resolver(() => ReplyTemplate)
export class ReplyTemplateResolver {
  @Authorized("EMPLOYEE")
  @Query(() => [ReplyTemplate], { description: "Reply templates of the organization, by title." })
  replyTemplates(@Ctx() ctx: Context) {
    return ctx.services.replyTemplates.list(ctx.viewer);
  }

  @Authorized("SERVICES_MANAGE")
  @Mutation(() => ReplyTemplate)
  replyTemplateCreate(@Arg("input", () => ReplyTemplateInput) input: ReplyTemplateInput, @Ctx() ctx: Context) {
    return ctx.services.replyTemplates.create(ctx.viewer, input);
  }

  @Authorized("SERVICES_MANAGE")
  @Mutation(() => ReplyTemplate)
  replyTemplateUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => ReplyTemplateUpdateInput) input: ReplyTemplateUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.replyTemplates.update(ctx.viewer, id, input);
  }

  @Authorized("SERVICES_MANAGE")
  @Mutation(() => Boolean)
  replyTemplateDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.replyTemplates.delete(ctx.viewer, id);
  }

  @FieldResolver(() => String, { description: "The text with placeholders filled in for an order the viewer sees, as the viewer." })
  async rendered(@Root() template: ReplyTemplateRow, @Arg("orderId", () => ID) orderId: string, @Ctx() ctx: Context) {
    let perOrder = renderValues.get(ctx);
    if (!perOrder) renderValues.set(ctx, (perOrder = new Map()));
    let values = perOrder.get(orderId);
    if (!values) {
      const viewer = ctx.viewer;
      values = (async () => {
        const employeeName = viewer.kind === "EMPLOYEE" ? ((await ctx.loaders.employee.load(viewer.employeeId))?.fullName ?? "") : "";
        return ctx.services.replyTemplates.valuesFor(viewer, orderId, employeeName);
      })();
      perOrder.set(orderId, values);
    }
    return ctx.services.replyTemplates.render(template, await values);
  }
}
