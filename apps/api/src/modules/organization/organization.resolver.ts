import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { notFound } from "../../shared/errors.js";
import { Connection, PageArgs } from "../../shared/pagination.js";
import { Client } from "../clients/client.type.js";
import { Employee } from "../staff/staff.type.js";
import { Building, LegalEntity, ObjectGroup, Organization, Premise, Quarter, ResidentBuilding, ResidentPremise } from "./organization.type.js";

const BuildingConnection = Connection(Building);
const PremiseConnection = Connection(Premise);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized("EMPLOYEE", "RESIDENT")
  @Query(() => Organization, { description: "The viewer's own organization." })
  organization(@Ctx() ctx: Context) {
    return ctx.services.organization.organization(ctx.viewer);
  }

  @Authorized("EMPLOYEE")
  @Query(() => [LegalEntity], { description: "Legal entities of the organization, by name." })
  legalEntities(@Ctx() ctx: Context) {
    return ctx.services.organization.legalEntities(ctx.viewer);
  }

  @Authorized("EMPLOYEE")
  @Query(() => [Quarter], { description: "Quarters of the organization, by name." })
  quarters(@Ctx() ctx: Context) {
    return ctx.services.organization.quarters(ctx.viewer);
  }

  @Authorized("EMPLOYEE")
  @Query(() => [ObjectGroup], { description: "Object groups of the organization, by name." })
  objectGroups(@Ctx() ctx: Context) {
    return ctx.services.organization.objectGroups(ctx.viewer);
  }
}

@Resolver(() => Building)
export class BuildingResolver {
  @Authorized("EMPLOYEE")
  @Query(() => BuildingConnection, { description: "Buildings of the organization, by address; search matches the address." })
  buildings(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("archived", () => Boolean, { defaultValue: false, description: "false: the buildings in use (pickers); true: the archived ones." }) archived: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organization.buildings(ctx.viewer, { ...page, search, archived });
  }

  @Authorized("EMPLOYEE")
  @Query(() => Building)
  building(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.organization.building(ctx.viewer, id);
  }

  @FieldResolver(() => Quarter, { nullable: true })
  quarter(@Root() building: Building, @Ctx() ctx: Context) {
    return building.quarterId ? ctx.loaders.quarter.load(building.quarterId) : null;
  }

  @FieldResolver(() => ObjectGroup, { nullable: true })
  objectGroup(@Root() building: Building, @Ctx() ctx: Context) {
    return building.objectGroupId ? ctx.loaders.objectGroup.load(building.objectGroupId) : null;
  }

  @FieldResolver(() => LegalEntity, { nullable: true })
  legalEntity(@Root() building: Building, @Ctx() ctx: Context) {
    return building.legalEntityId ? ctx.loaders.legalEntity.load(building.legalEntityId) : null;
  }

  @FieldResolver(() => Int)
  premisesCount(@Root() building: Building, @Ctx() ctx: Context) {
    return ctx.loaders.premisesCountOfBuilding.load(building.id);
  }
}

@Resolver(() => Premise)
export class PremiseResolver {
  @Authorized("EMPLOYEE")
  @Query(() => PremiseConnection, {
    description: "Premises, by building and number; search matches the number (from its start) and the personal account.",
  })
  premises(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("buildingId", () => ID, { nullable: true }) buildingId: string | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("archived", () => Boolean, { defaultValue: false, description: "false: the premises in use (pickers); true: the archived ones." }) archived: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organization.premises(ctx.viewer, { ...page, buildingId, search, archived });
  }

  @Authorized("EMPLOYEE")
  @Query(() => Premise)
  premise(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.organization.premise(ctx.viewer, id);
  }

  @FieldResolver(() => Building)
  async building(@Root() premise: Premise, @Ctx() ctx: Context) {
    const building = await ctx.loaders.building.load(premise.buildingId);
    if (!building) throw notFound("Объект");
    return building;
  }

  /** Staff only: a resident must not learn who else is registered at a premise. */
  @Authorized("EMPLOYEE")
  @FieldResolver(() => [Client], { description: "Clients of the premise, owners first." })
  async clients(@Root() premise: Premise, @Ctx() ctx: Context) {
    return (await ctx.loaders.clientsOfPremise.load(premise.id)).map((row) => row.client);
  }
}

@Resolver(() => ResidentPremise)
export class ResidentPremiseResolver {
  @FieldResolver(() => ResidentBuilding)
  async building(@Root() premise: ResidentPremise, @Ctx() ctx: Context) {
    const building = await ctx.loaders.building.load(premise.buildingId);
    if (!building) throw notFound("Объект");
    return building;
  }
}

@Resolver(() => Quarter)
export class QuarterResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => [Employee])
  async administrators(@Root() quarter: Quarter, @Ctx() ctx: Context) {
    return (await ctx.loaders.administratorsOfQuarter.load(quarter.id)).map((row) => row.employee);
  }
}

@Resolver(() => ObjectGroup)
export class ObjectGroupResolver {
  @Authorized("EMPLOYEE")
  @FieldResolver(() => [Employee])
  async administrators(@Root() objectGroup: ObjectGroup, @Ctx() ctx: Context) {
    return (await ctx.loaders.administratorsOfObjectGroup.load(objectGroup.id)).map((row) => row.employee);
  }
}
