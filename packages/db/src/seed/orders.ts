import {
  checkTransition,
  initialStatus,
  orderOpened,
  parseFormAnswers,
  SLA_CHECK_JOB,
  slaChecked,
  slaCheckKey,
  slaChecksDue,
  statusChanged,
  type FormField,
  type OrderState,
  type OrderStatus,
  type ServiceKind,
  type SlaCheck,
  type SlaEvent,
  type Transition,
  zonedDay,
  zonedEndOfDay,
  zoneOffsetMs,
} from "@domovoy/domain";
import type { FormAnswers, jobs, orderCounters, orderEvents, orderExecutors, orderRatings, orders } from "../schema/index.js";
import type { SeedRows } from "./build.js";
import { DISPATCH } from "./catalogue.js";
import { createRandom, seedUuid, type Random } from "./random.js";

/**
 * Demo orders: about a month of a dispatcher desk's work. Every order is played step by step
 * through the rules the API applies (status transitions from @domovoy/domain, the SLA clock,
 * the history events and their data, the SLA check jobs and what they record), so the rows are
 * exactly what the API would have written had people clicked through the same steps.
 */

export type OrderSeedRows = {
  orderCounters: (typeof orderCounters.$inferInsert)[];
  orders: (typeof orders.$inferInsert)[];
  orderExecutors: (typeof orderExecutors.$inferInsert)[];
  orderEvents: (typeof orderEvents.$inferInsert)[];
  jobs: (typeof jobs.$inferInsert)[];
  orderRatings: (typeof orderRatings.$inferInsert)[];
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How far back the demo history goes. */
const HISTORY = 30 * DAY;

type Channel = NonNullable<(typeof orders.$inferInsert)["channel"]>;
type Outcome = "KEPT" | "BREACHED";

type Service = {
  id: string;
  name: string;
  kind: ServiceKind;
  departmentId: string;
  reactionMinutes: number | null;
  executionMinutes: number | null;
  maxExecutors: number;
  residentMayReopen: boolean;
  documentRequiredToClose: boolean;
  routingEnabled: boolean;
  orderForm: FormField[];
};

type Place = {
  buildingId: string;
  premiseId: string;
  flat: number;
  /** Flats in the building: gives the entrance and floor of a flat. */
  flats: number;
  clientId: string;
  clientPhone: string;
  /** The client has signed in to the resident app at least once. */
  usesApp: boolean;
};

/** Relative weights: leaks and clogs are what a dispatcher hears most. */
const SERVICE_WEIGHTS: Record<string, number> = {
  "Засор канализации": 14,
  Протечка: 14,
  "Нет горячей воды": 7,
  "Слабый напор холодной воды": 3,
  "Замена лампы в подъезде": 7,
  "Нет электричества в квартире": 5,
  "Не работает лифт": 6,
  "Неисправность домофона": 6,
  "Уборка подъезда": 5,
  "Вывоз крупногабаритного мусора": 4,
  "Дезинсекция и дератизация": 2,
  "Жалоба на соседей": 3,
  "Прочее обращение": 3,
  "Перепланировка: согласование": 1,
  "Запись на прием к главному инженеру": 2,
  "Замена смесителя": 3,
  "Установка счётчиков воды": 2,
  "Электромонтажные работы": 2,
  "Генеральная уборка квартиры": 1,
};
/** Snow is a winter trouble. */
const WINTER_ONLY = new Set(["Уборка снега и наледи"]);

const CHANNEL_WEIGHTS: [Channel, number][] = [
  ["INCOMING_CALL", 52],
  ["RESIDENT_APP", 26],
  ["MESSENGER", 7],
  ["VISIT", 5],
  ["EMAIL", 4],
  ["INTERNAL", 3],
  ["OUTGOING_CALL", 2],
  ["OTHER", 1],
];

const STATUS_SHARES: [OrderStatus, number][] = [
  ["PENDING", 0.12],
  ["REOPENED", 0.03],
  ["IN_PROGRESS", 0.18],
  ["PAUSED", 0.05],
  ["CANCELLED", 0.07],
  ["DONE", 0.55],
];

/** Executors of these services are people in a given position, not anyone of the department. */
const EXECUTOR_POSITIONS: Record<string, string> = { "Запись на прием к главному инженеру": "Главный инженер" };

const DESCRIPTIONS: Record<string, string[]> = {
  "Засор канализации": [
    "Вода не уходит в раковине на кухне, стоит уже второй день",
    "В ванной вода поднимается из слива, неприятный запах",
    "Унитаз не смывает, вода поднимается до краёв",
    "Соседи снизу говорят, что у них булькает в стояке",
  ],
  Протечка: [
    "Течёт с потолка в ванной, соседи сверху не открывают",
    "Капает из-под радиатора в комнате",
    "Мокрое пятно на потолке в коридоре растёт",
    "После дождя течёт по стене на кухне, последний этаж",
  ],
  "Нет горячей воды": [
    "Горячая вода еле тёплая с утра",
    "Из крана горячей воды идёт холодная",
    "Нет горячей воды на кухне, в ванной есть",
  ],
  "Слабый напор холодной воды": ["Напор слабый, стиральная машина не набирает воду", "Гудят трубы, напор то появляется, то пропадает"],
  "Замена лампы в подъезде": ["Темно на лестнице, страшно ходить вечером", "Мигает лампа у лифта", "Не горит свет у входной двери в подъезд"],
  "Нет электричества в квартире": [
    "Выбивает автомат при включении чайника",
    "Пропал свет в половине квартиры",
    "Нет света во всей квартире, в щитке всё включено",
  ],
  "Не работает лифт": [
    "Лифт стоит на 5 этаже с открытыми дверями",
    "Лифт не приезжает на вызов",
    "Кнопка вызова на первом этаже не работает",
    "Лифт дёргается при остановке, страшно ездить",
  ],
  "Неисправность домофона": ["Не открывается дверь ключом", "Трубка домофона звонит, но дверь не открывает", "Нет связи с квартирой, гости не могут дозвониться"],
  "Уборка подъезда": ["После ремонта соседей грязь на лестнице", "Разлита краска на площадке 3 этажа", "В лифте неприятный запах, нужна уборка"],
  "Вывоз крупногабаритного мусора": ["Во дворе оставили старый диван", "Строительный мусор у подъезда уже неделю", "Шкаф и матрас на контейнерной площадке"],
  "Уборка снега и наледи": ["Наледь на крыльце, люди падают", "Сосульки над входом в подъезд", "Не расчищен проход к парковке"],
  "Дезинсекция и дератизация": ["В подвале видели крыс", "Тараканы приходят от соседей", "Мыши в мусоропроводе"],
  "Жалоба на соседей": ["Шумят после 23:00 каждый день", "Курят на лестничной площадке", "Собака соседей лает весь день", "Ремонт по выходным с перфоратором с утра"],
  "Прочее обращение": ["Нужна справка о составе семьи", "Вопрос по начислениям за отопление", "Хочу узнать график отключения горячей воды", "Просьба покрасить скамейки во дворе"],
  "Перепланировка: согласование": ["Хотим объединить кухню с гостиной", "Перенос дверного проёма в ванной"],
  "Запись на прием к главному инженеру": ["Вопрос по качеству капитального ремонта кровли", "Хочу обсудить замену окон в подъезде", "По поводу протечки с кровли прошлой зимой"],
  "Замена смесителя": ["Смеситель подтекает, купили новый", "Сломался кран на кухне"],
  "Установка счётчиков воды": ["Истёк срок службы старых счётчиков", "Новая квартира, счётчиков нет"],
  "Электромонтажные работы": ["Нужны дополнительные розетки на кухне", "Повесить люстру в комнате", "Заменить автомат в щитке"],
  "Генеральная уборка квартиры": ["Уборка после ремонта, много строительной пыли", "Переезжаем, нужна уборка перед сдачей квартиры"],
};

const TEXT_ANSWERS: Record<string, string[]> = {
  "Протечка:damage": ["Потолок в ванной", "Обои в коридоре", "Натяжной потолок на кухне", "Ламинат в комнате", "Потолок и стена на кухне"],
  "Нет электричества в квартире:details": ["Включили чайник и стиральную машину", "Ничего не включали, свет пропал сам", "Перед этим был запах гари из розетки"],
  "Жалоба на соседей:details": ["Громкая музыка по ночам", "Курят на лестничной клетке, дым идёт в квартиру", "Шумный ремонт в выходные с 8 утра", "Заставили тамбур старой мебелью"],
  "Перепланировка: согласование:works": ["Демонтаж ненесущей перегородки между кухней и комнатой", "Перенос дверного проёма в санузел", "Объединение ванной и туалета"],
  "Перепланировка: согласование:contractor": ["ООО «РемСтройСервис»", "ИП Алексеев", "ООО «Мастер Ремонта»"],
  "Запись на прием к главному инженеру:question": ["Когда будет ремонт кровли?", "Почему не меняют окна в подъезде?", "Качество покраски подъезда после ремонта"],
  "Электромонтажные работы:works": ["Установить 3 розетки на кухне", "Заменить автомат на 25 А", "Повесить люстру и заменить выключатель", "Провести кабель к кондиционеру"],
};

const PAUSE_COMMENTS: Record<string, string[]> = {
  "Не работает лифт": ["Ждём лифтовую организацию: нужна замена платы управления"],
  "Неисправность домофона": ["Заказан новый блок вызова, поставка в течение недели"],
  "Замена смесителя": ["Житель выбирает смеситель, ждём звонка"],
  "Установка счётчиков воды": ["Житель попросил перенести на удобный день"],
  "Нет горячей воды": ["Ждём плановое отключение стояка для замены участка трубы"],
  Протечка: ["Ждём сухую погоду для работ на кровле", "Соседи сверху в отъезде, доступа нет"],
};
const GENERIC_PAUSE_COMMENTS = [
  "Нет доступа в квартиру: житель в отъезде",
  "Ждём запчасть, заказана у поставщика",
  "Житель попросил перенести визит",
  "Нужно отключение стояка, согласуем с соседями",
];
const CANCEL_COMMENTS = [
  "Житель отказался от визита",
  "Устранено жителем самостоятельно",
  "Ошибочная заявка: дом обслуживает другая УК",
  "При выезде неисправность не подтвердилась",
  "Житель не выходит на связь третий день",
];
const REOPEN_COMMENTS: Record<string, string[]> = {
  "Засор канализации": ["Засор повторился на следующий день"],
  "Нет горячей воды": ["Горячая вода снова пропала"],
  "Замена лампы в подъезде": ["Лампа снова не горит"],
  "Неисправность домофона": ["Домофон снова не открывает дверь"],
  "Не работает лифт": ["Лифт опять встал"],
};
const GENERIC_REOPEN_COMMENTS = ["Житель звонил: проблема вернулась", "Работы выполнены не полностью, нужен повторный выезд"];
const RESIDENT_REOPEN_COMMENTS = ["Опять то же самое, приходите ещё раз", "Ничего не изменилось", "Снова не работает"];
const WORK_COMMENTS = ["Позвонить жителю за час до визита", "Ключи от подвала у старшей по дому", "Житель дома после 18:00", "Нужна стремянка"];

// Random helpers

const between = (random: Random, min: number, max: number) => min + random.next() * (max - min);

function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1]![0];
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Whole counts per share that add up to `total` (largest remainders). */
function allocate<T>(total: number, shares: readonly (readonly [T, number])[]): Map<T, number> {
  const exact = shares.map(([key, share]) => ({ key, value: total * share }));
  const counts = new Map(exact.map(({ key, value }) => [key, Math.floor(value)]));
  let left = total - [...counts.values()].reduce((a, b) => a + b, 0);
  for (const { key } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (left-- <= 0) break;
    counts.set(key, counts.get(key)! + 1);
  }
  return counts;
}

// Time-zone helpers: dates shown to people are days in the organization's zone

function zone(timeZone: string) {
  const local = (at: number) => new Date(at + zoneOffsetMs(timeZone, at));
  return {
    hour: (at: number) => local(at).getUTCHours(),
    weekday: (at: number) => local(at).getUTCDay(),
    day: (at: number) => zonedDay(timeZone, at),
    /** The last millisecond of the day `at` falls on: what «Возобновить до» a date means in the web app. */
    endOfDay: (at: number) => zonedEndOfDay(timeZone, at),
  };
}
type Zone = ReturnType<typeof zone>;

// The order's life, step by step

type Actor = "dispatcher" | "executor";

/** A resume-by date: the end of a day some days after the pause, or a fixed moment. */
type ResumeBy = { afterDays: number } | { at: number };

type Step =
  | { kind: "save"; at: number; by: Actor; assign?: boolean; status?: OrderStatus; comment?: string | null; resumeBy?: ResumeBy }
  | { kind: "resident"; at: number; to: OrderStatus; comment: string | null };

type Plan = {
  status: OrderStatus;
  service: Service;
  place: Place;
  channel: Channel;
  /** Offsets from creation. */
  steps: Step[];
  createdAt: number;
  executors: string[];
  /** Cancelled as a duplicate of an earlier order (resolved once orders are numbered). */
  duplicate?: boolean;
};

type Event = {
  kind: string;
  actorKind: "EMPLOYEE" | "RESIDENT" | "SYSTEM";
  actorEmployeeId: string | null;
  data: Record<string, unknown>;
  createdAt: number;
};

type Job = { key: SlaCheck; runAt: number; enqueuedAt: number };

/**
 * The API's writes for one order (order intake, the Management block, a resident's status change,
 * the SLA check job): the state changes, system events and SLA checks come from the domain's
 * transitions (`orderOpened`, `statusChanged`, `slaChecked`, `slaChecksDue`), as in the API.
 */
class OrderLife {
  status: OrderStatus;
  statusComment: string | null = null;
  resumeBy: number | null = null;
  firstInProgressAt: number | null = null;
  doneAt: number | null = null;
  cancelledAt: number | null = null;
  reactionDueAt: number | null;
  executionDueAt: number | null = null;
  slaReaction: Outcome | null = null;
  slaExecution: Outcome | null = null;
  version = 1;
  updatedAt: number;
  executors: string[] = [];
  /** Each time the order reached DONE, until the next change of status (null: still done). */
  readonly completions: { at: number; until: number | null }[] = [];
  readonly events: Event[] = [];
  readonly jobs = new Map<string, Job>();

  constructor(
    private readonly service: Service,
    readonly createdAt: number,
    creator: { kind: "EMPLOYEE"; employeeId: string } | { kind: "RESIDENT" },
    private readonly allowedExecutors: Set<string>,
  ) {
    this.status = initialStatus(service);
    this.updatedAt = createdAt;
    this.reactionDueAt = null;
    const opened = orderOpened({ status: this.status, sla: this.settings(), now: new Date(createdAt) });
    const actor = creator.kind === "EMPLOYEE" ? employee(creator.employeeId) : { actorKind: "RESIDENT" as const, actorEmployeeId: null };
    this.events.push({ kind: "CREATED", ...actor, data: { version: 1, toStatus: this.status }, createdAt });
    this.apply(opened, createdAt, this.events);
    this.scheduleSla(opened.jobs, createdAt);
  }

  private settings() {
    return { reactionMinutes: this.service.reactionMinutes, executionMinutes: this.service.executionMinutes };
  }

  /** OrderEditingService.manage: one save of the card's Management block by an employee. */
  save(at: number, employeeId: string, change: { executors?: string[]; status?: OrderStatus; statusComment?: string | null; resumeBy?: number | null }): void {
    this.runJobs(at);
    const from = this.status;
    const version = this.version + 1;
    const actor = employee(employeeId);
    const events: Event[] = [];
    if (change.executors) {
      const ids = change.executors;
      if (ids.length === 0 || ids.length > this.service.maxExecutors || new Set(ids).size !== ids.length || ids.some((id) => !this.allowedExecutors.has(id))) {
        throw new Error(`seed: executors ${ids.join(", ")} not allowed for ${this.service.name}`);
      }
      if (ids.join() !== this.executors.join()) {
        this.executors = [...ids];
        events.push({ kind: "EXECUTORS_CHANGED", ...actor, data: { version, executorIds: ids }, createdAt: at });
      }
    }
    const statusComment = change.statusComment === undefined ? this.statusComment : change.statusComment?.trim() || null;
    const status = change.status ?? this.status;
    if (status !== this.status) {
      const refusal = checkTransition({
        actor: "STAFF",
        from: this.status,
        to: status,
        executorCount: this.executors.length,
        statusComment,
        resumeBy: change.resumeBy == null ? null : new Date(change.resumeBy),
        documentCount: 0,
        service: this.service,
        now: new Date(at),
      });
      if (refusal) throw new Error(`seed: ${this.service.name}: ${this.status} → ${status} refused (${refusal})`);
      events.push({ kind: "STATUS_CHANGED", ...actor, data: { version, fromStatus: this.status, toStatus: status, statusComment }, createdAt: at });
      this.statusEffects(status, change.resumeBy ?? null, at, events);
    } else if (status === "IN_PROGRESS" && this.executors.length === 0) {
      throw new Error(`seed: ${this.service.name}: an order in work needs an executor`);
    }
    if (statusComment !== this.statusComment) {
      this.statusComment = statusComment;
      if (status === from) {
        events.push({ kind: "STATUS_COMMENT_CHANGED", ...actor, data: { version, statusComment }, createdAt: at });
      }
    }
    if (events.length === 0) throw new Error(`seed: ${this.service.name}: a save that changes nothing`);
    this.commit(at, version, events);
  }

  /** OrderEditingService.residentChangeStatus: the resident cancels or reopens from the app. */
  resident(at: number, to: OrderStatus, comment: string | null): void {
    this.runJobs(at);
    const refusal = checkTransition({
      actor: "RESIDENT",
      from: this.status,
      to,
      executorCount: 0,
      statusComment: null,
      resumeBy: null,
      documentCount: 0,
      service: this.service,
      now: new Date(at),
    });
    if (refusal) throw new Error(`seed: resident ${this.status} → ${to} refused (${refusal})`);
    const version = this.version + 1;
    const events: Event[] = [
      { kind: "STATUS_CHANGED", actorKind: "RESIDENT", actorEmployeeId: null, data: { version, fromStatus: this.status, toStatus: to, residentComment: comment }, createdAt: at },
    ];
    this.statusEffects(to, null, at, events);
    this.commit(at, version, events);
  }

  private commit(at: number, version: number, events: Event[]): void {
    this.version = version;
    this.updatedAt = at;
    this.events.push(...events);
    this.scheduleSla(slaChecksDue(this.state()), at);
  }

  /** What the domain's transitions read. */
  private state(): OrderState {
    return {
      status: this.status,
      version: this.version,
      completions: this.completions.length,
      createdAt: new Date(this.createdAt),
      firstInProgressAt: date(this.firstInProgressAt),
      doneAt: date(this.doneAt),
      cancelledAt: date(this.cancelledAt),
      resumeBy: date(this.resumeBy),
      slaReactionMinutes: this.service.reactionMinutes,
      slaExecutionMinutes: this.service.executionMinutes,
      reactionDueAt: date(this.reactionDueAt),
      executionDueAt: date(this.executionDueAt),
      slaReaction: this.slaReaction,
      slaExecution: this.slaExecution,
    };
  }

  /** A transition's changes on this order and its system events into `events`. */
  private apply({ changes, events: systemEvents }: Pick<Transition, "changes" | "events">, at: number, events: Event[]): void {
    const ms = (value: Date | null) => value?.getTime() ?? null;
    if (changes.status !== undefined) this.status = changes.status;
    if (changes.resumeBy !== undefined) this.resumeBy = ms(changes.resumeBy);
    if (changes.firstInProgressAt !== undefined) this.firstInProgressAt = ms(changes.firstInProgressAt);
    if (changes.doneAt !== undefined) this.doneAt = ms(changes.doneAt);
    if (changes.cancelledAt !== undefined) this.cancelledAt = ms(changes.cancelledAt);
    if (changes.reactionDueAt !== undefined) this.reactionDueAt = ms(changes.reactionDueAt);
    if (changes.executionDueAt !== undefined) this.executionDueAt = ms(changes.executionDueAt);
    if (changes.slaReaction !== undefined) this.slaReaction = changes.slaReaction;
    if (changes.slaExecution !== undefined) this.slaExecution = changes.slaExecution;
    events.push(...systemEvents.map((event: SlaEvent) => ({ kind: event.kind, ...SYSTEM, data: { ...event.data }, createdAt: at })));
  }

  /** A status change: the domain's transition, plus the seed's own record of completions (for ratings). */
  private statusEffects(to: OrderStatus, resumeBy: number | null, at: number, events: Event[]): void {
    const transition = statusChanged(this.state(), to, { resumeBy: date(resumeBy), now: new Date(at) });
    const completion = this.completions.at(-1);
    if (completion && completion.until == null) completion.until = at;
    if (to === "DONE") this.completions.push({ at, until: null });
    this.apply(transition, at, events);
  }

  /** The API's SLA job scheduling: one job per check, a new one replacing the earlier one. */
  private scheduleSla(due: { check: SlaCheck; runAt: Date }[], at: number): void {
    for (const { check, runAt } of due) {
      const previous = this.jobs.get(check);
      this.jobs.set(check, { key: check, runAt: runAt.getTime(), enqueuedAt: previous?.enqueuedAt ?? at });
    }
  }

  /** Runs the SLA jobs due by `until`, in order (OrderSlaService.checkSla at the job's time). */
  runJobs(until: number): void {
    for (;;) {
      const next = [...this.jobs.values()].filter((job) => job.runAt <= until).sort((a, b) => a.runAt - b.runAt)[0];
      if (!next) return;
      this.jobs.delete(next.key);
      this.checkSla(next.runAt);
    }
  }

  /** The SLA check job at its time. Not an edit: the version stays. */
  private checkSla(at: number): void {
    this.apply(slaChecked(this.state(), new Date(at)), at, this.events);
  }
}

const SYSTEM = { actorKind: "SYSTEM" as const, actorEmployeeId: null };
const employee = (employeeId: string) => ({ actorKind: "EMPLOYEE" as const, actorEmployeeId: employeeId });
const date = (ms: number | null) => (ms == null ? null : new Date(ms));

// Building one organization's orders

type Context = {
  slug: string;
  organizationId: string;
  now: number;
  zone: Zone;
  random: Random;
  services: Service[];
  places: Place[];
  /** Places whose client uses the resident app. */
  appPlaces: Place[];
  /** Places of the demo residents: each gets a few orders. */
  demoPlaces: Place[];
  dispatchers: string[];
  executorsByService: Map<string, string[]>;
};

function context(rows: SeedRows, now: Date, demoPhones: string[]): Context {
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

type Scenario =
  | "pending"
  | "pendingBreached"
  | "inProgress"
  | "inProgressOverdue"
  | "paused"
  | "pausedOverdue"
  | "done"
  | "reopened"
  | "cancelled"
  | "duplicate";

const STATUS_OF: Record<Scenario, OrderStatus> = {
  pending: "PENDING",
  pendingBreached: "PENDING",
  inProgress: "IN_PROGRESS",
  inProgressOverdue: "IN_PROGRESS",
  paused: "PAUSED",
  pausedOverdue: "PAUSED",
  done: "DONE",
  reopened: "REOPENED",
  cancelled: "CANCELLED",
  duplicate: "CANCELLED",
};

/**
 * Which services can end up in a scenario under the rules: an appointment starts in work, so it
 * is never pending; and no order has a document yet (they arrive with conversations), so a service
 * that needs one to close is never done, nor reopened.
 */
function eligible(service: Service, scenario: Scenario): boolean {
  const appointment = service.kind === "APPOINTMENT";
  switch (scenario) {
    case "pending":
    case "pausedOverdue":
      return !appointment;
    case "paused":
      // Work waits for a part or a convenient day where the service allows days, not for an emergency.
      return !appointment && (service.executionMinutes == null || service.executionMinutes >= 1440);
    case "pendingBreached":
      return !appointment && service.reactionMinutes != null;
    case "inProgress":
    case "cancelled":
      return true;
    case "inProgressOverdue":
      return service.executionMinutes != null;
    case "done":
      return !service.documentRequiredToClose;
    case "reopened":
      return !service.documentRequiredToClose && !appointment && !service.routingEnabled;
    case "duplicate":
      return !appointment && !service.routingEnabled;
  }
}

function scenarios(random: Random, total: number): Scenario[] {
  const counts = allocate(total, STATUS_SHARES);
  const list: Scenario[] = [];
  const split = (status: OrderStatus, special: Scenario, plain: Scenario, share: number, minimum = 0) => {
    const n = counts.get(status)!;
    const k = Math.min(n, Math.max(minimum, Math.round(n * share)));
    for (let i = 0; i < n; i++) list.push(i < k ? special : plain);
  };
  split("PENDING", "pendingBreached", "pending", 0.2, 1);
  split("IN_PROGRESS", "inProgressOverdue", "inProgress", 0.2, 1);
  const paused = counts.get("PAUSED")!;
  split("PAUSED", "pausedOverdue", "paused", paused >= 5 ? 2 / paused : 0);
  split("CANCELLED", "duplicate", "cancelled", total >= 100 ? 2 / counts.get("CANCELLED")! : 0);
  for (let i = 0; i < counts.get("DONE")!; i++) list.push("done");
  for (let i = 0; i < counts.get("REOPENED")!; i++) list.push("reopened");
  return shuffle(random, list);
}

/** When the reaction came (the first IN_PROGRESS), relative to creation. */
function reactionDelay(random: Random, service: Service, breach: boolean): number {
  const limit = service.reactionMinutes;
  if (limit == null) return between(random, 20, 360) * MINUTE;
  return (breach ? limit * between(random, 1.2, 3) + between(random, 0, 60) : limit * between(random, 0.1, 0.9)) * MINUTE;
}

/** How long the work took from the first IN_PROGRESS. */
function executionSpan(random: Random, service: Service, breach: boolean): number {
  const limit = service.executionMinutes;
  if (limit == null) return between(random, 60, 2880) * MINUTE;
  return (breach ? limit * between(random, 1.1, 1.8) : limit * between(random, 0.08, 0.85)) * MINUTE;
}

/** The steps that take a new order to work; returns the moment it went IN_PROGRESS. */
function beginWork(random: Random, service: Service, steps: Step[], breachReaction: boolean): number {
  if (service.kind === "APPOINTMENT") {
    // Created in work: the dispatcher only names who receives the resident.
    steps.push({ kind: "save", at: between(random, 10, 180) * MINUTE, by: "dispatcher", assign: true });
    return 0;
  }
  let from = 0;
  if (service.routingEnabled) {
    from = between(random, 1, 20) * HOUR;
    steps.push({ kind: "save", at: from, by: "dispatcher", status: "PENDING" });
  }
  const start = from + reactionDelay(random, service, breachReaction);
  if (random.chance(0.45)) {
    steps.push({ kind: "save", at: start, by: "dispatcher", assign: true, status: "IN_PROGRESS", comment: random.chance(0.12) ? random.pick(WORK_COMMENTS) : undefined });
  } else {
    steps.push({ kind: "save", at: from + (start - from) * between(random, 0.2, 0.8), by: "dispatcher", assign: true });
    steps.push({ kind: "save", at: start, by: "executor", status: "IN_PROGRESS" });
  }
  return start;
}

function pauseComment(random: Random, service: Service): string {
  return random.pick([...(PAUSE_COMMENTS[service.name] ?? []), ...GENERIC_PAUSE_COMMENTS]);
}

/** A pause and a resume within [from, to); returns the resume moment. */
function pauseAndResume(random: Random, service: Service, steps: Step[], from: number, to: number): number {
  const pausedAt = from + (to - from) * between(random, 0.1, 0.4);
  const days = random.int(1, 3);
  const resumedAt = Math.min(pausedAt + between(random, 2 * HOUR, days * 20 * HOUR), from + (to - from) * 0.8);
  steps.push({ kind: "save", at: pausedAt, by: random.chance(0.5) ? "executor" : "dispatcher", status: "PAUSED", comment: pauseComment(random, service), resumeBy: { afterDays: days } });
  steps.push({ kind: "save", at: resumedAt, by: "executor", status: "IN_PROGRESS", comment: random.chance(0.4) ? "" : undefined });
  return resumedAt;
}

function reopen(random: Random, service: Service, place: Place, steps: Step[], at: number): void {
  if (service.residentMayReopen && place.usesApp && random.chance(0.6)) {
    steps.push({ kind: "resident", at, to: "REOPENED", comment: random.pick(RESIDENT_REOPEN_COMMENTS) });
  } else {
    steps.push({ kind: "save", at, by: "dispatcher", status: "REOPENED", comment: random.pick([...(REOPEN_COMMENTS[service.name] ?? []), ...GENERIC_REOPEN_COMMENTS]) });
  }
}

/** The steps of one scenario and the range of ages (now − created) that keep the story true at `now`. */
function path(ctx: Context, scenario: Scenario, service: Service, place: Place): { steps: Step[]; ages: [number, number] } {
  const { random, now, zone } = ctx;
  const steps: Step[] = [];
  const last = () => steps.reduce((max, step) => Math.max(max, step.at), 0);
  const reaction = service.reactionMinutes == null ? null : service.reactionMinutes * MINUTE;
  const execution = service.executionMinutes == null ? null : service.executionMinutes * MINUTE;

  switch (scenario) {
    case "pending":
    case "pendingBreached": {
      const breached = scenario === "pendingBreached";
      const window = reaction == null ? 2 * DAY : breached ? reaction + between(random, 1, 20) * HOUR : reaction - 3 * MINUTE;
      if (service.routingEnabled) steps.push({ kind: "save", at: window * between(random, 0.2, 0.6), by: "dispatcher", status: "PENDING" });
      else if (random.chance(0.3)) steps.push({ kind: "save", at: Math.max(MINUTE, window * between(random, 0.1, 0.5)), by: "dispatcher", assign: true });
      const lo = Math.max(last() + MINUTE, breached ? reaction! + 10 * MINUTE : 2 * MINUTE);
      return { steps, ages: [lo, Math.max(lo, window)] };
    }
    case "inProgress":
    case "inProgressOverdue": {
      const start = beginWork(random, service, steps, random.chance(0.1));
      if (random.chance(0.12)) pauseAndResume(random, service, steps, start, start + (execution ?? DAY) * 0.9);
      const lo = last() + 5 * MINUTE;
      if (execution == null) return { steps, ages: [lo, lo + 4 * DAY] };
      if (scenario === "inProgressOverdue") {
        const overdue = Math.max(lo, start + execution + 10 * MINUTE);
        return { steps, ages: [overdue, overdue + execution * 0.6 + HOUR] };
      }
      return { steps, ages: [lo, Math.max(lo, start + execution - 5 * MINUTE)] };
    }
    case "paused":
    case "pausedOverdue": {
      const start = beginWork(random, service, steps, random.chance(0.1));
      const pausedAt = start + (execution ?? DAY) * between(random, 0.05, scenario === "paused" ? 0.4 : 0.6);
      if (scenario === "pausedOverdue") {
        // The resume-by day has passed and nobody resumed: the order is flagged «pause overdue».
        const resumeBy = zone.endOfDay(now - random.int(1, 2) * DAY);
        steps.push({ kind: "save", at: pausedAt, by: "dispatcher", status: "PAUSED", comment: pauseComment(random, service), resumeBy: { at: resumeBy } });
        const lo = now - resumeBy + pausedAt + 4 * HOUR;
        return { steps, ages: [lo, lo + 2 * DAY] };
      }
      const resumeBy = zone.endOfDay(now + between(random, 0.3, 4) * DAY);
      steps.push({ kind: "save", at: pausedAt, by: random.chance(0.5) ? "executor" : "dispatcher", status: "PAUSED", comment: pauseComment(random, service), resumeBy: { at: resumeBy } });
      // The execution clock runs on during a pause: mostly the deadline is still ahead.
      const inTime = execution != null && random.chance(0.75) ? start + execution - 10 * MINUTE : pausedAt + 3 * DAY;
      return { steps, ages: [pausedAt + HOUR, Math.max(pausedAt + HOUR, Math.min(inTime, pausedAt + 3 * DAY))] };
    }
    case "done":
    case "reopened": {
      const start = beginWork(random, service, steps, random.chance(0.1));
      const span = executionSpan(random, service, random.chance(0.1));
      const long = execution == null || execution >= 2880 * MINUTE;
      if (random.chance(long ? 0.3 : 0.05)) pauseAndResume(random, service, steps, start, start + span);
      let doneAt = start + span;
      steps.push({ kind: "save", at: doneAt, by: random.chance(0.85) ? "executor" : "dispatcher", status: "DONE" });
      if (scenario === "reopened") {
        const reopenedAt = doneAt + between(random, 3 * HOUR, 3 * DAY);
        reopen(random, service, place, steps, reopenedAt);
        return { steps, ages: [reopenedAt + 10 * MINUTE, reopenedAt + 2 * DAY] };
      }
      if (random.chance(0.05) && service.kind !== "APPOINTMENT" && !service.routingEnabled) {
        // Reopened once, then done again.
        const reopenedAt = doneAt + between(random, 3 * HOUR, 2 * DAY);
        reopen(random, service, place, steps, reopenedAt);
        const again = reopenedAt + between(random, 20 * MINUTE, 6 * HOUR);
        steps.push({ kind: "save", at: again, by: "executor", status: "IN_PROGRESS" });
        doneAt = again + between(random, 1 * HOUR, 20 * HOUR);
        steps.push({ kind: "save", at: doneAt, by: "executor", status: "DONE" });
      }
      return { steps, ages: [last() + 5 * MINUTE, HISTORY] };
    }
    case "cancelled": {
      const from = random.next();
      const comment = random.pick(CANCEL_COMMENTS);
      if (from < 0.65 || service.kind === "APPOINTMENT") {
        if (random.chance(0.2) && !service.routingEnabled && service.kind !== "APPOINTMENT") {
          steps.push({ kind: "save", at: between(random, 5, 60) * MINUTE, by: "dispatcher", assign: true });
        }
        steps.push({ kind: "save", at: last() + between(random, 5 * MINUTE, DAY), by: "dispatcher", status: "CANCELLED", comment });
      } else {
        const start = beginWork(random, service, steps, random.chance(0.1));
        if (from < 0.9) {
          steps.push({ kind: "save", at: start + between(random, 30 * MINUTE, DAY), by: "dispatcher", status: "CANCELLED", comment });
        } else {
          const pausedAt = start + between(random, 30 * MINUTE, 10 * HOUR);
          steps.push({ kind: "save", at: pausedAt, by: "dispatcher", status: "PAUSED", comment: pauseComment(random, service), resumeBy: { afterDays: 2 } });
          steps.push({ kind: "save", at: pausedAt + between(random, 3 * HOUR, DAY), by: "dispatcher", status: "CANCELLED", comment });
        }
      }
      return { steps, ages: [last() + 5 * MINUTE, HISTORY] };
    }
    case "duplicate": {
      steps.push({ kind: "save", at: between(random, 5, 40) * MINUTE, by: "dispatcher", status: "CANCELLED", comment: "" });
      return { steps, ages: [last() + 5 * MINUTE, HISTORY] };
    }
  }
}

/** An age in [lo, hi], mostly with creation in the daytime of the organization's zone. */
function pickAge(ctx: Context, [lo, hi]: [number, number]): number {
  const top = Math.max(lo, Math.min(hi, HISTORY));
  let age = between(ctx.random, lo, top);
  for (let attempt = 0; attempt < 8 && ctx.zone.hour(ctx.now - age) < 7 && ctx.random.chance(0.85); attempt++) {
    age = between(ctx.random, lo, top);
  }
  // Whole seconds (steps too): a deadline is then either `now` itself or a second or more away from
  // it, never in the second between a deadline and its check job, where the recorded outcome lags.
  return Math.ceil(age / 1000) * 1000;
}

function pickService(ctx: Context, scenario: Scenario): Service {
  // Emergencies are taken to work within minutes: what waits in «Новые» for hours is the slower kind.
  const waits = (s: Service) => (scenario === "pending" && s.reactionMinutes != null ? Math.min(1, s.reactionMinutes / 240) : 1);
  const candidates = ctx.services.filter((s) => eligible(s, scenario)).map((s) => [s, (SERVICE_WEIGHTS[s.name] ?? 2) * waits(s)] as const);
  return weighted(ctx.random, candidates);
}

function pickExecutors(ctx: Context, service: Service): string[] {
  const pool = shuffle(ctx.random, [...ctx.executorsByService.get(service.id)!]);
  const count = Math.min(service.maxExecutors, 2) >= 2 && ctx.random.chance(0.25) ? 2 : 1;
  return pool.slice(0, Math.min(count, pool.length));
}

/** How the order came in; the resident app only for residents who use it. */
function pickChannel(ctx: Context, service: Service, place: Place | null): Channel {
  const channel = weighted(ctx.random, CHANNEL_WEIGHTS);
  if (channel === "RESIDENT_APP" && place && !place.usesApp) return "INCOMING_CALL";
  if (channel === "INTERNAL" && service.kind !== "STANDARD") return "INCOMING_CALL";
  return channel;
}

/** Answers for the service's order form, as the API stores them (parsed from the typed text). */
function formAnswers(ctx: Context, service: Service, place: Place, createdAt: number, doneAt: number | null): FormAnswers {
  const { random, zone } = ctx;
  const perEntrance = 36;
  const entrances = Math.max(1, Math.ceil(place.flats / perEntrance));
  const entrance = Math.min(entrances, Math.floor((place.flat - 1) / perEntrance) + 1);
  const floor = Math.floor(((place.flat - 1) % perEntrance) / 4) + 1;
  const nextReceptionDay = (from: number) => {
    let at = from + DAY;
    while (![2, 4].includes(zone.weekday(at))) at += DAY;
    return zone.day(at);
  };
  const text = (key: string) => random.pick(TEXT_ANSWERS[`${service.name}:${key}`] ?? ["Подробности уточнить у жителя"]);
  const value = (field: FormField): string => {
    switch (field.key) {
      case "entrance":
        return String(entrance);
      case "floor":
        return String(service.name === "Замена лампы в подъезде" && random.chance(0.5) ? random.int(1, 9) : floor);
      case "flooding":
        return String(random.chance(0.15));
      case "peopleInside":
        return String(random.chance(0.08));
      case "lift":
        return random.chance(0.8) ? "Пассажирский" : "Грузовой";
      case "neighbour":
        return String(place.flat + 4 <= place.flats ? place.flat + 4 : Math.max(1, place.flat - 4));
      case "count":
        return String(random.int(1, 4));
      case "area":
        return String(random.int(28, 120));
      case "date":
        return doneAt != null ? zone.day(doneAt) : nextReceptionDay(Math.max(createdAt, ctx.now));
      case "startDate":
        return zone.day(createdAt + random.int(7, 30) * DAY);
      case "preferredDate":
        return zone.day(createdAt + random.int(1, 10) * DAY);
    }
    switch (field.type) {
      case "SELECT":
        return random.pick(field.options);
      case "CHECKBOX":
        return String(random.chance(0.5));
      case "NUMBER":
        return String(random.int(1, 5));
      case "DATE":
        return zone.day(createdAt + random.int(1, 7) * DAY);
      case "TEXT":
        return text(field.key);
    }
  };
  const inputs = service.orderForm.filter((field) => field.required || random.chance(0.55)).map((field) => ({ key: field.key, value: value(field) }));
  const { answers, problems } = parseFormAnswers(service.orderForm, inputs);
  if (problems.length) throw new Error(`seed: form answers of ${service.name}: ${JSON.stringify(problems)}`);
  return answers;
}

function planOrders(ctx: Context, total: number): Plan[] {
  const { random } = ctx;
  const list = scenarios(random, total);
  const perResident = total >= 100 ? 3 : 2;
  const demo = shuffle(random, Array.from({ length: perResident }, () => ctx.demoPlaces).flat());
  const plans = list.map((scenario, index) => {
    const service = pickService(ctx, scenario);
    const demoPlace = index < demo.length ? demo[index]! : null;
    const channel = pickChannel(ctx, service, demoPlace);
    const place = demoPlace ?? random.pick(channel === "RESIDENT_APP" ? ctx.appPlaces : ctx.places);
    const { steps, ages } = path(ctx, scenario, service, place);
    const createdAt = ctx.now - pickAge(ctx, ages);
    return {
      status: STATUS_OF[scenario],
      service,
      place,
      channel,
      steps: steps.map((step) => ({ ...step, at: createdAt + Math.round(step.at / 1000) * 1000 })),
      createdAt,
      executors: pickExecutors(ctx, service),
      duplicate: scenario === "duplicate",
    } satisfies Plan;
  });
  return plans.sort((a, b) => a.createdAt - b.createdAt);
}

export function buildOrders(rows: SeedRows, options: { now: Date; count: number; demoPhones: string[] }): OrderSeedRows {
  const ctx = context(rows, options.now, options.demoPhones);
  const { random, organizationId, now } = ctx;
  const plans = planOrders(ctx, options.count);
  const out: OrderSeedRows = { orderCounters: [{ organizationId, lastNumber: plans.length }], orders: [], orderExecutors: [], orderEvents: [], jobs: [], orderRatings: [] };
  // Ratings draw from their own stream, so they leave the rest of the demo data as it was.
  const rater = createRandom(`${ctx.slug}:ratings`);
  const lives: { life: OrderLife; id: string }[] = [];

  plans.forEach((plan, index) => {
    const number = index + 1;
    const id = seedUuid(ctx.slug, "order", number);
    let comment: string | undefined;
    if (plan.duplicate) {
      // A second call about the same trouble: same flat, client and service as an order a little earlier.
      const source = plans
        .slice(0, index)
        .reverse()
        .find((p, back) => !p.duplicate && plan.createdAt - p.createdAt < 12 * HOUR && eligible(p.service, "duplicate") && back < 20);
      if (source) {
        Object.assign(plan, {
          service: source.service,
          place: source.place,
          executors: pickExecutors(ctx, source.service),
          channel: pickChannel(ctx, source.service, source.place),
        });
        comment = `Дубль заявки № ${plans.indexOf(source) + 1}`;
      } else comment = random.pick(CANCEL_COMMENTS);
    }
    const { service, place } = plan;
    const resident = plan.channel === "RESIDENT_APP";
    const creator = resident ? ({ kind: "RESIDENT" } as const) : ({ kind: "EMPLOYEE", employeeId: random.pick(ctx.dispatchers) } as const);
    const life = new OrderLife(service, plan.createdAt, creator, new Set(ctx.executorsByService.get(service.id)));
    // Mostly one dispatcher sees an order through; now and then a colleague on another shift.
    const main = creator.kind === "EMPLOYEE" && random.chance(0.6) ? creator.employeeId : random.pick(ctx.dispatchers);
    const dispatcher = () => (random.chance(0.75) ? main : random.pick(ctx.dispatchers));

    for (const step of plan.steps) {
      if (step.at > now) throw new Error(`seed: order ${number} has a step after now`);
      if (step.kind === "resident") {
        life.resident(step.at, step.to, step.comment);
        continue;
      }
      const resumeBy = step.resumeBy == null ? undefined : "at" in step.resumeBy ? step.resumeBy.at : ctx.zone.endOfDay(step.at + step.resumeBy.afterDays * DAY);
      life.save(step.at, step.by === "executor" ? plan.executors[0]! : dispatcher(), {
        executors: step.assign ? plan.executors : undefined,
        status: step.status,
        statusComment: plan.duplicate && step.status === "CANCELLED" ? comment : step.comment,
        resumeBy,
      });
    }
    life.runJobs(now);
    if (life.status !== plan.status) throw new Error(`seed: order ${number} ended ${life.status}, planned ${plan.status}`);

    const descriptionPool = DESCRIPTIONS[service.name];
    const description = descriptionPool && random.chance(resident ? 0.8 : 0.45) ? random.pick(descriptionPool) : null;
    out.orders.push({
      id,
      organizationId,
      number,
      channel: plan.channel,
      serviceId: service.id,
      departmentId: service.departmentId,
      buildingId: place.buildingId,
      premiseId: place.premiseId,
      clientId: place.clientId,
      description,
      formAnswers: formAnswers(ctx, service, place, plan.createdAt, life.status === "DONE" ? life.doneAt : null),
      status: life.status,
      statusComment: life.statusComment,
      resumeBy: date(life.resumeBy),
      createdByKind: resident ? "RESIDENT" : "EMPLOYEE",
      createdByEmployeeId: creator.kind === "EMPLOYEE" ? creator.employeeId : null,
      createdByClientId: resident ? place.clientId : null,
      createdAt: new Date(plan.createdAt),
      updatedAt: new Date(life.updatedAt),
      firstInProgressAt: date(life.firstInProgressAt),
      doneAt: date(life.doneAt),
      cancelledAt: date(life.cancelledAt),
      slaReactionMinutes: service.reactionMinutes,
      slaExecutionMinutes: service.executionMinutes,
      reactionDueAt: date(life.reactionDueAt),
      executionDueAt: date(life.executionDueAt),
      slaReaction: life.slaReaction,
      slaExecution: life.slaExecution,
      importantCommentUnseen: false,
      version: life.version,
      completions: life.completions.length,
      rating: rateOrder(rater, life, { organizationId, orderId: id, clientId: place.clientId, resident: place.usesApp || ctx.demoPlaces.includes(place), now }, out.orderRatings),
    });
    life.executors.forEach((employeeId, position) => out.orderExecutors.push({ organizationId, orderId: id, employeeId, position }));
    for (const job of life.jobs.values()) {
      out.jobs.push({
        organizationId,
        kind: SLA_CHECK_JOB,
        payload: { orderId: id },
        dedupeKey: slaCheckKey(job.key, id),
        runAt: new Date(job.runAt),
        createdAt: new Date(job.enqueuedAt),
      });
    }
    lives.push({ life, id });
  });

  // An executor left an important comment nobody has opened yet.
  const inWork = out.orders.filter((o) => o.status === "IN_PROGRESS" || o.status === "PAUSED");
  for (const order of shuffle(random, inWork).slice(0, options.count >= 100 ? 2 : 1)) order.importantCommentUnseen = true;

  const events = lives.flatMap(({ life, id }) => life.events.map((event) => ({ ...event, orderId: id })));
  out.orderEvents = events
    .map((event, sequence) => ({ event, sequence }))
    .sort((a, b) => a.event.createdAt - b.event.createdAt || a.sequence - b.sequence)
    .map(({ event }) => ({ ...event, organizationId, createdAt: new Date(event.createdAt) }));
  return out;
}

const LOW_RATING_COMMENTS = [
  "Пришли только на третий день",
  "После работ осталась грязь в подъезде",
  "Через день всё повторилось",
  "Мастер не предупредил о визите",
  "Сделали наполовину, пришлось звонить снова",
];
const HIGH_RATING_COMMENTS = ["Спасибо, быстро и аккуратно", "Мастер вежливый, всё объяснил", "Всё отлично", "Хорошо, но долго ждали мастера"];

/**
 * The resident's ratings (§14), as OrderRatingsService.rate writes them: after a DONE and before the
 * next change of status, a row per rating (a change keeps the completion's cycle) and a RATED event;
 * returns the order's current rating. App users rate about half their done orders; a completion
 * that the resident later reopened mostly got a low score first.
 */
function rateOrder(
  random: Random,
  life: OrderLife,
  order: { organizationId: string; orderId: string; clientId: string; resident: boolean; now: number },
  out: OrderSeedRows["orderRatings"],
): number | null {
  if (!order.resident) return null;
  let current: number | null = null;
  life.completions.forEach((completion, index) => {
    const reopened = completion.until != null;
    if (!random.chance(reopened ? 0.6 : 0.55)) return;
    const until = Math.min(completion.until ?? order.now, completion.at + 2 * DAY);
    if (until - completion.at < 20 * MINUTE) return;
    const score = reopened
      ? weighted(random, [[1, 3], [2, 3], [3, 1]] as const)
      : weighted(random, life.slaExecution === "BREACHED" ? ([[2, 2], [3, 3], [4, 3], [5, 3]] as const) : ([[1, 1], [2, 1], [3, 2], [4, 5], [5, 11]] as const));
    const comment = (s: number) => (s < 3 ? random.pick(LOW_RATING_COMMENTS) : random.chance(0.3) ? random.pick(HIGH_RATING_COMMENTS) : null);
    const give = (at: number, s: number) => {
      const text = comment(s);
      const cycle = index + 1;
      out.push({ organizationId: order.organizationId, orderId: order.orderId, clientId: order.clientId, score: s, comment: text, cycle, createdAt: new Date(at) });
      const version = Math.max(...life.events.filter((e) => e.createdAt <= at).map((e) => Number(e.data.version ?? 1)));
      life.events.push({ kind: "RATED", actorKind: "RESIDENT", actorEmployeeId: null, data: { version, score: s, comment: text, cycle }, createdAt: at });
      current = s;
    };
    const at = Math.ceil((completion.at + between(random, 10 * MINUTE, (until - completion.at) * 0.5)) / 1000) * 1000;
    give(at, score);
    // Now and then the resident thinks again and changes the score.
    if (!reopened && random.chance(0.08)) give(Math.ceil((at + between(random, 5 * MINUTE, (until - at) * 0.9)) / 1000) * 1000, Math.min(5, score + 1));
  });
  return current;
}
