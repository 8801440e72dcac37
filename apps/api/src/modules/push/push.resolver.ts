import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { PushSubscription, PushSubscriptionInput, ResidentPushSubscription } from "./push.type.js";

/**
 * Web Push for the field apps: the server's VAPID public key (applicationServerKey) and the
 * viewer's own device subscriptions, one pair of mutations for employees and one for residents.
 */
@Resolver()
export class PushResolver {
  @Authorized("EMPLOYEE", "RESIDENT")
  @Query(() => String, { description: "The VAPID public key (base64url) a browser subscribes with (PushManager.subscribe's applicationServerKey)." })
  pushPublicKey(@Ctx() ctx: Context) {
    return ctx.services.push.publicKey(ctx.viewer);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => PushSubscription, { description: "Registers this device of the signed-in employee for Web Push; the same endpoint again updates it." })
  pushSubscriptionRegister(@Arg("input", () => PushSubscriptionInput) input: PushSubscriptionInput, @Ctx() ctx: Context) {
    return ctx.services.push.registerStaff(ctx.viewer, input);
  }

  @Authorized("EMPLOYEE")
  @Mutation(() => Boolean, { description: "Stops Web Push to this device of the employee; false when it was not registered for them." })
  pushSubscriptionUnregister(@Arg("endpoint", () => String) endpoint: string, @Ctx() ctx: Context) {
    return ctx.services.push.unregisterStaff(ctx.viewer, endpoint);
  }

  @Authorized("RESIDENT")
  @Mutation(() => ResidentPushSubscription, { description: "Registers this device of the signed-in resident for Web Push; the same endpoint again updates it." })
  residentPushSubscriptionRegister(@Arg("input", () => PushSubscriptionInput) input: PushSubscriptionInput, @Ctx() ctx: Context): Promise<ResidentPushSubscription> {
    return ctx.services.push.registerResident(ctx.viewer, input).then(({ id, endpoint, createdAt }) => ({ id, endpoint, createdAt }));
  }

  @Authorized("RESIDENT")
  @Mutation(() => Boolean, { description: "Stops Web Push to this device of the resident; false when it was not registered for them." })
  residentPushSubscriptionUnregister(@Arg("endpoint", () => String) endpoint: string, @Ctx() ctx: Context) {
    return ctx.services.push.unregisterResident(ctx.viewer, endpoint);
  }
}
