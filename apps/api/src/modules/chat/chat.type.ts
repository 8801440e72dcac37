import { Authorized, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from "type-graphql";
import { ActorKind } from "../orders/order.type.js";
import { Employee } from "../staff/staff.type.js";

export const ChatMessageState = { SENT: "SENT", READ: "READ" } as const;
export type ChatMessageState = (typeof ChatMessageState)[keyof typeof ChatMessageState];
registerEnumType(ChatMessageState, { name: "ChatMessageState", description: "One tick: sent; two ticks: the other side has seen it." });

export const ChatChangeKind = { ADDED: "ADDED", EDITED: "EDITED", DELETED: "DELETED", READ: "READ" } as const;
export type ChatChangeKind = (typeof ChatChangeKind)[keyof typeof ChatChangeKind];
registerEnumType(ChatChangeKind, { name: "ChatChangeKind" });

@ObjectType({ description: "Who wrote a chat message, as the viewer may see it." })
export class ChatAuthor {
  @Field(() => ActorKind)
  kind: string;

  @Field(() => String, {
    description:
      "The employee's full name; resident messages carry the client's name.",
  })
  name: string;

  @Authorized("EMPLOYEE")
  @Field(() => Employee, { nullable: true, description: "The employee who wrote it (staff only)." })
  employee: unknown;
}

@ObjectType({ description: "A message of «Переписка с клиентом» (§19): seen by staff and by the order's resident." })
export class ChatMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  orderId: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt: Date | null;
}

@ObjectType({ description: "Who wrote a chat message, as the order's resident sees it: an employee by first name, the resident by name." })
export class ResidentChatAuthor {
  @Field(() => ActorKind)
  kind: string;

  @Field(() => String)
  name: string;
}

/**
 * A chat message as the order's resident sees it. Its own type, not ChatMessage with staff fields
 * refused: a new staff field of a message stays off it until decided.
 */
@ObjectType({ description: "A message of the order's chat, as its resident sees it." })
export class ResidentChatMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  orderId: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt: Date | null;
}

@ObjectType({ description: "A change in the resident's order's chat." })
export class ResidentChatMessageChange {
  @Field(() => ChatChangeKind)
  kind: ChatChangeKind;

  @Field(() => ID)
  orderId: string;

  @Field(() => [ResidentChatMessage])
  messages: unknown[];
}

@ObjectType({ description: "A change in an order's chat; every message is re-read with the subscriber's permissions." })
export class ChatMessageChange {
  @Field(() => ChatChangeKind)
  kind: ChatChangeKind;

  @Field(() => ID)
  orderId: string;

  @Field(() => [ChatMessage])
  messages: unknown[];
}

@ObjectType({ description: "A message written now and delivered to the chat at sendAt (staff only)." })
export class ScheduledMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  orderId: string;

  @Field(() => String)
  text: string;

  @Field(() => GraphQLISODateTime)
  sendAt: Date;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: "A reply template of «Справочники» with placeholders such as {client_name}." })
export class ReplyTemplate {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  text: string;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
