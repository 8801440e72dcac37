import { Field, GraphQLISODateTime, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A partner system's access (telephony, billing…): a `dmi_` bearer token bound to the organization." })
export class IntegrationToken {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class IntegrationTokenCreated {
  @Field(() => String, { description: "Shown once: only its hash is stored." })
  token: string;

  @Field(() => IntegrationToken)
  integrationToken: IntegrationToken;
}
