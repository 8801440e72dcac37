import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { IntegrationToken, IntegrationTokenCreated } from "./integrations.type.js";

@Resolver(() => IntegrationToken)
export class IntegrationsResolver {
  @Authorized("INTEGRATIONS_MANAGE")
  @Query(() => [IntegrationToken], { description: "Integration tokens of the organization, active first." })
  integrationTokens(@Ctx() ctx: Context) {
    return ctx.services.integrations.list(ctx.viewer);
  }

  @Authorized("INTEGRATIONS_MANAGE")
  @Mutation(() => IntegrationTokenCreated, { description: "A new partner token; the token itself is returned only here." })
  integrationTokenCreate(@Arg("name", () => String) name: string, @Ctx() ctx: Context) {
    return ctx.services.integrations.create(ctx.viewer, name);
  }

  @Authorized("INTEGRATIONS_MANAGE")
  @Mutation(() => IntegrationToken, { description: "Revokes a token at once." })
  integrationTokenRevoke(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.integrations.revoke(ctx.viewer, id);
  }
}
