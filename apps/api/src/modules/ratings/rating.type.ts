import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Оценка качества (§14): a resident's 1–5 score of a done order." })
export class OrderRating {
  @Field(() => Int)
  score: number;

  @Field(() => String, { nullable: true, description: "Required below 3." })
  comment: string | null;

  @Field(() => GraphQLISODateTime)
  ratedAt: Date;

  @Field(() => Int, { description: "Which completion of the order (1 = the first DONE) the rating is about." })
  cycle: number;

  @Field(() => Boolean, {
    description: "The rating is about the order's latest completion. False after a reopen (and a new DONE) until the resident rates again.",
  })
  forLastCompletion: boolean;
}

@InputType()
export class OrderRateInput {
  @Field(() => ID)
  orderId: string;

  @Field(() => Int, { description: "1–5." })
  score: number;

  @Field(() => String, { nullable: true, description: "Required when the score is below 3." })
  comment?: string | null;
}
