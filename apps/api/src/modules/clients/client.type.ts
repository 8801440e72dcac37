import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from "type-graphql";

@ObjectType({ description: "Клиент (житель)." })
export class Client {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String, { description: "E.164, e.g. +79161234567." })
  phone: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  avatarUrl: string | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "Last sign-in to the resident app." })
  lastAppLoginAt: Date | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

/**
 * A resident's own client record as they see it: contact data they gave, never the staff's tags or
 * note. A new client field stays off this type until residents may see it.
 */
@ObjectType({ description: "The signed-in resident's own record." })
export class ResidentClient {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fullName: string;

  @Field(() => String, { description: "E.164, e.g. +79161234567." })
  phone: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  avatarUrl: string | null;
}

@InputType()
export class ClientUpdateInput {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
