import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from "type-graphql";

@ObjectType({ description: "A comment for colleagues: staff-only, never edited or deleted." })
export class OrderComment {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  text: string;

  @Field(() => Boolean, { description: "«Важный»: lifts the order and shows its label until an employee opens it." })
  important: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  authorEmployeeId: string;
  orderId: string;
}

@InputType()
export class OrderCommentCreateInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => String)
  text: string;

  @Field(() => Boolean, { nullable: true })
  important?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "A key the client made for this comment: sent again (a lost answer), it returns the same comment; with other input it is a CONFLICT (IDEMPOTENCY_KEY_REUSED).",
  })
  idempotencyKey?: string | null;
}
