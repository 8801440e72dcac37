import type { clientActivities } from "../schema/index.js";
import type { SeedRows } from "./build.js";
import type { OrderSeedRows } from "./orders/index.js";
import { createRandom, seedUuid, type Random } from "./random.js";

type ActivityInsert = typeof clientActivities.$inferInsert;
type Kind = ActivityInsert["kind"];

/** Which partner system sends which kind (the `source` namespace of external ids). */
const SOURCE: Record<Kind, string> = {
  PAYMENT: "billing",
  PASS: "passes",
  SURVEY: "surveys",
  MEETING: "meetings",
  METER_READING: "meters",
  CALL: "telephony",
  OTHER: "portal",
};

const MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const PAYMENT_CHANNELS = ["Сбербанк Онлайн", "приложение жителя", "касса УК", "Т-Банк", "терминал в подъезде"];
const GUESTS = ["гостя", "курьера", "такси", "грузчиков", "мастера по ремонту", "доставки мебели"];
const SURVEYS = [
  ["Опрос о качестве уборки подъездов", "Оценка: 4 из 5"],
  ["Опрос: благоустройство двора", "Выбран вариант «Детская площадка»"],
  ["Опрос о работе диспетчерской службы", "Оценка: 5 из 5"],
  ["Голосование за цвет фасада", "Выбран вариант «Светло-серый»"],
] as const;
const MEETINGS = [
  ["Общее собрание собственников: капитальный ремонт лифтов", "Голосовал «за» по всем вопросам"],
  ["Общее собрание собственников: установка шлагбаума", "Голосовал «против» по вопросу 2"],
  ["Общее собрание собственников: выбор совета дома", "Участвовал очно"],
  ["Общее собрание собственников: тариф на содержание", "Голосовал через ГИС ЖКХ"],
] as const;
const METERS = [
  ["ХВС", 3, 9],
  ["ГВС", 2, 6],
  ["Электроэнергия день", 90, 260],
  ["Электроэнергия ночь", 40, 120],
  ["Отопление", 1, 3],
] as const;
const OTHER = [
  ["Заказана справка об отсутствии задолженности", "Готова к выдаче в офисе УК"],
  ["Подключена электронная квитанция", null],
  ["Заявление на перерасчёт за период отсутствия", "Приложены проездные документы"],
] as const;

const DAY = 86_400_000;
const rubles = (min: number, max: number, random: Random) => BigInt(random.int(min * 100, max * 100));

/**
 * Activity from partner systems for the demo: every kind for the demo residents (some tied to
 * their orders), and a thinner history for a share of the other clients. Deterministic.
 */
export function buildActivities(rows: SeedRows, orders: OrderSeedRows, options: { now: Date; demoPhones: string[] }): ActivityInsert[] {
  const organizationId = rows.organizations[0]!.id!;
  const slug = rows.organizations[0]!.slug;
  const random = createRandom(`${slug}:activities`);
  const now = options.now.getTime();
  const premiseOf = new Map<string, { id: string; account: string | null }>();
  const premises = new Map(rows.premises.map((p) => [p.id!, p]));
  for (const link of rows.clientPremises) {
    if (premiseOf.has(link.clientId)) continue;
    const premise = premises.get(link.premiseId)!;
    premiseOf.set(link.clientId, { id: premise.id!, account: premise.personalAccount ?? null });
  }
  const ordersOf = new Map<string, { id: string; createdAt: number }[]>();
  for (const order of orders.orders) {
    if (!order.clientId) continue;
    const list = ordersOf.get(order.clientId) ?? [];
    list.push({ id: order.id!, createdAt: (order.createdAt as Date).getTime() });
    ordersOf.set(order.clientId, list);
  }

  const out: ActivityInsert[] = [];
  let serial = 0;
  const add = (clientId: string, kind: Kind, at: number, title: string, details: string | null, amount: bigint | null, orderId: string | null = null) => {
    serial++;
    const externalId = `${kind.toLowerCase()}-${serial}`;
    out.push({
      id: seedUuid(slug, "activity", serial),
      organizationId,
      clientId,
      premiseId: premiseOf.get(clientId)?.id ?? null,
      orderId,
      kind,
      occurredAt: new Date(Math.min(at, now - 60_000)),
      title,
      details,
      amount,
      source: SOURCE[kind],
      externalId,
    });
  };
  const monthName = (at: number) => MONTHS[new Date(at).getUTCMonth()]!;

  const history = (clientId: string, months: number, full: boolean) => {
    const account = premiseOf.get(clientId)?.account;
    for (let m = 0; m < months; m++) {
      const monthStart = now - (m + 1) * 30 * DAY;
      // Payments: most months, around the 10th–25th.
      if (full || random.chance(0.7)) {
        const at = monthStart + random.int(8, 25) * DAY + random.int(8, 21) * 3_600_000;
        add(clientId, "PAYMENT", at, `Оплата ЖКУ за ${monthName(monthStart)}`, `${random.pick(PAYMENT_CHANNELS)}${account ? `, л/с ${account}` : ""}`, rubles(2_800, 9_500, random));
      }
      if (full || random.chance(0.5)) {
        const at = monthStart + random.int(15, 25) * DAY + random.int(9, 22) * 3_600_000;
        const [meter, min, max] = random.pick(METERS);
        add(clientId, "METER_READING", at, `Показания счётчика: ${meter}`, `Расход за месяц: ${random.int(min, max)}`, null);
      }
      if (full ? random.chance(0.8) : random.chance(0.15)) {
        const at = monthStart + random.int(0, 29) * DAY + random.int(8, 23) * 3_600_000;
        add(clientId, "PASS", at, `Пропуск для ${random.pick(GUESTS)}`, `Автомобиль ${random.pick(["А", "В", "Е", "К", "М", "Н"])}${random.int(100, 999)}${random.pick(["АО", "ВК", "ЕР", "МН"])}77`, null);
      }
    }
    if (full || random.chance(0.2)) {
      const [title, details] = random.pick(SURVEYS);
      add(clientId, "SURVEY", now - random.int(5, 120) * DAY, title, details, null);
    }
    if (full || random.chance(0.1)) {
      const [title, details] = random.pick(MEETINGS);
      add(clientId, "MEETING", now - random.int(10, 200) * DAY, title, details, null);
    }
    if (full || random.chance(0.05)) {
      const [title, details] = random.pick(OTHER);
      add(clientId, "OTHER", now - random.int(3, 150) * DAY, title, details, null);
    }
    // Passes ordered for the master of an order. (Calls are not partner entries: the activity reads
    // them from the call journal, which the seed fills in calls.ts.)
    const clientOrders = ordersOf.get(clientId) ?? [];
    for (const order of clientOrders) {
      if (full && random.chance(0.5)) {
        add(clientId, "PASS", order.createdAt + random.int(60, 1440) * 60_000, "Пропуск для мастера", "Оформлен по заявке", null, order.id);
      }
    }
  };

  const demoClients = new Set(rows.clients.filter((c) => options.demoPhones.includes(c.phone)).map((c) => c.id!));
  for (const client of rows.clients) {
    if (demoClients.has(client.id!)) history(client.id!, 12, true);
    else if (random.chance(0.3)) history(client.id!, 6, false);
  }
  return out;
}
