import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { checklistFromTemplate } from "@domovoy/domain";
import type { Context } from "../../context.js";
import { organizationChannel, Topic, type TopicPayloads } from "../../pubsub.js";
import { AppError, ErrorCode } from "../../shared/errors.js";
import { Connection, PageArgs } from "../../shared/pagination.js";
import { Department } from "../staff/staff.type.js";
import type { ServiceKind as Kind } from "./rules/service-settings.js";
import { PriceListItemCreateInput, PriceListItemUpdateInput, ServiceCreateInput, ServiceUpdateInput } from "./service.input.js";
import { ResidentService } from "./resident-service.type.js";
import { ChecklistTemplateItem, PriceListItem, Service, ServiceKind } from "./service.type.js";

const ServiceConnection = Connection(Service);
const ResidentServiceConnection = Connection(ResidentService);

/** What residents read of the catalog: the active services they may order, as ResidentService. */
@Resolver(() => ResidentService)
export class ResidentCatalogResolver {
  @Authorized("RESIDENT")
  @Query(() => ResidentServiceConnection, { description: "The active services a resident may order, by name; search matches the name." })
  residentServices(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("kind", () => ServiceKind, { nullable: true }) kind: Kind | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.catalog.list(ctx.viewer, { ...page, search, kind, departmentId: null, active: true });
  }

  @Authorized("RESIDENT")
  @Query(() => ResidentService, { description: "One active service (NOT_FOUND for an inactive one)." })
  residentService(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.catalog.get(ctx.viewer, id);
  }
}

@Resolver(() => Service)
export class CatalogResolver {
  @Authorized("EMPLOYEE")
  @Query(() => ServiceConnection, { description: "Services, by name; search matches the name (staff; residents read residentServices)." })
  services(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("kind", () => ServiceKind, { nullable: true }) kind: Kind | null,
    @Arg("departmentId", () => ID, { nullable: true }) departmentId: string | null,
    @Arg("active", () => Boolean, { nullable: true }) active: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.catalog.list(ctx.viewer, { ...page, search, kind, departmentId, active });
  }

  @Authorized("EMPLOYEE")
  @Query(() => Service)
  service(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.catalog.get(ctx.viewer, id);
  }

  @Authorized("SERVICES_MANAGE")
  @Mutation(() => Service)
  serviceCreate(@Arg("input", () => ServiceCreateInput) input: ServiceCreateInput, @Ctx() ctx: Context) {
    return ctx.services.catalog.create(ctx.viewer, input);
  }

  @Authorized("SERVICES_MANAGE")
  @Mutation(() => Service)
  serviceUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => ServiceUpdateInput) input: ServiceUpdateInput, @Ctx() ctx: Context) {
    return ctx.services.catalog.update(ctx.viewer, id, input);
  }

  @Authorized("EMPLOYEE")
  @Subscription(() => Service, {
    description: "A service of the viewer's organization changed (settings or price list).",
    topics: Topic.SERVICE_UPDATED,
    topicId: organizationChannel,
  })
  serviceUpdated(@Root() event: TopicPayloads["SERVICE_UPDATED"], @Ctx() ctx: Context) {
    return ctx.services.catalog.get(ctx.viewer, event.serviceId);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() service: Service, @Ctx() ctx: Context) {
    return service.departmentId ? ctx.loaders.department.load(service.departmentId) : null;
  }

  @FieldResolver(() => [ChecklistTemplateItem], { description: "The checklist every new order of the service starts with (a copy: later changes leave existing orders alone)." })
  checklistTemplate(@Root() service: Service): ChecklistTemplateItem[] {
    return checklistFromTemplate(service.checklistTemplate).map(({ title, required, photoRequired, noteRequired }) => ({ title, required, photoRequired, noteRequired }));
  }

  @FieldResolver(() => [PriceListItem], { description: "In list order; residents see active items only." })
  async priceList(@Root() service: Service, @Ctx() ctx: Context) {
    const items = await ctx.loaders.priceListOfService.load(service.id);
    return ctx.viewer.kind === "EMPLOYEE" ? items : items.filter((item) => item.active);
  }
}

@Resolver(() => PriceListItem)
export class PriceListItemResolver {
  @Authorized("SERVICES_MANAGE")
  @Mutation(() => PriceListItem, { description: "Adds an item to a paid service's price list." })
  priceListItemCreate(
    @Arg("serviceId", () => ID) serviceId: string,
    @Arg("input", () => PriceListItemCreateInput) input: PriceListItemCreateInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.catalog.createPriceListItem(ctx.viewer, serviceId, input);
  }

  @Authorized("SERVICES_MANAGE")
  @Mutation(() => PriceListItem)
  priceListItemUpdate(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => PriceListItemUpdateInput) input: PriceListItemUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.catalog.updatePriceListItem(ctx.viewer, id, input);
  }

  @FieldResolver(() => Service)
  async service(@Root() item: PriceListItem, @Ctx() ctx: Context) {
    const service = await ctx.loaders.service.load(item.serviceId);
    if (!service) throw new AppError(ErrorCode.NOT_FOUND, "Услуга не найдена");
    return service;
  }
}
