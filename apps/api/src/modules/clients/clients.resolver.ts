import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context.js";
import type { TopicPayloads } from "../../pubsub.js";
import { Connection, PageArgs } from "../../shared/pagination.js";
import { Premise, ResidentPremise } from "../organization/organization.type.js";
import { Client, ClientUpdateInput, ResidentClient } from "./client.type.js";

const ClientConnection = Connection(Client);

@ObjectType({ description: "A premise the client lives in or owns." })
export class ClientPremise {
  @Field(() => Boolean)
  isOwner: boolean;

  @Field(() => Premise)
  premise: Premise;
}

@ObjectType({ description: "A premise the resident lives in or owns." })
export class ResidentClientPremise {
  @Field(() => Boolean)
  isOwner: boolean;

  @Field(() => ResidentPremise)
  premise: ResidentPremise;
}

/** The resident's own record (`me.client`). */
@Resolver(() => ResidentClient)
export class ResidentClientResolver {
  @FieldResolver(() => [ResidentClientPremise])
  premises(@Root() client: ResidentClient, @Ctx() ctx: Context) {
    return ctx.loaders.premisesOfClient.load(client.id);
  }
}

@Resolver(() => Client)
export class ClientsResolver {
  @Authorized("EMPLOYEE")
  @Query(() => ClientConnection, {
    description: "Clients of the organization, by name; search matches name, phone and address. Without ORDERS_READ_ALL or CLIENTS_MANAGE: the clients of the orders the viewer executes.",
  })
  clients(@Args(() => PageArgs) page: PageArgs, @Arg("search", () => String, { nullable: true }) search: string | null, @Ctx() ctx: Context) {
    return ctx.services.clients.list(ctx.viewer, { ...page, search });
  }

  @Authorized("EMPLOYEE")
  @Query(() => Client, { description: "Staff with ORDERS_READ_ALL or CLIENTS_MANAGE read any client; other staff those of the orders they execute." })
  client(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.clients.get(ctx.viewer, id);
  }

  @Authorized("CLIENTS_MANAGE")
  @Mutation(() => Client)
  clientUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => ClientUpdateInput) input: ClientUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.clients.update(ctx.viewer, id, input);
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => Client, {
    description: "A client the viewer may read changed (also: their premises' billing data or activity); with id, only that client.",
    subscribe: ({ args, context }) => (context as Context).services.clients.updates((context as Context).viewer, (args as { id?: string | null }).id ?? null),
  })
  clientUpdated(
    @Arg("id", () => ID, { nullable: true }) _id: string | null,
    @Root() event: TopicPayloads["CLIENT_UPDATED"],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.clients.get(ctx.viewer, event.clientId);
  }

  @FieldResolver(() => [ClientPremise])
  premises(@Root() client: Client, @Ctx() ctx: Context) {
    return ctx.loaders.premisesOfClient.load(client.id);
  }
}
