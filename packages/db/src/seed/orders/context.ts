import type { FormField } from "@domovoy/domain";
import type { SeedRows } from "../build.js";
import { DISPATCH } from "../catalogue.js";
import { createRandom } from "../random.js";
import { zone, type Context, type Place, type Service } from "./model.js";
import { EXECUTOR_POSITIONS, WINTER_ONLY } from "./texts.js";

/** The organization's services, flats, dispatchers and executors, as the orders are built from them. */
export function context(rows: SeedRows, now: Date, demoPhones: string[]): Context {
  const organization = rows.organizations[0]!;
  const organizationId = organization.id!;
  const slug = organization.slug;
  const month = now.getUTCMonth();
  const winter = month >= 10 || month <= 2;

  const services: Service[] = rows.services
    .filter((s) => s.active !== false && (winter || !WINTER_ONLY.has(s.name)))
    .map((s) => ({
      id: s.id!,
      name: s.name,
      kind: s.kind ?? "STANDARD",
      departmentId: s.departmentId!,
      reactionMinutes: s.slaReactionMinutes ?? null,
      executionMinutes: s.slaExecutionMinutes ?? null,
      maxExecutors: s.maxExecutors ?? 1,
      residentMayReopen: s.residentMayReopen ?? true,
      documentRequiredToClose: s.documentRequiredToClose ?? false,
      checklistRequiredToClose: s.checklistRequiredToClose ?? false,
      routingEnabled: s.routingEnabled ?? false,
      orderForm: (s.orderForm ?? []) as FormField[],
    }));

  const flatsIn = new Map<string, number>();
  for (const p of rows.premises) flatsIn.set(p.buildingId, (flatsIn.get(p.buildingId) ?? 0) + 1);
  const premises = new Map(rows.premises.map((p) => [p.id!, p]));
  const clients = new Map(rows.clients.map((c) => [c.id!, c]));
  const places: Place[] = rows.clientPremises.map((link) => {
    const premise = premises.get(link.premiseId)!;
    const client = clients.get(link.clientId)!;
    return {
      buildingId: premise.buildingId,
      premiseId: premise.id!,
      flat: Number(premise.number),
      flats: flatsIn.get(premise.buildingId)!,
      clientId: client.id!,
      clientPhone: client.phone,
      usesApp: client.lastAppLoginAt != null,
    };
  });

  const roles = new Map(rows.roles.map((r) => [r.id!, r.name]));
  const active = new Map(rows.employees.filter((e) => e.active !== false).map((e) => [e.id!, e]));
  const members = (departmentId: string) => rows.departmentEmployees.filter((m) => m.departmentId === departmentId && active.has(m.employeeId)).map((m) => m.employeeId);
  const dispatchDepartment = rows.departments.find((d) => d.name === DISPATCH)!.id!;
  const dispatchers = members(dispatchDepartment).filter((id) => roles.get(active.get(id)!.roleId) === "Dispatcher");

  const executorsByService = new Map<string, string[]>();
  for (const service of services) {
    const all = members(service.departmentId);
    const position = EXECUTOR_POSITIONS[service.name];
    const byPosition = position ? all.filter((id) => active.get(id)!.position === position) : [];
    const executors = all.filter((id) => roles.get(active.get(id)!.roleId) === "Executor");
    executorsByService.set(service.id, byPosition.length ? byPosition : executors.length ? executors : all);
  }

  return {
    slug,
    organizationId,
    now: now.getTime(),
    zone: zone(organization.timeZone ?? "Europe/Moscow"),
    random: createRandom(`${slug}:orders`),
    services,
    places,
    appPlaces: places.filter((place) => place.usesApp),
    demoPlaces: places.filter((place) => demoPhones.includes(place.clientPhone)),
    dispatchers,
    executorsByService,
  };
}
