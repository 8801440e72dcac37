import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { clearSessionCookie, clientAddress, setSessionCookie, userAgent } from "../../shared/auth/cookies.js";
import { requireAuthenticated } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { notFound } from "../../shared/errors.js";
import { ResidentClient } from "../clients/client.type.js";
import { Organization } from "../organization/organization.type.js";
import { Employee } from "../staff/staff.type.js";
import type { IssuedSession } from "./auth.service.js";
import { AuthPayload, Me, ResidentCodeRequestPayload, ViewerKind } from "./auth.type.js";

type MeSource = { viewer: Exclude<Viewer, { kind: "ANONYMOUS" }> };

function toMe(viewer: Viewer): Me {
  const v = requireAuthenticated(viewer);
  return {
    kind: ViewerKind[v.kind],
    organizationId: v.organizationId,
    permissions: v.kind === "EMPLOYEE" ? [...v.permissions].sort() : [],
    viewer: v,
  } as Me & MeSource;
}

@Resolver(() => Me)
export class AuthResolver {
  @Authorized()
  @Query(() => Me, { description: "The signed-in viewer." })
  me(@Ctx() ctx: Context): Me {
    return toMe(ctx.viewer);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() me: Me, @Ctx() ctx: Context): Promise<Organization> {
    const organization = await ctx.loaders.organization.load(me.organizationId);
    if (!organization) throw notFound("Организация");
    return organization;
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@Root() me: Me & MeSource, @Ctx() ctx: Context) {
    return me.viewer.kind === "EMPLOYEE" ? ctx.loaders.employee.load(me.viewer.employeeId) : null;
  }

  @FieldResolver(() => ResidentClient, { nullable: true })
  client(@Root() me: Me & MeSource, @Ctx() ctx: Context) {
    return me.viewer.kind === "RESIDENT" ? ctx.loaders.client.load(me.viewer.clientId) : null;
  }

  @Mutation(() => AuthPayload, { description: "Staff sign-in with email and password; also sets the session cookie." })
  async authLogin(@Arg("email", () => String) email: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const session = await ctx.services.auth.employeeLogin(email, password, userAgent(ctx.http?.req), clientAddress(ctx.http?.req));
    return this.signedIn(ctx, session);
  }

  @Mutation(() => ResidentCodeRequestPayload, { description: "Sends a one-time sign-in code to a resident's phone." })
  residentCodeRequest(@Arg("phone", () => String) phone: string, @Ctx() ctx: Context): Promise<ResidentCodeRequestPayload> {
    return ctx.services.auth.requestResidentCode(phone, clientAddress(ctx.http?.req));
  }

  @Mutation(() => AuthPayload, {
    description: "Resident sign-in with the one-time code. organizationId is needed only when the phone is a client of several organizations.",
  })
  async residentLogin(
    @Arg("phone", () => String) phone: string,
    @Arg("code", () => String) code: string,
    @Arg("organizationId", () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const session = await ctx.services.auth.residentLogin(phone, code, organizationId, userAgent(ctx.http?.req));
    return this.signedIn(ctx, session);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the current session and clears the cookie." })
  async authLogout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.viewer);
    if (ctx.http) clearSessionCookie(ctx.http.res, ctx.services.config.cookieSecure);
    return true;
  }

  private signedIn(ctx: Context, session: IssuedSession): AuthPayload {
    if (ctx.http) setSessionCookie(ctx.http.res, session.token, session.expiresAt, ctx.services.config.cookieSecure);
    ctx.viewer = session.viewer;
    ctx.loaders = ctx.services.loadersFor(session.viewer);
    return { token: session.token, expiresAt: session.expiresAt, me: toMe(session.viewer) };
  }
}
