import { CLEANING, DISPATCH, ELECTRICAL, PLUMBING, SERVICE_CATALOGUE, catalogueService, type ServiceDefinition } from "./catalogue.js";

export type RoleName = "Administrator" | "Dispatcher" | "Executor";

export type EmployeeDefinition = {
  email: string;
  fullName: string;
  role: RoleName;
  position: string;
  departments: string[];
  quarters?: string[];
  objectGroups?: string[];
  active?: boolean;
  /** Listed in DEMO_ACCOUNTS. */
  demo?: boolean;
};

export type BuildingDefinition = { address: string; quarter: string; objectGroup: string; legalEntity: string; flats: number };

/** A resident with a known phone, placed as the owner of the given flat. */
export type ResidentDefinition = { phone: string; fullName: string; building: number; flat: number };

export type OrganizationDefinition = {
  slug: string;
  name: string;
  timeZone: string;
  phone: string;
  email: string;
  address: string;
  /** First digits of every personal account of the organization. */
  accountPrefix: string;
  legalEntities: {
    name: string;
    inn: string;
    kpp: string;
    ogrn: string;
    address: string;
    phone: string;
    email?: string;
    bankName?: string;
    bik?: string;
    settlementAccount?: string;
    correspondentAccount?: string;
  }[];
  quarters: string[];
  objectGroups: string[];
  buildings: BuildingDefinition[];
  departments: string[];
  employees: EmployeeDefinition[];
  services: ServiceDefinition[];
  residents: ResidentDefinition[];
  /** Demo orders over the last month (see orders/index.ts). */
  orderCount: number;
};

function building(address: string, quarter: string, objectGroup: string, legalEntity: string, flats: number): BuildingDefinition {
  return { address, quarter, objectGroup, legalEntity, flats };
}

const staff = (
  email: string,
  fullName: string,
  role: RoleName,
  position: string,
  departments: string[],
  extra: Pick<EmployeeDefinition, "quarters" | "objectGroups" | "active" | "demo"> = {},
): EmployeeDefinition => ({ email, fullName, role, position, departments, ...extra });

const DOMOVOY_SERVICE = "ООО «Домовой-Сервис»";
const DOMOVOY_ZHILFOND = "ООО «Домовой Жилфонд»";
const NORTH = "Квартал Северный";
const SOUTH = "Квартал Южный";
const AREA_1 = "Эксплуатационный участок № 1";
const AREA_2 = "Эксплуатационный участок № 2";
const AREA_3 = "Эксплуатационный участок № 3";

const SHARED_RESIDENT = { phone: "+79160000003", fullName: "Козлов Дмитрий Сергеевич" };

export const DOMOVOY: OrganizationDefinition = {
  slug: "domovoy",
  name: "УК «Домовой»",
  timeZone: "Europe/Moscow",
  phone: "+74957750101",
  email: "info@domovoy.example",
  address: "117292, г. Москва, ул. Дмитрия Ульянова, д. 24, пом. 1",
  accountPrefix: "402",
  legalEntities: [
    {
      name: DOMOVOY_SERVICE,
      inn: "7728015439",
      kpp: "772801001",
      ogrn: "1157746284190",
      address: "117292, г. Москва, ул. Дмитрия Ульянова, д. 24, пом. 1",
      phone: "+74957750101",
      email: "info@domovoy.example",
      bankName: "ПАО Сбербанк",
      bik: "044525225",
      settlementAccount: "40702810938000012345",
      correspondentAccount: "30101810400000000225",
    },
    {
      name: DOMOVOY_ZHILFOND,
      inn: "7728059179",
      kpp: "772801001",
      ogrn: "1187746611194",
      address: "117218, г. Москва, ул. Кржижановского, д. 14, к. 3, пом. 2",
      phone: "+74957750102",
      email: "zhilfond@domovoy.example",
      bankName: "АО «Альфа-Банк»",
      bik: "044525593",
      settlementAccount: "40702810501300023456",
      correspondentAccount: "30101810200000000593",
    },
  ],
  quarters: [NORTH, SOUTH],
  objectGroups: [AREA_1, AREA_2, AREA_3],
  buildings: [
    building("г. Москва, ул. Профсоюзная, д. 56", NORTH, AREA_1, DOMOVOY_SERVICE, 72),
    building("г. Москва, ул. Профсоюзная, д. 58, к. 2", NORTH, AREA_1, DOMOVOY_SERVICE, 36),
    building("г. Москва, ул. Вавилова, д. 81", NORTH, AREA_1, DOMOVOY_SERVICE, 45),
    building("г. Москва, ул. Дмитрия Ульянова, д. 24", NORTH, AREA_2, DOMOVOY_SERVICE, 60),
    building("г. Москва, ул. Кржижановского, д. 14, к. 3", NORTH, AREA_2, DOMOVOY_ZHILFOND, 40),
    building("г. Москва, Нахимовский пр-т, д. 47", NORTH, AREA_2, DOMOVOY_ZHILFOND, 80),
    building("г. Москва, ул. Архитектора Власова, д. 19", SOUTH, AREA_3, DOMOVOY_ZHILFOND, 54),
    building("г. Москва, ул. Новочерёмушкинская, д. 61", SOUTH, AREA_3, DOMOVOY_ZHILFOND, 30),
    building("г. Москва, ул. Гарибальди, д. 23", SOUTH, AREA_3, DOMOVOY_SERVICE, 48),
    building("г. Москва, ул. Обручева, д. 5", SOUTH, AREA_2, DOMOVOY_SERVICE, 36),
    building("г. Москва, Ленинский пр-т, д. 123", SOUTH, AREA_3, DOMOVOY_ZHILFOND, 64),
    building("г. Москва, ул. Академика Челомея, д. 8", SOUTH, AREA_3, DOMOVOY_ZHILFOND, 35),
  ],
  departments: [DISPATCH, PLUMBING, ELECTRICAL, CLEANING],
  employees: [
    staff("admin@domovoy.example", "Орлов Андрей Николаевич", "Administrator", "Генеральный директор", [], { demo: true }),
    staff("engineer@domovoy.example", "Кузнецов Михаил Петрович", "Administrator", "Главный инженер", [DISPATCH, PLUMBING, ELECTRICAL], {
      quarters: [NORTH],
      demo: true,
    }),
    staff("belova@domovoy.example", "Белова Татьяна Сергеевна", "Dispatcher", "Управляющий кварталом", [DISPATCH], { quarters: [SOUTH] }),
    staff("gromov@domovoy.example", "Громов Виталий Олегович", "Dispatcher", "Инженер участка", [PLUMBING], { objectGroups: [AREA_1] }),
    staff("lukyanova@domovoy.example", "Лукьянова Елена Игоревна", "Dispatcher", "Инженер участка", [ELECTRICAL], { objectGroups: [AREA_2] }),
    staff("nesterov@domovoy.example", "Нестеров Павел Андреевич", "Dispatcher", "Инженер участка", [PLUMBING], { objectGroups: [AREA_3] }),
    staff("dispatcher@domovoy.example", "Смирнова Анна Владимировна", "Dispatcher", "Старший диспетчер", [DISPATCH], { demo: true }),
    staff("dispatcher2@domovoy.example", "Егоров Кирилл Дмитриевич", "Dispatcher", "Диспетчер", [DISPATCH], { demo: true }),
    staff("dispatcher3@domovoy.example", "Фомина Наталья Юрьевна", "Dispatcher", "Диспетчер", [DISPATCH]),
    staff("dispatcher4@domovoy.example", "Ильина Ксения Романовна", "Dispatcher", "Диспетчер", [DISPATCH]),
    staff("plumber@domovoy.example", "Волков Сергей Иванович", "Executor", "Сантехник", [PLUMBING], { demo: true }),
    staff("plumber2@domovoy.example", "Захаров Николай Степанович", "Executor", "Сантехник", [PLUMBING]),
    staff("plumber3@domovoy.example", "Данилов Артём Викторович", "Executor", "Сантехник", [PLUMBING]),
    staff("plumber4@domovoy.example", "Хабибуллин Руслан Тимурович", "Executor", "Мастер сантехнического участка", [PLUMBING]),
    staff("plumber5@domovoy.example", "Сидоров Геннадий Борисович", "Executor", "Сантехник", [PLUMBING], { active: false }),
    staff("electrician@domovoy.example", "Морозов Денис Александрович", "Executor", "Электрик", [ELECTRICAL], { demo: true }),
    staff("electrician2@domovoy.example", "Тихонов Игорь Васильевич", "Executor", "Электрик", [ELECTRICAL]),
    staff("electrician3@domovoy.example", "Карпов Владимир Евгеньевич", "Executor", "Электромонтёр по лифтам", [ELECTRICAL]),
    staff("electrician4@domovoy.example", "Савин Олег Михайлович", "Executor", "Мастер электроучастка", [ELECTRICAL, PLUMBING]),
    staff("cleaner@domovoy.example", "Гарипова Эльвира Руслановна", "Executor", "Бригадир клининга", [CLEANING], { demo: true }),
    staff("cleaner2@domovoy.example", "Абрамова Галина Петровна", "Executor", "Уборщица", [CLEANING]),
    staff("cleaner3@domovoy.example", "Ткаченко Оксана Николаевна", "Executor", "Уборщица", [CLEANING]),
    staff("cleaner4@domovoy.example", "Мартынова Людмила Ивановна", "Executor", "Уборщица", [CLEANING]),
    staff("janitor@domovoy.example", "Быков Степан Фёдорович", "Executor", "Дворник", [CLEANING]),
    staff("janitor2@domovoy.example", "Гусев Юрий Анатольевич", "Executor", "Дворник", [CLEANING]),
  ],
  services: SERVICE_CATALOGUE,
  residents: [
    { phone: "+79160000001", fullName: "Соколова Ольга Игоревна", building: 0, flat: 12 },
    { phone: "+79160000002", fullName: "Петров Алексей Викторович", building: 3, flat: 7 },
    { ...SHARED_RESIDENT, building: 6, flat: 21 },
  ],
  orderCount: 180,
};

const SEVERNY_LEGAL = "ООО «Северный дом»";
const DEGUNINO = "Квартал Дегунино";
const DUBNINSKY = "Участок Дубнинский";
const REPAIRS = "Аварийно-ремонтная служба";

export const SEVERNY: OrganizationDefinition = {
  slug: "severny",
  name: "УК «Северный дом»",
  timeZone: "Europe/Moscow",
  phone: "+74954880220",
  email: "info@severny.example",
  address: "127474, г. Москва, ул. Дубнинская, д. 32, пом. 3",
  accountPrefix: "713",
  legalEntities: [
    {
      name: SEVERNY_LEGAL,
      inn: "7715392045",
      kpp: "771501001",
      ogrn: "1207700318198",
      address: "127474, г. Москва, ул. Дубнинская, д. 32, пом. 3",
      phone: "+74954880220",
      email: "info@severny.example",
      bankName: "АО «Т-Банк»",
      bik: "044525974",
      settlementAccount: "40702810010000034567",
      correspondentAccount: "30101810145250000974",
    },
  ],
  quarters: [DEGUNINO],
  objectGroups: [DUBNINSKY],
  buildings: [
    building("г. Москва, ул. Дубнинская, д. 32", DEGUNINO, DUBNINSKY, SEVERNY_LEGAL, 24),
    building("г. Москва, Дмитровское ш., д. 107, к. 1", DEGUNINO, DUBNINSKY, SEVERNY_LEGAL, 16),
  ],
  departments: [DISPATCH, REPAIRS, CLEANING],
  employees: [
    staff("admin@severny.example", "Лебедева Марина Александровна", "Administrator", "Директор", [], { quarters: [DEGUNINO], demo: true }),
    staff("dispatcher@severny.example", "Комаров Евгений Павлович", "Dispatcher", "Диспетчер", [DISPATCH], { objectGroups: [DUBNINSKY], demo: true }),
    staff("plumber@severny.example", "Яковлев Василий Григорьевич", "Executor", "Сантехник", [REPAIRS], { demo: true }),
    staff("electrician@severny.example", "Филатов Роман Ильич", "Executor", "Электрик", [REPAIRS]),
    staff("cleaner@severny.example", "Кравченко Нина Викторовна", "Executor", "Уборщица", [CLEANING]),
  ],
  services: [
    catalogueService("Засор канализации", { department: REPAIRS, slaReactionMinutes: 60 }),
    catalogueService("Протечка", { department: REPAIRS }),
    catalogueService("Замена лампы в подъезде", { department: REPAIRS, slaExecutionMinutes: 2880 }),
    catalogueService("Уборка подъезда"),
    catalogueService("Замена смесителя", { department: REPAIRS, prices: catalogueService("Замена смесителя").prices?.slice(0, 3) }),
  ],
  residents: [
    { ...SHARED_RESIDENT, building: 0, flat: 5 },
    { phone: "+79160000004", fullName: "Никитина Светлана Олеговна", building: 1, flat: 9 },
  ],
  orderCount: 20,
};

export const ORGANIZATIONS = [DOMOVOY, SEVERNY];
