import { Arg, Authorized, Field, ID, ObjectType, registerEnumType, Resolver, Root, Subscription } from "type-graphql";
import { organizationChannel, Topic, type DirectoryAction as Action, type DirectoryKind as Kind, type TopicPayloads } from "../../pubsub.js";
import { enumOf } from "../../shared/graphql-enums.js";

export const DirectoryKind = enumOf<Kind>(["BUILDING", "PREMISE", "QUARTER", "OBJECT_GROUP", "LEGAL_ENTITY", "DEPARTMENT", "ROLE", "SERVICE"]);
registerEnumType(DirectoryKind, { name: "DirectoryKind", description: "A kind of reference data with an admin list." });

export const DirectoryAction = enumOf<Action>(["CREATED", "UPDATED", "DELETED"]);
registerEnumType(DirectoryAction, { name: "DirectoryAction" });

@ObjectType({ description: "Reference data changed: an open admin list adds or re-reads the rows, or drops the deleted ones." })
export class DirectoryChange {
  @Field(() => DirectoryKind)
  kind: Kind;

  @Field(() => DirectoryAction)
  action: Action;

  @Field(() => [ID], { description: "The changed rows; empty when too many to name (an import): re-read the list." })
  ids: string[];
}

@Resolver()
export class DirectoryResolver {
  @Authorized("EMPLOYEE")
  @Subscription(() => DirectoryChange, {
    description:
      "Buildings, premises, quarters, object groups, legal entities, departments, roles or services of the viewer's organization were created, changed or deleted (by anyone, from any instance). One event per change, the same for every subscriber; `kinds` keeps only those kinds.",
    topics: Topic.DIRECTORY_CHANGED,
    topicId: organizationChannel,
    filter: ({ payload, args }: { payload: TopicPayloads["DIRECTORY_CHANGED"]; args: { kinds?: Kind[] | null } }) =>
      !args.kinds || args.kinds.length === 0 || args.kinds.includes(payload.kind),
  })
  directoryChanged(
    @Arg("kinds", () => [DirectoryKind], { nullable: true, description: "Only these kinds (all when empty)." }) _kinds: Kind[] | null,
    @Root() change: TopicPayloads["DIRECTORY_CHANGED"],
  ): DirectoryChange {
    return change;
  }
}
