import { Field, GraphQLISODateTime, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A stored file: an order document, a chat attachment, a report export." })
export class StoredFile {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "The original name, as the uploader's device had it." })
  fileName: string;

  @Field(() => String, { description: "Sniffed from the bytes on upload, never the client's claim." })
  contentType: string;

  @Field(() => Int, { description: "Size in bytes." })
  size: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
