import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "An item of an order's checklist (copied from the service's template when the order was created). Staff only." })
export class OrderChecklistItem {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "0-based place in the checklist." })
  position: number;

  @Field(() => String)
  title: string;

  @Field(() => Boolean, { description: "Counts for the service's «Нельзя закрыть без чек-листа»." })
  required: boolean;

  @Field(() => Boolean)
  photoRequired: boolean;

  @Field(() => Boolean)
  noteRequired: boolean;

  @Field(() => Boolean)
  done: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was ticked (null while not done)." })
  doneAt: Date | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int, { description: "Changes with every tick, untick or note: pass it back to `orderChecklistItemSet`." })
  version: number;

  orderId: string;
  doneByEmployeeId: string | null;
  documentId: string | null;
}

@InputType()
export class OrderChecklistItemSetInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The item's version the change was made on; another change in between is CONFLICT (STALE_VERSION)." })
  version: number;

  @Field(() => Boolean)
  done: boolean;

  @Field(() => String, { nullable: true, description: "Replaces the note (\"\" clears it); null or absent keeps it. At most 2,000 characters." })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A photo uploaded through POST /files (purpose ORDER_DOCUMENT, this order): it becomes one of the order's documents and the item's photo.",
  })
  photoFileId?: string | null;
}
