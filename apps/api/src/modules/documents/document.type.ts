import { Field, GraphQLISODateTime, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A document of an order (§18): a staff-only file, at most 15 per order." })
export class OrderDocument {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  orderId: string;
  fileId: string;
  uploadedByEmployeeId: string;
}
