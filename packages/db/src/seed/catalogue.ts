import type { OrderFormField } from "../schema/services.js";

export type PriceDefinition = { name: string; unit: "шт." | "час" | "м"; rubles: number };

export type ServiceDefinition = {
  name: string;
  description: string;
  kind: "STANDARD" | "APPOINTMENT" | "PAID";
  department: string;
  slaReactionMinutes: number | null;
  slaExecutionMinutes: number | null;
  maxExecutors: number;
  residentMayReopen?: boolean;
  documentRequiredToClose?: boolean;
  refundsAllowed?: boolean;
  routingEnabled?: boolean;
  active?: boolean;
  orderForm?: OrderFormField[];
  checklistRequiredToClose?: boolean;
  /** Plain titles, or items that need a photo or a note or are optional. */
  checklist?: (string | { title: string; required?: boolean; photoRequired?: boolean; noteRequired?: boolean })[];
  prices?: PriceDefinition[];
};

export const DISPATCH = "Диспетчерская служба";
export const PLUMBING = "Сантехническая служба";
export const ELECTRICAL = "Электротехническая служба";
export const CLEANING = "Клининг";

const text = (key: string, label: string, required = false): OrderFormField => ({ key, label, type: "TEXT", required, options: [] });
const number = (key: string, label: string, required = false): OrderFormField => ({ key, label, type: "NUMBER", required, options: [] });
const date = (key: string, label: string, required = false): OrderFormField => ({ key, label, type: "DATE", required, options: [] });
const checkbox = (key: string, label: string): OrderFormField => ({ key, label, type: "CHECKBOX", required: false, options: [] });
const select = (key: string, label: string, options: string[], required = false): OrderFormField => ({
  key,
  label,
  type: "SELECT",
  required,
  options,
});

const entrance = number("entrance", "Номер подъезда", true);
const floor = number("floor", "Этаж");

export const SERVICE_CATALOGUE: ServiceDefinition[] = [
  {
    name: "Засор канализации",
    description: "Устранение засора внутриквартирной канализации или общедомового стояка.",
    kind: "STANDARD",
    department: PLUMBING,
    slaReactionMinutes: 30,
    slaExecutionMinutes: 240,
    maxExecutors: 2,
    orderForm: [
      select("place", "Где засор", ["Кухня", "Ванная", "Туалет", "Общий стояк"], true),
      checkbox("flooding", "Вода поднимается, есть угроза залива"),
    ],
    checklist: ["Проверить стояк на соседних этажах", "Прочистить засор тросом", "Пролить систему водой", "Убедиться в отсутствии протечек"],
  },
  {
    name: "Протечка",
    description: "Протечка воды в квартире, подъезде или с кровли. Выезд аварийной бригады.",
    kind: "STANDARD",
    department: PLUMBING,
    slaReactionMinutes: 30,
    slaExecutionMinutes: 480,
    maxExecutors: 3,
    documentRequiredToClose: true,
    orderForm: [
      select("source", "Откуда течёт", ["Сверху, от соседей", "Трубы в квартире", "Общий стояк", "Кровля", "Не известно"], true),
      checkbox("valveClosed", "Вентиль перекрыт"),
      text("damage", "Что повреждено"),
    ],
    checklist: ["Перекрыть подачу воды", "Найти и устранить причину протечки", { title: "Сфотографировать последствия", photoRequired: true }, "Составить акт о заливе"],
  },
  {
    name: "Нет горячей воды",
    description: "Отсутствие или слабый напор горячей воды в квартире.",
    kind: "STANDARD",
    department: PLUMBING,
    slaReactionMinutes: 60,
    slaExecutionMinutes: 1440,
    maxExecutors: 2,
    orderForm: [select("scope", "Где нет воды", ["Только в моей квартире", "Во всём стояке", "Во всём доме"], true)],
  },
  {
    name: "Слабый напор холодной воды",
    description: "Низкое давление холодной воды, шум в трубах.",
    kind: "STANDARD",
    department: PLUMBING,
    slaReactionMinutes: 120,
    slaExecutionMinutes: 2880,
    maxExecutors: 1,
  },
  {
    name: "Замена лампы в подъезде",
    description: "Замена перегоревших ламп и светильников в местах общего пользования.",
    kind: "STANDARD",
    department: ELECTRICAL,
    slaReactionMinutes: 120,
    slaExecutionMinutes: 1440,
    maxExecutors: 1,
    orderForm: [entrance, floor, select("place", "Где не горит свет", ["Лестничная площадка", "Лифтовой холл", "Тамбур", "Вход в подъезд"])],
  },
  {
    name: "Нет электричества в квартире",
    description: "Отключение электроэнергии в квартире, выбивает автомат в щитке.",
    kind: "STANDARD",
    department: ELECTRICAL,
    slaReactionMinutes: 30,
    slaExecutionMinutes: 480,
    maxExecutors: 2,
    orderForm: [checkbox("neighbours", "У соседей свет тоже отсутствует"), text("details", "Что происходило перед отключением")],
    checklist: ["Проверить этажный щит", "Замерить напряжение на вводе", "Устранить неисправность", "Проверить работу автоматов"],
  },
  {
    name: "Не работает лифт",
    description: "Остановка лифта, застревание, неисправность кнопок или дверей.",
    kind: "STANDARD",
    department: ELECTRICAL,
    slaReactionMinutes: 30,
    slaExecutionMinutes: 480,
    maxExecutors: 2,
    orderForm: [entrance, select("lift", "Какой лифт", ["Пассажирский", "Грузовой"], true), checkbox("peopleInside", "В кабине есть люди")],
  },
  {
    name: "Неисправность домофона",
    description: "Не открывается дверь, нет связи с квартирой, не работает ключ.",
    kind: "STANDARD",
    department: ELECTRICAL,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 2880,
    maxExecutors: 1,
    residentMayReopen: false,
    orderForm: [entrance],
  },
  {
    name: "Уборка подъезда",
    description: "Внеплановая влажная уборка подъезда и мест общего пользования.",
    kind: "STANDARD",
    department: CLEANING,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 2880,
    maxExecutors: 2,
    orderForm: [entrance],
    checklistRequiredToClose: true,
    checklist: [
      "Подмести лестничные марши",
      "Вымыть полы",
      "Протереть перила и почтовые ящики",
      "Вынести мусор",
      { title: "Протереть двери лифта", required: false },
      { title: "Фото чистого подъезда", photoRequired: true },
    ],
  },
  {
    name: "Вывоз крупногабаритного мусора",
    description: "Вывоз старой мебели, строительного и крупногабаритного мусора с площадки.",
    kind: "STANDARD",
    department: CLEANING,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 4320,
    maxExecutors: 4,
  },
  {
    name: "Уборка снега и наледи",
    description: "Расчистка придомовой территории, сбивание сосулек и наледи.",
    kind: "STANDARD",
    department: CLEANING,
    slaReactionMinutes: 60,
    slaExecutionMinutes: 720,
    maxExecutors: 4,
  },
  {
    name: "Дезинсекция и дератизация",
    description: "Обработка подвалов и мест общего пользования от насекомых и грызунов.",
    kind: "STANDARD",
    department: CLEANING,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 4320,
    maxExecutors: 2,
    documentRequiredToClose: true,
    orderForm: [select("pests", "Кто беспокоит", ["Тараканы", "Клопы", "Крысы, мыши", "Другое"], true)],
  },
  {
    name: "Жалоба на соседей",
    description: "Шум, запах, нарушение порядка пользования общим имуществом.",
    kind: "STANDARD",
    department: DISPATCH,
    slaReactionMinutes: null,
    slaExecutionMinutes: null,
    maxExecutors: 1,
    residentMayReopen: false,
    orderForm: [text("neighbour", "Номер квартиры соседей"), text("details", "Суть жалобы", true)],
  },
  {
    name: "Прочее обращение",
    description: "Вопросы, не относящиеся к другим услугам.",
    kind: "STANDARD",
    department: DISPATCH,
    slaReactionMinutes: 240,
    slaExecutionMinutes: null,
    maxExecutors: 1,
  },
  {
    name: "Перепланировка: согласование",
    description: "Согласование перепланировки и ремонтных работ, затрагивающих общее имущество.",
    kind: "STANDARD",
    department: DISPATCH,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 4320,
    maxExecutors: 1,
    routingEnabled: true,
    residentMayReopen: false,
    documentRequiredToClose: true,
    orderForm: [
      text("works", "Описание работ", true),
      date("startDate", "Планируемая дата начала работ", true),
      checkbox("hasProject", "Есть проект перепланировки"),
      text("contractor", "Подрядная организация"),
    ],
  },
  {
    name: "Запись на прием к главному инженеру",
    description: "Личный прием жителей главным инженером по вторникам и четвергам.",
    kind: "APPOINTMENT",
    department: DISPATCH,
    slaReactionMinutes: null,
    slaExecutionMinutes: 4320,
    maxExecutors: 1,
    residentMayReopen: false,
    orderForm: [
      date("date", "Желаемая дата приема", true),
      select("time", "Удобное время", ["10:00–12:00", "14:00–16:00", "17:00–19:00"], true),
      select("topic", "Тема", ["Качество ремонта", "Капитальный ремонт", "Общее имущество", "Другое"]),
      text("question", "Вопрос"),
    ],
  },
  {
    name: "Замена смесителя",
    description: "Демонтаж старого и установка нового смесителя (смеситель жителя или УК).",
    kind: "PAID",
    department: PLUMBING,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 2880,
    maxExecutors: 1,
    documentRequiredToClose: true,
    refundsAllowed: true,
    orderForm: [select("room", "Помещение", ["Кухня", "Ванная"], true), checkbox("ownMixer", "Смеситель приобретён жителем")],
    prices: [
      { name: "Замена смесителя на кухне", unit: "шт.", rubles: 1800 },
      { name: "Замена смесителя в ванной", unit: "шт.", rubles: 2200 },
      { name: "Замена гибкой подводки", unit: "шт.", rubles: 450 },
      { name: "Установка душевой стойки", unit: "шт.", rubles: 3500 },
      { name: "Вызов сантехника (диагностика)", unit: "шт.", rubles: 600 },
    ],
  },
  {
    name: "Установка счётчиков воды",
    description: "Установка и опломбирование индивидуальных приборов учёта воды.",
    kind: "PAID",
    department: PLUMBING,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 4320,
    maxExecutors: 2,
    documentRequiredToClose: true,
    refundsAllowed: true,
    orderForm: [
      number("count", "Количество счётчиков", true),
      select("meters", "Счётчики", ["Свои", "Купить у УК"], true),
      date("preferredDate", "Удобная дата"),
    ],
    checklist: ["Перекрыть стояк", "Установить счётчики и фильтры", "Проверить герметичность", "Опломбировать", "Передать акт ввода в эксплуатацию"],
    prices: [
      { name: "Установка счётчика ХВС/ГВС", unit: "шт.", rubles: 1500 },
      { name: "Счётчик воды с обратным клапаном", unit: "шт.", rubles: 1250.5 },
      { name: "Замена шарового крана", unit: "шт.", rubles: 900 },
      { name: "Прокладка полипропиленовой трубы", unit: "м", rubles: 380 },
      { name: "Опломбирование и акт ввода", unit: "шт.", rubles: 0 },
    ],
  },
  {
    name: "Электромонтажные работы",
    description: "Установка розеток и выключателей, замена автоматов, прокладка кабеля.",
    kind: "PAID",
    department: ELECTRICAL,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 2880,
    maxExecutors: 2,
    refundsAllowed: true,
    orderForm: [text("works", "Какие работы нужны", true)],
    prices: [
      { name: "Установка розетки или выключателя", unit: "шт.", rubles: 450 },
      { name: "Замена автоматического выключателя", unit: "шт.", rubles: 1100 },
      { name: "Установка люстры", unit: "шт.", rubles: 1500 },
      { name: "Прокладка кабеля открытым способом", unit: "м", rubles: 120 },
      { name: "Прокладка кабеля в штробе", unit: "м", rubles: 350 },
      { name: "Работа электрика", unit: "час", rubles: 1400 },
    ],
  },
  {
    name: "Генеральная уборка квартиры",
    description: "Уборка квартиры после ремонта или переезда силами клининговой службы.",
    kind: "PAID",
    department: CLEANING,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 4320,
    maxExecutors: 4,
    residentMayReopen: false,
    refundsAllowed: true,
    orderForm: [number("area", "Площадь квартиры, м²", true), checkbox("afterRenovation", "Уборка после ремонта")],
    checklist: ["Вымыть окна", "Убрать кухню", "Убрать санузел", "Вымыть полы", "Вынести мусор"],
    prices: [
      { name: "Уборка квартиры (бригада из двух человек)", unit: "час", rubles: 1900 },
      { name: "Мытьё окна", unit: "шт.", rubles: 650 },
      { name: "Химчистка дивана", unit: "шт.", rubles: 3200 },
    ],
  },
  {
    name: "Поверка счётчиков воды",
    description: "Услуга больше не оказывается: поверку выполняют аккредитованные организации.",
    kind: "PAID",
    department: PLUMBING,
    slaReactionMinutes: 240,
    slaExecutionMinutes: 4320,
    maxExecutors: 1,
    active: false,
    prices: [
      { name: "Поверка счётчика без снятия", unit: "шт.", rubles: 700 },
      { name: "Выезд мастера", unit: "шт.", rubles: 300 },
      { name: "Оформление свидетельства о поверке", unit: "шт.", rubles: 200 },
    ],
  },
];

export function catalogueService(name: string, overrides: Partial<ServiceDefinition> = {}): ServiceDefinition {
  const service = SERVICE_CATALOGUE.find((s) => s.name === name);
  if (!service) throw new Error(`Unknown catalogue service ${name}`);
  return { ...service, ...overrides };
}
