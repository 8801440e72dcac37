import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Connection, PageArgs } from "../../shared/pagination.js";
import { Client } from "../clients/client.type.js";
import { Order } from "../orders/order.type.js";
import { Premise } from "../organization/organization.type.js";
import { ClientActivity, PartnerClientActivityInput, PartnerClientActivityResult, PartnerPremiseUpdateInput } from "./activity.type.js";

const ClientActivityConnection = Connection(ClientActivity);
const ClientOrderConnection = Connection(Order, "ClientOrder");

@Resolver(() => Client)
export class ClientActivityFieldResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => ClientActivityConnection, {
    description:
      "«Активность клиента» (§11), newest first: orders, chat messages, calls, payments, passes, surveys, meetings, meter readings. " +
      "With orderId: only entries of that order. Staff only.",
  })
  activity(
    @Root() client: Client,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderId", () => ID, { nullable: true }) orderId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.activity.activity(ctx.viewer, client.id, { ...page, orderId });
  }

  @Authorized("EMPLOYEE")
  @FieldResolver(() => ClientOrderConnection, { description: "The client's orders, newest first (those the viewer may see)." })
  orders(@Root() client: Client, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.activity.ordersOf(ctx.viewer, { clientId: client.id }, page);
  }
}

const PremiseOrderConnection = Connection(Order, "PremiseOrder");

/** The premise card (§15): its orders and its activity. */
@Resolver(() => Premise)
export class PremiseActivityFieldResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => PremiseOrderConnection, { description: "Orders raised at the premise, newest first (those the viewer may see). Staff only." })
  orders(@Root() premise: Premise, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.activity.ordersOf(ctx.viewer, { premiseId: premise.id }, page);
  }

  @Authorized("EMPLOYEE")
  @FieldResolver(() => ClientActivityConnection, {
    description:
      "The premise's activity, newest first: the orders raised at it and the partner entries tied to it (payments, meter readings, passes…). Staff only.",
  })
  activity(@Root() premise: Premise, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.activity.premiseActivity(ctx.viewer, premise.id, page);
  }
}

@Resolver()
export class PartnerResolver {
  @Authorized("INTEGRATION")
  @Mutation(() => PartnerClientActivityResult, {
    description: "Partner systems (integration token): a client activity, idempotent by (source, externalId).",
  })
  async partnerClientActivityUpsert(@Arg("input", () => PartnerClientActivityInput) input: PartnerClientActivityInput, @Ctx() ctx: Context) {
    const [result] = await ctx.services.activity.partnerUpsert(ctx.viewer, [input], "input");
    return result;
  }

  @Authorized("INTEGRATION")
  @Mutation(() => [PartnerClientActivityResult], {
    description: "Partner systems (integration token): up to 500 activities at once, all or nothing; results in input order.",
  })
  partnerClientActivitiesUpsert(@Arg("inputs", () => [PartnerClientActivityInput]) inputs: PartnerClientActivityInput[], @Ctx() ctx: Context) {
    return ctx.services.activity.partnerUpsert(ctx.viewer, inputs);
  }

  @Authorized("INTEGRATION")
  @Mutation(() => Premise, { description: "Partner systems (integration token): a premise's utility balance and/or personal account." })
  async partnerPremiseUpdate(@Arg("input", () => PartnerPremiseUpdateInput) input: PartnerPremiseUpdateInput, @Ctx() ctx: Context) {
    const [premise] = await ctx.services.activity.partnerPremiseUpdate(ctx.viewer, [input], "input");
    return premise;
  }

  @Authorized("INTEGRATION")
  @Mutation(() => [Premise], { description: "Partner systems (integration token): up to 500 premise updates at once, all or nothing." })
  partnerPremisesUpdate(@Arg("inputs", () => [PartnerPremiseUpdateInput]) inputs: PartnerPremiseUpdateInput[], @Ctx() ctx: Context) {
    return ctx.services.activity.partnerPremiseUpdate(ctx.viewer, inputs);
  }
}
