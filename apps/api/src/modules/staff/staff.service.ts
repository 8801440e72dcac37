import type { RoleNotificationSettings } from "@domovoy/db/schema";
import { isPermission, PERMISSIONS, type Permission } from "@domovoy/domain";
import type { SessionCache } from "../auth/session-cache.js";
import type { AppDeps } from "../../deps.js";
import { Topic } from "../../pubsub.js";
import { unitOfWork, type UnitOfWork } from "../../shared/unit-of-work.js";
import { requireEmployee, requirePermission } from "../../shared/auth/policy.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { AppError, badInput, conflict, deletionRace, ErrorCode, isUniqueViolation, refuseIfHeld } from "../../shared/errors.js";
import { nameCursor, pageSize, toPage, type Page } from "../../shared/pagination.js";
import { searchTerm } from "../../shared/search.js";
import { optionalPhone, optionalText, requiredEmail, requiredText, tooLong } from "../../shared/validate.js";
import { hashPassword } from "../../shared/auth/passwords.js";
import { isUuid } from "../../shared/ids.js";
import { selfEditProblem } from "./rules/self-lockout.js";
import type {
  DepartmentCreateInput,
  DepartmentUpdateInput,
  EmployeeCreateInput,
  EmployeeUpdateInput,
  RoleCreateInput,
  RoleNotificationSettingsInput,
  RoleUpdateInput,
} from "./staff.input.js";
import {
  StaffRepository,
  type DepartmentRow,
  type EmployeeRow,
  type EmployeeValues,
  type RoleRow,
  type RoleValues,
} from "./staff.repository.js";

type PageInput = { first?: number | null; after?: string | null };

/** A PBX extension as telephony sends it: digits mostly, some PBXs use letters or * # _ -. */
const EXTENSION_PATTERN = /^[0-9A-Za-z*#_-]{1,20}$/;

const PASSWORD_MIN = 8;
const PASSWORD_MAX = 200;
const MAX_IDS = 500;

const DEFAULT_NOTIFICATIONS: RoleNotificationSettings = {
  newOrders: false,
  serviceIds: [],
  departmentIds: [],
  chatMessages: true,
  importantComments: true,
  refundRequests: false,
};

const missing = (message: string, field?: string) => new AppError(ErrorCode.NOT_FOUND, message, field ? { field } : {});
const employeeNotFound = (field?: string) => missing("Сотрудник не найден", field);
const departmentNotFound = (field?: string) => missing("Подразделение не найдено", field);
const roleNotFound = (field?: string) => missing("Роль не найдена", field);
const serviceNotFound = (field?: string) => missing("Услуга не найдена", field);

/** Someone saved first: the editor started from an older version. */
const staleVersion = (message: string, currentVersion: number) => conflict(message, { reason: "STALE_VERSION", currentVersion });

function idList(ids: readonly string[] | null | undefined, field: string): string[] {
  const unique = [...new Set(ids ?? [])];
  if (unique.length > MAX_IDS) throw badInput(`Не больше ${MAX_IDS} элементов`, field, "TOO_MANY");
  return unique;
}

function checkedPassword(value: string, field: string): string {
  if (value.length < PASSWORD_MIN) throw badInput(`Пароль не короче ${PASSWORD_MIN} символов`, field, "PASSWORD_TOO_SHORT");
  if (value.length > PASSWORD_MAX) throw tooLong(field, PASSWORD_MAX, "Пароль не длиннее");
  return value;
}

/** Known permissions only, each once, in the canonical order. */
function permissionList(permissions: readonly string[]): Permission[] {
  const given = new Set(permissions.filter(isPermission));
  return PERMISSIONS.filter((p) => given.has(p));
}

/** Every id must name a row of the organization; foreign and unknown ids fail alike. */
async function requireAll(ids: readonly string[], existing: (ids: string[]) => Promise<string[]>, error: () => AppError): Promise<void> {
  if (ids.length === 0) return;
  if (!ids.every(isUuid)) throw error();
  const found = await existing([...ids]);
  if (found.length !== ids.length) throw error();
}

/** Employees, departments and roles: staff reads for any employee, changes with EMPLOYEES_MANAGE / ROLES_MANAGE. */
export class StaffService {
  constructor(
    private readonly deps: AppDeps,
    /** This instance's cached sessions: forgotten before the mutation answers (the others hear the broadcast). */
    private readonly sessions?: SessionCache,
  ) {}

  private repo(organizationId: string) {
    return new StaffRepository(this.deps.database.db, organizationId);
  }

  /** Runs `work`, turning a unique violation of `constraint` into the given CONFLICT. */
  private async unique<T>(work: () => Promise<T>, constraint: string, error: () => AppError): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isUniqueViolation(e, constraint)) throw error();
      throw e;
    }
  }

  /** Employees' cards and lists re-read them after the commit. */
  private employeesChanged(uow: UnitOfWork, employeeIds: Iterable<string>): void {
    for (const employeeId of employeeIds) uow.publish(Topic.EMPLOYEE_UPDATED, { employeeId });
  }

  /**
   * After the commit, every instance forgets the organization's cached sessions (SessionCache), and
   * the screens of `employeeIds` hear ACCESS_CHANGED (their menus and actions follow without a reload).
   */
  private viewersChanged(uow: UnitOfWork, employeeIds: readonly string[]): void {
    if (employeeIds.length > 0) uow.publish(Topic.ACCESS_CHANGED, { employeeIds: [...employeeIds] });
    uow.afterCommit(() => {
      this.sessions?.dropOrganization(uow.organizationId);
      this.deps.pubsub.broadcast("VIEWERS_CHANGED", { organizationId: uow.organizationId });
    });
  }

  // Employees

  async employees(
    viewer: Viewer,
    args: PageInput & { search?: string | null; departmentId?: string | null; roleId?: string | null; active?: boolean | null },
  ): Promise<Page<EmployeeRow>> {
    const repo = this.repo(requireEmployee(viewer).organizationId);
    if (args.departmentId != null) await this.requireDepartment(repo, args.departmentId);
    if (args.roleId != null) await this.requireRole(repo, args.roleId, "roleId");
    const filter = {
      search: searchTerm(args.search),
      departmentId: args.departmentId ?? null,
      roleId: args.roleId ?? null,
      active: args.active ?? null,
    };
    const limit = pageSize(args.first);
    const rows = await repo.employees(filter, limit, nameCursor.decode(args.after));
    return toPage(rows, limit, (e) => [e.fullName, e.id], () => repo.countEmployees(filter));
  }

  async employee(viewer: Viewer, id: string): Promise<EmployeeRow> {
    const repo = this.repo(requireEmployee(viewer).organizationId);
    const employee = isUuid(id) ? await repo.employeeById(id) : undefined;
    if (!employee) throw employeeNotFound();
    return employee;
  }

  async createEmployee(viewer: Viewer, input: EmployeeCreateInput): Promise<EmployeeRow> {
    const { organizationId } = requirePermission(viewer, "EMPLOYEES_MANAGE");
    const values: EmployeeValues = {
      fullName: requiredText(input.fullName, "input.fullName", 200),
      email: requiredEmail(input.email, "input.email"),
      phone: optionalPhone(input.phone, "input.phone"),
      position: optionalText(input.position, "input.position", 200),
      roleId: input.roleId,
      active: input.active ?? true,
      passwordHash: input.password != null ? await hashPassword(checkedPassword(input.password, "input.password")) : null,
    };
    const departmentIds = idList(input.departmentIds, "input.departmentIds");
    const now = this.deps.clock.now();
    return this.unique(
      () =>
        unitOfWork(this.deps, organizationId, async (uow) => {
          const repo = uow.repo(StaffRepository);
          await this.requireRole(repo, values.roleId, "input.roleId");
          await requireAll(departmentIds, (ids) => repo.departmentIds(ids), () => departmentNotFound("input.departmentIds"));
          const created = await repo.insertEmployee(values, now);
          await repo.setDepartmentsOfEmployee(created.id, departmentIds);
          this.employeesChanged(uow, [created.id]);
          // The roles list counts holders, the departments list names members.
          uow.directoryChanged("ROLE", "UPDATED", [values.roleId]);
          if (departmentIds.length > 0) uow.directoryChanged("DEPARTMENT", "UPDATED", departmentIds);
          return created;
        }),
      "employees_email_uq",
      () => conflict("Сотрудник с таким email уже есть", { field: "input.email", reason: "EMAIL_TAKEN" }),
    );
  }

  async updateEmployee(viewer: Viewer, id: string, input: EmployeeUpdateInput): Promise<EmployeeRow> {
    const v = requirePermission(viewer, "EMPLOYEES_MANAGE");
    const values: Partial<EmployeeValues> = {};
    if (input.fullName != null) values.fullName = requiredText(input.fullName, "input.fullName", 200);
    if (input.email != null) values.email = requiredEmail(input.email, "input.email");
    if (input.phone !== undefined) values.phone = optionalPhone(input.phone, "input.phone");
    if (input.position !== undefined) values.position = optionalText(input.position, "input.position", 200);
    if (input.roleId != null) values.roleId = input.roleId;
    if (input.active != null) values.active = input.active;
    if (input.password != null) values.passwordHash = await hashPassword(checkedPassword(input.password, "input.password"));
    const departmentIds = input.departmentIds != null ? idList(input.departmentIds, "input.departmentIds") : null;
    if (Object.keys(values).length === 0 && departmentIds === null) throw badInput("Нет изменений", "input");
    if (!isUuid(id)) throw employeeNotFound();
    const now = this.deps.clock.now();
    return this.unique(
      () =>
        unitOfWork(this.deps, v.organizationId, async (uow) => {
          const repo = uow.repo(StaffRepository);
          const current = await repo.employeeById(id);
          if (!current) throw employeeNotFound();
          let nextPermissions: Permission[] | null = null;
          if (values.roleId !== undefined && values.roleId !== current.roleId) {
            const role = await this.requireRole(repo, values.roleId, "input.roleId");
            nextPermissions = permissionList(role.permissions);
          }
          const problem = selfEditProblem({
            self: id === v.employeeId,
            deactivates: values.active === false,
            held: v.permissions,
            next: nextPermissions,
            permissionsField: "input.roleId",
          });
          if (problem) throw badInput(problem.message, problem.field, problem.reason);
          if (departmentIds) {
            await requireAll(departmentIds, (ids) => repo.departmentIds(ids), () => departmentNotFound("input.departmentIds"));
            const before = (await repo.departmentsOfEmployees([id])).map((row) => row.department.id);
            await repo.setDepartmentsOfEmployee(id, departmentIds);
            const moved = [...before.filter((d) => !departmentIds.includes(d)), ...departmentIds.filter((d) => !before.includes(d))];
            if (moved.length > 0) uow.directoryChanged("DEPARTMENT", "UPDATED", moved);
          }
          if (values.roleId !== undefined && values.roleId !== current.roleId) uow.directoryChanged("ROLE", "UPDATED", [current.roleId, values.roleId]);
          const updated = (await repo.updateEmployee(id, values, now))!;
          // A password reset or a deactivation ends the employee's sessions (the acting one's own
          // stays when an administrator changes their own password); their sockets close below.
          if (values.passwordHash !== undefined || values.active === false) {
            const revoked = await repo.deleteSessionsOfEmployee(id, id === v.employeeId ? v.sessionId : undefined);
            if (revoked.length > 0) {
              uow.afterCommit(() => {
                this.sessions?.dropSessions(revoked);
                this.deps.pubsub.broadcast("SESSIONS_REVOKED", { sessionIds: revoked });
              });
            }
          }
          this.employeesChanged(uow, [updated.id]);
          // What a session of theirs grants: every instance looks it up again.
          if (values.roleId !== undefined || values.active !== undefined) this.viewersChanged(uow, [updated.id]);
          return updated;
        }),
      "employees_email_uq",
      () => conflict("Сотрудник с таким email уже есть", { field: "input.email", reason: "EMAIL_TAKEN" }),
    );
  }

  /**
   * The employee's PBX extension (добавочный номер): calls the telephony routes to it pop up on
   * their screen. Unique within the organization (CONFLICT EXTENSION_TAKEN); null clears.
   */
  async setExtension(viewer: Viewer, id: string, extension: string | null | undefined): Promise<EmployeeRow> {
    const v = requirePermission(viewer, "EMPLOYEES_MANAGE");
    const value = extension == null || extension.trim() === "" ? null : extension.trim();
    if (value !== null && !EXTENSION_PATTERN.test(value)) {
      throw badInput("Добавочный номер: от 1 до 20 цифр, латинских букв и знаков * # _ -", "extension", "INVALID_EXTENSION");
    }
    if (!isUuid(id)) throw employeeNotFound();
    const now = this.deps.clock.now();
    return this.unique(
      () =>
        unitOfWork(this.deps, v.organizationId, async (uow) => {
          const updated = await uow.repo(StaffRepository).setExtension(id, value, now);
          if (!updated) throw employeeNotFound();
          this.employeesChanged(uow, [updated.id]);
          return updated;
        }),
      "employees_org_extension_uq",
      () => conflict("Этот добавочный номер уже у другого сотрудника", { field: "extension", reason: "EXTENSION_TAKEN" }),
    );
  }

  // Departments

  async departments(viewer: Viewer, args: PageInput & { search?: string | null }): Promise<Page<DepartmentRow>> {
    const repo = this.repo(requireEmployee(viewer).organizationId);
    const filter = { search: searchTerm(args.search) };
    const limit = pageSize(args.first);
    const rows = await repo.departments(filter, limit, nameCursor.decode(args.after));
    return toPage(rows, limit, (d) => [d.name, d.id], () => repo.countDepartments(filter));
  }

  async department(viewer: Viewer, id: string): Promise<DepartmentRow> {
    return this.requireDepartment(this.repo(requireEmployee(viewer).organizationId), id);
  }

  async createDepartment(viewer: Viewer, input: DepartmentCreateInput): Promise<DepartmentRow> {
    const { organizationId } = requirePermission(viewer, "EMPLOYEES_MANAGE");
    const name = requiredText(input.name, "input.name", 200);
    const employeeIds = idList(input.employeeIds, "input.employeeIds");
    const now = this.deps.clock.now();
    return this.unique(
      () =>
        unitOfWork(this.deps, organizationId, async (uow) => {
          const repo = uow.repo(StaffRepository);
          await requireAll(employeeIds, (ids) => repo.employeeIds(ids), () => employeeNotFound("input.employeeIds"));
          const created = await repo.insertDepartment(name, now);
          await repo.setEmployeesOfDepartment(created.id, employeeIds);
          this.employeesChanged(uow, employeeIds);
          uow.directoryChanged("DEPARTMENT", "CREATED", [created.id]);
          return created;
        }),
      "departments_org_name_uq",
      () => conflict("Подразделение с таким названием уже есть", { field: "input.name", reason: "NAME_TAKEN" }),
    );
  }

  async updateDepartment(viewer: Viewer, id: string, input: DepartmentUpdateInput): Promise<DepartmentRow> {
    const { organizationId } = requirePermission(viewer, "EMPLOYEES_MANAGE");
    const values: { name?: string } = {};
    if (input.name != null) values.name = requiredText(input.name, "input.name", 200);
    const employeeIds = input.employeeIds != null ? idList(input.employeeIds, "input.employeeIds") : null;
    if (values.name === undefined && employeeIds === null) throw badInput("Нет изменений", "input");
    if (!isUuid(id)) throw departmentNotFound();
    const now = this.deps.clock.now();
    return this.unique(
      () =>
        unitOfWork(this.deps, organizationId, async (uow) => {
          const repo = uow.repo(StaffRepository);
          const updated = await repo.updateDepartment(id, values, input.version ?? null, now);
          if (!updated) {
            const current = await repo.departmentById(id);
            if (!current) throw departmentNotFound();
            throw staleVersion("Подразделение уже изменили: обновите страницу", current.version);
          }
          const changed = new Set<string>();
          if (employeeIds) {
            await requireAll(employeeIds, (ids) => repo.employeeIds(ids), () => employeeNotFound("input.employeeIds"));
            const before = new Set(await repo.employeeIdsOfDepartment(id));
            const after = new Set(employeeIds);
            for (const e of before) if (!after.has(e)) changed.add(e);
            for (const e of after) if (!before.has(e)) changed.add(e);
            await repo.setEmployeesOfDepartment(id, employeeIds);
          }
          this.employeesChanged(uow, changed);
          uow.directoryChanged("DEPARTMENT", "UPDATED", [id]);
          return updated;
        }),
      "departments_org_name_uq",
      () => conflict("Подразделение с таким названием уже есть", { field: "input.name", reason: "NAME_TAKEN" }),
    );
  }

  /**
   * Deletes a department without employees, services, orders or incidents (orders' history keeps
   * its department), in one transaction; otherwise CONFLICT IN_USE naming what holds it.
   */
  async deleteDepartment(viewer: Viewer, id: string): Promise<string> {
    const { organizationId } = requirePermission(viewer, "EMPLOYEES_MANAGE");
    if (!isUuid(id)) throw departmentNotFound();
    return deletionRace(() =>
      unitOfWork(this.deps, organizationId, async (uow) => {
        const repo = uow.repo(StaffRepository);
        if (!(await repo.lockDepartment(id))) throw departmentNotFound();
        refuseIfHeld("DEPARTMENT", await repo.departmentHolders(id));
        await repo.deleteDepartment(id);
        uow.directoryChanged("DEPARTMENT", "DELETED", [id]);
        return id;
      }),
    );
  }

  // Roles

  async roles(viewer: Viewer, args: PageInput): Promise<Page<RoleRow>> {
    const repo = this.repo(requireEmployee(viewer).organizationId);
    const limit = pageSize(args.first);
    const rows = await repo.roles(limit, nameCursor.decode(args.after));
    return toPage(rows, limit, (r) => [r.name, r.id], () => repo.countRoles());
  }

  async role(viewer: Viewer, id: string): Promise<RoleRow> {
    const repo = this.repo(requireEmployee(viewer).organizationId);
    return this.requireRole(repo, id);
  }

  async createRole(viewer: Viewer, input: RoleCreateInput): Promise<RoleRow> {
    const { organizationId } = requirePermission(viewer, "ROLES_MANAGE");
    const name = requiredText(input.name, "input.name", 100);
    const description = optionalText(input.description, "input.description", 1000);
    const permissions = permissionList(input.permissions);
    const now = this.deps.clock.now();
    return this.unique(
      () =>
        unitOfWork(this.deps, organizationId, async (uow) => {
          const repo = uow.repo(StaffRepository);
          const notificationSettings = await this.notificationSettings(repo, DEFAULT_NOTIFICATIONS, input.notificationSettings);
          const role = await repo.insertRole({ name, description, permissions, notificationSettings }, now);
          uow.directoryChanged("ROLE", "CREATED", [role.id]);
          return role;
        }),
      "roles_org_name_uq",
      () => conflict("Роль с таким названием уже есть", { field: "input.name", reason: "NAME_TAKEN" }),
    );
  }

  async updateRole(viewer: Viewer, id: string, input: RoleUpdateInput): Promise<RoleRow> {
    const v = requirePermission(viewer, "ROLES_MANAGE");
    const values: Partial<RoleValues> = {};
    if (input.name != null) values.name = requiredText(input.name, "input.name", 100);
    if (input.description !== undefined) values.description = optionalText(input.description, "input.description", 1000);
    if (input.permissions != null) values.permissions = permissionList(input.permissions);
    if (Object.keys(values).length === 0 && input.notificationSettings == null) throw badInput("Нет изменений", "input");
    if (!isUuid(id)) throw roleNotFound();
    const now = this.deps.clock.now();
    return this.unique(
      () =>
        unitOfWork(this.deps, v.organizationId, async (uow) => {
          const repo = uow.repo(StaffRepository);
          const current = await this.requireRole(repo, id);
          if (values.permissions) {
            const me = await repo.employeeById(v.employeeId);
            const problem = selfEditProblem({
              self: me?.roleId === id,
              deactivates: false,
              held: v.permissions,
              next: values.permissions as Permission[],
              permissionsField: "input.permissions",
            });
            if (problem) throw badInput(problem.message, problem.field, problem.reason);
          }
          if (input.notificationSettings) {
            values.notificationSettings = await this.notificationSettings(repo, current.notificationSettings, input.notificationSettings);
          }
          const updated = await repo.updateRole(id, values, input.version ?? null, now);
          if (!updated) throw staleVersion("Роль уже изменили: обновите страницу", current.version);
          if (values.permissions) this.viewersChanged(uow, await repo.employeeIdsWithRole(id));
          uow.directoryChanged("ROLE", "UPDATED", [id]);
          return updated;
        }),
      "roles_org_name_uq",
      () => conflict("Роль с таким названием уже есть", { field: "input.name", reason: "NAME_TAKEN" }),
    );
  }

  /** Deletes a role no employee holds (inactive ones included); otherwise CONFLICT IN_USE. */
  async deleteRole(viewer: Viewer, id: string): Promise<string> {
    const { organizationId } = requirePermission(viewer, "ROLES_MANAGE");
    if (!isUuid(id)) throw roleNotFound();
    return deletionRace(() =>
      unitOfWork(this.deps, organizationId, async (uow) => {
        const repo = uow.repo(StaffRepository);
        if (!(await repo.lockRole(id))) throw roleNotFound();
        refuseIfHeld("ROLE", { employees: (await repo.employeeCountsOfRoles([id])).get(id) ?? 0 });
        await repo.deleteRole(id);
        uow.directoryChanged("ROLE", "DELETED", [id]);
        return id;
      }),
    );
  }

  // Helpers

  private async requireRole(repo: StaffRepository, id: string, field?: string): Promise<RoleRow> {
    const role = isUuid(id) ? await repo.roleById(id) : undefined;
    if (!role) throw roleNotFound(field);
    return role;
  }

  private async requireDepartment(repo: StaffRepository, id: string): Promise<DepartmentRow> {
    const department = isUuid(id) ? await repo.departmentById(id) : undefined;
    if (!department) throw departmentNotFound();
    return department;
  }

  /** `base` with the given fields replaced; listed services and departments must be the organization's. */
  private async notificationSettings(
    repo: StaffRepository,
    base: RoleNotificationSettings,
    input: RoleNotificationSettingsInput | null | undefined,
  ): Promise<RoleNotificationSettings> {
    if (!input) return base;
    const field = "input.notificationSettings";
    const serviceIds = input.serviceIds != null ? idList(input.serviceIds, `${field}.serviceIds`) : base.serviceIds;
    const departmentIds = input.departmentIds != null ? idList(input.departmentIds, `${field}.departmentIds`) : base.departmentIds;
    if (input.serviceIds != null) {
      await requireAll(serviceIds, (ids) => repo.serviceIds(ids), () => serviceNotFound(`${field}.serviceIds`));
    }
    if (input.departmentIds != null) {
      await requireAll(departmentIds, (ids) => repo.departmentIds(ids), () => departmentNotFound(`${field}.departmentIds`));
    }
    return {
      newOrders: input.newOrders ?? base.newOrders,
      serviceIds,
      departmentIds,
      chatMessages: input.chatMessages ?? base.chatMessages,
      importantComments: input.importantComments ?? base.importantComments,
      refundRequests: input.refundRequests ?? base.refundRequests,
    };
  }
}
