import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from "type-graphql";

@InputType({ description: "A browser's push subscription (PushSubscription.toJSON(): endpoint and keys), registered for the viewer's device." })
export class PushSubscriptionInput {
  @Field(() => String, { description: "The push service's URL for this device: https (plain http only to localhost outside production), at most 2,048 characters." })
  endpoint: string;

  @Field(() => String, { description: "keys.p256dh: the device's P-256 public key, base64url (65 bytes)." })
  p256dh: string;

  @Field(() => String, { description: "keys.auth: the authentication secret, base64url (16 bytes)." })
  auth: string;

  @Field(() => String, { nullable: true, description: "The browser's user agent, to tell devices apart; at most 512 characters." })
  userAgent?: string | null;

  @Field(() => String, { nullable: true, description: "The app's locale when it registers (ru or en; absent: ru): the device's notifications are written in it. Registering again updates it." })
  locale?: string | null;
}

@ObjectType({ description: "An employee's device registered for Web Push (the employee app /m)." })
export class PushSubscription {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  endpoint: string;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { description: "The language its notifications are written in (ru, en)." })
  locale: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When a push last reached the device's push service." })
  lastSuccessAt: Date | null;
}

@ObjectType({ description: "A resident's device registered for Web Push (the resident app /r)." })
export class ResidentPushSubscription {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  endpoint: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
