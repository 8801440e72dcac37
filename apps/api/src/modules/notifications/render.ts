import { formatRubles, STATUS_NAMES, type OrderStatus } from "@domovoy/domain";

/**
 * Russian text of a notification, rendered when it is read from the kind and the data stored with
 * it. Resident kinds only ever carry resident-visible data (number, status): never status comments
 * or comments for colleagues.
 */
export const NOTIFICATION_KINDS = [
  /** Staff: a new order matching the role's settings. */
  "NEW_ORDER",
  /** Staff: the employee was made an executor of an order (by someone else). */
  "ASSIGNED",
  /** Staff: the resident wrote in the chat of an order the employee executes. Resident: staff wrote in their order's chat. */
  "CHAT_MESSAGE",
  /** Staff: an important comment on an order the employee executes. */
  "IMPORTANT_COMMENT",
  /** Staff: a resident asked for a refund (arrives with paid services). */
  "REFUND_REQUEST",
  /** Resident: their order's status changed (not by them). */
  "STATUS_CHANGED",
  /** Resident: their order is done; please rate it. */
  "RATE_REQUEST",
  /** Resident: staff confirmed or rejected their refund request. */
  "REFUND_DECIDED",
  /** Resident: an invoice of their order was issued («Активировать в ЛК»): it can be paid in the app. */
  "INVOICE_ISSUED",
  /** Resident: the acquirer returned the money of a refund of their order. */
  "REFUND_SUCCEEDED",
  /** Staff (refund permission, «Возврат денежных средств» on): a payment notification was refused (amount mismatch, payment after the invoice changed). */
  "PAYMENT_ALERT",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];


export type NotificationData = {
  number?: number;
  service?: string;
  address?: string;
  premise?: string | null;
  status?: string;
  author?: string;
  text?: string;
  fromResident?: boolean;
  /** REFUND_DECIDED: CONFIRMED or REJECTED. */
  decision?: string;
  /** REFUND_DECIDED: the staff's reason for a rejection. */
  reason?: string | null;
  /** REFUND_DECIDED (confirmed): RECORDED when the money is handed back in cash, not to the card. */
  settlement?: string;
  /** INVOICE_ISSUED: the invoice's total; REFUND_DECIDED / REFUND_SUCCEEDED: the refund's (kopecks, decimal string). */
  amountKopecks?: string;
};

const rubles = (kopecks: unknown): string => (typeof kopecks === "string" && /^\d+$/.test(kopecks) ? `${formatRubles(BigInt(kopecks))} ₽` : "");

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** «Сантехника · ул. Ленина, 5, кв. 12»: the service and the place of an order. */
const serviceAndPlace = (data: NotificationData): string =>
  [str(data.service), [str(data.address), data.premise ? `кв. ${data.premise}` : ""].filter(Boolean).join(", ")].filter(Boolean).join(" · ");

export function renderNotification(kind: string, recipient: "EMPLOYEE" | "RESIDENT", data: NotificationData): { title: string; body: string } {
  const n = data.number != null ? `№ ${data.number}` : "";
  switch (kind) {
    case "NEW_ORDER":
      return { title: `Новая заявка ${n}${data.fromResident ? " от жителя" : ""}`, body: serviceAndPlace(data) };
    case "ASSIGNED":
      return { title: `Вам назначена заявка ${n}`, body: serviceAndPlace(data) };
    case "CHAT_MESSAGE":
      return recipient === "EMPLOYEE"
        ? { title: `Сообщение от жителя · ${n}`, body: `Житель написал в чате по заявке ${n}` }
        : { title: `Новое сообщение по заявке ${n}`, body: "Управляющая организация ответила вам в чате заявки" };
    case "IMPORTANT_COMMENT":
      return { title: `Важный комментарий · ${n}`, body: [str(data.author), str(data.text)].filter(Boolean).join(": ") };
    case "REFUND_REQUEST":
      return { title: `Запрос возврата · ${n}`, body: `Житель запросил возврат средств по заявке ${n}` };
    case "STATUS_CHANGED":
      return { title: `Заявка ${n}`, body: `Статус изменён: ${STATUS_NAMES[str(data.status) as OrderStatus] ?? str(data.status)}` };
    case "REFUND_DECIDED":
      if (data.decision !== "CONFIRMED") return { title: `Возврат по заявке ${n} отклонён`, body: str(data.reason) };
      return {
        title: `Возврат по заявке ${n} подтверждён`,
        body:
          data.settlement === "RECORDED"
            ? [rubles(data.amountKopecks), "Получите деньги в управляющей организации"].filter(Boolean).join(" · ")
            : "Деньги вернутся на карту, с которой была оплата, в течение 5–10 рабочих дней",
      };
    case "INVOICE_ISSUED":
      return { title: `Выставлен счёт по заявке ${n}`, body: [rubles(data.amountKopecks) && `К оплате ${rubles(data.amountKopecks)}`, "Оплатить можно в приложении"].filter(Boolean).join(" · ") };
    case "REFUND_SUCCEEDED":
      return { title: `Деньги по заявке ${n} возвращены`, body: `${["Возврат", rubles(data.amountKopecks)].filter(Boolean).join(" ")} выполнен: деньги поступят на карту, с которой была оплата` };
    case "PAYMENT_ALERT":
      return { title: `Оплата по заявке ${n} требует проверки`, body: str(data.text) };
    case "RATE_REQUEST":
      return { title: `Заявка ${n} выполнена`, body: "Оцените, пожалуйста, качество работы" };
    default:
      return { title: `Уведомление ${n}`.trim(), body: "" };
  }
}

/** A short preview of free text for a notification body. */
export function preview(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
