import { normalizePremiseNumber, normalizeRequisite, premiseSortKey, requisiteProblems, type RequisiteField } from "@domovoy/domain";
import type { AppDeps } from "../../deps.js";
import { requirePermission } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, deletionRace, ErrorCode, isUniqueViolation, notFound, refuseIfHeld } from "../../shared/errors.js";
import { isUuid } from "../../shared/ids.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import { StaffRepository } from "../staff/staff.repository.js";
import { cleanTags, optionalEmail, optionalPhone, optionalText, requiredText, tooLong } from "../../shared/validate.js";
import type {
  BuildingCreateInput,
  BuildingUpdateInput,
  LegalEntityCreateInput,
  LegalEntityUpdateInput,
  ObjectGroupingCreateInput,
  ObjectGroupingUpdateInput,
  PremiseCreateInput,
  PremiseUpdateInput,
} from "./objects.type.js";
import { ObjectsRepository, type BuildingValues, type LegalEntityRow, type LegalEntityValues, type ObjectGroupRow, type PremiseValues, type QuarterRow } from "./objects.repository.js";
import type { BuildingRow, PremiseRow } from "./organization.repository.js";

const ADDRESS_MAX = 300;
const NAME_MAX = 200;
const NUMBER_MAX = 20;
const ACCOUNT_MAX = 30;
const MAX_ADMINISTRATORS = 100;

const missing = (message: string, field: string | undefined, reason?: string) =>
  new AppError(ErrorCode.NOT_FOUND, message, { ...(field ? { field } : {}), ...(reason ? { reason: reason as never } : {}) });
const premiseNotFound = () => notFound("Помещение");
const buildingNotFound = (field?: string) => missing("Объект не найден", field, field ? "BUILDING_NOT_FOUND" : undefined);
const quarterNotFound = (field?: string) => missing("Квартал не найден", field, field ? "QUARTER_NOT_FOUND" : undefined);
const objectGroupNotFound = (field?: string) => missing("Группа объектов не найдена", field, field ? "OBJECT_GROUP_NOT_FOUND" : undefined);
const legalEntityNotFound = (field?: string) => missing("Юрлицо не найдено", field, field ? "LEGAL_ENTITY_NOT_FOUND" : undefined);

/** An edit made on a version someone else has since changed. */
function stale(what: string, current: { version: number }, given: number): void {
  if (current.version !== given) {
    throw conflict(`${what} уже изменили: обновите страницу и повторите правку`, { reason: "STALE_VERSION", currentVersion: current.version });
  }
}

function premiseNumber(value: string, field: string): string {
  const number = normalizePremiseNumber(requiredText(value, field, NUMBER_MAX + 20));
  if (!number) throw badInput("Поле обязательно для заполнения", field, "REQUIRED");
  if (number.length > NUMBER_MAX) throw tooLong(field, NUMBER_MAX);
  return number;
}

function personalAccount(value: string | null | undefined, field: string): string | null {
  const account = (value ?? "").replace(/\s+/g, "");
  if (account.length > ACCOUNT_MAX) throw tooLong(field, ACCOUNT_MAX);
  return account || null;
}

/** A reference id given in an input: undefined keeps, null clears, an id must name a row of the organization. */
async function reference(id: string | null | undefined, exists: (id: string) => Promise<boolean>, error: () => AppError): Promise<string | null | undefined> {
  if (id === undefined || id === null) return id;
  if (!isUuid(id) || !(await exists(id))) throw error();
  return id;
}

/**
 * A personal account names one premise: billing partners find the premise by it (an account two
 * premises share is refused there as ambiguous), so it may not be given to a second one.
 */
async function accountFree(repo: ObjectsRepository, account: string | null | undefined, premiseId: string | null): Promise<void> {
  if (!account) return;
  const holder = (await repo.accountHolders([account])).find((p) => p.id !== premiseId);
  if (holder) {
    throw conflict(`Этот лицевой счёт уже у помещения ${holder.number} (${holder.address})`, { field: "input.personalAccount", reason: "ACCOUNT_TAKEN" });
  }
}

const REQUISITES: readonly RequisiteField[] = ["inn", "kpp", "ogrn", "bik", "settlementAccount", "correspondentAccount"];

/**
 * Changes of the organization's reference data — buildings, premises, quarters, object groups and
 * legal entities (BUILDINGS_MANAGE). One transaction per change; an edit carries the version it was
 * made on and is refused (CONFLICT STALE_VERSION) when the row has changed since.
 */
export class ObjectsService {
  constructor(private readonly deps: AppDeps) {}

  private run<T>(viewer: Viewer, work: (repo: ObjectsRepository, uow: UnitOfWork) => Promise<T>): Promise<T> {
    const { organizationId } = requirePermission(viewer, "BUILDINGS_MANAGE");
    return unitOfWork(this.deps, organizationId, (uow) => work(uow.repo(ObjectsRepository), uow));
  }

  // Buildings

  async createBuilding(viewer: Viewer, input: BuildingCreateInput): Promise<BuildingRow> {
    const address = requiredText(input.address, "input.address", ADDRESS_MAX);
    return this.run(viewer, async (repo, uow) => {
      const refs = await this.buildingReferences(repo, input);
      const values: BuildingValues = { address, quarterId: refs.quarterId ?? null, objectGroupId: refs.objectGroupId ?? null, legalEntityId: refs.legalEntityId ?? null };
      const building = await repo.insertBuilding(values, this.deps.clock.now());
      uow.directoryChanged("BUILDING", "CREATED", [building.id]);
      return building;
    });
  }

  async updateBuilding(viewer: Viewer, id: string, input: BuildingUpdateInput): Promise<BuildingRow> {
    const values: Partial<BuildingValues> = {};
    if (input.address != null) values.address = requiredText(input.address, "input.address", ADDRESS_MAX);
    return this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockBuilding(id) : undefined;
      if (!current) throw buildingNotFound();
      stale("Объект", current, input.version);
      Object.assign(values, await this.buildingReferences(repo, input));
      uow.directoryChanged("BUILDING", "UPDATED", [id]);
      return repo.updateBuilding(id, values, this.deps.clock.now());
    });
  }

  /**
   * Deletes a building nothing refers to (no premises, orders or incidents), in one transaction;
   * otherwise CONFLICT IN_USE naming what holds it — a building with orders is archived instead.
   */
  async deleteBuilding(viewer: Viewer, id: string): Promise<string> {
    return deletionRace(() =>
      this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockBuilding(id) : undefined;
      if (!current) throw buildingNotFound();
      refuseIfHeld("BUILDING", await repo.buildingHolders(id));
      await repo.deleteBuilding(id);
      uow.directoryChanged("BUILDING", "DELETED", [id]);
      return id;
    }),
    );
  }

  /** Archives or restores a building: archived, it stays on its orders but takes no new ones. */
  async archiveBuilding(viewer: Viewer, id: string, archived: boolean): Promise<BuildingRow> {
    return this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockBuilding(id) : undefined;
      if (!current) throw buildingNotFound();
      if ((current.archivedAt !== null) === archived) return current;
      uow.directoryChanged("BUILDING", "UPDATED", [id]);
      const now = this.deps.clock.now();
      return repo.setBuildingArchived(id, archived ? now : null, now);
    });
  }

  private async buildingReferences(repo: ObjectsRepository, input: Pick<BuildingCreateInput, "quarterId" | "objectGroupId" | "legalEntityId">) {
    const refs: Partial<BuildingValues> = {};
    const quarterId = await reference(input.quarterId, (id) => repo.quarterExists(id), () => quarterNotFound("input.quarterId"));
    const objectGroupId = await reference(input.objectGroupId, (id) => repo.objectGroupExists(id), () => objectGroupNotFound("input.objectGroupId"));
    const legalEntityId = await reference(input.legalEntityId, (id) => repo.legalEntityExists(id), () => legalEntityNotFound("input.legalEntityId"));
    if (quarterId !== undefined) refs.quarterId = quarterId;
    if (objectGroupId !== undefined) refs.objectGroupId = objectGroupId;
    if (legalEntityId !== undefined) refs.legalEntityId = legalEntityId;
    return refs;
  }

  // Premises

  async createPremise(viewer: Viewer, input: PremiseCreateInput): Promise<PremiseRow> {
    const number = premiseNumber(input.number, "input.number");
    const values: PremiseValues = {
      number,
      sortKey: premiseSortKey(number),
      personalAccount: personalAccount(input.personalAccount, "input.personalAccount"),
      tags: cleanTags(input.tags ?? [], "input.tags"),
      note: optionalText(input.note, "input.note", 2000),
    };
    return this.numberTaken(() =>
      this.run(viewer, async (repo, uow) => {
        const building = isUuid(input.buildingId) ? await repo.lockBuilding(input.buildingId) : undefined;
        if (!building) throw buildingNotFound("input.buildingId");
        await accountFree(repo, values.personalAccount, null);
        const premise = await repo.insertPremise(building.id, values, this.deps.clock.now());
        uow.directoryChanged("PREMISE", "CREATED", [premise.id]);
        // The buildings list shows how many premises each has.
        uow.directoryChanged("BUILDING", "UPDATED", [building.id]);
        return premise;
      }),
    );
  }

  async updatePremise(viewer: Viewer, id: string, input: PremiseUpdateInput): Promise<PremiseRow> {
    const values: Partial<PremiseValues> = {};
    if (input.number != null) {
      values.number = premiseNumber(input.number, "input.number");
      values.sortKey = premiseSortKey(values.number);
    }
    if (input.personalAccount !== undefined) values.personalAccount = personalAccount(input.personalAccount, "input.personalAccount");
    if (input.tags !== undefined) values.tags = cleanTags(input.tags ?? [], "input.tags");
    if (input.note !== undefined) values.note = optionalText(input.note, "input.note", 2000);
    return this.numberTaken(() =>
      this.run(viewer, async (repo, uow) => {
        const current = isUuid(id) ? await repo.lockPremise(id) : undefined;
        if (!current) throw premiseNotFound();
        stale("Помещение", current, input.version);
        if (values.personalAccount !== undefined) await accountFree(repo, values.personalAccount, id);
        uow.directoryChanged("PREMISE", "UPDATED", [id]);
        return repo.updatePremise(id, values, this.deps.clock.now());
      }),
    );
  }

  /** Deletes a premise without residents, orders or incidents; otherwise CONFLICT IN_USE (archive it instead). */
  async deletePremise(viewer: Viewer, id: string): Promise<string> {
    return deletionRace(() =>
      this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockPremise(id) : undefined;
      if (!current) throw premiseNotFound();
      refuseIfHeld("PREMISE", await repo.premiseHolders(id));
      await repo.deletePremise(id);
      uow.directoryChanged("PREMISE", "DELETED", [id]);
      uow.directoryChanged("BUILDING", "UPDATED", [current.buildingId]);
      return id;
    }),
    );
  }

  async archivePremise(viewer: Viewer, id: string, archived: boolean): Promise<PremiseRow> {
    return this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockPremise(id) : undefined;
      if (!current) throw premiseNotFound();
      if ((current.archivedAt !== null) === archived) return current;
      uow.directoryChanged("PREMISE", "UPDATED", [id]);
      const now = this.deps.clock.now();
      return repo.setPremiseArchived(id, archived ? now : null, now);
    });
  }

  private async numberTaken<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, "premises_building_number_uq")) {
        throw conflict("В этом объекте уже есть помещение с таким номером", { field: "input.number", reason: "PREMISE_NUMBER_TAKEN" });
      }
      throw error;
    }
  }

  // Quarters and object groups

  createQuarter(viewer: Viewer, input: ObjectGroupingCreateInput): Promise<QuarterRow> {
    const name = requiredText(input.name, "input.name", NAME_MAX);
    return this.run(viewer, async (repo, uow) => {
      const administrators = await this.administrators(uow, input.administratorIds);
      const quarter = await repo.insertQuarter(name, this.deps.clock.now());
      if (administrators) await repo.setQuarterAdministrators(quarter.id, administrators);
      uow.directoryChanged("QUARTER", "CREATED", [quarter.id]);
      return quarter;
    });
  }

  updateQuarter(viewer: Viewer, id: string, input: ObjectGroupingUpdateInput): Promise<QuarterRow> {
    const name = input.name != null ? requiredText(input.name, "input.name", NAME_MAX) : undefined;
    return this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockQuarter(id) : undefined;
      if (!current) throw quarterNotFound();
      stale("Квартал", current, input.version);
      const administrators = await this.administrators(uow, input.administratorIds);
      if (administrators) await repo.setQuarterAdministrators(id, administrators);
      uow.directoryChanged("QUARTER", "UPDATED", [id]);
      return repo.updateQuarter(id, name !== undefined ? { name } : {});
    });
  }

  /** Deletes a quarter no building belongs to (its administrators go with it); otherwise CONFLICT IN_USE. */
  deleteQuarter(viewer: Viewer, id: string): Promise<string> {
    return deletionRace(() =>
      this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockQuarter(id) : undefined;
      if (!current) throw quarterNotFound();
      refuseIfHeld("QUARTER", await repo.buildingsOf("quarterId", id));
      await repo.deleteQuarter(id);
      uow.directoryChanged("QUARTER", "DELETED", [id]);
      return id;
    }),
    );
  }

  createObjectGroup(viewer: Viewer, input: ObjectGroupingCreateInput): Promise<ObjectGroupRow> {
    const name = requiredText(input.name, "input.name", NAME_MAX);
    return this.run(viewer, async (repo, uow) => {
      const administrators = await this.administrators(uow, input.administratorIds);
      const group = await repo.insertObjectGroup(name, this.deps.clock.now());
      if (administrators) await repo.setObjectGroupAdministrators(group.id, administrators);
      uow.directoryChanged("OBJECT_GROUP", "CREATED", [group.id]);
      return group;
    });
  }

  updateObjectGroup(viewer: Viewer, id: string, input: ObjectGroupingUpdateInput): Promise<ObjectGroupRow> {
    const name = input.name != null ? requiredText(input.name, "input.name", NAME_MAX) : undefined;
    return this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockObjectGroup(id) : undefined;
      if (!current) throw objectGroupNotFound();
      stale("Группу объектов", current, input.version);
      const administrators = await this.administrators(uow, input.administratorIds);
      if (administrators) await repo.setObjectGroupAdministrators(id, administrators);
      uow.directoryChanged("OBJECT_GROUP", "UPDATED", [id]);
      return repo.updateObjectGroup(id, name !== undefined ? { name } : {});
    });
  }

  deleteObjectGroup(viewer: Viewer, id: string): Promise<string> {
    return deletionRace(() =>
      this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockObjectGroup(id) : undefined;
      if (!current) throw objectGroupNotFound();
      refuseIfHeld("OBJECT_GROUP", await repo.buildingsOf("objectGroupId", id));
      await repo.deleteObjectGroup(id);
      uow.directoryChanged("OBJECT_GROUP", "DELETED", [id]);
      return id;
    }),
    );
  }

  /** The administrators' ids, each once and all employees of the organization; null keeps the list. */
  private async administrators(uow: UnitOfWork, ids: readonly string[] | null | undefined): Promise<string[] | null> {
    if (ids == null) return null;
    const unique = [...new Set(ids)];
    if (unique.length > MAX_ADMINISTRATORS) throw badInput(`Не больше ${MAX_ADMINISTRATORS} администраторов`, "input.administratorIds", "TOO_MANY");
    if (!unique.every(isUuid) || (await uow.repo(StaffRepository).employeeIds(unique)).length !== unique.length) {
      throw new AppError(ErrorCode.NOT_FOUND, "Сотрудник не найден", { field: "input.administratorIds", reason: "EMPLOYEE_NOT_FOUND" });
    }
    return unique;
  }

  // Legal entities

  createLegalEntity(viewer: Viewer, input: LegalEntityCreateInput): Promise<LegalEntityRow> {
    const values = legalEntityValues(input, true) as LegalEntityValues;
    checkRequisites(values);
    return this.run(viewer, async (repo, uow) => {
      const entity = await repo.insertLegalEntity(values, this.deps.clock.now());
      uow.directoryChanged("LEGAL_ENTITY", "CREATED", [entity.id]);
      return entity;
    });
  }

  updateLegalEntity(viewer: Viewer, id: string, input: LegalEntityUpdateInput): Promise<LegalEntityRow> {
    const values = legalEntityValues(input, false);
    return this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockLegalEntity(id) : undefined;
      if (!current) throw legalEntityNotFound();
      stale("Юрлицо", current, input.version);
      // Checked as they will be after the change (an account against the БИК), but only what this
      // edit touches: a stored value entered before the checks existed does not block other edits.
      const touched = new Set<RequisiteField>(REQUISITES.filter((f) => f in values));
      if (touched.has("bik")) touched.add("settlementAccount").add("correspondentAccount");
      checkRequisites({ ...current, ...values }, touched);
      uow.directoryChanged("LEGAL_ENTITY", "UPDATED", [id]);
      return repo.updateLegalEntity(id, values);
    });
  }

  /** Deletes a legal entity no building names; otherwise CONFLICT IN_USE. */
  deleteLegalEntity(viewer: Viewer, id: string): Promise<string> {
    return deletionRace(() =>
      this.run(viewer, async (repo, uow) => {
      const current = isUuid(id) ? await repo.lockLegalEntity(id) : undefined;
      if (!current) throw legalEntityNotFound();
      refuseIfHeld("LEGAL_ENTITY", await repo.buildingsOf("legalEntityId", id));
      await repo.deleteLegalEntity(id);
      uow.directoryChanged("LEGAL_ENTITY", "DELETED", [id]);
      return id;
    }),
    );
  }
}

/** The given fields, cleaned; on create every field (absent ones null). */
function legalEntityValues(input: LegalEntityCreateInput | LegalEntityUpdateInput, create: boolean): Partial<LegalEntityValues> {
  const values: Partial<LegalEntityValues> = {};
  const given = (key: keyof LegalEntityCreateInput) => create || input[key] !== undefined;
  if (create || input.name != null) values.name = requiredText(input.name, "input.name", NAME_MAX);
  for (const field of REQUISITES) {
    if (!given(field)) continue;
    const raw = input[field];
    if (raw != null && raw.length > 40) throw tooLong(`input.${field}`, 40);
    values[field] = normalizeRequisite(raw);
  }
  if (given("address")) values.address = optionalText(input.address, "input.address", ADDRESS_MAX);
  if (given("phone")) values.phone = optionalPhone(input.phone, "input.phone");
  if (given("email")) values.email = optionalEmail(input.email, "input.email");
  if (given("bankName")) values.bankName = optionalText(input.bankName, "input.bankName", NAME_MAX);
  return values;
}

/** The first problem of the requisites, as BAD_USER_INPUT naming its field. */
function checkRequisites(values: Partial<Record<RequisiteField, string | null>>, only?: ReadonlySet<RequisiteField>): void {
  const problems = requisiteProblems(values).filter((p) => !only || only.has(p.field));
  const [first] = problems;
  if (!first) return;
  throw new AppError(ErrorCode.BAD_USER_INPUT, first.message, {
    field: `input.${first.field}`,
    reason: first.reason,
    // Every problem at once, so a form marks all its wrong fields in one go.
    problems: problems.map((p) => ({ field: `input.${p.field}`, reason: p.reason, message: p.message })),
  });
}
