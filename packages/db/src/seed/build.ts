import { DEFAULT_ROLE_PERMISSIONS } from "@domovoy/domain";
import {
  buildings,
  clientPremises,
  clients,
  departmentEmployees,
  departments,
  employees,
  legalEntities,
  objectGroupAdministrators,
  objectGroups,
  organizations,
  premises,
  priceListItems,
  quarterAdministrators,
  quarters,
  roles,
  services,
  type RoleNotificationSettings,
} from "../schema/index.js";
import { randomPerson, randomSurname, transliterate, type Gender, type Person } from "./names.js";
import type { OrganizationDefinition, RoleName } from "./organizations.js";
import { createRandom, seedUuid, type Random } from "./random.js";

export type SeedRows = {
  organizations: (typeof organizations.$inferInsert)[];
  legalEntities: (typeof legalEntities.$inferInsert)[];
  quarters: (typeof quarters.$inferInsert)[];
  objectGroups: (typeof objectGroups.$inferInsert)[];
  buildings: (typeof buildings.$inferInsert)[];
  premises: (typeof premises.$inferInsert)[];
  clients: (typeof clients.$inferInsert)[];
  clientPremises: (typeof clientPremises.$inferInsert)[];
  roles: (typeof roles.$inferInsert)[];
  departments: (typeof departments.$inferInsert)[];
  employees: (typeof employees.$inferInsert)[];
  departmentEmployees: (typeof departmentEmployees.$inferInsert)[];
  quarterAdministrators: (typeof quarterAdministrators.$inferInsert)[];
  objectGroupAdministrators: (typeof objectGroupAdministrators.$inferInsert)[];
  services: (typeof services.$inferInsert)[];
  priceListItems: (typeof priceListItems.$inferInsert)[];
};

export type BuildOptions = { passwordHash: string; now: Date };

const MOBILE_CODES = ["903", "905", "906", "909", "910", "915", "916", "917", "919", "925", "926", "929", "965", "968", "977", "985", "999"];

/** What the Russian UI shows; the English keys name the default permission sets. */
const ROLE_TITLES: Record<RoleName, string> = { Administrator: "Администратор", Dispatcher: "Диспетчер", Executor: "Исполнитель" };

const ROLE_DEFINITIONS: Record<RoleName, { description: string; notificationSettings: RoleNotificationSettings }> = {
  Administrator: {
    description: "Полный доступ: справочники, сотрудники, роли, интеграции, возвраты",
    notificationSettings: { newOrders: true, serviceIds: [], departmentIds: [], chatMessages: true, importantComments: true, refundRequests: true },
  },
  Dispatcher: {
    description: "Приём и распределение заявок, работа с жителями, счета и отчёты",
    notificationSettings: { newOrders: true, serviceIds: [], departmentIds: [], chatMessages: true, importantComments: true, refundRequests: false },
  },
  Executor: {
    description: "Выполнение назначенных заявок в мобильном приложении сотрудника",
    notificationSettings: { newOrders: false, serviceIds: [], departmentIds: [], chatMessages: true, importantComments: true, refundRequests: false },
  },
};

const PREMISE_NOTES = [
  "Ключи от квартиры у соседей",
  "В квартире собака, предупреждать перед визитом",
  "Доступ к стояку закрыт коробом из плитки",
  "Перепланировка не узаконена",
  "Собственник проживает за границей, связь по электронной почте",
  "Счётчики ХВС и ГВС опломбированы в 2024 году",
  "Квартира после залива, ведётся ремонт",
  "Не пускает в квартиру для осмотра стояков",
];

const CLIENT_NOTES = [
  "Предпочитает связь в мессенджере",
  "Плохо слышит, говорить громче",
  "Звонить только после 18:00",
  "Просит предупреждать о визите заранее",
  "Член совета дома",
  "Старшая по подъезду",
  "Часто пишет жалобы в жилинспекцию",
];

const pad = (value: number, length: number) => String(value).padStart(length, "0");
const kopecks = (rubles: number) => BigInt(Math.round(rubles * 100));

function mobilePhone(random: Random, used: Set<string>): string {
  for (;;) {
    const phone = `+7${random.pick(MOBILE_CODES)}${pad(random.int(0, 9_999_999), 7)}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

function utilityBalance(random: Random): bigint {
  const roll = random.next();
  if (roll < 0.2) return 0n;
  if (roll < 0.65) {
    const rubles = random.chance(0.12) ? random.int(15_000, 180_000) : random.int(50, 6_000);
    return -kopecks(rubles + random.int(0, 99) / 100);
  }
  return kopecks(random.int(100, 9_000) + random.int(0, 99) / 100);
}

function premiseTags(random: Random, balance: bigint): string[] {
  const tags: string[] = [];
  if (balance <= -1_500_000n) tags.push("Должник");
  if (random.chance(0.03)) tags.push("VIP");
  if (random.chance(0.02)) tags.push("Аварийная");
  if (random.chance(0.04)) tags.push("Сдаётся");
  return tags;
}

function clientTags(random: Random, isOwner: boolean): string[] {
  const tags: string[] = [];
  if (isOwner && random.chance(0.5)) tags.push("Собственник");
  if (random.chance(0.1)) tags.push("Пенсионер");
  if (random.chance(0.07)) tags.push("Льготник");
  if (isOwner && random.chance(0.02)) tags.push("Многодетная семья");
  if (random.chance(0.03)) tags.push("Конфликтный");
  return tags;
}

/** 10% of flats have no registered resident, the rest one to three. */
function householdSize(random: Random): number {
  const roll = random.next();
  if (roll < 0.1) return 0;
  if (roll < 0.65) return 1;
  if (roll < 0.92) return 2;
  return 3;
}

function household(random: Random, size: number): Person[] {
  const surname = randomSurname(random);
  const headGender: Gender = random.chance(0.55) ? "female" : "male";
  const head = randomPerson(random, headGender, surname);
  const members = [head];
  if (size >= 2) members.push(randomPerson(random, headGender === "male" ? "female" : "male", surname));
  if (size >= 3) {
    const father = members.find((member) => member.gender === "male")!;
    members.push(randomPerson(random, random.chance(0.5) ? "male" : "female", surname, father.firstName));
  }
  return members;
}

export function buildOrganization(definition: OrganizationDefinition, options: BuildOptions): SeedRows {
  const { slug } = definition;
  const organizationId = seedUuid(slug, "organization");
  const idOf = (kind: string, key: string | number) => seedUuid(slug, kind, key);
  const minutesAgo = (minutes: number) => new Date(options.now.getTime() - minutes * 60_000);

  const rows: SeedRows = {
    organizations: [
      {
        id: organizationId,
        name: definition.name,
        slug,
        timeZone: definition.timeZone,
        phone: definition.phone,
        email: definition.email,
        address: definition.address,
      },
    ],
    legalEntities: definition.legalEntities.map((entity) => ({ id: idOf("legal-entity", entity.name), organizationId, ...entity })),
    quarters: definition.quarters.map((name) => ({ id: idOf("quarter", name), organizationId, name })),
    objectGroups: definition.objectGroups.map((name) => ({ id: idOf("object-group", name), organizationId, name })),
    buildings: definition.buildings.map((building, index) => ({
      id: idOf("building", index),
      organizationId,
      address: building.address,
      quarterId: idOf("quarter", building.quarter),
      objectGroupId: idOf("object-group", building.objectGroup),
      legalEntityId: idOf("legal-entity", building.legalEntity),
    })),
    premises: [],
    clients: [],
    clientPremises: [],
    roles: (Object.keys(ROLE_DEFINITIONS) as RoleName[]).map((name) => ({
      id: idOf("role", name),
      organizationId,
      name: ROLE_TITLES[name],
      description: ROLE_DEFINITIONS[name].description,
      permissions: [...DEFAULT_ROLE_PERMISSIONS[name]],
      notificationSettings: ROLE_DEFINITIONS[name].notificationSettings,
    })),
    departments: definition.departments.map((name) => ({ id: idOf("department", name), organizationId, name })),
    employees: [],
    departmentEmployees: [],
    quarterAdministrators: [],
    objectGroupAdministrators: [],
    services: [],
    priceListItems: [],
  };

  const staffRandom = createRandom(`${slug}:employees`);
  const staffPhones = new Set<string>();
  for (const employee of definition.employees) {
    const employeeId = idOf("employee", employee.email);
    rows.employees.push({
      id: employeeId,
      organizationId,
      roleId: idOf("role", employee.role),
      fullName: employee.fullName,
      email: employee.email.toLowerCase(),
      phone: mobilePhone(staffRandom, staffPhones),
      position: employee.position,
      active: employee.active ?? true,
      passwordHash: options.passwordHash,
    });
    for (const department of employee.departments) {
      rows.departmentEmployees.push({ organizationId, departmentId: idOf("department", department), employeeId });
    }
    for (const quarter of employee.quarters ?? []) {
      rows.quarterAdministrators.push({ organizationId, quarterId: idOf("quarter", quarter), employeeId });
    }
    for (const group of employee.objectGroups ?? []) {
      rows.objectGroupAdministrators.push({ organizationId, objectGroupId: idOf("object-group", group), employeeId });
    }
  }

  for (const service of definition.services) {
    const serviceId = idOf("service", service.name);
    rows.services.push({
      id: serviceId,
      organizationId,
      name: service.name,
      description: service.description,
      kind: service.kind,
      departmentId: idOf("department", service.department),
      slaReactionMinutes: service.slaReactionMinutes,
      slaExecutionMinutes: service.slaExecutionMinutes,
      maxExecutors: service.maxExecutors,
      residentMayReopen: service.residentMayReopen ?? true,
      documentRequiredToClose: service.documentRequiredToClose ?? false,
      refundsAllowed: service.refundsAllowed ?? false,
      routingEnabled: service.routingEnabled ?? false,
      orderForm: service.orderForm ?? [],
      checklistRequiredToClose: service.checklistRequiredToClose ?? false,
      checklistTemplate: (service.checklist ?? []).map((item) => (typeof item === "string" ? { title: item } : item)),
      active: service.active ?? true,
    });
    (service.prices ?? []).forEach((price, position) => {
      rows.priceListItems.push({
        id: idOf("price", `${service.name}:${price.name}`),
        organizationId,
        serviceId,
        name: price.name,
        unit: price.unit,
        unitPrice: kopecks(price.rubles),
        position,
      });
    });
  }

  const premiseRandom = createRandom(`${slug}:premises`);
  const clientRandom = createRandom(`${slug}:clients`);
  const residents = new Map(definition.residents.map((resident) => [`${resident.building}:${resident.flat}`, resident]));
  const clientPhones = new Set(definition.residents.map((resident) => resident.phone));
  const owners: string[] = [];

  const addClient = (person: Pick<Person, "fullName"> & Partial<Person>, phone: string, isOwner: boolean, premiseId: string, known: boolean) => {
    const clientId = idOf("client", phone);
    const email =
      person.firstName && person.surname && clientRandom.chance(0.25)
        ? `${transliterate(person.firstName)}.${transliterate(person.surname)}${clientRandom.int(10, 99)}@example.com`
        : null;
    const loggedIn = known || clientRandom.chance(0.35);
    rows.clients.push({
      id: clientId,
      organizationId,
      fullName: person.fullName,
      phone,
      email,
      tags: clientTags(clientRandom, isOwner),
      note: clientRandom.chance(0.05) ? clientRandom.pick(CLIENT_NOTES) : null,
      lastAppLoginAt: loggedIn ? minutesAgo(known ? clientRandom.int(30, 4_320) : clientRandom.int(60, 86_400)) : null,
    });
    rows.clientPremises.push({ organizationId, clientId, premiseId, isOwner });
    if (isOwner) owners.push(clientId);
  };

  definition.buildings.forEach((building, buildingIndex) => {
    for (let flat = 1; flat <= building.flats; flat++) {
      const premiseId = idOf("premise", `${buildingIndex}:${flat}`);
      const number = String(flat);
      const balance = utilityBalance(premiseRandom);
      rows.premises.push({
        id: premiseId,
        organizationId,
        buildingId: idOf("building", buildingIndex),
        number,
        sortKey: number.padStart(6, "0"),
        tags: premiseTags(premiseRandom, balance),
        personalAccount: premiseRandom.chance(0.92) ? `${definition.accountPrefix}${pad(buildingIndex + 1, 3)}${pad(flat, 4)}` : null,
        note: premiseRandom.chance(0.08) ? premiseRandom.pick(PREMISE_NOTES) : null,
        utilityBalance: balance,
      });

      const resident = residents.get(`${buildingIndex}:${flat}`);
      if (resident) {
        addClient({ fullName: resident.fullName }, resident.phone, true, premiseId, true);
        continue;
      }
      const size = householdSize(clientRandom);
      if (size === 0) {
        if (owners.length > 0 && clientRandom.chance(0.35)) {
          rows.clientPremises.push({ organizationId, clientId: clientRandom.pick(owners), premiseId, isOwner: true });
        }
        continue;
      }
      household(clientRandom, size).forEach((person, index) => {
        addClient(person, mobilePhone(clientRandom, clientPhones), index === 0, premiseId, false);
      });
    }
  });

  return rows;
}
