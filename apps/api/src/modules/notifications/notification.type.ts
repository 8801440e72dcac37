import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../shared/pagination.js";
import { OrderStatus } from "../../shared/graphql-enums.js";
import { NOTIFICATION_KINDS, type NotificationKind as Kind } from "./render.js";

export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(NotificationKind, {
  name: "NotificationKind",
  valuesConfig: {
    NEW_ORDER: { description: "Staff: a new order matching the role's notification settings." },
    ASSIGNED: { description: "Staff: the employee was made an executor of the order by someone else (pushed to their devices)." },
    CHAT_MESSAGE: { description: "Staff: the resident wrote in the chat of an order the employee executes. Resident: staff wrote in the chat of their order." },
    IMPORTANT_COMMENT: { description: "Staff: an important comment on an order the employee executes." },
    REFUND_REQUEST: { description: "Staff: a resident asked for a refund (with paid services)." },
    STATUS_CHANGED: { description: "Resident: their order's status changed (not by them)." },
    RATE_REQUEST: { description: "Resident: their order is done, please rate it (once per completion)." },
    REFUND_DECIDED: { description: "Resident: staff confirmed or rejected their refund request." },
    INVOICE_ISSUED: { description: "Resident: an invoice of their order was issued and can be paid in the app («Выставлен счёт»)." },
    REFUND_SUCCEEDED: { description: "Resident: the acquirer returned the money of a refund of their order." },
    PAYMENT_ALERT: { description: "Staff (refund permission and «Возврат денежных средств» on): a payment notification was refused and needs a person." },
  },
});

@ObjectType({
  description:
    "A notification of the viewer: an employee's notification centre entry or a resident's outbox entry (the contract a push service delivers from). Title and body are rendered Russian text.",
})
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: Kind;

  @Field(() => ID, { nullable: true })
  orderId: string | null;

  @Field(() => Int, { nullable: true, description: "The order's number (opens /exploitation/dispatcher/orders/<number>)." })
  orderNumber: number | null;

  @Field(() => OrderStatus, { nullable: true, description: "The new status, for STATUS_CHANGED and RATE_REQUEST (DONE)." })
  status: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;

  @Field(() => Boolean)
  read: boolean;
}

export const NotificationConnection = Connection(Notification);

@ObjectType({ description: "A new notification of the subscriber, with their unread count after it." })
export class NotificationAdded {
  @Field(() => Notification)
  notification: Notification;

  @Field(() => Int)
  unreadCount: number;
}
