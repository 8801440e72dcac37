import type { AppDeps } from "../../deps.js";
import { Topic } from "../../pubsub.js";
import { unitOfWork } from "../../shared/unit-of-work.js";
import { requireAccess, requirePermission } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, ErrorCode } from "../../shared/errors.js";
import { nameCursor, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { searchTerm } from "../../shared/search.js";
import { optionalText, requiredText } from "../../shared/validate.js";
import { isUuid } from "../../shared/ids.js";
import {
  normalizeChecklist,
  normalizeOrderForm,
  priceListItemProblems,
  serviceSettingsProblems,
  type ServiceKind,
  type SettingsProblem,
} from "./rules/service-settings.js";
import type { PriceListItemCreateInput, PriceListItemUpdateInput, ServiceCreateInput, ServiceUpdateInput } from "./service.input.js";
import {
  CatalogRepository,
  type PriceListItemRow,
  type PriceListItemValues,
  type ServiceRow,
  type ServiceValues,
} from "./catalog.repository.js";

type ListArgs = {
  search?: string | null;
  kind?: ServiceKind | null;
  departmentId?: string | null;
  active?: boolean | null;
  first?: number | null;
  after?: string | null;
};

const MAX_PRICE_LIST_ON_CREATE = 200;
const DEFAULT_UNIT = "шт.";

const missing = (message: string, field?: string) => new AppError(ErrorCode.NOT_FOUND, message, field ? { field } : {});
const serviceNotFound = (field?: string) => missing("Услуга не найдена", field);
const priceListItemNotFound = () => missing("Позиция прайс-листа не найдена");

/** The first problem as the API error: an unknown department is NOT_FOUND, the rest BAD_USER_INPUT. */
function throwFirst(problems: SettingsProblem[]): void {
  const [first] = problems;
  if (!first) return;
  if (first.reason === "DEPARTMENT_NOT_FOUND") throw new AppError(ErrorCode.NOT_FOUND, first.message, { field: first.field, reason: first.reason });
  throw badInput(first.message, first.field, first.reason);
}

/** Services and their price lists. Staff read all, residents only active ones; changes need SERVICES_MANAGE. */
export class CatalogService {
  constructor(private readonly deps: AppDeps) {}

  private repo(organizationId: string) {
    return new CatalogRepository(this.deps.database.db, organizationId);
  }

  async list(viewer: Viewer, args: ListArgs): Promise<Page<ServiceRow>> {
    const v = requireAccess(viewer, ["EMPLOYEE", "RESIDENT"]);
    const repo = this.repo(v.organizationId);
    if (args.departmentId != null && !(isUuid(args.departmentId) && (await repo.departmentExists(args.departmentId)))) {
      throw missing("Подразделение не найдено", "departmentId");
    }
    const filter = {
      search: searchTerm(args.search),
      kind: args.kind ?? null,
      departmentId: args.departmentId ?? null,
      active: v.kind === "RESIDENT" ? true : (args.active ?? null),
    };
    const limit = pageSize(args.first);
    const rows = await repo.list(filter, limit, nameCursor.decode(args.after));
    return toPage(rows, limit, (s) => [s.name, s.id], () => repo.count(filter));
  }

  /** A resident sees an inactive service as missing: it takes no new orders. */
  async get(viewer: Viewer, id: string): Promise<ServiceRow> {
    const v = requireAccess(viewer, ["EMPLOYEE", "RESIDENT"]);
    const service = isUuid(id) ? await this.repo(v.organizationId).byId(id) : undefined;
    if (!service || (v.kind === "RESIDENT" && !service.active)) throw serviceNotFound();
    return service;
  }

  async create(viewer: Viewer, input: ServiceCreateInput): Promise<ServiceRow> {
    const { organizationId } = requirePermission(viewer, "SERVICES_MANAGE");
    const values: ServiceValues = {
      name: requiredText(input.name, "input.name", 200),
      description: optionalText(input.description, "input.description", 2000),
      kind: input.kind ?? "STANDARD",
      departmentId: input.departmentId ?? null,
      slaReactionMinutes: input.slaReactionMinutes ?? null,
      slaExecutionMinutes: input.slaExecutionMinutes ?? null,
      maxExecutors: input.maxExecutors ?? 1,
      residentMayReopen: input.residentMayReopen ?? true,
      documentRequiredToClose: input.documentRequiredToClose ?? false,
      checklistRequiredToClose: input.checklistRequiredToClose ?? false,
      refundsAllowed: input.refundsAllowed ?? false,
      routingEnabled: input.routingEnabled ?? false,
      orderForm: normalizeOrderForm(input.orderForm ?? []),
      checklistTemplate: normalizeChecklist(input.checklistTemplate ?? []),
      active: input.active ?? true,
    };
    const priceList: PriceListItemValues[] = (input.priceList ?? []).map((item, i) => ({
      name: item.name.trim(),
      unit: item.unit?.trim() ?? DEFAULT_UNIT,
      unitPrice: item.unitPrice,
      active: item.active ?? true,
      position: item.position ?? i,
    }));
    if (priceList.length > MAX_PRICE_LIST_ON_CREATE) {
      throw badInput(`Не больше ${MAX_PRICE_LIST_ON_CREATE} позиций прайс-листа`, "input.priceList", "TOO_MANY");
    }
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, organizationId, async (uow) => {
      const repo = uow.repo(CatalogRepository);
      const departmentFound = values.departmentId === null || (isUuid(values.departmentId) && (await repo.departmentExists(values.departmentId)));
      throwFirst(
        serviceSettingsProblems(values, {
          departmentFound,
          activePriceListItems: priceList.filter((item) => item.active).length,
          storedOrderFormKeys: new Set(),
        }),
      );
      priceList.forEach((item, i) => throwFirst(priceListItemProblems(item, values.kind, `input.priceList[${i}]`)));
      const service = await repo.insert(values, now);
      await repo.insertPriceListItems(service.id, priceList, now);
      uow.publish(Topic.SERVICE_UPDATED, { serviceId: service.id });
      uow.directoryChanged("SERVICE", "CREATED", [service.id]);
      return service;
    });
  }

  async update(viewer: Viewer, id: string, input: ServiceUpdateInput): Promise<ServiceRow> {
    const { organizationId } = requirePermission(viewer, "SERVICES_MANAGE");
    const changes: Partial<ServiceValues> = {};
    if (input.name != null) changes.name = requiredText(input.name, "input.name", 200);
    if (input.description !== undefined) changes.description = optionalText(input.description, "input.description", 2000);
    if (input.kind != null) changes.kind = input.kind;
    if (input.departmentId !== undefined) changes.departmentId = input.departmentId;
    if (input.slaReactionMinutes !== undefined) changes.slaReactionMinutes = input.slaReactionMinutes;
    if (input.slaExecutionMinutes !== undefined) changes.slaExecutionMinutes = input.slaExecutionMinutes;
    if (input.maxExecutors != null) changes.maxExecutors = input.maxExecutors;
    if (input.residentMayReopen != null) changes.residentMayReopen = input.residentMayReopen;
    if (input.documentRequiredToClose != null) changes.documentRequiredToClose = input.documentRequiredToClose;
    if (input.checklistRequiredToClose != null) changes.checklistRequiredToClose = input.checklistRequiredToClose;
    if (input.refundsAllowed != null) changes.refundsAllowed = input.refundsAllowed;
    if (input.routingEnabled != null) changes.routingEnabled = input.routingEnabled;
    if (input.orderForm != null) changes.orderForm = normalizeOrderForm(input.orderForm);
    if (input.checklistTemplate != null) changes.checklistTemplate = normalizeChecklist(input.checklistTemplate);
    if (input.active != null) changes.active = input.active;
    if (Object.keys(changes).length === 0) throw badInput("Нет изменений", "input");
    if (!isUuid(id)) throw serviceNotFound();
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, organizationId, async (uow) => {
      const repo = uow.repo(CatalogRepository);
      const current = await repo.byId(id, true);
      if (!current) throw serviceNotFound();
      const next = { ...current, ...changes };
      const departmentId = changes.departmentId;
      const departmentFound = departmentId == null || (isUuid(departmentId) && (await repo.departmentExists(departmentId)));
      throwFirst(
        serviceSettingsProblems(next, {
          departmentFound,
          activePriceListItems: next.kind === "PAID" ? 0 : await repo.countActivePriceListItems(id),
          storedOrderFormKeys: new Set(current.orderForm.map((field) => field.key)),
        }),
      );
      const service = (await repo.update(id, changes, now))!;
      uow.publish(Topic.SERVICE_UPDATED, { serviceId: service.id });
      uow.directoryChanged("SERVICE", "UPDATED", [service.id]);
      return service;
    });
  }

  async createPriceListItem(viewer: Viewer, serviceId: string, input: PriceListItemCreateInput): Promise<PriceListItemRow> {
    const { organizationId } = requirePermission(viewer, "SERVICES_MANAGE");
    if (!isUuid(serviceId)) throw serviceNotFound("serviceId");
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, organizationId, async (uow) => {
      const repo = uow.repo(CatalogRepository);
      const service = await repo.byId(serviceId, true);
      if (!service) throw serviceNotFound("serviceId");
      const values: PriceListItemValues = {
        name: input.name.trim(),
        unit: input.unit?.trim() ?? DEFAULT_UNIT,
        unitPrice: input.unitPrice,
        active: input.active ?? true,
        position: input.position ?? (await repo.nextPriceListPosition(serviceId)),
      };
      throwFirst(priceListItemProblems(values, service.kind));
      const [item] = await repo.insertPriceListItems(serviceId, [values], now);
      await repo.update(serviceId, {}, now);
      uow.publish(Topic.SERVICE_UPDATED, { serviceId });
      return item;
    });
  }

  async updatePriceListItem(viewer: Viewer, id: string, input: PriceListItemUpdateInput): Promise<PriceListItemRow> {
    const { organizationId } = requirePermission(viewer, "SERVICES_MANAGE");
    const changes: Partial<PriceListItemValues> = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.unit != null) changes.unit = input.unit.trim();
    if (input.unitPrice != null) changes.unitPrice = input.unitPrice;
    if (input.active != null) changes.active = input.active;
    if (input.position != null) changes.position = input.position;
    if (Object.keys(changes).length === 0) throw badInput("Нет изменений", "input");
    if (!isUuid(id)) throw priceListItemNotFound();
    const now = this.deps.clock.now();
    return unitOfWork(this.deps, organizationId, async (uow) => {
      const repo = uow.repo(CatalogRepository);
      const current = await repo.priceListItemById(id);
      if (!current) throw priceListItemNotFound();
      const service = (await repo.byId(current.serviceId, true))!;
      throwFirst(priceListItemProblems({ ...current, ...changes }, service.kind));
      const item = (await repo.updatePriceListItem(id, changes, now))!;
      await repo.update(service.id, {}, now);
      uow.publish(Topic.SERVICE_UPDATED, { serviceId: item.serviceId });
      return item;
    });
  }
}
