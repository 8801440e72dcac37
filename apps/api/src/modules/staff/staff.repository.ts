import type { DbOrTx } from "@domovoy/db";
import type { Holders } from "@domovoy/domain";
import { schema } from "@domovoy/db";
import { and, asc, count, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { afterKey, type CursorValue } from "../../shared/pagination.js";
import { containsPattern, foldedContains } from "../../shared/search.js";

const { employees, departments, departmentEmployees, roles, services, sessions, orders, incidents } = schema;

export type EmployeeRow = typeof employees.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;
export type EmployeeFilter = { search: string | null; departmentId: string | null; roleId: string | null; active: boolean | null };
export type NameFilter = { search: string | null };

export type EmployeeValues = Pick<EmployeeRow, "fullName" | "email" | "phone" | "position" | "roleId" | "active" | "passwordHash">;
export type RoleValues = Pick<RoleRow, "name" | "description" | "permissions" | "notificationSettings">;

export class StaffRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly organizationId: string,
  ) {}

  // Employees

  private employeesWhere(filter: EmployeeFilter): SQL {
    const conditions: SQL[] = [eq(employees.organizationId, this.organizationId)];
    if (filter.search) {
      const pattern = containsPattern(filter.search);
      const digits = filter.search.replace(/\D/g, "");
      conditions.push(
        or(
          foldedContains(employees.fullName, filter.search),
          ilike(employees.email, pattern),
          foldedContains(employees.position, filter.search),
          digits.length >= 3 ? ilike(employees.phone, containsPattern(digits)) : undefined,
        )!,
      );
    }
    if (filter.active != null) conditions.push(eq(employees.active, filter.active));
    if (filter.roleId) conditions.push(eq(employees.roleId, filter.roleId));
    if (filter.departmentId) {
      const members = this.db
        .select({ id: departmentEmployees.employeeId })
        .from(departmentEmployees)
        .where(and(eq(departmentEmployees.organizationId, this.organizationId), eq(departmentEmployees.departmentId, filter.departmentId)));
      conditions.push(inArray(employees.id, members));
    }
    return and(...conditions)!;
  }

  employees(filter: EmployeeFilter, limit: number, after: CursorValue[] | null): Promise<EmployeeRow[]> {
    const where = this.employeesWhere(filter);
    return this.db
      .select()
      .from(employees)
      .where(after ? and(where, afterKey([employees.fullName, employees.id], after)) : where)
      .orderBy(asc(employees.fullName), asc(employees.id))
      .limit(limit + 1);
  }

  async countEmployees(filter: EmployeeFilter): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(employees).where(this.employeesWhere(filter));
    return row?.n ?? 0;
  }

  async employeeById(id: string): Promise<EmployeeRow | undefined> {
    const [row] = await this.db
      .select()
      .from(employees)
      .where(and(eq(employees.organizationId, this.organizationId), eq(employees.id, id)));
    return row;
  }

  async employeeIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.organizationId, this.organizationId), inArray(employees.id, ids as string[])));
    return rows.map((r) => r.id);
  }

  async insertEmployee(values: EmployeeValues, now: Date): Promise<EmployeeRow> {
    const [row] = await this.db
      .insert(employees)
      .values({ ...values, organizationId: this.organizationId, createdAt: now, updatedAt: now })
      .returning();
    return row;
  }

  async updateEmployee(id: string, values: Partial<EmployeeValues>, now: Date): Promise<EmployeeRow | undefined> {
    const [row] = await this.db
      .update(employees)
      .set({ ...values, updatedAt: now })
      .where(and(eq(employees.organizationId, this.organizationId), eq(employees.id, id)))
      .returning();
    return row;
  }

  async setExtension(id: string, extension: string | null, now: Date): Promise<EmployeeRow | undefined> {
    const [row] = await this.db
      .update(employees)
      .set({ extension, updatedAt: now })
      .where(and(eq(employees.organizationId, this.organizationId), eq(employees.id, id)))
      .returning();
    return row;
  }

  /** Ends an employee's sessions (all but `keep`, the acting viewer's own); returns the ended ones' ids. */
  async deleteSessionsOfEmployee(employeeId: string, keep?: string): Promise<string[]> {
    const rows = await this.db
      .delete(sessions)
      .where(and(eq(sessions.organizationId, this.organizationId), eq(sessions.employeeId, employeeId), keep ? ne(sessions.id, keep) : undefined))
      .returning({ id: sessions.id });
    return rows.map((r) => r.id);
  }

  /** Departments of many employees at once, by name. */
  departmentsOfEmployees(employeeIds: readonly string[]) {
    return this.db
      .select({ employeeId: departmentEmployees.employeeId, department: departments })
      .from(departmentEmployees)
      .innerJoin(departments, eq(departments.id, departmentEmployees.departmentId))
      .where(and(eq(departmentEmployees.organizationId, this.organizationId), inArray(departmentEmployees.employeeId, employeeIds as string[])))
      .orderBy(asc(departments.name), asc(departments.id));
  }

  /** Employees of many departments at once, by name. */
  employeesOfDepartments(departmentIds: readonly string[]) {
    return this.db
      .select({ departmentId: departmentEmployees.departmentId, employee: employees })
      .from(departmentEmployees)
      .innerJoin(employees, eq(employees.id, departmentEmployees.employeeId))
      .where(
        and(eq(departmentEmployees.organizationId, this.organizationId), inArray(departmentEmployees.departmentId, departmentIds as string[])),
      )
      .orderBy(asc(employees.fullName), asc(employees.id));
  }

  /** Replaces the employee's departments. */
  async setDepartmentsOfEmployee(employeeId: string, departmentIds: readonly string[]): Promise<void> {
    await this.db
      .delete(departmentEmployees)
      .where(and(eq(departmentEmployees.organizationId, this.organizationId), eq(departmentEmployees.employeeId, employeeId)));
    if (departmentIds.length === 0) return;
    await this.db
      .insert(departmentEmployees)
      .values(departmentIds.map((departmentId) => ({ organizationId: this.organizationId, departmentId, employeeId })));
  }

  // Departments

  private departmentsWhere(filter: NameFilter): SQL {
    const conditions: SQL[] = [eq(departments.organizationId, this.organizationId)];
    if (filter.search) conditions.push(foldedContains(departments.name, filter.search));
    return and(...conditions)!;
  }

  departments(filter: NameFilter, limit: number, after: CursorValue[] | null): Promise<DepartmentRow[]> {
    const where = this.departmentsWhere(filter);
    return this.db
      .select()
      .from(departments)
      .where(after ? and(where, afterKey([departments.name, departments.id], after)) : where)
      .orderBy(asc(departments.name), asc(departments.id))
      .limit(limit + 1);
  }

  async countDepartments(filter: NameFilter): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(departments).where(this.departmentsWhere(filter));
    return row?.n ?? 0;
  }

  async departmentById(id: string): Promise<DepartmentRow | undefined> {
    const [row] = await this.db
      .select()
      .from(departments)
      .where(and(eq(departments.organizationId, this.organizationId), eq(departments.id, id)));
    return row;
  }

  async departmentIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.organizationId, this.organizationId), inArray(departments.id, ids as string[])));
    return rows.map((r) => r.id);
  }

  async insertDepartment(name: string, now: Date): Promise<DepartmentRow> {
    const [row] = await this.db.insert(departments).values({ organizationId: this.organizationId, name, createdAt: now, updatedAt: now }).returning();
    return row;
  }

  /** Renames and/or marks a change of members; undefined when the department is not there or not at `expectedVersion`. */
  async updateDepartment(
    id: string,
    values: Partial<Pick<DepartmentRow, "name">>,
    expectedVersion: number | null,
    now: Date,
  ): Promise<DepartmentRow | undefined> {
    const [row] = await this.db
      .update(departments)
      .set({ ...values, version: sql`${departments.version} + 1`, updatedAt: now })
      .where(
        and(
          eq(departments.organizationId, this.organizationId),
          eq(departments.id, id),
          expectedVersion != null ? eq(departments.version, expectedVersion) : undefined,
        ),
      )
      .returning();
    return row;
  }

  async employeeIdsOfDepartment(departmentId: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: departmentEmployees.employeeId })
      .from(departmentEmployees)
      .where(and(eq(departmentEmployees.organizationId, this.organizationId), eq(departmentEmployees.departmentId, departmentId)));
    return rows.map((r) => r.id);
  }

  /** Replaces the department's employees. */
  async setEmployeesOfDepartment(departmentId: string, employeeIds: readonly string[]): Promise<void> {
    await this.db
      .delete(departmentEmployees)
      .where(and(eq(departmentEmployees.organizationId, this.organizationId), eq(departmentEmployees.departmentId, departmentId)));
    if (employeeIds.length === 0) return;
    await this.db
      .insert(departmentEmployees)
      .values(employeeIds.map((employeeId) => ({ organizationId: this.organizationId, departmentId, employeeId })));
  }

  // Roles

  roles(limit: number, after: CursorValue[] | null): Promise<RoleRow[]> {
    const where = eq(roles.organizationId, this.organizationId);
    return this.db
      .select()
      .from(roles)
      .where(after ? and(where, afterKey([roles.name, roles.id], after)) : where)
      .orderBy(asc(roles.name), asc(roles.id))
      .limit(limit + 1);
  }

  async countRoles(): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(roles).where(eq(roles.organizationId, this.organizationId));
    return row?.n ?? 0;
  }

  async roleById(id: string): Promise<RoleRow | undefined> {
    const [row] = await this.db
      .select()
      .from(roles)
      .where(and(eq(roles.organizationId, this.organizationId), eq(roles.id, id)));
    return row;
  }

  async insertRole(values: RoleValues, now: Date): Promise<RoleRow> {
    const [row] = await this.db
      .insert(roles)
      .values({ ...values, organizationId: this.organizationId, createdAt: now, updatedAt: now })
      .returning();
    return row;
  }

  /** Undefined when the role is not there or not at `expectedVersion`. */
  async updateRole(id: string, values: Partial<RoleValues>, expectedVersion: number | null, now: Date): Promise<RoleRow | undefined> {
    const [row] = await this.db
      .update(roles)
      .set({ ...values, version: sql`${roles.version} + 1`, updatedAt: now })
      .where(and(eq(roles.organizationId, this.organizationId), eq(roles.id, id), expectedVersion != null ? eq(roles.version, expectedVersion) : undefined))
      .returning();
    return row;
  }

  /** The holders of a role (the ones whose access a change of it changes). */
  async employeeIdsWithRole(roleId: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.organizationId, this.organizationId), eq(employees.roleId, roleId)));
    return rows.map((r) => r.id);
  }

  /** How many employees (inactive ones included) hold each of the roles: one statement for a page of roles. */
  async employeeCountsOfRoles(roleIds: readonly string[]): Promise<Map<string, number>> {
    if (roleIds.length === 0) return new Map();
    const rows = await this.db
      .select({ roleId: employees.roleId, n: count() })
      .from(employees)
      .where(and(eq(employees.organizationId, this.organizationId), inArray(employees.roleId, roleIds as string[])))
      .groupBy(employees.roleId);
    return new Map(rows.map((r) => [r.roleId, r.n]));
  }

  /** Services named by a role's notification settings that exist in the organization. */
  async serviceIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ id: services.id })
      .from(services)
      .where(and(eq(services.organizationId, this.organizationId), inArray(services.id, ids as string[])));
    return rows.map((r) => r.id);
  }

  // Deletion

  async lockDepartment(id: string): Promise<DepartmentRow | undefined> {
    const [row] = await this.db
      .select()
      .from(departments)
      .where(and(eq(departments.organizationId, this.organizationId), eq(departments.id, id)))
      .for("update");
    return row;
  }

  /** What names a department: its employees, services, orders and incidents. */
  async departmentHolders(id: string): Promise<Holders> {
    const n = (rows: { n: number }[]) => rows[0]?.n ?? 0;
    const [employeeCount, serviceCount, orderCount, incidentCount] = await Promise.all([
      this.db
        .select({ n: count() })
        .from(departmentEmployees)
        .where(and(eq(departmentEmployees.organizationId, this.organizationId), eq(departmentEmployees.departmentId, id)))
        .then(n),
      this.db
        .select({ n: count() })
        .from(services)
        .where(and(eq(services.organizationId, this.organizationId), eq(services.departmentId, id)))
        .then(n),
      this.db
        .select({ n: count() })
        .from(orders)
        .where(and(eq(orders.departmentId, id), eq(orders.organizationId, this.organizationId)))
        .then(n),
      this.db
        .select({ n: count() })
        .from(incidents)
        .where(and(eq(incidents.organizationId, this.organizationId), eq(incidents.departmentId, id)))
        .then(n),
    ]);
    return { employees: employeeCount, services: serviceCount, orders: orderCount, incidents: incidentCount };
  }

  /** Deletes the department and drops it from every role's notification filter (those name departments by id). */
  async deleteDepartment(id: string): Promise<void> {
    await this.db
      .update(roles)
      .set({
        notificationSettings: sql`jsonb_set(${roles.notificationSettings}, '{departmentIds}', (${roles.notificationSettings}->'departmentIds') - ${id}::text)`,
        version: sql`${roles.version} + 1`,
      })
      .where(and(eq(roles.organizationId, this.organizationId), sql`${roles.notificationSettings}->'departmentIds' ? ${id}::text`));
    await this.db.delete(departments).where(and(eq(departments.organizationId, this.organizationId), eq(departments.id, id)));
  }

  async lockRole(id: string): Promise<RoleRow | undefined> {
    const [row] = await this.db
      .select()
      .from(roles)
      .where(and(eq(roles.organizationId, this.organizationId), eq(roles.id, id)))
      .for("update");
    return row;
  }

  async deleteRole(id: string): Promise<void> {
    await this.db.delete(roles).where(and(eq(roles.organizationId, this.organizationId), eq(roles.id, id)));
  }
}
