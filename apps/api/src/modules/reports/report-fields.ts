import { schema } from "@domovoy/db";
import { ORDER_LABELS, orderRefundSummary, STATUS_NAMES, type OrderLabel, type RefundDecision, type RefundSettlement } from "@domovoy/domain";
import { sql, type SQL } from "drizzle-orm";
import { labelCondition } from "../orders/order-list.repository.js";

const { orders, services, buildings, premises, clients, departments, orderExecutors, employees, invoices, refunds } = schema;

/** Fields of the orders report (§7), in the dialog's default order. */
export const ORDER_REPORT_FIELDS = [
  "NUMBER",
  "STATUS",
  "STATUS_COMMENT",
  "SERVICE",
  "SERVICE_KIND",
  "DEPARTMENT",
  "ADDRESS",
  "PREMISE",
  "CLIENT",
  "CLIENT_PHONE",
  "EXECUTORS",
  "RESPONSIBLE",
  "CHANNEL",
  "LABELS",
  "DESCRIPTION",
  "FORM_ANSWERS",
  "CREATED_AT",
  "UPDATED_AT",
  "FIRST_IN_PROGRESS_AT",
  "DONE_AT",
  "REACTION_DUE_AT",
  "EXECUTION_DUE_AT",
  "REACTION_MINUTES",
  "EXECUTION_HOURS",
  "SLA_REACTION",
  "SLA_EXECUTION",
  "RATING",
  "INVOICE_STATE",
  "INVOICE_TOTAL",
  "REFUNDED_TOTAL",
  "REFUND_STATE",
] as const;
export type OrderReportFieldValue = (typeof ORDER_REPORT_FIELDS)[number];

/** Ticked in the dialog until the employee saves ticks of their own: the list's default columns and the times. */
export const DEFAULT_REPORT_FIELDS: OrderReportFieldValue[] = [
  "NUMBER",
  "STATUS",
  "SERVICE",
  "ADDRESS",
  "PREMISE",
  "CLIENT",
  "EXECUTORS",
  "CREATED_AT",
  "UPDATED_AT",
  "DONE_AT",
  "EXECUTION_DUE_AT",
];

export type CellKind = "TEXT" | "INTEGER" | "DECIMAL" | "DATETIME";

const CHANNEL: Record<string, string> = {
  INCOMING_CALL: "Входящий звонок",
  OUTGOING_CALL: "Исходящий звонок",
  VISIT: "Личный визит",
  EMAIL: "E-mail",
  MESSENGER: "Соцсети и мессенджеры",
  INTERNAL: "Внутренний канал",
  RESIDENT_APP: "Приложение жителя",
  OTHER: "Другое",
};
const SERVICE_KIND: Record<string, string> = { STANDARD: "Обычная заявка", APPOINTMENT: "Запись на приём", PAID: "Платная услуга" };
const SLA_OUTCOME: Record<string, string> = { KEPT: "Соблюдён", BREACHED: "Нарушен" };
const INVOICE: Record<string, string> = {
  NONE: "",
  DRAFT: "Черновик",
  ISSUED: "Выставлен, не оплачен",
  MARKED_PAID: "Отмечен оплаченным",
  PAID: "Оплачен",
};
const REFUND_DECISION: Record<string, string> = { REQUESTED: "Запрошен", CONFIRMED: "Подтверждён", REJECTED: "Отклонён" };
const REFUND_SETTLEMENT: Record<string, string> = { PENDING: "в обработке", SUCCEEDED: "деньги возвращены", RECORDED: "выдан наличными" };

/** The refunds of an order (oldest first, as `[decision, settlement, kopecks]` JSON) → the list label's state: «Подтверждён · деньги возвращены». */
function refundStateText(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const rows = JSON.parse(raw) as [RefundDecision, RefundSettlement, string][];
  const summary = orderRefundSummary(rows.map(([decision, settlement, amount]) => ({ decision, settlement, amount: BigInt(amount) })));
  if (!summary) return null;
  return [REFUND_DECISION[summary.decision], REFUND_SETTLEMENT[summary.settlement]].filter(Boolean).join(" · ");
}

export const LABEL_TITLES: Record<OrderLabel, string> = {
  SLA_REACTION_BREACHED: "Нарушен SLA времени реакции",
  SLA_EXECUTION_BREACHED: "Нарушен SLA времени выполнения",
  IMPORTANT_COMMENT: "Важный комментарий от сотрудника",
  PAUSE_OVERDUE: "Срок «Возобновить до» прошёл",
  INVOICE_DRAFT: "Счёт не выставлен",
  INVOICE_ISSUED: "Счёт не оплачен",
  INVOICE_MARKED_PAID: "Счёт отмечен оплаченным",
  INVOICE_PAID: "Счёт оплачен",
  REFUND_REQUESTED: "Возврат запрошен",
  REFUND_CONFIRMED: "Возврат подтверждён",
};

/** A raw row of the report statement: one value per chosen field, in the chosen order. */
export type ReportRow = readonly unknown[];

export type ReportFieldDef = {
  title: string;
  kind: CellKind;
  /** Excel column width in characters. */
  width: number;
  /** The column selected for this field; `now` is the moment the list was asked for (labels). */
  select(now: Date): SQL;
  /** Raw column value to the cell's value; absent means the raw value is the cell. */
  map?(raw: unknown): unknown;
};

const mapped = (names: Record<string, string>) => (raw: unknown) => (raw == null ? null : (names[raw as string] ?? String(raw)));
const text = (title: string, width: number, column: SQL, map?: (raw: unknown) => unknown): ReportFieldDef => ({
  title,
  kind: "TEXT",
  width,
  select: () => column,
  map,
});
/** As epoch milliseconds: cheaper than parsing timestamp text, and the driver's date parsing is drizzle's. */
const datetime = (title: string, column: SQL): ReportFieldDef => ({
  title,
  kind: "DATETIME",
  width: 17,
  select: () => sql`(extract(epoch from ${column}) * 1000)::float8`,
});

export const REPORT_FIELDS: Record<OrderReportFieldValue, ReportFieldDef> = {
  NUMBER: { title: "Номер", kind: "INTEGER", width: 9, select: () => sql`${orders.number}` },
  STATUS: text("Статус", 16, sql`${orders.status}`, mapped(STATUS_NAMES)),
  STATUS_COMMENT: text("Комментарий к статусу", 30, sql`${orders.statusComment}`),
  SERVICE: text("Услуга", 28, sql`${services.name}`),
  SERVICE_KIND: text("Вид услуги", 16, sql`${services.kind}`, mapped(SERVICE_KIND)),
  DEPARTMENT: text("Отдел", 20, sql`${departments.name}`),
  ADDRESS: text("Объект / адрес", 36, sql`${buildings.address}`),
  PREMISE: text("Помещение", 11, sql`${premises.number}`),
  CLIENT: text("Клиент", 28, sql`${clients.fullName}`),
  CLIENT_PHONE: text("Телефон клиента", 16, sql`${clients.phone}`),
  EXECUTORS: text(
    "Исполнители",
    30,
    sql`(select string_agg(e.full_name, ', ' order by oe.position) from ${orderExecutors} oe join ${employees} e on e.id = oe.employee_id where oe.order_id = ${orders.id})`,
  ),
  RESPONSIBLE: text(
    "Ответственный",
    24,
    sql`(select e.full_name from ${orderExecutors} oe join ${employees} e on e.id = oe.employee_id where oe.order_id = ${orders.id} and oe.position = 0)`,
  ),
  CHANNEL: text("Канал обращения", 20, sql`${orders.channel}`, mapped(CHANNEL)),
  LABELS: {
    title: "Метки",
    kind: "TEXT",
    width: 30,
    // The list's own SQL twin of the labels, so the report shows what the list shows at that moment.
    select: (now) => sql`concat_ws(', ', ${sql.join(
      ORDER_LABELS.map((label) => sql`case when ${labelCondition(label, now)} then ${LABEL_TITLES[label]}::text end`),
      sql`, `,
    )})`,
    map: (raw) => (raw === "" ? null : raw),
  },
  DESCRIPTION: text("Описание", 40, sql`${orders.description}`),
  FORM_ANSWERS: text(
    "Поля заявки",
    36,
    sql`(select string_agg((f->>'label') || ': ' || case jsonb_typeof(${orders.formAnswers}->(f->>'key'))
        when 'boolean' then case when (${orders.formAnswers}->>(f->>'key'))::boolean then 'да' else 'нет' end
        else ${orders.formAnswers}->>(f->>'key') end, '; ' order by t.n)
      from jsonb_array_elements(${services.orderForm}) with ordinality as t(f, n)
      where jsonb_typeof(${orders.formAnswers}->(f->>'key')) not in ('null') and ${orders.formAnswers}->>(f->>'key') <> '')`,
  ),
  CREATED_AT: datetime("Создана", sql`${orders.createdAt}`),
  UPDATED_AT: datetime("Обновлена", sql`${orders.updatedAt}`),
  FIRST_IN_PROGRESS_AT: datetime("Взята в работу", sql`${orders.firstInProgressAt}`),
  DONE_AT: datetime("Выполнена", sql`${orders.doneAt}`),
  REACTION_DUE_AT: datetime("Реакция до", sql`${orders.reactionDueAt}`),
  EXECUTION_DUE_AT: datetime("Выполнить до", sql`${orders.executionDueAt}`),
  REACTION_MINUTES: {
    title: "Время реакции, мин",
    kind: "INTEGER",
    width: 12,
    select: () => sql`floor(extract(epoch from ${orders.firstInProgressAt} - ${orders.createdAt}) / 60)::int`,
  },
  EXECUTION_HOURS: {
    title: "Время выполнения, ч",
    kind: "DECIMAL",
    width: 12,
    select: () => sql`round((extract(epoch from ${orders.doneAt} - ${orders.firstInProgressAt}) / 3600)::numeric, 1)::float8`,
  },
  SLA_REACTION: text("SLA реакции", 13, sql`${orders.slaReaction}`, mapped(SLA_OUTCOME)),
  SLA_EXECUTION: text("SLA выполнения", 13, sql`${orders.slaExecution}`, mapped(SLA_OUTCOME)),
  RATING: { title: "Оценка", kind: "INTEGER", width: 9, select: () => sql`${orders.rating}` },
  INVOICE_STATE: text("Счёт", 20, sql`${orders.invoiceState}`, (raw) => (raw == null ? null : INVOICE[raw as string] || null)),
  INVOICE_TOTAL: {
    title: "Сумма счёта, ₽",
    kind: "DECIMAL",
    width: 14,
    // Kopecks to roubles with two decimals (exact in numeric; a double holds them for Excel).
    select: () => sql`(select round(${invoices.totalKopecks}::numeric / 100, 2)::float8 from ${invoices} where ${invoices.orderId} = ${orders.id})`,
  },
  REFUNDED_TOTAL: {
    title: "Возвращено, ₽",
    kind: "DECIMAL",
    width: 14,
    // What the confirmed refunds that did not fail give back (the money that holds); empty without one.
    select: () =>
      sql`(select round(sum(r.amount_kopecks)::numeric / 100, 2)::float8 from ${refunds} r
        where r.organization_id = ${orders.organizationId} and r.order_id = ${orders.id} and r.decision = 'CONFIRMED' and r.settlement <> 'FAILED')`,
  },
  REFUND_STATE: {
    title: "Возврат",
    kind: "TEXT",
    width: 30,
    // The refunds themselves, so the state is the list label's, by the same rule (orderRefundSummary).
    select: () =>
      sql`(select json_agg(json_build_array(r.decision, r.settlement, r.amount_kopecks::text) order by r.created_at, r.id)::text from ${refunds} r
        where r.organization_id = ${orders.organizationId} and r.order_id = ${orders.id})`,
    map: refundStateText,
  },
};

/** The report statement's selection: one aliased column per chosen field, in the chosen order. */
export function reportSelection(fields: readonly OrderReportFieldValue[], now: Date): Record<string, SQL.Aliased> {
  return Object.fromEntries(fields.map((field) => [field, REPORT_FIELDS[field].select(now).as(field)]));
}
